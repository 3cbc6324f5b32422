// Every tenant query runs inside a transaction that has told PostgreSQL whose data it may see.
// The row-level security policies read these settings; without them a tenant table shows nothing.
import type { Knex } from 'knex';
import { transaction } from './transaction-scope.js';

export interface TenantContext {
  accountId: string | null;
  userId?: string | null;
}

export async function setTenant(trx: Knex.Transaction, tenant: TenantContext): Promise<void> {
  await trx.raw("select set_config('app.account_id', ?, true), set_config('app.user_id', ?, true)", [
    tenant.accountId ?? '',
    tenant.userId ?? '',
  ]);
}

export function withTenant<T>(
  app: Knex,
  tenant: TenantContext,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return transaction(app, async (trx) => {
    await setTenant(trx, tenant);
    return work(trx);
  });
}
