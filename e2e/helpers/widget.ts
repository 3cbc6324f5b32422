// The widget bundle (packages/widget/dist/igny8-widget.js) that the white-label example serves and the WordPress
// plugin ships: built here when a plain `pnpm test` runs before any build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const widget = resolve(import.meta.dirname, '../../packages/widget');

export function ensureWidgetBuilt() {
  if (existsSync(resolve(widget, 'dist/igny8-widget.js'))) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: widget, stdio: 'ignore' });
}
