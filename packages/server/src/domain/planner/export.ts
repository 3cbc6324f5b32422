// The keyword export: a CSV streamed page by page, each page read in a short transaction of its own, so a
// large export holds neither memory nor a connection for long.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { withTenant } from '../../db/tenant.js';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { filteredKeywords, type KeywordRow } from './keywords.js';

const EXPORT_COLUMNS = [
  'keyword',
  'volume',
  'difficulty',
  'cpc',
  'intent',
  'status',
  'cluster',
  'sector',
  'country',
  'language',
];

/** Checks the site in the caller's transaction; the pages are read later, through `app`, as the stream is read. */
export async function exportKeywordsCsv(
  trx: Knex.Transaction,
  app: Knex,
  actor: Actor,
  siteId: string,
  filters: { status?: KeywordRow['status']; cluster_id?: string },
): Promise<{ body: Readable; filename: string }> {
  const site = await findVisibleSite(trx, actor, siteId);
  const accountId = actor.accountId;
  async function* rows() {
    yield stringify([EXPORT_COLUMNS]);
    let cursor: string | undefined;
    do {
      const page = await withTenant(app, { accountId }, async (t) => {
        const q = filteredKeywords(t, site.id, { status: filters.status, cluster_id: filters.cluster_id })
          .leftJoin('clusters', 'clusters.id', 'keywords.cluster_id')
          .leftJoin('sectors', 'sectors.id', 'keywords.sector_id')
          .select('keywords.*', 'clusters.name as cluster_name', 'sectors.name as sector_name');
        return paginate<KeywordRow & { cluster_name: string | null; sector_name: string | null }>(q, {
          table: 'keywords',
          limit: 5000,
          cursor,
        });
      });
      yield stringify(
        page.data.map((k) => [
          k.phrase,
          k.volume,
          k.difficulty ?? '',
          k.cpc ?? '',
          k.intent,
          k.status,
          k.cluster_name ?? '',
          k.sector_name ?? '',
          k.country ?? '',
          k.language,
        ]),
      );
      cursor = page.meta.next_cursor ?? undefined;
    } while (cursor);
  }
  return { body: Readable.from(rows()), filename: `keywords-${site.id}.csv` };
}
