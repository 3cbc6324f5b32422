// Keyword CSV files as the keyword tools export them. The header row is recognised by its column
// names (Semrush, Ahrefs, Google Keyword Planner, Moz, SE Ranking and plain ones); the delimiter is
// sniffed; numbers are read the way those tools write them ("1,200", "1.2K", "10K – 100K", "$0.45").
import type { components } from '@igny8/contract/openapi';
import { AppError } from '../../errors.js';
import { CsvReader } from './csv-records.js';
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

/** Digits, perhaps with a decimal part: read as they are (Number gives what the full reading would). */
const PLAIN_NUMBER = /^\d{1,15}(?:\.\d{1,15})?$/;

/**
 * "1,200" → 1200, "1.2K" → 1200, "10K – 100K" → 10000 (the low end), "-5" → -5, "" → undefined; NaN when
 * unreadable. Only decimal notation is read: "0x10" or "Infinity" in a volume column is a mistake, not a number.
 */
export function readNumber(raw: string | undefined, options: { decimals?: boolean } = {}): number | undefined {
  if (raw === undefined) return undefined;
  // Most cells are plain digits (a volume, a difficulty, a CPC): no sign, unit, separator or range to read.
  if (PLAIN_NUMBER.test(raw)) return Number(raw);
  let s = raw.trim().replace(/^[$€£¥]|\s*(usd|eur|gbp)$/i, '');
  if (s === '' || s === '-' || s === 'n/a') return undefined;
  // A range needs a number before its dash; a leading minus is a sign ("-5" is minus five, never "" → 0).
  s = s.split(/(?<=\d[km]?)\s*[–—-]\s*(?=\d)/i)[0] as string;
  const suffix = /([km])$/i.exec(s)?.[1]?.toLowerCase();
  if (suffix) s = s.slice(0, -1);
  if (!options.decimals || /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,(?=\d{3}\b)/g, '');
  else s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
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

/**
 * Characters no text file of keywords holds: C0 and C1 controls other than tab and line breaks (NUL among
 * them: a binary file, or UTF-16 read as UTF-8), U+FFFD (bytes that were not UTF-8 when the file was read),
 * the non-characters U+FFFE/U+FFFF (a byte-swapped BOM) and lone surrogates (broken UTF-16).
 */
const NOT_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses, with FILE_NOT_TEXT, a file that is not text in a known encoding. Such a file cannot be repaired
 * row by row — every row of it is garbage — so it is refused whole, before any work is queued.
 */
export function assertCsvText(text: string): void {
  const at = text.search(NOT_TEXT);
  if (at === -1) return;
  const code = text.charCodeAt(at);
  const line = countLines(text, at);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  let message: string;
  let found: string;
  // UTF-16 is told apart first: read as UTF-8, its BOM is U+FFFD twice, but the NULs give it away.
  if (looksLikeUtf16(text)) {
    found = 'utf-16';
    message =
      'The file looks like UTF-16 text (a NUL byte beside every letter); save it as UTF-8 CSV and send it again.';
  } else if (code === 0) {
    found = 'nul';
    message = `The file is not text: line ${line} holds a NUL byte (a binary file?). Send a CSV file saved as UTF-8.`;
  } else if (code === 0xfffd || code === 0xfffe || code === 0xffff) {
    found = 'not-utf-8';
    message = `The file is not UTF-8: line ${line} holds bytes that could not be read (${hex}). Save it as UTF-8 CSV and send it again.`;
  } else if (code >= 0xd800 && code <= 0xdfff) {
    found = 'broken-utf-16';
    message = `The file is not valid text: line ${line} holds half of a UTF-16 character (${hex}).`;
  } else {
    found = 'control-character';
    message = `The file is not text: line ${line} holds the control character ${hex}. Send a CSV file saved as UTF-8.`;
  }
  throw new AppError('FILE_NOT_TEXT', message, { line, found, character: hex });
}

/** UTF-16 of mostly Latin text read as 8-bit: every other character of the start is NUL. */
function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 2000);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  return sample.length >= 16 && nul >= sample.length / 3;
}

