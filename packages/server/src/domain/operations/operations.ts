// Operations: long-running work as the user sees it (status, progress, result, error). The job
// that does the work updates its operation; clients poll GET /v1/operations/{id}.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { Enqueue } from '../ports.js';
import type { OperationKind, OperationPayload } from './kinds.js';

export type Operation = components['schemas']['Operation'];

export interface OperationRow {
  id: string;
  account_id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress_done: number;
  progress_total: number;
  result: unknown;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  created_by: string | null;
  /** The next step of a stepped job, and the state its committed steps produced. */
  checkpoint_step: number;
  checkpoint_state: unknown;
  /** How many checkpoints the job has committed (a step that runs again commits several). */
  checkpoint_seq: number;
}

export function presentOperation(row: OperationRow): Operation {
  return {
    id: row.id,
    kind: row.kind as OperationKind,
    status: row.status,
    progress: { done: row.progress_done, total: row.progress_total },
    result: row.result ?? null,
    error: row.error ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    started_at: row.started_at?.toISOString() ?? null,
    finished_at: row.finished_at?.toISOString() ?? null,
  } as Operation;
}

export async function createOperation(
  trx: Knex.Transaction,
  input: {
    accountId: string;
    kind: OperationKind;
    input?: Record<string, unknown>;
    createdBy: string | null;
    total?: number;
  },
): Promise<OperationRow> {
  const [row] = await trx('operations')
    .insert({
      account_id: input.accountId,
      kind: input.kind,
      input: JSON.stringify(input.input ?? {}),
      created_by: input.createdBy,
      progress_total: input.total ?? 0,
    })
    .returning('*');
  return row;
}

export async function getOperation(trx: Knex.Transaction, id: string): Promise<OperationRow> {
  const row = await trx('operations').where({ id }).first();
  if (!row) throw new NotFoundError('Operation');
  return row;
}

// Times an operation's steps are written with are the statement's clock (clock_timestamp()), not now(): now()
// is the start of the transaction, and the work and its success share one transaction, so finished_at
// written with now() was the moment the work started.
const CLOCK = 'clock_timestamp()';

/**
 * Marks the operation running and returns it with its checkpoint; undefined when it is already final (a job
 * delivered again after it ended).
 */
export async function claimForWork(trx: Knex.Transaction, id: string): Promise<OperationRow | undefined> {
  const [row] = await trx('operations')
    .where({ id })
    .whereIn('status', ['queued', 'running'])
    .update({
      status: 'running',
      started_at: trx.raw(`coalesce(started_at, ${CLOCK})`),
      updated_at: trx.raw(CLOCK),
    })
    .returning('*');
  return row;
}

export async function reportProgress(trx: Knex.Transaction, id: string, done: number, total?: number) {
  await trx('operations')
    .where({ id })
    .update({
      progress_done: done,
      ...(total !== undefined ? { progress_total: total } : {}),
      updated_at: trx.fn.now(),
    });
}

// An operation that is final stays as it is: a late or repeated attempt must not turn a success into a failure.
export async function succeed(trx: Knex.Transaction, id: string, result: unknown) {
  await trx('operations')
    .where({ id })
    .whereIn('status', ['queued', 'running'])
    .update({
      status: 'succeeded',
      result: JSON.stringify(result),
      progress_done: trx.raw('greatest(progress_done, progress_total)'),
      updated_at: trx.raw(CLOCK),
      finished_at: trx.raw(CLOCK),
    });
}

export async function fail(
  trx: Knex.Transaction,
  id: string,
  error: { code: string; message: string; details?: Record<string, unknown> },
) {
  await trx('operations')
    .where({ id })
    .whereIn('status', ['queued', 'running'])
    .update({
      status: 'failed',
      error: JSON.stringify(error),
      updated_at: trx.raw(CLOCK),
      finished_at: trx.raw(CLOCK),
    });
}

/** What a kind's job carries besides the operation and account, which are filled in. */
export type JobInput<K extends OperationKind> = Omit<OperationPayload<K>, 'operationId' | 'accountId'>;

/** Enqueues the job of an Operation created in this transaction; its payload is checked against its kind. */
export async function enqueueOperation<K extends OperationKind>(
  trx: Knex.Transaction,
  queue: Enqueue,
  operation: OperationRow,
  kind: K,
  input: JobInput<K>,
): Promise<void> {
  const payload = { ...input, operationId: operation.id, accountId: operation.account_id } as OperationPayload<K>;
  await queue.send(trx, kind, payload);
}

/** Records an Operation and enqueues its job, in the caller's transaction: both exist once it commits. */
export async function startOperation<K extends OperationKind>(
  trx: Knex.Transaction,
  queue: Enqueue,
  actor: Actor,
  kind: K,
  options: { input?: Record<string, unknown>; total?: number; job: JobInput<K> },
): Promise<OperationRow> {
  const operation = await createOperation(trx, {
    accountId: actor.accountId,
    kind,
    createdBy: actor.userId,
    input: options.input,
    total: options.total,
  });
  await enqueueOperation(trx, queue, operation, kind, options.job);
  return operation;
}
