// The one charging module. Every costly action goes through it:
//   estimate (costs.ts) → reserve(key, credits) → capture(key, actual) | release(key)
// Balances live in credit_balances (two pools, never negative by constraint); every change is an
// entry in the append-only credit_ledger with the balances after it, so the balance always equals
// the sum of the ledger. Each function takes a transaction with the tenant set and locks the
// account's balance row first: changes to one account happen one at a time, and a key seen twice
// (a retried or duplicated job) finds the reservation the first call made.
import type { Knex } from 'knex';
import { AppError, NotFoundError } from '../../errors.js';
import { notifyCreditThresholds } from './notifications.js';
import { recordUsage } from './usage.js';

export type Pool = 'plan' | 'bonus';
export type LedgerKind = 'grant' | 'purchase' | 'reserve' | 'capture' | 'release' | 'refund' | 'adjustment' | 'expiry';

export interface Balance {
  plan: number;
  bonus: number;
}

export interface ReservationRow {
  id: string;
  account_id: string;
  key: string;
  operation: string;
  site_id: string | null;
  plan_credits: number;
  bonus_credits: number;
  captured_credits: number | null;
  status: 'held' | 'captured' | 'released';
  expires_at: Date;
}

export class InsufficientCreditsError extends AppError {
  override name = 'InsufficientCreditsError';
  constructor(required: number, available: number) {
    super('INSUFFICIENT_CREDITS', `This needs ${required} credits; ${available} are available.`, {
      required,
      available,
    });
  }
}

/** Locks the account's balance row (creating it at zero if missing) and returns it. */
export async function lockBalance(trx: Knex.Transaction, accountId: string): Promise<Balance> {
  await trx('credit_balances').insert({ account_id: accountId }).onConflict('account_id').ignore();
  const row = await trx('credit_balances').where({ account_id: accountId }).forNoKeyUpdate().first();
  return { plan: row.plan_credits, bonus: row.bonus_credits };
}

export async function readBalance(trx: Knex.Transaction, accountId: string): Promise<Balance> {
  const row = await trx('credit_balances').where({ account_id: accountId }).first();
  return { plan: row?.plan_credits ?? 0, bonus: row?.bonus_credits ?? 0 };
}

interface Entry {
  kind: LedgerKind;
  pool: Pool;
  amount: number;
  reservationKey?: string | null;
  reason?: string | null;
  actor?: string | null;
}

/**
 * Applies entries to a locked balance: writes the new balance once and one ledger row per entry.
 * The caller must hold the lock (lockBalance) and pass the balance it read.
 */
async function apply(trx: Knex.Transaction, accountId: string, start: Balance, entries: Entry[]): Promise<Balance> {
  const current = { ...start };
  const rows = [];
  for (const e of entries) {
    if (e.amount === 0 && e.kind !== 'capture') continue;
    current[e.pool] += e.amount;
    if (current[e.pool] < 0) throw new Error(`ledger entry would take the ${e.pool} pool below zero`);
    rows.push({
      account_id: accountId,
      kind: e.kind,
      pool: e.pool,
      amount: e.amount,
      plan_balance_after: current.plan,
      bonus_balance_after: current.bonus,
      reservation_key: e.reservationKey ?? null,
      reason: e.reason ?? null,
      actor: e.actor ?? null,
    });
  }
  if (!rows.length) return current;
  await trx('credit_balances')
    .where({ account_id: accountId })
    .update({ plan_credits: current.plan, bonus_credits: current.bonus, updated_at: trx.fn.now() });
  await trx('credit_ledger').insert(rows);
  return current;
}

/** Takes `credits` from the pools, plan credits first. */
function split(balance: Balance, credits: number) {
  const fromPlan = Math.min(balance.plan, credits);
  return { fromPlan, fromBonus: credits - fromPlan };
}

export interface ReserveInput {
  accountId: string;
  /** Unique per operation item (e.g. `clustering:<operation id>`); the same key reserves once. */
  key: string;
  credits: number;
  operation: string;
  siteId?: string | null;
  /** How long a held reservation lives before the sweeper gives it back (a crashed worker). */
  ttlMs?: number;
  now: Date;
}

export const DEFAULT_RESERVATION_TTL_MS = 30 * 60 * 1000;

