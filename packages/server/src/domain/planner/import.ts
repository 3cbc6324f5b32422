// The keyword import job: parse, check, deduplicate and insert a CSV, reporting progress and every
// refused line. Good rows land even when others are refused.
//
// Three parts, each its own function so that a job can run them as separate committed steps:
//   1. prepareKeywordImport: reads the upload in a short transaction of its own, then parses, normalizes,
//      classifies and deduplicates in memory with no transaction open (the CPU work);
//   2. mergeKeywordImport: in one tenant transaction, COPYs the prepared rows into a temporary staging
//      table and merges them into keywords with one INSERT … SELECT that leaves out the phrases the site has;
//   3. analyzeImportedKeywords: after that transaction committed, ANALYZE keywords (as the owner) when the
//      import was large, so that the next list page is planned on statistics that know the new rows.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withTenant } from '../../db/tenant.js';
import { AppError } from '../../errors.js';
import { assertCsvText, type ParseResult, parseKeywordCsv, type Refusal, type RefusalCode } from './csv-import.js';
import { isSearchable, keywordRoom, keywordRow, siteSectorIds } from './keywords.js';

interface ImportHooks {
  /** With `trx` when called inside the merge's transaction: the progress is written in it. */
  progress?: (done: number, total: number, trx?: Knex.Transaction) => Promise<void>;
  /** Names what the import is doing, so a failure can say where it stopped. */
  step?: (label: string) => void;
}

/** What part 1 hands to part 2: plain data (JSON-serializable), so a job may store it between steps. */
export interface PreparedKeywordImport {
  accountId: string;
  importId: string;
  siteId: string;
  /** One COPY text line (tab-separated, STAGING_COLUMNS) per distinct row that passed every check, in file order. */
  staged: string[];
  /** The file line of each staged row: rows past the plan's room are refused by their line. */
  lines: number[];
  /** Rows refused so far (parse and row checks), in no particular order. */
  invalid: Refusal[];
  /** Rows whose normalized phrase an earlier row of the file already had. */
  duplicates: number;
  /** Rows of the file, refused ones included. */
  totalRows: number;
  /** Rows that passed the parser's checks: what progress counts. */
  checkedRows: number;
  headerDetected: boolean;
  columns: ParseResult['columns'];
}

export interface KeywordImportResult {
  total_rows: number;
  imported: number;
  duplicates: number;
  invalid_count: number;
  invalid: Refusal[];
  invalid_truncated: boolean;
  invalid_summary: ReturnType<typeof summarize>;
  header_detected: boolean;
  columns: ParseResult['columns'];
}

/** Rows imported from which an ANALYZE of keywords pays for itself (autovacuum may be off, or late). */
export const ANALYZE_AFTER_ROWS = 10_000;

/**
 * Part 1: the upload is read in a short tenant transaction of `db` (a nested one when `db` is itself a
 * transaction); everything after is CPU work in memory, with no transaction held open by this function.
 */
