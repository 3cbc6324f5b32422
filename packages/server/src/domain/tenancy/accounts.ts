import type { Knex } from 'knex';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { type PlanRow, presentPlan } from '../billing/plans.js';
import { startOperation } from '../operations/operations.js';
import { stepJob } from '../operations/steps.js';
import type { Enqueue } from '../ports.js';

export interface AccountRow {
  id: string;
  name: string;
  status: 'trial' | 'active' | 'suspended' | 'cancelled';
  plan_id: string;
  timezone: string;
  brand_name: string | null;
  brand_color: string | null;
  brand_logo_url: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface BrandPatch {
  name?: string | null;
  color?: string | null;
  logo_url?: string | null;
}

export function presentAccount(a: AccountRow, plan: PlanRow) {
  return {
    id: a.id,
    name: a.name,
    status: a.status,
    plan: presentPlan(plan),
    timezone: a.timezone,
    brand: { name: a.brand_name ?? null, color: a.brand_color ?? null, logo_url: a.brand_logo_url ?? null },
    created_at: a.created_at.toISOString(),
    updated_at: a.updated_at.toISOString(),
  };
}

export async function loadAccount(trx: Knex.Transaction, accountId: string) {
  const account = (await trx('accounts').where({ id: accountId }).first()) as AccountRow | undefined;
  if (!account) throw new NotFoundError('Account');
  const plan = (await trx('plans').where({ id: account.plan_id }).first()) as PlanRow;
  return presentAccount(account, plan);
}

/**
 * Locks the account row: serialises limit checks (sites, members, keywords) within one account. FOR NO KEY UPDATE,
 * not FOR UPDATE: 35 tables reference accounts, so every tenant insert takes FOR KEY SHARE on this row, which FOR
 * UPDATE waits for — and a waiting FOR UPDATE queues the next KEY SHARE behind it, which closed deadlock cycles under
 * load (a keyword create against a job finishing its operation and charging credits).
 */
export async function lockAccount(
  trx: Knex.Transaction,
  accountId: string,
): Promise<{ account: AccountRow; plan: PlanRow }> {
  const account = (await trx('accounts').where({ id: accountId }).forNoKeyUpdate().first()) as AccountRow | undefined;
  if (!account) throw new NotFoundError('Account');
  const plan = (await trx('plans').where({ id: account.plan_id }).first()) as PlanRow;
  return { account, plan };
}

export function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export async function updateAccount(
  trx: Knex.Transaction,
  accountId: string,
  patch: { name?: string; timezone?: string; brand?: BrandPatch },
) {
  if (patch.timezone && !validTimezone(patch.timezone)) {
    throw new AppError('UNPROCESSABLE', `Unknown timezone ${patch.timezone}.`, { field: 'timezone' });
  }
  const { brand, ...rest } = patch;
  await trx('accounts')
    .where({ id: accountId })
    .update({
      ...rest,
      ...(brand && 'name' in brand ? { brand_name: brand.name } : {}),
      ...(brand && 'color' in brand ? { brand_color: brand.color } : {}),
      ...(brand && 'logo_url' in brand ? { brand_logo_url: brand.logo_url } : {}),
      updated_at: trx.fn.now(),
    });
  return loadAccount(trx, accountId);
}

export async function deleteAccount(trx: Knex.Transaction, accountId: string) {
  // Every tenant table cascades from accounts; refresh tokens too.
  await trx('accounts').where({ id: accountId }).delete();
}

/** The account's data as JSON (no secrets, no hashes): the work of the `account.export` job. */
export async function exportAccountData(trx: Knex.Transaction, accountId: string) {
  const account = await loadAccount(trx, accountId);
  const members = await trx('memberships')
    .join('users', 'users.id', 'memberships.user_id')
    .where('memberships.account_id', accountId)
    .select('users.email', 'users.name', 'memberships.role', 'memberships.created_at');
  const sites = await trx('sites').select('id', 'name', 'url', 'description', 'industry_id', 'created_at');
  const sectors = await trx('site_sectors').select('site_id', 'sector_id');
  const apiKeys = await trx('api_keys').select('id', 'name', 'prefix', 'role', 'site_id', 'revoked_at', 'created_at');
  return {
    exported_at: new Date().toISOString(),
    account,
    members,
    sites: sites.map((s) => ({ ...s, sector_ids: sectors.filter((x) => x.site_id === s.id).map((x) => x.sector_id) })),
    api_keys: apiKeys,
  };
}

/** Starts the account export: the Operation and its job, in the caller's transaction. */
export function startAccountExport(trx: Knex.Transaction, deps: { queue: Enqueue }, actor: Actor) {
  return startOperation(trx, deps.queue, actor, 'account.export', { total: 1, job: {} });
}

export const exportJob = stepJob({
  kind: 'account.export',
  initial: {} as { data?: Awaited<ReturnType<typeof exportAccountData>> },
  steps: [
    {
      name: 'collecting the account’s data',
      async run(ctx) {
        const data = await ctx.read((trx) => exportAccountData(trx, ctx.payload.accountId));
        return { state: { data } };
      },
    },
  ],
  result: (s) => s.data as NonNullable<typeof s.data>,
});