/** Reserves credits for work about to start. Answers 402 when they are not there. */
export async function reserve(trx: Knex.Transaction, input: ReserveInput): Promise<ReservationRow> {
  if (!Number.isInteger(input.credits) || input.credits < 0) throw new Error('credits must be a non-negative integer');
  const balance = await lockBalance(trx, input.accountId);
  const existing = await trx('credit_reservations').where({ account_id: input.accountId, key: input.key }).first();
  if (existing) return existing;
  const account = await trx('accounts').where({ id: input.accountId }).first('status');
  if (account?.status === 'suspended' || account?.status === 'cancelled') {
    throw new AppError('ACCOUNT_INACTIVE', `This account is ${account.status}; costly work is paused.`, {
      status: account.status,
    });
  }
  if (input.siteId) await assertSiteBudget(trx, input.accountId, input.siteId, input.credits, input.now);
  const available = balance.plan + balance.bonus;
  if (available < input.credits) throw new InsufficientCreditsError(input.credits, available);
  const { fromPlan, fromBonus } = split(balance, input.credits);
  const after = await apply(trx, input.accountId, balance, [
    { kind: 'reserve', pool: 'plan', amount: -fromPlan, reservationKey: input.key },
    { kind: 'reserve', pool: 'bonus', amount: -fromBonus, reservationKey: input.key },
  ]);
  const [row] = await trx('credit_reservations')
    .insert({
      account_id: input.accountId,
      key: input.key,
      operation: input.operation,
      site_id: input.siteId ?? null,
      plan_credits: fromPlan,
      bonus_credits: fromBonus,
      expires_at: new Date(input.now.getTime() + (input.ttlMs ?? DEFAULT_RESERVATION_TTL_MS)),
    })
    .returning('*');
  if (fromPlan > 0) await notifyCreditThresholds(trx, input.accountId, after.plan, input.now);
  return row;
}

/**
 * Settles a reservation at the actual cost: what was reserved beyond it goes back to the pools it
 * came from (bonus first, since plan credits were spent first). A second capture of the same key
 * changes nothing. A cost above the reservation is taken from what is available, never beyond.
 */
export async function capture(
  trx: Knex.Transaction,
  input: {
    accountId: string;
    key: string;
    actual: number;
    now: Date;
    /** What the provider reported; recorded as the action's usage with the credits charged. */
    usage?: { provider: string; model?: string | null; tokensIn?: number; tokensOut?: number; costUsd?: number };
  },
): Promise<ReservationRow> {
  if (!Number.isInteger(input.actual) || input.actual < 0) throw new Error('actual must be a non-negative integer');
  const balance = await lockBalance(trx, input.accountId);
  const r = (await trx('credit_reservations')
    .where({ account_id: input.accountId, key: input.key })
    .forNoKeyUpdate()
    .first()) as ReservationRow | undefined;
  if (!r) throw new NotFoundError('Reservation');
  if (r.status === 'captured') return r;
  if (r.status === 'released') {
    throw new AppError('CONFLICT', 'This reservation was already released; reserve again before charging.');
  }
  const reserved = r.plan_credits + r.bonus_credits;
  const entries: Entry[] = [];
  let charged = Math.min(input.actual, reserved);
  const leftover = reserved - charged;
  const backToBonus = Math.min(leftover, r.bonus_credits);
  const backToPlan = leftover - backToBonus;
  entries.push({
    kind: 'capture',
    pool: r.plan_credits > 0 ? 'plan' : 'bonus',
    amount: 0,
    reservationKey: r.key,
    reason: `charged ${charged} of ${reserved} reserved`,
  });
  entries.push({ kind: 'release', pool: 'bonus', amount: backToBonus, reservationKey: r.key });
  entries.push({ kind: 'release', pool: 'plan', amount: backToPlan, reservationKey: r.key });
  if (input.actual > reserved) {
    // The pools after the returns above are what is left to take the excess from.
    const afterReturn = { plan: balance.plan + backToPlan, bonus: balance.bonus + backToBonus };
    const extra = Math.min(input.actual - reserved, afterReturn.plan + afterReturn.bonus);
    const { fromPlan, fromBonus } = split(afterReturn, extra);
    entries.push({
      kind: 'capture',
      pool: 'plan',
      amount: -fromPlan,
      reservationKey: r.key,
      reason: 'above the estimate',
    });
    entries.push({
      kind: 'capture',
      pool: 'bonus',
      amount: -fromBonus,
      reservationKey: r.key,
      reason: 'above the estimate',
    });
    charged += extra;
  }
  const after = await apply(trx, input.accountId, balance, entries);
  const [row] = await trx('credit_reservations')
    .where({ id: r.id })
    .update({ status: 'captured', captured_credits: charged, settled_at: input.now })
    .returning('*');
  if (input.usage) {
    await recordUsage(trx, {
      ...input.usage,
      accountId: input.accountId,
      siteId: r.site_id,
      operation: r.operation,
      credits: charged,
      reservationKey: r.key,
    });
  }
  if (after.plan < balance.plan) await notifyCreditThresholds(trx, input.accountId, after.plan, input.now);
  return row;
}