export async function prepareKeywordImport(
  db: Knex,
  input: ImportHooks & { accountId: string; importId: string },
): Promise<PreparedKeywordImport> {
  const step = input.step ?? (() => undefined);
  const progress = input.progress ?? (async () => undefined);
  step('reading the file');
  const { imp, sectorIds, sectorRows } = await withTenant(db, { accountId: input.accountId }, async (trx) => {
    const imp = await trx('keyword_imports').where({ id: input.importId }).first();
    if (!imp) throw new AppError('CONFLICT', 'The file of this import is gone: it was imported already.');
    const sectorIds = await siteSectorIds(trx, imp.site_id);
    const sectorRows: { id: string; slug: string; name: string }[] = sectorIds.length
      ? await trx('sectors').whereIn('id', sectorIds).select('id', 'slug', 'name')
      : [];
    return { imp, sectorIds, sectorRows };
  });
  // Checked at the request too; an import queued before that check existed must not be retried into INTERNAL.
  assertCsvText(imp.csv);
  step('reading the rows');
  const parsed = parseKeywordCsv(imp.csv);
  step('checking the rows');
  const sectorByName = new Map<string, string>();
  for (const s of sectorRows) for (const k of [s.id, s.slug, s.name.toLowerCase()]) sectorByName.set(k, s.id);
  const defaultSector = imp.sector_id ?? sectorIds[0] ?? null;

  const invalid: Refusal[] = [...parsed.invalid];
  const refuse = (line: number, code: RefusalCode, reason: string) => invalid.push({ line, code, reason });
  const seen = new Set<string>();
  const staged: string[] = [];
  const lines: number[] = [];
  let duplicates = 0;
  const total = parsed.rows.length;
  await progress(0, total);
  for (let start = 0; start < total; start += PROGRESS_EVERY) {
    if (start > 0) await progress(start, total); // also lets the event loop breathe between chunks
    for (const r of parsed.rows.slice(start, start + PROGRESS_EVERY)) {
      let sector = defaultSector;
      if (r.sector) {
        const found = sectorByName.get(r.sector.toLowerCase()) ?? sectorByName.get(r.sector);
        if (!found) {
          refuse(r.line, 'UNKNOWN_SECTOR', `sector “${r.sector}” is not one of the site's sectors`);
          continue;
        }
        sector = found;
      }
      const row = keywordRow(
        input.accountId,
        imp.site_id,
        {
          phrase: r.phrase,
          volume: r.volume,
          difficulty: r.difficulty,
          cpc: r.cpc,
          intent: r.intent,
          country: r.country ?? imp.country,
          language: r.language ?? imp.language ?? 'en',
          serp_urls: r.serpUrls?.length ? r.serpUrls : null,
        },
        sector,
      );
      // Spaces, punctuation, symbols or a lone combining mark normalize to nothing a search could match.
      if (!isSearchable(row.normalized)) {
        refuse(r.line, 'NO_KEYWORD', 'the keyword has no letters or digits');
        continue;
      }
      if (seen.has(row.normalized)) {
        duplicates++;
        continue;
      }
      seen.add(row.normalized);
      staged.push(copyLine(row));
      lines.push(r.line);
    }
  }
  return {
    accountId: input.accountId,
    importId: input.importId,
    siteId: imp.site_id,
    staged,
    lines,
    invalid,
    duplicates,
    totalRows: parsed.rows.length + parsed.invalid.length,
    checkedRows: total,
    headerDetected: parsed.headerDetected,
    columns: parsed.columns,
  };
}

/**
 * Part 2, in the caller's tenant transaction: takes the upload (so a second run of the same import fails
 * with CONFLICT instead of counting everything as duplicates), holds the plan's limit, COPYs the rows into
 * a temporary table on the transaction's own connection and merges them with one statement, under the
 * transaction's row-level security settings.
 */
export async function mergeKeywordImport(
  trx: Knex.Transaction,
  prepared: PreparedKeywordImport,
  hooks: ImportHooks = {},
): Promise<KeywordImportResult> {
  const step = hooks.step ?? (() => undefined);
  step('saving the keywords');
  const taken = await trx('keyword_imports').where({ id: prepared.importId }).delete().returning('id');
  if (!taken.length) throw new AppError('CONFLICT', 'The file of this import is gone: it was imported already.');
  const invalid = [...prepared.invalid];
  // Counted as the rows were before the merge: every distinct row of the file takes room, in file order.
  const { room } = await keywordRoom(trx, prepared.accountId);
  const staging = Math.min(room, prepared.staged.length);
  for (let i = staging; i < prepared.staged.length; i++)
    invalid.push({
      line: prepared.lines[i] as number,
      code: 'PLAN_LIMIT_REACHED',
      reason: 'the plan’s keyword limit is reached',
    });
  let imported = 0;
  if (staging > 0) {
    await trx.raw(
      `create temporary table keyword_import_staging (
         sector_id uuid, phrase text, normalized text, volume integer, difficulty integer, cpc numeric,
         intent text, intent_source text, country text, language text, serp_urls text
       ) on commit drop`,
    );
    await copyRows(trx, prepared.staged, staging);
    // SERP URLs travel as one '|'-joined string per row (none holds a '|': the reader splits on it).
    // The site's existing phrases are left out by an anti-join rather than ON CONFLICT DO NOTHING, which
    // costs a speculative insertion (and its WAL record) per row. This is safe because every way a keyword
    // is inserted (this merge, createKeyword, the bulk create) first takes the account's row lock
    // (keywordRoom above): this statement's snapshot, taken after that lock, sees every phrase committed
    // by whoever held it before, and no one else can add one to the site until this transaction ends. The
    // unique index on (site_id, normalized) still stands behind it: a writer that does not take the lock
    // (renaming a keyword to a phrase of the file while this statement runs) makes the statement fail and
    // the job retry, with nothing committed; it never stores a phrase twice.
    const { rowCount } = await trx.raw(
      `insert into keywords (account_id, site_id, ${STAGING_COLUMNS.slice(0, -1).join(', ')}, serp_urls)
       select ?::uuid, ?::uuid, ${STAGING_COLUMNS.slice(0, -1).join(', ')}, string_to_array(serp_urls, '|')
         from keyword_import_staging s
        where not exists (select from keywords k where k.site_id = ?::uuid and k.normalized = s.normalized)`,
      [prepared.accountId, prepared.siteId, prepared.siteId],
    );
    imported = rowCount ?? 0;
    // Dropped now rather than at commit, so that the rest of the transaction does not carry it.
    await trx.raw('drop table keyword_import_staging');
  }
  await hooks.progress?.(prepared.checkedRows, prepared.checkedRows, trx);
  invalid.sort((a, b) => a.line - b.line);
  return {
    total_rows: prepared.totalRows,
    imported,
    duplicates: prepared.duplicates + (staging - imported),
    invalid_count: invalid.length,
    // Listed one by one up to a thousand (a file with more problems is better fixed and sent again); the
    // summary counts every one of them, so nothing refused goes unreported.
    invalid: invalid.slice(0, LISTED_REFUSALS),
    invalid_truncated: invalid.length > LISTED_REFUSALS,
    invalid_summary: summarize(invalid),
    header_detected: prepared.headerDetected,
    columns: prepared.columns,
  };
}

