import type { Knex } from 'knex';
import { DEFAULT_COSTS } from '../../domain/billing/costs.js';
import { INDUSTRIES, slugify } from './industries.js';
import { DEFAULT_PLANS } from './plans.js';

/** Inserts the reference data that is missing. Idempotent; safe on every start. */
export async function seedReferenceData(owner: Knex): Promise<void> {
  await owner.transaction(async (trx) => {
    await trx('plans')
      .insert(DEFAULT_PLANS.map((p) => ({ ...p, currency: 'USD' })))
      .onConflict('code')
      .ignore();
    await trx('credit_costs')
      .insert(DEFAULT_COSTS.map((c) => ({ ...c, provider: '*' })))
      .onConflict(['operation', 'variant', 'provider'])
      .ignore();
    for (const [i, industry] of INDUSTRIES.entries()) {
      const [row] = await trx('industries')
        .insert({ slug: industry.slug, name: industry.name, description: industry.description, sort_order: i })
        .onConflict('slug')
        .merge(['name', 'description'])
        .returning('id');
      await trx('sectors')
        .insert(industry.sectors.map((name, j) => ({ industry_id: row.id, slug: slugify(name), name, sort_order: j })))
        .onConflict(['industry_id', 'slug'])
        .ignore();
    }
  });
}
