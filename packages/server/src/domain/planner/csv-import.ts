// Keyword CSV files as the keyword tools export them. The header row is recognised by its column
// names (Semrush, Ahrefs, Google Keyword Planner, Moz, SE Ranking and plain ones); the delimiter is
// sniffed; numbers are read the way those tools write them ("1,200", "1.2K", "10K – 100K", "$0.45").
import { parse } from 'csv-parse/sync';
import type { Intent } from './keywords.js';

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

const HEADERS: Record<Field, string[]> = {
  phrase: [
    'keyword',
    'keywords',
    'phrase',
    'query',
    'search term',
    'search query',
    'term',
    'keyword text',
    'top queries',
  ],
  volume: [
    'volume',
    'search volume',
    'avg. monthly searches',
    'avg monthly searches',
    'monthly searches',
    'global volume',
    'sv',
    'msv',
    'monthly volume',
    'searches',
  ],
  difficulty: [
    'difficulty',
    'keyword difficulty',
    'kd',
    'kd %',
    'kd%',
    'seo difficulty',
    'competition (indexed value)',
    'difficulty score',
  ],
  cpc: ['cpc', 'cpc (usd)', 'cpc usd', 'cost per click', 'top of page bid (high range)', 'avg. cpc'],
  intent: ['intent', 'intents', 'search intent', 'keyword intents'],
  country: ['country', 'database', 'location', 'country code', 'market'],
  language: ['language', 'lang', 'locale'],
  sector: ['sector', 'category', 'topic', 'sector_id'],
  serp_urls: ['serp urls', 'serp_urls', 'urls', 'top urls', 'ranking urls'],
};

const clean = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Which field each column holds, or null when the first row is data, not a header. */
export function detectColumns(header: string[]): Map<number, Field> | null {
  const map = new Map<number, Field>();
  header.forEach((h, i) => {
    const name = clean(h);
    for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
      if (names.includes(name) && ![...map.values()].includes(field)) {
        map.set(i, field);
        return;
      }
    }
  });
  return [...map.values()].includes('phrase') ? map : null;
}

function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const counts = [',', ';', '\t', '|'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** "1,200" → 1200, "1.2K" → 1200, "10K – 100K" → 10000 (the low end), "" → undefined; NaN when unreadable. */
export function readNumber(raw: string | undefined, options: { decimals?: boolean } = {}): number | undefined {
  if (raw === undefined) return undefined;
  let s = raw.trim().replace(/^[$€£¥]|\s*(usd|eur|gbp)$/i, '');
  if (s === '' || s === '-' || s === 'n/a') return undefined;
  s = s.split(/\s*[–—-]\s*(?=\d)/)[0] as string;
  const suffix = /([km])$/i.exec(s)?.[1]?.toLowerCase();
  if (suffix) s = s.slice(0, -1);
  if (!options.decimals || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,(?=\d{3}\b)/g, '');
  else s = s.replace(',', '.');
  const n = Number(s);
  if (!Number.isFinite(n)) return Number.NaN;
  return suffix === 'k' ? n * 1000 : suffix === 'm' ? n * 1_000_000 : n;
}

const INTENTS: Record<string, Intent> = {
  informational: 'informational',
  i: 'informational',
  commercial: 'commercial',
  c: 'commercial',
  transactional: 'transactional',
  t: 'transactional',
  navigational: 'navigational',
  n: 'navigational',
};

export interface ParsedRow {
  line: number;
  phrase: string;
  volume?: number;
  difficulty?: number;
  cpc?: number;
  intent?: Intent;
  country?: string;
  language?: string;
  sector?: string;
  serpUrls?: string[];
}

export interface ParseResult {
  rows: ParsedRow[];
  invalid: { line: number; reason: string }[];
  columns: Partial<Record<Field, string>>;
  headerDetected: boolean;
}

export function parseKeywordCsv(text: string): ParseResult {
  const records = parse(text, {
    delimiter: sniffDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const header = records[0] ?? [];
  let columns = detectColumns(header);
  const headerDetected = columns !== null;
  // No header: the first column is the phrase, the second (if any) the volume.
  columns ??= new Map<number, Field>([
    [0, 'phrase'],
    [1, 'volume'],
  ]);
  const at = (record: string[], field: Field) => {
    for (const [i, f] of columns) if (f === field) return record[i];
    return undefined;
  };
  const rows: ParsedRow[] = [];
  const invalid: { line: number; reason: string }[] = [];
  for (const [index, record] of records.entries()) {
    if (headerDetected && index === 0) continue;
    const line = index + 1;
    if (record.every((cell) => cell === '')) continue;
    const phrase = (at(record, 'phrase') ?? '').trim();
    if (!phrase) {
      invalid.push({ line, reason: 'no keyword' });
      continue;
    }
    if (phrase.length > 300) {
      invalid.push({ line, reason: 'keyword longer than 300 characters' });
      continue;
    }
    const volume = readNumber(at(record, 'volume'));
    if (volume !== undefined && (Number.isNaN(volume) || volume < 0)) {
      invalid.push({ line, reason: `volume “${at(record, 'volume')}” is not a number` });
      continue;
    }
    const difficulty = readNumber(at(record, 'difficulty'), { decimals: true });
    if (difficulty !== undefined && (Number.isNaN(difficulty) || difficulty < 0 || difficulty > 100)) {
      invalid.push({ line, reason: `difficulty “${at(record, 'difficulty')}” is not between 0 and 100` });
      continue;
    }
    const cpc = readNumber(at(record, 'cpc'), { decimals: true });
    if (cpc !== undefined && (Number.isNaN(cpc) || cpc < 0)) {
      invalid.push({ line, reason: `cpc “${at(record, 'cpc')}” is not a number` });
      continue;
    }
    const intentRaw = clean(at(record, 'intent') ?? '').split(/[,\s/]+/)[0] ?? '';
    if (intentRaw && !INTENTS[intentRaw]) {
      invalid.push({
        line,
        reason: `intent “${at(record, 'intent')}” is not one of informational, commercial, transactional, navigational`,
      });
      continue;
    }
    const country = (at(record, 'country') ?? '').trim();
    const language = (at(record, 'language') ?? '').trim().toLowerCase();
    rows.push({
      line,
      phrase,
      volume: volume === undefined ? undefined : Math.round(volume),
      difficulty: difficulty === undefined ? undefined : Math.round(difficulty),
      cpc,
      intent: intentRaw ? INTENTS[intentRaw] : undefined,
      country: /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined,
      language: /^[a-z]{2,3}(-[a-z]{2})?$/.test(language) ? language.slice(0, 2) : undefined,
      sector: at(record, 'sector')?.trim() || undefined,
      serpUrls: at(record, 'serp_urls')
        ?.split(/[|\s]+/)
        .filter((u) => /^https?:\/\//.test(u))
        .slice(0, 10),
    });
  }
  const named: Partial<Record<Field, string>> = {};
  for (const [i, f] of columns) named[f] = headerDetected ? (header[i] ?? '').trim() : `column ${i + 1}`;
  return { rows, invalid, columns: named, headerDetected };
}
