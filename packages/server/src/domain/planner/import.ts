// The keyword import job: parse, check, deduplicate and insert a CSV, reporting progress and every
// refused line. Good rows land even when others are refused.
import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { assertCsvText, parseKeywordCsv, type Refusal, type RefusalCode } from './csv-import.js';
import { insertKeywords, isSearchable, keywordRoom, keywordRow, siteSectorIds } from './keywords.js';

export async function runKeywordImport(
  trx: Knex.Transaction,
  input: {
    accountId: string;
    importId: string;
    progress: (done: number, total: number) => Promise<void>;
    /** Names what the import is doing, so a failure can say where it stopped. */
    step?: (label: string) => void;
  },
) {
  const step = input.step ?? (() => undefined);
  step('reading the file');
  const imp = await trx('keyword_imports').where({ id: input.importId }).first();
  if (!imp) throw new AppError('CONFLICT', 'The file of this import is gone: it was imported already.');
  // Checked at the request too; an import queued before that check existed must not be retried into INTERNAL.
  assertCsvText(imp.csv);
  step('reading the rows');
  const parsed = parseKeywordCsv(imp.csv);
  step('checking the rows');
  const sectorIds = await siteSectorIds(trx, imp.site_id);
  const sectorRows = sectorIds.length ? await trx('sectors').whereIn('id', sectorIds).select('id', 'slug', 'name') : [];
  const sectorByName = new Map<string, string>();
  for (const s of sectorRows) for (const k of [s.id, s.slug, s.name.toLowerCase()]) sectorByName.set(k, s.id);
  const defaultSector = imp.sector_id ?? sectorIds[0] ?? null;

  const invalid: Refusal[] = [...parsed.invalid];
  const refuse = (line: number, code: RefusalCode, reason: string) => invalid.push({ line, code, reason });
  const seen = new Set<string>();
  let duplicates = 0;
  let imported = 0;
  let { room } = await keywordRoom(trx, input.accountId);
  const total = parsed.rows.length;
  await input.progress(0, total);
  // Rows are prepared (normalized, classified) a batch at a time while the database inserts the
  // batch before: the CPU work of one overlaps the I/O of the other.
  let pending: Promise<{ inserted: number; size: number }> | undefined;
  const settle = async () => {
    if (!pending) return;
    const { inserted, size } = await pending;
    imported += inserted;
    duplicates += size - inserted;
    pending = undefined;
  };
  for (let start = 0; start < parsed.rows.length; start += 10_000) {
    const rows: ReturnType<typeof keywordRow>[] = [];
    for (const r of parsed.rows.slice(start, start + 10_000)) {
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
      if (room <= 0) {
        refuse(r.line, 'PLAN_LIMIT_REACHED', 'the plan’s keyword limit is reached');
        continue;
      }
      room--;
      rows.push(row);
    }
    await settle();
    await input.progress(start, total);
    step('saving the keywords');
    pending = insertKeywords(trx, rows).then((inserted) => ({ inserted, size: rows.length }));
  }
  await settle();
  await input.progress(total, total);
  await trx('keyword_imports').where({ id: input.importId }).delete();
  invalid.sort((a, b) => a.line - b.line);
  return {
    total_rows: parsed.rows.length + parsed.invalid.length,
    imported,
    duplicates,
    invalid_count: invalid.length,
    // Listed one by one up to a thousand (a file with more problems is better fixed and sent again); the
    // summary counts every one of them, so nothing refused goes unreported.
    invalid: invalid.slice(0, LISTED_REFUSALS),
    invalid_truncated: invalid.length > LISTED_REFUSALS,
    invalid_summary: summarize(invalid),
    header_detected: parsed.headerDetected,
    columns: parsed.columns,
  };
}

const LISTED_REFUSALS = 1000;

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
