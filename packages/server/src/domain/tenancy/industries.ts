import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';

/** Reference data, in its curated order (sort_order, then id). */
export async function listIndustries(db: Knex | Knex.Transaction, page: { limit: number; cursor?: string }) {
  const q = db('industries').select('industries.id', 'industries.slug', 'industries.name', 'industries.description');
  const result = await paginate<{ id: string; slug: string; name: string; description: string }>(q, {
    table: 'industries',
    orderBy: { column: 'sort_order', type: 'integer' },
    ...page,
  });
  const sectors = await db('sectors')
    .whereIn(
      'industry_id',
      result.data.map((i) => i.id),
    )
    .orderBy(['industry_id', 'sort_order'])
    .select('id', 'industry_id', 'slug', 'name');
  return {
    data: result.data.map((i) => ({ ...i, sectors: sectors.filter((s) => s.industry_id === i.id) })),
    meta: result.meta,
  };
}

export async function getIndustry(db: Knex | Knex.Transaction, id: string) {
  const industry = await db('industries').where({ id }).first('id', 'slug', 'name', 'description');
  if (!industry) throw new NotFoundError('Industry');
  const sectors = await db('sectors')
    .where({ industry_id: id })
    .orderBy('sort_order')
    .select('id', 'industry_id', 'slug', 'name');
  return { ...industry, sectors };
}
