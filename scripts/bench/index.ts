// `pnpm bench <name>`: runs scripts/bench/<name>.ts (api, automation, clustering, clustering-api, import, soak, widget, writer;
// the usage line lists the files found here). Each benchmark prints human lines and one JSON object on its last
// line; docs/benchmarks.md records the figures.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'lib.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (!names.length || names.some((n) => !existsSync(join(here, `${n}.ts`)))) {
  console.error(`Usage: pnpm bench <${available.join('|')}> [more…]`);
  process.exit(2);
}
for (const name of names) await import(join(here, `${name}.ts`));
