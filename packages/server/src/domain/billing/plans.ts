import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';

/** A plans row, as far as the API shows it (the table also has is_public and sort_order). */
export type PlanRow = components['schemas']['Plan'];

export const presentPlan = (p: PlanRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  price_cents: p.price_cents,
  currency: p.currency,
  credits_per_month: p.credits_per_month,
  max_sites: p.max_sites,
  max_users: p.max_users,
  max_keywords: p.max_keywords,
  max_sectors_per_site: p.max_sectors_per_site,
});

export const listPublicPlans = (db: Knex) =>
  db('plans').where({ is_public: true }).orderBy('sort_order') as Promise<PlanRow[]>;

export async function planOfAccount(trx: Knex.Transaction, accountId: string): Promise<PlanRow> {
  return trx('plans').join('accounts', 'accounts.plan_id', 'plans.id').where('accounts.id', accountId).first('plans.*');
}
