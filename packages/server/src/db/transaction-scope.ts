// Knows whether the code running now is inside a database transaction, so that work which must never hold
// one open — a provider call, a network request, CPU-heavy computation — can refuse to start inside it.
// The request and job transactions enter the scope; the AI providers and the compute pool check it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

const scope = new AsyncLocalStorage<true>();

export const inTransaction = (): boolean => scope.getStore() === true;

/** Runs `work` as the body of a transaction: inside the scope. */
export const asTransactionBody = <T>(work: () => Promise<T>): Promise<T> => scope.run(true, work);

/** Opens a transaction on `db` whose work runs inside the scope. */
export function transaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction((trx) => asTransactionBody(() => work(trx)));
}

export class TransactionOpenError extends Error {
  override name = 'TransactionOpenError';
}

/** Throws when called inside a transaction: `what` (a provider call, a clustering) must run outside one. */
export function assertOutsideTransaction(what: string): void {
  if (inTransaction()) {
    throw new TransactionOpenError(`${what} ran while a database transaction was open; it must run between steps`);
  }
}
