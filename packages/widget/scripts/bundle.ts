// The widget build: ES modules split per screen. `dist/igny8-widget.js` is the entry (Preact, the SDK, the shell, and
// English's shell strings); every screen and every catalogue is a chunk under `dist/chunks/` that the entry imports
// when it is first needed, relative to its own URL — so a host serves the folder as it is (the WordPress plugin ships
// it in `assets/widget/`). The SDK is bundled from its source, so no SDK build is needed first. The metafile
// (`dist/meta.json`) tells the size check which chunk each screen needs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(PACKAGE_DIR, 'dist');
export const ENTRY_FILE = join(DIST_DIR, 'igny8-widget.js');
export const META_FILE = join(DIST_DIR, 'meta.json');

/**
 * Catalogues as one object literal, re-serialised (no whitespace): esbuild's own JSON loader makes every key a named
 * export too, writing each key twice. (A `JSON.parse` of a string literal would escape every quote: 2 % more gzip.)
 */
const catalogues: Plugin = {
  name: 'catalogues',
  setup(b) {
    b.onLoad({ filter: /[\\/]locales[\\/][\w-]+[\\/][\w-]+\.json$/ }, (args) => ({
      contents: `export default ${JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')))};`,
      loader: 'js',
    }));
  },
};

/**
 * The SDK on its fetch-only transport (`internal/fetch-transport.ts`) in place of ky's: the same contract, tested
 * against the same cases in the SDK, without ky's 13 KB (4 KB gzip) in the widget's entry.
 */
const fetchTransport: Plugin = {
  name: 'fetch-transport',
  setup(b) {
    b.onResolve({ filter: /^\.\/http-transport\.js$/ }, (args) =>
      /[\\/]sdk[\\/]src[\\/]internal$/.test(args.resolveDir)
        ? { path: join(args.resolveDir, 'fetch-transport.ts') }
        : undefined,
    );
  },
};

/** Writes `dist/igny8-widget.js`, its chunks and `dist/meta.json` (into `outdir`, default `dist/`). */
export async function buildBundles(outdir: string = DIST_DIR): Promise<void> {
  // Chunk names carry a hash: without a clean folder, old chunks would pile up (and ship).
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { 'igny8-widget': join(PACKAGE_DIR, 'src', 'index.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: true,
    metafile: true,
    // Browsers that wp-admin supports; private fields and static blocks (used by the SDK) stay as written.
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: {
      '@igny8/sdk': join(PACKAGE_DIR, '..', 'sdk', 'src', 'index.ts'),
      // The SDK's event-stream entry (runEvents, pollRunEvents), for the screens that follow a run live.
      '@igny8/sdk/events': join(PACKAGE_DIR, '..', 'sdk', 'src', 'events.ts'),
    },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'eof',
    logLevel: 'warning',
    // Text as UTF-8, not \u escapes: Arabic, French and German catalogues would otherwise be several times larger.
    charset: 'utf8',
    plugins: [catalogues, fetchTransport],
  });
  // The transport swap above is what keeps ky out; a rename in the SDK that made it miss must fail the build.
  const ky = Object.keys(result.metafile.inputs).find((input) => /[\\/]ky@/.test(input));
  if (ky) throw new Error(`ky reached the widget bundle (${ky}): the fetch-transport plugin no longer matches the SDK`);
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}
