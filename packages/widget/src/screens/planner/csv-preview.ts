// The import's preview, read in the browser the way the server reads the file (packages/server/src/domain/planner/
// csv-import.ts and csv-records.ts): the delimiter sniffed on the first line, the header recognised by the column
// names of the keyword tools (the same aliases), or — without one — the first column read as the keyword and the
// second as the volume. Only the first rows are read; a line the server would refuse as malformed is skipped.

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
  const used = new Set<Field>();
  const fields = header.map((h) => {
    const name = h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
    for (const [field, names] of Object.entries(HEADERS) as [Field, string][]) {
      if (!used.has(field) && names.split('|').includes(name)) {
        used.add(field);
        return field;
      }
    }
    return null;
  });
  return used.has('phrase') ? fields : null;
}

/**
 * One line's cells (trimmed as the server trims them), or null for a line the server refuses as malformed: a quote
 * not closed on its line (a keyword, a number or a code never spans lines), or text after a closing quote.
 */
function cellsOf(line: string, delimiter: string): string[] | null {
  if (!line.includes('"')) return line.split(delimiter).map((c) => c.trim());
  const cells: string[] = [];
  // Blanks around a quoted cell belong to no one (unless the blank is the delimiter).
  const blank = (c: string | undefined) => c !== delimiter && (c === ' ' || c === '\t');
  let j = 0;
  for (;;) {
    let b = j;
    while (blank(line[b])) b++;
    if (line[b] === '"') j = b;
    if (line[j] === '"') {
      let value = '';
      let k = j + 1;
      for (;;) {
        const q = line.indexOf('"', k);
        if (q === -1) return null;
        value += line.slice(k, q);
        k = q + 1;
        if (line[k] !== '"') break;
        value += '"';
        k++;
      }
      while (blank(line[k])) k++;
      cells.push(value);
      if (k >= line.length) return cells;
      if (line[k] !== delimiter) return null;
      j = k + 1;
      continue;
    }
    let k = line.indexOf(delimiter, j);
    if (k === -1) k = line.length;
    cells.push(line.slice(j, k).trim());
    if (k >= line.length) return cells;
    j = k + 1;
  }
}

export function previewCsv(raw: string, shown = 5): Preview {
  const first = raw.slice(0, raw.indexOf('\n') === -1 ? undefined : raw.indexOf('\n'));
  let delimiter = ',';
  let most = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = first.split(d).length - 1;
    if (n > most) [delimiter, most] = [d, n];
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all: string[][] = [];
  for (const line of text.split('\n', 200)) {
    const cells = cellsOf(line, delimiter);
    if (cells) all.push(cells);
  }
  const head = all[0] ?? [];
  const detected = detectColumns(head);
  const rows = (detected ? all.slice(1) : all).filter((r) => r.some((c) => c !== '')).slice(0, shown);
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const fields = Array.from({ length: width }, (_, i) =>
    detected ? (detected[i] ?? null) : i === 0 ? 'phrase' : i === 1 ? 'volume' : null,
  );
  return { header: detected ? head : null, fields, rows };
}
