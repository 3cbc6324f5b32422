// Every tenant query runs inside a transaction that has told PostgreSQL whose data it may see.
// The row-level security policies read these settings; without them a tenant table shows nothing.
import type { Knex } from 'knex';
import { asTransactionBody } from './transaction-scope.js';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A SQL literal for a value that may travel inside a statement rather than beside it: only a well-formed
 * uuid (or nothing), and only hex, so no quoting question arises. Anything else returns undefined and the
 * caller takes the parameterized way.
 */
export function uuidLiteral(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return "''";
  return UUID.test(value) ? `'${value.toLowerCase()}'` : undefined;
}

export function hexLiteral(value: string): string | undefined {
  return /^[0-9a-f]{1,128}$/i.test(value) ? `'${value}'` : undefined;
}

/** What knex's transaction object is underneath its promise: the parts `transactionBegunWith` relies on. */
interface KnexTransactionInternals {
  begin?: (conn: unknown) => Promise<unknown>;
  trxClient?: { query(conn: unknown, sql: string): Promise<{ response?: unknown }> };
}

/**
 * A transaction whose `BEGIN` carries one more statement in the same round trip (the simple protocol takes
 * several statements in one message, but no parameters: `statement` must hold literals only, made with the
 * helpers above). `work` receives the rows of that statement; it receives `undefined` if the statement could
 * not travel with the BEGIN (an unexpected knex), and must then run it itself. If the statement fails, the
 * transaction is rolled back before the connection goes back to the pool, and the error is the transaction's.
 */
export function transactionBegunWith<T>(
  app: Knex,
  statement: string | undefined,
  work: (trx: Knex.Transaction, rows: Record<string, unknown>[] | undefined) => Promise<T>,
): Promise<T> {
  let rows: Record<string, unknown>[] | undefined;
  const transaction = app.transaction((trx) =>
    asTransactionBody(() => work(trx, rows)),
  ) as unknown as KnexTransactionInternals & Promise<T>;
  if (statement && typeof transaction.begin === 'function') {
    // knex calls begin(connection) once it holds a connection, after this function has returned.
    transaction.begin = async (conn: unknown) => {
      const client = transaction.trxClient;
      if (!client) throw new Error('knex transaction without a client');
      try {
        const { response } = await client.query(conn, `BEGIN; ${statement}`);
        const last = (Array.isArray(response) ? response.at(-1) : response) as { rows?: Record<string, unknown>[] };
        rows = last?.rows ?? [];
      } catch (err) {
        // The BEGIN may have succeeded and the statement failed: never hand back an aborted transaction.
        await client.query(conn, 'ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
  }
  return transaction;
}

/** A tenant transaction; the tenant is set in the same round trip as the BEGIN. */
export function withTenant<T>(
  app: Knex,
  tenant: TenantContext,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  const account = uuidLiteral(tenant.accountId);
  const user = uuidLiteral(tenant.userId);
  const statement =
    account && user
      ? `select set_config('app.account_id', ${account}, true), set_config('app.user_id', ${user}, true)`
      : undefined;
  return transactionBegunWith(app, statement, async (trx, rows) => {
    if (!rows) await setTenant(trx, tenant);
    return work(trx);
  });
}
