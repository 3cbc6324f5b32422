// The narrow dependencies a domain function may ask for, instead of the application's whole dependency bag:
// the clock, the queue to enqueue work on, the CPU pool for heavy computation, tenant transactions to open.
// Providers (AI) are typed in src/ai; the database is a knex transaction or pool.
import type { Knex } from 'knex';
import type { OperationKind, OperationPayload } from './operations/kinds.js';
import type { ClusterOptions, ClusterResult } from './planner/clustering/index.js';

/** The time, injectable so time-dependent behaviour is testable. */
export type Clock = () => Date;

/** Enqueues work as part of the caller's transaction: the job exists exactly when that transaction commits. */
export interface Enqueue {
  send<K extends OperationKind>(trx: Knex.Transaction, kind: K, payload: OperationPayload<K>): Promise<string | null>;
  /** A job that is not an Operation's (the automation's ticks), taken no sooner than `startAfterSeconds` from now. */
  sendJob(
    trx: Knex.Transaction,
    name: string,
    data: Record<string, unknown>,
    options?: { startAfterSeconds?: number },
  ): Promise<string | null>;
}

/**
 * CPU-heavy work, done off the event loop (a worker-thread pool), so that the process serving the API keeps
 * answering while it runs.
 */
export interface Compute {
  /** The clustering engine; semantic keywords must carry their vectors (embedding is a provider call, done before). */
  cluster(request: ClusterRequest, onProgress?: (done: number, total: number) => void): Promise<ClusterResult>;
}

/** What the clustering engine takes, as plain data that can cross to a worker thread. */
export type ClusterRequest = Omit<ClusterOptions, 'embed' | 'embedBatchSize' | 'onProgress' | 'signal'>;

/**
 * Opens a short tenant transaction entered as the caller, for work that must not hold one open throughout — a call
 * to another server is made between two of them.
 */
export type TenantTransactions = <T>(work: (trx: Knex.Transaction) => Promise<T>) => Promise<T>;

/**
 * A read that one statement answers, built but not run, so that a caller may send it in the same round trip as
 * the statement that enters the tenant (http/fast-read.ts) or run it in a transaction of its own. `finish` makes
 * the answer from the statement's rows, or returns undefined when those rows cannot answer alone (an empty page
 * of a site one may not see is a 404): the read is then done the ordinary way, in a transaction.
 */
export interface ReadPlan<T> {
  query: Knex.QueryBuilder;
  finish(rows: unknown[]): T | undefined;
}
