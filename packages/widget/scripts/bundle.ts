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
 * Catalogues as one `JSON.parse` of a string: esbuild's own JSON loader makes every key a named export too, writing
 * each key twice, and a parse of a string literal is also faster than the object literal for the engine.
 */
const catalogues: Plugin = {
  name: 'catalogues',
  setup(b) {
    b.onLoad({ filter: /[\\/]locales[\\/][\w-]+[\\/][\w-]+\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
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
    plugins: [catalogues],
  });
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}
