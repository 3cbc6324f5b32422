// The SDK's build (packages/sdk/dist/), which the examples import as users do, through the package's exports: built
// here when a plain `pnpm test` runs before any build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const sdk = resolve(import.meta.dirname, '../../packages/sdk');
const tsup = resolve(import.meta.dirname, '../../node_modules/tsup/dist/cli-default.js');

export function ensureSdkBuilt() {
  if (['index.js', 'webhooks.js'].every((f) => existsSync(resolve(sdk, 'dist', f)))) return;
  execFileSync(process.execPath, [tsup], { cwd: sdk, stdio: 'ignore' });
}
