// The widget build: ES modules split per screen. `dist/igny8-widget.js` is the entry (Preact, the SDK, the shell, and
// English's shell strings); every screen and every catalogue is a chunk under `dist/chunks/` that the entry imports
// when it is first needed, relative to its own URL — so a host serves the folder as it is (the WordPress plugin ships
// it in `assets/widget/`). The SDK is bundled from its source, so no SDK build is needed first. The metafile
// (`dist/meta.json`) tells the size check which chunk each screen needs.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(PACKAGE_DIR, 'dist');
export const ENTRY_FILE = join(DIST_DIR, 'igny8-widget.js');
export const META_FILE = join(DIST_DIR, 'meta.json');

/**
 * A catalogue as one default export. esbuild's JSON loader also makes every key a named export, which a dynamic
 * `import()` keeps (it cannot know which are used): each text twice in the chunk. Catalogues are only read whole.
 */
const catalogues: Plugin = {
  name: 'catalogues',
  setup(b) {
    b.onLoad({ filter: /[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: `export default ${JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')))}`,
      loader: 'js',
    }));
  },
};

/** Writes `dist/igny8-widget.js`, its chunks and `dist/meta.json` (into `outdir`, default `dist/`). */
export async function buildBundles(outdir: string = DIST_DIR): Promise<void> {
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
    plugins: [catalogues],
  });
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}
