// Prints the minified + gzipped size of what a browser app pays for the SDK (dist/index.js with its runtime
// dependencies bundled in) and fails when it is over budget. Run `pnpm build` first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 10 * 1024;
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `pnpm build` first.');
  process.exit(1);
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
console.log(`@igny8/sdk: ${kb(code.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET)} gzip)`);
if (gzip > BUDGET) {
  console.error(`Over budget by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