function countLines(text: string, upTo: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < upTo; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

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

export type RefusalCode = components['schemas']['KeywordImportRefusalCode'];

export interface Refusal {
  line: number;
  code: RefusalCode;
  reason: string;
}

export interface ParseResult {
  rows: ParsedRow[];
  invalid: Refusal[];
  columns: Partial<Record<Field, string>>;
  headerDetected: boolean;
}

/** The columns' limits: a value past them would fail the whole batch's INSERT, so it is a refused row instead. */
const MAX_VOLUME = 2_147_483_647;
const MAX_CPC = 9_999_999_999.99;

export function parseKeywordCsv(text: string): ParseResult {
  const reader = new CsvReader(text, sniffDelimiter(text));
  const invalid: Refusal[] = [];
  const malformed = (problem: { line: number; reason: string }) =>
    invalid.push({ line: problem.line, code: 'MALFORMED_ROW', reason: problem.reason });
  let first = reader.next();
  while (first && 'reason' in first) {
    malformed(first);
    first = reader.next();
  }
  const header = first?.cells ?? [];
  let columns = detectColumns(header);
  const headerDetected = columns !== null;
  // No header: the first column is the phrase, the second (if any) the volume.
  columns ??= new Map<number, Field>([
    [0, 'phrase'],
    [1, 'volume'],
  ]);
  const index = (field: Field) => {
    for (const [i, f] of columns) if (f === field) return i;
    return -1;
  };
  const col = {
    phrase: index('phrase'),
    volume: index('volume'),
    difficulty: index('difficulty'),
    cpc: index('cpc'),
    intent: index('intent'),
    country: index('country'),
    language: index('language'),
    sector: index('sector'),
    serp_urls: index('serp_urls'),
  };
  // A line break inside a quoted cell is real CSV, but never part of a keyword, a number or a code: only
  // the columns we do not read may hold one, so that an unbalanced quote in them still costs one row.
  const multiline = (column: number) => !columns.has(column);
  const rows: ParsedRow[] = [];
  const refuse = (line: number, code: RefusalCode, reason: string) => invalid.push({ line, code, reason });
  let record: ReturnType<CsvReader['next']> = headerDetected ? reader.next(multiline) : first;
  for (; record; record = reader.next(multiline)) {
    if ('reason' in record) {
      malformed(record);
      continue;
    }
    const { line, cells } = record;
    if (cells.every((cell) => cell === '')) continue;
    const phrase = (cells[col.phrase] ?? '').trim();
    if (!phrase) {
      refuse(line, 'NO_KEYWORD', 'no keyword');
      continue;
    }
    if (phrase.length > 300) {
      refuse(line, 'KEYWORD_TOO_LONG', 'keyword longer than 300 characters');
      continue;
    }
    const volumeRaw = cells[col.volume];
    const volume = readNumber(volumeRaw);
    if (volume !== undefined && !(volume >= 0 && volume <= MAX_VOLUME)) {
      refuse(
        line,
        'INVALID_VOLUME',
        Number.isNaN(volume)
          ? `volume “${volumeRaw}” is not a number`
          : volume < 0
            ? `volume “${volumeRaw}” is negative`
            : `volume “${volumeRaw}” is too large`,
      );
      continue;
    }
    const difficultyRaw = cells[col.difficulty];
    const difficulty = readNumber(difficultyRaw, { decimals: true });
    if (difficulty !== undefined && !(difficulty >= 0 && difficulty <= 100)) {
      refuse(line, 'INVALID_DIFFICULTY', `difficulty “${difficultyRaw}” is not between 0 and 100`);
      continue;
    }
    const cpcRaw = cells[col.cpc];
    const cpc = readNumber(cpcRaw, { decimals: true });
    if (cpc !== undefined && !(cpc >= 0 && cpc <= MAX_CPC)) {
      refuse(
        line,
        'INVALID_CPC',
        Number.isNaN(cpc) ? `cpc “${cpcRaw}” is not a number` : `cpc “${cpcRaw}” is not between 0 and ${MAX_CPC}`,
      );
      continue;
    }
    const intentCell = cells[col.intent];
    const intentRaw = intentCell ? (clean(intentCell).split(/[,\s/]+/)[0] ?? '') : '';
    if (intentRaw && !INTENTS[intentRaw]) {
      refuse(
        line,
        'INVALID_INTENT',
        `intent “${intentCell}” is not one of informational, commercial, transactional, navigational`,
      );
      continue;
    }
    const country = (cells[col.country] ?? '').trim();
    const language = (cells[col.language] ?? '').trim().toLowerCase();
    rows.push({
      line,
      phrase,
      volume: volume === undefined ? undefined : Math.round(volume),
      difficulty: difficulty === undefined ? undefined : Math.round(difficulty),
      cpc,
      intent: intentRaw ? INTENTS[intentRaw] : undefined,
      country: /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined,
      language: /^[a-z]{2,3}(-[a-z]{2})?$/.test(language) ? language.slice(0, 2) : undefined,
      sector: cells[col.sector]?.trim() || undefined,
      serpUrls: cells[col.serp_urls]
        ?.split(/[|\s]+/)
        .filter((u) => /^https?:\/\//.test(u))
        .slice(0, 10),
    });
  }
  const named: Partial<Record<Field, string>> = {};
  for (const [i, f] of columns) named[f] = headerDetected ? (header[i] ?? '').trim() : `column ${i + 1}`;
  return { rows, invalid, columns: named, headerDetected };
}
