import type { Knex } from 'knex';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import type { Intent } from './keywords.js';
import { readSitePage, siteTablePage } from './site-page.js';

export interface ClusterRow {
  id: string;
  site_id: string;
  sector_id: string | null;
  name: string;
  head_keyword_id: string | null;
  status: 'new' | 'mapped' | 'archived';
  keyword_count: number;
  total_volume: number | string;
  avg_difficulty: string | number | null;
  intent: Intent;
  algorithm: string;
  created_at: Date;
  updated_at: Date;
}

export const presentCluster = (c: ClusterRow) => ({
  id: c.id,
  site_id: c.site_id,
  sector_id: c.sector_id,
  name: c.name,
  head_keyword_id: c.head_keyword_id,
  status: c.status,
  keyword_count: c.keyword_count,
  total_volume: Number(c.total_volume),
  avg_difficulty: c.avg_difficulty === null ? null : Number(c.avg_difficulty),
  intent: c.intent,
  algorithm: c.algorithm,
  created_at: c.created_at.toISOString(),
  updated_at: c.updated_at.toISOString(),
});

export async function findCluster(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
): Promise<ClusterRow> {
  await findVisibleSite(trx, actor, siteId);
  const row = await trx('clusters').where({ id, site_id: siteId }).first();
  if (!row) throw new NotFoundError('Cluster');
  return row;
}

type ClusterFilters = { limit: number; cursor?: string; status?: ClusterRow['status']; sector_id?: string };

/** A page of the site's clusters as one statement (see `sitePage`). */
export function clusterPage(db: Knex, actor: Actor, siteId: string, f: ClusterFilters) {
  return siteTablePage(db, actor, siteId, {
    table: 'clusters',
    filters: { status: f.status, sector_id: f.sector_id },
    page: f,
    present: presentCluster,
  });
}

export async function listClusters(trx: Knex.Transaction, actor: Actor, siteId: string, f: ClusterFilters) {
  return readSitePage(trx, actor, siteId, clusterPage(trx, actor, siteId, f));
}

export async function updateCluster(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  patch: { name?: string; status?: 'new' | 'archived' },
) {
  await findCluster(trx, actor, siteId, id);
  const [row] = await trx('clusters')
    .where({ id })
    .update({ ...patch, updated_at: trx.fn.now() })
    .returning('*');
  return presentCluster(row);
}

/** Deletes a cluster; its keywords go back to `new`. Its ideas stay, without a cluster. */
export async function deleteCluster(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  await findCluster(trx, actor, siteId, id);
  await trx('keywords').where({ cluster_id: id }).update({ cluster_id: null, status: 'new', updated_at: trx.fn.now() });
  await trx('clusters').where({ id }).delete();
}
