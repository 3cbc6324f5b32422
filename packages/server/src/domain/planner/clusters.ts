import type { Knex } from 'knex';
import { pageOf, pageQuery } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { ReadPlan } from '../ports.js';
import { findVisibleSite, seesEverySite, visibleSite } from '../tenancy/sites.js';
import type { Intent } from './keywords.js';

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

/** A page of the site's clusters as one statement, the site's visibility checked inside it (see `keywordPage`). */
export function clusterPage(db: Knex, actor: Actor, siteId: string, f: ClusterFilters) {
  const q = db('clusters').where('clusters.site_id', siteId).select('clusters.*');
  if (!seesEverySite(actor)) q.whereExists(visibleSite(db, actor, siteId));
  if (f.status) q.where('clusters.status', f.status);
  if (f.sector_id) q.where('clusters.sector_id', f.sector_id);
  const present = (rows: unknown[]) => {
    const page = pageOf<ClusterRow>(rows, f.limit);
    return { data: page.data.map(presentCluster), meta: page.meta };
  };
  return {
    query: pageQuery(q, { table: 'clusters', limit: f.limit, cursor: f.cursor }),
    present,
    // An empty page may be a site the actor may not see: only a transaction that asks again can tell.
    finish: (rows: unknown[]) => (rows.length ? present(rows) : undefined),
  } satisfies ReadPlan<ReturnType<typeof present>> & { present: typeof present };
}

export async function listClusters(trx: Knex.Transaction, actor: Actor, siteId: string, f: ClusterFilters) {
  const plan = clusterPage(trx, actor, siteId, f);
  const rows = await plan.query;
  if (!rows.length) await findVisibleSite(trx, actor, siteId);
  return plan.present(rows);
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
