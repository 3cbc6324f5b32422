// Prints the minified + gzipped size of what a browser app pays for the SDK (dist/index.js with its runtime
// dependencies bundled in) and fails when it is over budget; likewise for `@igny8/sdk/events` (dist/events.js),
// alone and together with the main entry (their shared code counted once), and for `@igny8/sdk/public`
// (dist/public.js), which a headless front end loads alone, and `@igny8/sdk/webhooks` (dist/webhooks.js), which a
// receiver loads alone. Run `pnpm build` first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

/** Bundles what `source` imports from the built entries, minified for browsers; resolves with its byte sizes. */
async function measure(source: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const checks = [
  { name: '@igny8/sdk', source: "export * from './index.js';", budget: 10 * 1024 },
  { name: '@igny8/sdk/events', source: "export * from './events.js';", budget: 2.5 * 1024 },
  { name: '@igny8/sdk/public', source: "export * from './public.js';", budget: 2 * 1024 },
  { name: '@igny8/sdk/webhooks', source: "export * from './webhooks.js';", budget: 2 * 1024 },
  {
    name: '@igny8/sdk + @igny8/sdk/events',
    source: "export * from './index.js'; export * from './events.js';",
    budget: undefined,
  },
];

for (const file of ['index.js', 'events.js', 'public.js', 'webhooks.js']) {
  if (!existsSync(join(dist, file))) {
    console.error(`dist/${file} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}
let over = false;
for (const { name, source, budget } of checks) {
  const { minified, gzip } = await measure(source);
  console.log(`${name}: ${kb(minified)} minified, ${kb(gzip)} gzip${budget ? ` (budget ${kb(budget)} gzip)` : ''}`);
  if (budget && gzip > budget) {
    console.error(`${name} is over budget by ${kb(gzip - budget)}.`);
    over = true;
  }
}
if (over) process.exit(1);
