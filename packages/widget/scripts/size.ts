// The size budget, from the build's metafile: what a browser downloads (gzip, file by file) to show the first screen,
// and to have opened every screen and every part of each (the chunks a screen loads on demand too), in the heaviest
// language. First screen ≤ 30 KB gzip, all screens ≤ 60 KB gzip
// (docs/quality.md). Run `pnpm build` first, or let `pnpm build` run it. `--json` prints the figures as JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { NAMESPACES, SUPPORTED_LOCALES } from '../src/i18n/index.js';
import { SCREENS } from '../src/screens/registry.js';
import { DIST_DIR, META_FILE, PACKAGE_DIR } from './bundle.js';

export const FIRST_SCREEN_BUDGET = 30 * 1024;
/** The target for every screen together. */
export const ALL_SCREENS_BUDGET = 60 * 1024;
/**
 * What the build refuses above, while the screens are trimmed toward ALL_SCREENS_BUDGET: it only ever comes down (a
 * change that makes the widget bigger fails), and equals the budget once the budget is met.
 */
export const ALL_SCREENS_CEILING = 68 * 1024;

interface Metafile {
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[] }>;
}

export interface SizeReport {
  /** Gzip bytes of the entry and what it imports statically. */
  entry: number;
  /** Gzip bytes of each screen beyond the entry (all its chunks, also those it loads on demand, and its catalogue). */
  screens: Record<string, number>;
  firstScreen: number;
  allScreens: number;
  language: { first: string; all: string };
}

/** The source file of each screen's chunk, as the metafile names it (`src/screens/planner/index.tsx`). */
function screenSources(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of SCREENS) {
    const source = /import\(["'`]\.\/([^"'`]+)["'`]\)/.exec(s.load.toString())?.[1];
    if (!source) throw new Error(`cannot read the chunk of screen ${s.id}`);
    out[s.id] = `src/screens/${source.replace(/\.js$/, '.tsx')}`;
  }
  return out;
}

export function measure(dist: string = DIST_DIR): SizeReport {
  const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as Metafile;
  const rel = (out: string) => out.replace(/^.*?dist\//, '');
  const outputs = new Map(Object.entries(meta.outputs).map(([k, v]) => [rel(k), v]));
  const gzip = new Map<string, number>();
  const sizeOf = (file: string) => {
    let n = gzip.get(file);
    if (n === undefined) {
      n = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      gzip.set(file, n);
    }
    return n;
  };
  // `lazy`: also the chunks the file imports on demand (a screen's sections, its editor), but never a catalogue (counted
  // for one language below) nor the entry's own lazy imports (the other screens).
  const closure = (file: string, into = new Set<string>(), lazy = false) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const i of outputs.get(file)?.imports ?? []) {
      const target = rel(i.path);
      if (i.kind === 'import-statement') closure(target, into, lazy);
      else if (lazy && i.kind === 'dynamic-import' && !outputs.get(target)?.entryPoint?.startsWith('locales/')) {
        closure(target, into, lazy);
      }
    }
    return into;
  };
  const byEntryPoint = new Map<string, string>();
  for (const [file, o] of outputs) if (o.entryPoint && file.endsWith('.js')) byEntryPoint.set(o.entryPoint, file);
  const chunkOf = (source: string) => {
    const file = byEntryPoint.get(source);
    if (!file) throw new Error(`no chunk for ${source} in the build`);
    return file;
  };
  const total = (files: Set<string>) => [...files].reduce((sum, f) => sum + sizeOf(f), 0);

  const entryFiles = closure('igny8-widget.js');
  const sources = screenSources();
  const withLanguage = (files: Set<string>, language: string, namespaces: readonly string[]) => {
    const all = new Set(files);
    for (const ns of namespaces) {
      const source = `locales/${language}/${ns}.json`;
      // English's shell catalogue is inside the entry.
      if (byEntryPoint.has(source)) closure(chunkOf(source), all);
    }
    return all;
  };
  const screens: Record<string, number> = {};
  const heaviest = (build: (language: string) => Set<string>) =>
    SUPPORTED_LOCALES.map((language) => ({ language, bytes: total(build(language)) })).sort(
      (a, b) => b.bytes - a.bytes,
    )[0] as { language: string; bytes: number };
  for (const s of SCREENS) {
    const only = heaviest((language) => {
      const files = withLanguage(closure(chunkOf(sources[s.id] as string), new Set(), true), language, [s.namespace]);
      for (const f of entryFiles) files.delete(f);
      return files;
    });
    screens[s.id] = only.bytes;
  }
  const first = SCREENS[0] as (typeof SCREENS)[number];
  const firstScreen = heaviest((language) =>
    withLanguage(closure(chunkOf(sources[first.id] as string), new Set(entryFiles)), language, [
      'core',
      first.namespace,
    ]),
  );
  const allScreens = heaviest((language) => {
    const files = new Set(entryFiles);
    for (const s of SCREENS) closure(chunkOf(sources[s.id] as string), files, true);
    return withLanguage(files, language, NAMESPACES);
  });
  return {
    entry: total(entryFiles),
    screens,
    firstScreen: firstScreen.bytes,
    allScreens: allScreens.bytes,
    language: { first: firstScreen.language, all: allScreens.language },
  };
}

export function checkSize(json = false): boolean {
  if (!existsSync(META_FILE)) {
    console.error(`${META_FILE.replace(`${PACKAGE_DIR}/`, '')} is missing: run \`pnpm build\` first.`);
    return false;
  }
  const report = measure();
  const ok = report.firstScreen <= FIRST_SCREEN_BUDGET && report.allScreens <= ALL_SCREENS_CEILING;
  if (json) {
    console.log(
      JSON.stringify({ ...report, budgets: { firstScreen: FIRST_SCREEN_BUDGET, allScreens: ALL_SCREENS_BUDGET } }),
    );
    return ok;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log(
    `@igny8/widget: first screen ${kb(report.firstScreen)} gzip (budget ${kb(FIRST_SCREEN_BUDGET)}), all screens ${kb(report.allScreens)} gzip (budget ${kb(ALL_SCREENS_BUDGET)}); entry ${kb(report.entry)}; ${Object.entries(
      report.screens,
    )
      .map(([id, n]) => `${id} +${kb(n)}`)
      .join(', ')}`,
  );
  if (report.firstScreen > FIRST_SCREEN_BUDGET) {
    console.error(`The first screen is over budget by ${kb(report.firstScreen - FIRST_SCREEN_BUDGET)}.`);
  }
  if (report.allScreens > ALL_SCREENS_CEILING) {
    console.error(`All screens together are over the ceiling by ${kb(report.allScreens - ALL_SCREENS_CEILING)}.`);
  } else if (report.allScreens > ALL_SCREENS_BUDGET) {
    console.warn(
      `All screens together are ${kb(report.allScreens - ALL_SCREENS_BUDGET)} over the ${kb(ALL_SCREENS_BUDGET)} target (ceiling ${kb(ALL_SCREENS_CEILING)}).`,
    );
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !checkSize(process.argv.includes('--json'))) {
  process.exit(1);
}
