// Billing work that runs on a schedule (and on demand for the operator): releasing reservations
// whose worker died, forgetting idempotency keys after 24 hours, renewing subscriptions.
import type { Knex } from 'knex';
import { withTenant } from '../../db/tenant.js';
import { expiredReservations, release } from './credits.js';
import { accountsToRenew, type RenewalReport, renewAccount } from './subscriptions.js';

interface Context {
  owner: Knex;
  app: Knex;
  now: () => Date;
  graceDays: number;
}

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Releases held reservations past their expiry; returns how many. */
export async function sweepReservations(ctx: Context): Promise<number> {
  const now = ctx.now();
  let released = 0;
  for (const r of await expiredReservations(ctx.owner, now)) {
    await withTenant(ctx.app, { accountId: r.account_id }, async (trx) => {
      const row = await release(trx, { accountId: r.account_id, key: r.key, now, reason: 'expired (worker gone)' });
      if (row?.status === 'released') released++;
    });
  }
  return released;
}

export async function forgetIdempotencyKeys(ctx: Context): Promise<number> {
  return ctx
    .owner('idempotency_keys')
    .where('created_at', '<', new Date(ctx.now().getTime() - IDEMPOTENCY_TTL_MS))
    .delete();
}

/** Renews every subscription that is due, one account per transaction. */
export async function runRenewals(ctx: Context): Promise<RenewalReport> {
  const now = ctx.now();
  const report: RenewalReport = { renewed: 0, invoiced: 0, downgraded: 0, past_due: 0 };
  for (const accountId of await accountsToRenew(ctx.owner, now)) {
    await withTenant(ctx.app, { accountId }, (trx) => renewAccount(trx, accountId, now, ctx.graceDays, report));
  }
  return report;
}
