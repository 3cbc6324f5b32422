// The import's preview, read in the browser the way the server reads the file (packages/server/src/domain/planner/
// csv-import.ts and csv-records.ts): the delimiter sniffed on the first line, the header recognised by the column
// names of the keyword tools (the same aliases), or — without one — the first column read as the keyword and the
// second as the volume. Only the first lines are read; a line the server would refuse as malformed is skipped.

export type Field =
  | 'phrase'
  | 'volume'
  | 'difficulty'
  | 'cpc'
  | 'intent'
  | 'country'
  | 'language'
  | 'sector'
  | 'serp_urls';

/** The server's header names per field (csv-import.ts `HEADERS`), `|`-separated to keep the chunk small. */
export const HEADERS: Record<Field, string> = {
  phrase: 'keyword|keywords|phrase|query|search term|search query|term|keyword text|top queries',
  volume:
    'volume|search volume|avg. monthly searches|avg monthly searches|monthly searches|global volume|sv|msv|monthly volume|searches',
  difficulty: 'difficulty|keyword difficulty|kd|kd %|kd%|seo difficulty|competition (indexed value)|difficulty score',
  cpc: 'cpc|cpc (usd)|cpc usd|cost per click|top of page bid (high range)|avg. cpc',
  intent: 'intent|intents|search intent|keyword intents',
  country: 'country|database|location|country code|market',
  language: 'language|lang|locale',
  sector: 'sector|category|topic|sector_id',
  serp_urls: 'serp urls|serp_urls|urls|top urls|ranking urls',
};

export interface Preview {
  /** The header row, or null when the first row is data. */
  header: string[] | null;
  /** The field each column is read as (null: not imported). */
  fields: (Field | null)[];
  /** The first data rows. */
  rows: string[][];
}

/** Which field each column holds, or null when no column is the keyword (then the first row is data). */
export function detectColumns(header: string[]): (Field | null)[] | null {
  const used: string[] = [];
  const fields = header.map((h) => {
    const name = h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const f = (Object.keys(HEADERS) as Field[]).find((f) => !used.includes(f) && HEADERS[f].split('|').includes(name));
    if (f) used.push(f);
    return f ?? null;
  });
  return used.includes('phrase') ? fields : null;
}

export function previewCsv(raw: string, shown = 5): Preview {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n?|\n/, 200);
  const first = lines[0] as string;
  const d = [',', ';', '\t', '|'].reduce((a, b) => (first.split(b).length > first.split(a).length ? b : a));
  // A cell: quoted (`""` is a quote; blanks around it, but not the delimiter, belong to no one), or anything up to the
  // delimiter (quotes inside kept). A quote left open on its line, or text after a closing one: the line is malformed.
  const b = d === '\t' ? ' ' : '[ \\t]';
  const cell = new RegExp(`${b}*"((?:[^"]|"")*)"${b}*(\\${d}|$)|(?!${b}*")([^\\${d}]*)(\\${d}|$)`, 'y');
  const all = lines.flatMap((line) => {
    const cells: string[] = [];
    cell.lastIndex = 0;
    for (let m = cell.exec(line); m; m = cell.exec(line)) {
      cells.push(m[1]?.replace(/""/g, '"') ?? (m[3] as string).trim());
      if (!(m[2] ?? m[4])) return [cells];
    }
    return [];
  });
  const head = all[0] ?? [];
  const found = detectColumns(head);
  const rows = all
    .slice(found ? 1 : 0)
    .filter((r) => r.some((c) => c))
    .slice(0, shown);
  const fields = Array.from(
    { length: Math.max(head.length, ...rows.map((r) => r.length)) },
    (_, i) => (found ?? ['phrase', 'volume'])[i] ?? null,
  );
  return { header: found && head, fields, rows };
}
