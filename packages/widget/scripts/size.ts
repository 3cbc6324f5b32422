// Prints the gzip size of the widget bundle and fails above the budget: the whole admin (Preact, the SDK and every
// screen) must stay ≤ 50 KB gzip (docs/quality.md). Run `pnpm build` first, or let `pnpm build` run it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IIFE_FILE } from './bundle.js';

export const BUDGET = 50 * 1024;

export function checkSize(): boolean {
  if (!existsSync(IIFE_FILE)) {
    console.error('dist/igny8-widget.js is missing: run `pnpm build` first.');
    return false;
  }
  const code = readFileSync(IIFE_FILE);
  const gzip = gzipSync(code, { level: 9 }).length;
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log(`@igny8/widget: ${kb(code.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET)} gzip)`);
  if (gzip > BUDGET) console.error(`Over budget by ${kb(gzip - BUDGET)}.`);
  return gzip <= BUDGET;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !checkSize()) process.exit(1);