/** Gives a held reservation back, whole, to the pools it came from. Anything else is left as it is. */
export async function release(
  trx: Knex.Transaction,
  input: { accountId: string; key: string; now: Date; reason?: string },
): Promise<ReservationRow | undefined> {
  const balance = await lockBalance(trx, input.accountId);
  const r = (await trx('credit_reservations')
    .where({ account_id: input.accountId, key: input.key })
    .forNoKeyUpdate()
    .first()) as ReservationRow | undefined;
  if (r?.status !== 'held') return r;
  await apply(trx, input.accountId, balance, [
    { kind: 'release', pool: 'plan', amount: r.plan_credits, reservationKey: r.key, reason: input.reason },
    { kind: 'release', pool: 'bonus', amount: r.bonus_credits, reservationKey: r.key, reason: input.reason },
  ]);
  const [row] = await trx('credit_reservations')
    .where({ id: r.id })
    .update({ status: 'released', settled_at: input.now })
    .returning('*');
  return row;
}

/** Credits added to or taken from one pool outside a reservation: grants, purchases, refunds, adjustments, expiry. */
export async function post(
  trx: Knex.Transaction,
  input: {
    accountId: string;
    kind: Exclude<LedgerKind, 'reserve' | 'capture' | 'release'>;
    pool: Pool;
    amount: number;
    reason?: string;
    actor?: string;
  },
): Promise<Balance> {
  if (!Number.isInteger(input.amount)) throw new Error('amount must be an integer');
  const balance = await lockBalance(trx, input.accountId);
  if (balance[input.pool] + input.amount < 0) {
    throw new AppError(
      'UNPROCESSABLE',
      `The ${input.pool} pool holds ${balance[input.pool]} credits; it cannot go below 0.`,
      {
        pool: input.pool,
        available: balance[input.pool],
      },
    );
  }
  return apply(trx, input.accountId, balance, [
    { kind: input.kind, pool: input.pool, amount: input.amount, reason: input.reason, actor: input.actor },
  ]);
}

/** Sets the plan pool to `credits` (a paid renewal), as an expiry of what is left and a grant. */
export async function resetPlanCredits(
  trx: Knex.Transaction,
  input: { accountId: string; credits: number; reason: string },
): Promise<Balance> {
  const balance = await lockBalance(trx, input.accountId);
  return apply(trx, input.accountId, balance, [
    { kind: 'expiry', pool: 'plan', amount: -balance.plan, reason: input.reason },
    { kind: 'grant', pool: 'plan', amount: input.credits, reason: input.reason },
  ]);
}

/** Credits held by reservations in progress. */
export async function reservedCredits(trx: Knex.Transaction, accountId: string): Promise<number> {
  const row = await trx('credit_reservations')
    .where({ account_id: accountId, status: 'held' })
    .sum({ n: trx.raw('plan_credits + bonus_credits') })
    .first();
  return Number(row?.n ?? 0);
}

function monthStart(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** Credits a site has used this calendar month (UTC): captured, plus still held. */
export async function siteCreditsThisMonth(trx: Knex.Transaction, accountId: string, siteId: string, now: Date) {
  const row = await trx('credit_reservations')
    .where({ account_id: accountId, site_id: siteId })
    .where('created_at', '>=', monthStart(now))
    .whereIn('status', ['held', 'captured'])
    .sum({
      n: trx.raw("case when status = 'captured' then captured_credits else plan_credits + bonus_credits end"),
    })
    .first();
  return Number(row?.n ?? 0);
}

async function assertSiteBudget(trx: Knex.Transaction, accountId: string, siteId: string, credits: number, now: Date) {
  const site = await trx('sites').where({ id: siteId }).first('monthly_credit_cap');
  if (site?.monthly_credit_cap === null || site?.monthly_credit_cap === undefined) return;
  const used = await siteCreditsThisMonth(trx, accountId, siteId, now);
  if (used + credits > site.monthly_credit_cap) {
    throw new AppError(
      'SITE_BUDGET_EXCEEDED',
      `This site's monthly cap is ${site.monthly_credit_cap} credits; ${used} are used.`,
      {
        required: credits,
        available: Math.max(0, site.monthly_credit_cap - used),
        cap: site.monthly_credit_cap,
      },
    );
  }
}

/** Held reservations past their time (a worker that died): released by the sweeper job. */
export async function expiredReservations(
  db: Knex,
  now: Date,
  limit = 500,
): Promise<{ account_id: string; key: string }[]> {
  return db('credit_reservations')
    .where({ status: 'held' })
    .where('expires_at', '<', now)
    .limit(limit)
    .select('account_id', 'key');
}
