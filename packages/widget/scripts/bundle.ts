// The widget bundle: Preact, the SDK (from its source, so no SDK build is needed first) and every screen in one file
// that runs in wp-admin with nothing else loaded. Shared by the build script and the browser test.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const IIFE_FILE = join(PACKAGE_DIR, 'dist', 'igny8-widget.js');
export const ESM_FILE = join(PACKAGE_DIR, 'dist', 'igny8-widget.mjs');

const common: BuildOptions = {
  entryPoints: [join(PACKAGE_DIR, 'src', 'index.ts')],
  bundle: true,
  minify: true,
  sourcemap: true,
  // Browsers that wp-admin supports; private fields and static blocks (used by the SDK) stay as written.
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@igny8/sdk': join(PACKAGE_DIR, '..', 'sdk', 'src', 'index.ts') },
  legalComments: 'eof',
  logLevel: 'warning',
};

/** Writes `dist/igny8-widget.js` (a classic script: `window.Igny8Widget`) and `dist/igny8-widget.mjs` (ESM). */
export async function buildBundles(): Promise<void> {
  await Promise.all([
    // A classic script, because that is what `wp_enqueue_script` loads; it also exposes the API as a global.
    build({ ...common, format: 'iife', globalName: 'Igny8Widget', outfile: IIFE_FILE }),
    build({ ...common, format: 'esm', outfile: ESM_FILE }),
  ]);
}
