// Clusters and ideas of one site that would compete for the same search: the same primary keyword,
// or titles so alike that two pages would rank for the same queries.
import type { Knex } from 'knex';
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

export async function cannibalizationWarnings(trx: Knex.Transaction, siteId: string) {
  const clusters = await trx('clusters')
    .where({ site_id: siteId })
    .whereNot({ status: 'archived' })
    .select('id', 'name');
  const ideas = await trx('ideas')
    .where({ site_id: siteId })
    .select('id', 'title', 'primary_keyword', 'primary_normalized');
  const byKeyword = new Map<string, Item[]>();
  const add = (key: string, item: Item) => byKeyword.set(key, [...(byKeyword.get(key) ?? []), item]);
  for (const c of clusters) add(normalizePhrase(c.name), { type: 'cluster', id: c.id, label: c.name });
  for (const i of ideas) add(i.primary_normalized, { type: 'idea', id: i.id, label: i.title });
  const warnings: { kind: 'same_primary_keyword' | 'similar_titles'; key: string; items: Item[] }[] = [];
  for (const [key, items] of byKeyword) {
    // A cluster and the ideas written for it share its head keyword by design: count one cluster at most.
    const clusterCount = items.filter((i) => i.type === 'cluster').length;
    const ideaCount = items.length - clusterCount;
    if (clusterCount > 1 || ideaCount > 1) warnings.push({ kind: 'same_primary_keyword', key, items });
  }
  const titled = ideas.map((i) => ({ i, w: words(i.title) }));
  for (let a = 0; a < titled.length; a++) {
    for (let b = a + 1; b < titled.length; b++) {
      const x = titled[a] as (typeof titled)[number];
      const y = titled[b] as (typeof titled)[number];
      if (x.i.primary_normalized !== y.i.primary_normalized && jaccard(x.w, y.w) >= SIMILAR_TITLES) {
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
