// Clusters and ideas of one site that would compete for the same search: the same primary keyword,
// or titles so alike that two pages would rank for the same queries.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { targetKey } from './text/index.js';
import { normalizePhrase } from './text-api.js';

export interface Item {
  type: 'cluster' | 'idea';
  id: string;
  label: string;
}

const words = (s: string) =>
  new Set(
    normalizePhrase(s)
      .split(' ')
      .filter((w) => w.length > 2),
  );

function jaccard(a: Set<string>, b: Set<string>) {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

export const SIMILAR_TITLES = 0.75;

interface Target {
  item: Item;
  phrase: string;
  /** For an idea, the cluster it was planned for. */
  clusterId: string | null;
}

/**
 * How many pages a group of items with one target key would make: every cluster and every idea, except that a
 * cluster and one idea written for it are one page (the idea is how the cluster gets written). Two ideas of one
 * cluster, an idea of another cluster, or two clusters are competing pages.
 */
function pages(group: readonly Target[]): number {
  const clusters = new Set(group.filter((t) => t.item.type === 'cluster').map((t) => t.item.id));
  const written = new Set<string>();
  for (const t of group)
    if (t.item.type === 'idea' && t.clusterId && clusters.has(t.clusterId)) written.add(t.clusterId);
  return group.length - written.size;
}

export async function cannibalizationWarnings(trx: Knex.Transaction, siteId: string) {
  const clusters: { id: string; name: string; language: string | null }[] = await trx('clusters as c')
    .leftJoin('keywords as k', 'k.id', 'c.head_keyword_id')
    .where('c.site_id', siteId)
    .whereNot('c.status', 'archived')
    .orderBy([{ column: 'c.created_at' }, { column: 'c.id' }])
    .select('c.id', 'c.name', 'k.language');
  const ideas: {
    id: string;
    title: string;
    primary_keyword: string;
    cluster_id: string | null;
    language: string | null;
  }[] = await trx('ideas as i')
    .leftJoin('clusters as c', 'c.id', 'i.cluster_id')
    .leftJoin('keywords as k', 'k.id', 'c.head_keyword_id')
    .where('i.site_id', siteId)
    .orderBy([{ column: 'i.created_at' }, { column: 'i.id' }])
    .select('i.id', 'i.title', 'i.primary_keyword', 'i.cluster_id', 'k.language');
  // Keys are compared in one language, the site's most common one, so that the same phrase always gets the
  // same key (stemmed two ways, "running shoes" would not meet itself).
  const votes = new Map<string, number>();
  for (const r of [...clusters, ...ideas]) if (r.language) votes.set(r.language, (votes.get(r.language) ?? 0) + 1);
  const language = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;

  // Phrases are compared by target key, not as typed: `running shoe`, `Running-Shoes` and `shoes for running`
  // are one search, and two pages aimed at it compete.
  const byKey = new Map<string, Target[]>();
  const add = (t: Target) => {
    const key = targetKey(t.phrase, language);
    const list = byKey.get(key);
    if (list) list.push(t);
    else byKey.set(key, [t]);
    return key;
  };
  for (const c of clusters)
    add({ item: { type: 'cluster', id: c.id, label: c.name }, phrase: c.name, clusterId: null });
  const ideaKeys = ideas.map((i) =>
    add({ item: { type: 'idea', id: i.id, label: i.title }, phrase: i.primary_keyword, clusterId: i.cluster_id }),
  );
  const warnings: { kind: 'same_primary_keyword' | 'similar_titles'; key: string; items: Item[] }[] = [];
  for (const group of byKey.values()) {
    if (pages(group) > 1) {
      // Named after a cluster where one is involved, else after the first spelling in alphabetical order.
      const cluster = group.find((t) => t.item.type === 'cluster');
      const key = cluster ? normalizePhrase(cluster.phrase) : group.map((t) => normalizePhrase(t.phrase)).sort()[0]!;
      warnings.push({ kind: 'same_primary_keyword', key, items: group.map((t) => t.item) });
    }
  }
  const titled = ideas.map((i, index) => ({ i, key: ideaKeys[index]!, w: words(i.title) }));
  for (let a = 0; a < titled.length; a++) {
    for (let b = a + 1; b < titled.length; b++) {
      const x = titled[a] as (typeof titled)[number];
      const y = titled[b] as (typeof titled)[number];
      // Ideas with one target are reported above already.
      if (x.key !== y.key && jaccard(x.w, y.w) >= SIMILAR_TITLES) {
        warnings.push({
          kind: 'similar_titles',
          key: x.i.title,
          items: [
            { type: 'idea', id: x.i.id, label: x.i.title },
            { type: 'idea', id: y.i.id, label: y.i.title },
          ],
        });
      }
    }
  }
  return warnings;
}

/** The warnings of a site the actor can see. */
export async function siteCannibalization(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  return cannibalizationWarnings(trx, siteId);
}
