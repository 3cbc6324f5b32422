// The keyword import job: parse, check, deduplicate and insert a CSV, reporting progress and every
// refused line. Good rows land even when others are refused.
import type { Knex } from 'knex';
import { parseKeywordCsv } from './csv-import.js';
import { insertKeywords, keywordRoom, keywordRow, siteSectorIds } from './keywords.js';

export async function runKeywordImport(
  trx: Knex.Transaction,
  input: { accountId: string; importId: string; progress: (done: number, total: number) => Promise<void> },
) {
  const imp = await trx('keyword_imports').where({ id: input.importId }).first();
  if (!imp) throw new Error('the import was already processed');
  const parsed = parseKeywordCsv(imp.csv);
  const sectorIds = await siteSectorIds(trx, imp.site_id);
  const sectorRows = sectorIds.length ? await trx('sectors').whereIn('id', sectorIds).select('id', 'slug', 'name') : [];
  const sectorByName = new Map<string, string>();
  for (const s of sectorRows) for (const k of [s.id, s.slug, s.name.toLowerCase()]) sectorByName.set(k, s.id);
  const defaultSector = imp.sector_id ?? sectorIds[0] ?? null;

  const invalid = [...parsed.invalid];
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
          invalid.push({ line: r.line, reason: `sector “${r.sector}” is not one of the site's sectors` });
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
      if (!row.normalized) {
        invalid.push({ line: r.line, reason: 'the keyword has no words' });
        continue;
      }
      if (seen.has(row.normalized)) {
        duplicates++;
        continue;
      }
      seen.add(row.normalized);
      if (room <= 0) {
        invalid.push({ line: r.line, reason: 'the plan’s keyword limit is reached' });
        continue;
      }
      room--;
      rows.push(row);
    }
    await settle();
    await input.progress(start, total);
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
    // The first thousand refused lines; a file with more problems is better fixed and sent again.
    invalid: invalid.slice(0, 1000),
    header_detected: parsed.headerDetected,
    columns: parsed.columns,
  };
}