/**
 * Part 3, after part 2 committed: ANALYZE keywords when at least ANALYZE_AFTER_ROWS were imported. Only the
 * table's owner may analyze it, so this takes the owner's pool. SKIP_LOCKED: an ANALYZE already running
 * (another import's) is enough, this one does not queue behind it. Returns whether it analyzed.
 */
export async function analyzeImportedKeywords(owner: Knex, result: { imported: number }): Promise<boolean> {
  if (result.imported < ANALYZE_AFTER_ROWS) return false;
  await owner.raw('analyze (skip_locked) keywords');
  return true;
}

const LISTED_REFUSALS = 1000;
const PROGRESS_EVERY = 25_000;

/** The staging table's columns, in COPY order (serp_urls '|'-joined). */
const STAGING_COLUMNS = [
  'sector_id',
  'phrase',
  'normalized',
  'volume',
  'difficulty',
  'cpc',
  'intent',
  'intent_source',
  'country',
  'language',
  'serp_urls',
] as const;

/** A COPY text-format value: \N for null; backslash, tab and line breaks escaped. */
function copyValue(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string) : s;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Numbers and ids need no escaping (nor the intent and its source, one of a few fixed words). */
function copyLine(row: ReturnType<typeof keywordRow>): string {
  const phrase = copyValue(row.phrase);
  return [
    row.sector_id ?? '\\N',
    phrase,
    row.normalized === row.phrase ? phrase : copyValue(row.normalized),
    row.volume,
    row.difficulty ?? '\\N',
    row.cpc ?? '\\N',
    row.intent,
    row.intent_source,
    copyValue(row.country),
    copyValue(row.language),
    copyValue(row.serp_urls?.length ? row.serp_urls.join('|') : null),
  ].join('\t');
}

/**
 * COPY the first `count` lines into keyword_import_staging through the transaction's own connection: the
 * client of a knex transaction hands out the one connection the transaction holds (and releasing it is a
 * no-op), so the COPY runs inside the transaction, after its set_config calls.
 */
async function copyRows(trx: Knex.Transaction, staged: string[], count: number): Promise<void> {
  const connection = (await trx.client.acquireConnection()) as PoolClient;
  const stream = connection.query(copyFrom(`copy keyword_import_staging (${STAGING_COLUMNS.join(', ')}) from stdin`));
  function* chunks() {
    for (let i = 0; i < count; i += COPY_CHUNK_ROWS) {
      const end = Math.min(count, i + COPY_CHUNK_ROWS);
      yield `${staged.slice(i, end).join('\n')}\n`;
    }
  }
  await pipeline(Readable.from(chunks()), stream);
}
const COPY_CHUNK_ROWS = 2_000;

/** Every refusal counted by code, most frequent first; `invalid` must be sorted by line. */
function summarize(invalid: Refusal[]) {
  const byCode = new Map<
    RefusalCode,
    { code: RefusalCode; count: number; first_line: number; last_line: number; example: string }
  >();
  for (const r of invalid) {
    const entry = byCode.get(r.code);
    if (entry) {
      entry.count++;
      entry.last_line = r.line;
    } else byCode.set(r.code, { code: r.code, count: 1, first_line: r.line, last_line: r.line, example: r.reason });
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.first_line - b.first_line);
}
