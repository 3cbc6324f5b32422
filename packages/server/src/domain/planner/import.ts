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
  const rows: ReturnType<typeof keywordRow>[] = [];
  const lines: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const r of parsed.rows) {
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
    rows.push(row);
    lines.push(r.line);
  }

  const { room } = await keywordRoom(trx, input.accountId);
  const accepted = rows.slice(0, room);
  for (const line of lines.slice(room)) invalid.push({ line, reason: 'the plan’s keyword limit is reached' });

  let imported = 0;
  const total = accepted.length;
  await input.progress(0, total);
  for (let i = 0; i < accepted.length; i += 10_000) {
    const batch = accepted.slice(i, i + 10_000);
    const inserted = await insertKeywords(trx, batch);
    imported += inserted;
    duplicates += batch.length - inserted;
    await input.progress(Math.min(i + batch.length, total), total);
  }
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
