// What a piece of work would cost against what the account has, and a site's monthly credit cap.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { estimate } from './costs.js';
import { readBalance, siteCreditsThisMonth } from './credits.js';

type EstimateRequest = components['schemas']['EstimateRequest'];

export async function estimateForAccount(trx: Knex.Transaction, actor: Actor, request: EstimateRequest) {
  const needed = await estimate(trx, request);
  const balance = await readBalance(trx, actor.accountId);
  const available = balance.plan + balance.bonus;
  return {
    operation: request.operation,
    quantity: request.quantity,
    credits: needed,
    available_credits: available,
    sufficient: available >= needed,
  };
}

export async function siteBudget(trx: Knex.Transaction, actor: Actor, siteId: string, now: Date) {
  const site = await findVisibleSite(trx, actor, siteId);
  return budgetOf(trx, actor, site.id, site.monthly_credit_cap ?? null, now);
}

async function budgetOf(trx: Knex.Transaction, actor: Actor, siteId: string, cap: number | null, now: Date) {
  return {
    site_id: siteId,
    monthly_credit_cap: cap,
    used_this_month: await siteCreditsThisMonth(trx, actor.accountId, siteId, now),
  };
}

export async function setSiteBudget(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  cap: number | null,
  now: Date,
) {
  await findVisibleSite(trx, actor, siteId);
  await trx('sites').where({ id: siteId }).update({ monthly_credit_cap: cap, updated_at: trx.fn.now() });
  return budgetOf(trx, actor, siteId, cap, now);
}
