import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { readBalance, reservedCredits } from './credits.js';

export async function presentBalance(trx: Knex.Transaction, accountId: string) {
  const balance = await readBalance(trx, accountId);
  const sub = await trx('subscriptions')
    .join('plans', 'plans.id', 'subscriptions.plan_id')
    .where('subscriptions.account_id', accountId)
    .first('plans.credits_per_month', 'subscriptions.current_period_end');
  return {
    plan_credits: balance.plan,
    bonus_credits: balance.bonus,
    reserved_credits: await reservedCredits(trx, accountId),
    available_credits: balance.plan + balance.bonus,
    plan_credits_per_period: sub?.credits_per_month ?? 0,
    period_end: sub ? new Date(sub.current_period_end).toISOString() : null,
  };
}

interface LedgerRow {
  id: string;
  kind: 'grant' | 'purchase' | 'reserve' | 'capture' | 'release' | 'refund' | 'adjustment' | 'expiry';
  pool: 'plan' | 'bonus';
  amount: number;
  plan_balance_after: number;
  bonus_balance_after: number;
  reservation_key: string | null;
  reason: string | null;
  created_at: Date;
}

export async function listLedger(trx: Knex.Transaction, accountId: string, page: { limit: number; cursor?: string }) {
  // Ordered by the ledger's own sequence: entries of one transaction share a timestamp.
  const q = trx('credit_ledger').where({ account_id: accountId }).select('credit_ledger.*');
  const result = await paginate<LedgerRow>(q, {
    table: 'credit_ledger',
    orderBy: { column: 'seq', type: 'integer' },
    ...page,
  });
  return {
    data: result.data.map((e) => ({
      id: e.id,
      kind: e.kind,
      pool: e.pool,
      amount: e.amount,
      plan_balance_after: e.plan_balance_after,
      bonus_balance_after: e.bonus_balance_after,
      balance_after: e.plan_balance_after + e.bonus_balance_after,
      reservation_key: e.reservation_key,
      reason: e.reason,
      created_at: e.created_at.toISOString(),
    })),
    meta: result.meta,
  };
}
