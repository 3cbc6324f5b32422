// Vitest's global setup: the widget is built once before any browser test runs, into a folder of the tests' own
// (test/output/dist): dist/ is what the plugin zip and the white-label example serve, and the end-to-end suites of the
// same run read it meanwhile.
import { join } from 'node:path';
import { buildBundles, PACKAGE_DIR } from '../../scripts/bundle.js';

export const TEST_DIST = join(PACKAGE_DIR, 'test', 'output', 'dist');

export default async function setup(): Promise<void> {
  await buildBundles(TEST_DIST);
}
