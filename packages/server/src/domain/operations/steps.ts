// Long work as a sequence of steps. Each step does what needs no transaction — reading in a short one,
// calling a provider, computing — and then commits what it produced, together with the checkpoint (the next
// step and the state so far), in one transaction. A job that stops between steps resumes after the last one
// committed: nothing committed is done twice, nothing half-done is kept. The runner is in src/jobs.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import type { OperationKind, OperationPayload, OperationResult } from './kinds.js';

export interface StepContext<K extends OperationKind> {
  readonly kind: K;
  readonly operationId: string;
  readonly payload: OperationPayload<K>;
  /** The job, acting for the account in the name of the person who started the operation. */
  readonly actor: Actor;
  /** A short transaction in the account's context, committed at once: for reads. */
  read<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T>;
  /**
   * Progress, committed at once so clients see it while the step runs. Inside a step's commit, pass its
   * transaction: the progress is then written in it (a second transaction from inside the first would hold one
   * connection while waiting for another).
   */
  progress(done: number, total?: number, trx?: Knex.Transaction): Promise<void>;
}

/**
 * What a step produced: its new state as is, or writes to commit with the checkpoint (returning the state). With
 * `again`, the step runs once more after this commit: work of many items done one item per commit (a section of
 * an article), so that a job that stops resumes at the first item not committed.
 */
export type StepOutcome<S> = ({ state: S } | { commit: (trx: Knex.Transaction) => Promise<S> }) & { again?: boolean };

export interface Step<K extends OperationKind, S> {
  /** What the step does, as a failure message says where the work stopped: "clustering the keywords". */
  name: string;
  run(ctx: StepContext<K>, state: S): Promise<StepOutcome<S>>;
}

export interface StepJob<K extends OperationKind, S extends object> {
  kind: K;
  /** The state before the first step; each step's state is stored (as JSON) with its checkpoint. */
  initial: S;
  steps: readonly Step<K, S>[];
  /** The Operation's result, from the last step's state (checked against the kind's result schema). */
  result(state: S, ctx: StepContext<K>): OperationResult<K>;
  /**
   * After the last attempt failed, in the transaction that records the failure: give back what was held, and say
   * why where the domain keeps a reason (`failure` is the error the operation records).
   */
  onFinalFailure?(
    trx: Knex.Transaction,
    ctx: StepContext<K>,
    failure: { code: string; message: string },
  ): Promise<void>;
  /**
   * In the transaction that records the success, with the result: what the success causes and must commit with it
   * or not at all (an outbound webhook event).
   */
  onSucceeded?(trx: Knex.Transaction, ctx: StepContext<K>, result: OperationResult<K>): Promise<void>;
  retryLimit?: number;
  /** The queue's back-off between attempts: the first delay, doubled each time up to the maximum (seconds). */
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
}

/** Declares a stepped job, with its state type inferred from `initial`. */
export const stepJob = <K extends OperationKind, S extends object>(job: StepJob<K, S>): StepJob<K, S> => job;
