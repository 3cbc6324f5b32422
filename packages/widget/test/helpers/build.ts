// Vitest's global setup: the widget is built once (into dist/, as a host serves it) before any browser test runs.
import { buildBundles } from '../../scripts/bundle.js';

export default async function setup(): Promise<void> {
  await buildBundles();
}
