// Runs a stepped job (domain/operations/steps.ts) for its Operation. Each step runs with no transaction
// open; what it produced is committed with the checkpoint in one tenant transaction, guarded so that only
// the attempt that holds the current checkpoint can advance it (a stale attempt's writes roll back). A job
// delivered again — after a crash, a killed worker, a lost lock — resumes at the checkpoint's step.
//
// What a failure means is decided by classifyJobFailure: an input the work cannot use fails the operation at
// once with its own code; a transient problem is retried by the queue and only the last attempt marks the
// operation failed; an unexpected error is logged with its stack and reported as JOB_FAILED naming the step.
import type { Knex } from 'knex';
import type { Job } from 'pg-boss';
import type { z } from 'zod';
import { withTenant } from '../db/tenant.js';
import { jobActor } from '../domain/actor.js';
import {
  type OperationKind,
  type OperationPayload,
  type OperationResult,
  operationKinds,
} from '../domain/operations/kinds.js';
import { claimForWork, fail, reportProgress, succeed } from '../domain/operations/operations.js';
import type { StepContext, StepJob } from '../domain/operations/steps.js';
import type { Logger } from '../logger.js';
import { classifyJobFailure, isExplainedFailure } from './job-errors.js';
import type { JobDefinition } from './queue.js';

/**
 * Attempts lost with their worker (killed, its machine gone: the queue retries the job when its heartbeat stops)
 * that the queue allows beyond the job's own retries. They cost little, since the job resumes at its checkpoint, and
 * they are no fault of the work: without them a job whose worker died `retryLimit + 1` times was failed by the queue
 * with no handler to say so, its Operation left running and its credits held. `retryLimit` still bounds the attempts
 * that fail (each attempt counts, lost or not); should the queue give up all the same, its dead letter fails the
 * Operation.
 */
export const LOST_ATTEMPTS = 10;

/** Another attempt advanced the checkpoint first: this one stops, its step's writes rolled back. */
class StaleAttemptError extends Error {
  override name = 'StaleAttemptError';
}

export interface StepRunnerOptions {
  app: () => Knex;
  logger: Logger;
  /** Waits this long before each step (tests and demos of resumption; 0 otherwise). */
  stepDelayMs?: number;
  /**
   * Told once the job has ended its operation (succeeded or failed), after that commit: a hint for whoever waits on
   * it (the automation's tick). Not awaited; it handles its own errors.
   */
  onEnded?: (accountId: string, operationId: string) => void;
}

export function stepJobDefinition<K extends OperationKind, S extends object>(
  job: StepJob<K, S>,
  options: StepRunnerOptions,
  /** The kind's title and schemas; a test may stand a job of its own in for a kind. */
  spec: { title: string; payload: z.ZodType; result: z.ZodType } = operationKinds[job.kind],
): JobDefinition {
  const kind = job.kind;
  const { title } = spec;
  const retryLimit = job.retryLimit ?? 2;
  /** The context of the job's steps, acting in the name of whoever started the operation. */
  const contextOf = (payload: OperationPayload<K>, createdBy: string | null): StepContext<K> => {
    const tenant = { accountId: payload.accountId };
    const inTenant = <T>(work: (trx: Knex.Transaction) => Promise<T>) => withTenant(options.app(), tenant, work);
    const siteId = 'siteId' in payload ? ((payload.siteId as string | undefined) ?? null) : null;
    return {
      kind,
      operationId: payload.operationId,
      payload,
      actor: jobActor(payload.accountId, siteId, createdBy),
      read: inTenant,
      progress: (done, total, trx) =>
        trx
          ? reportProgress(trx, payload.operationId, done, total)
          : inTenant((own) => reportProgress(own, payload.operationId, done, total)),
    };
  };
  return {
    name: kind,
    payload: spec.payload,
    retryLimit: retryLimit + LOST_ATTEMPTS,
    ...(job.retryDelaySeconds ? { retryDelaySeconds: job.retryDelaySeconds } : {}),
    ...(job.retryDelayMaxSeconds ? { retryDelayMaxSeconds: job.retryDelayMaxSeconds } : {}),
    // The queue gave up on the job (its attempts kept dying): the Operation fails as on the last failed attempt,
    // what it held given back; one that ended meanwhile stays as it is.
    async onDeadLetter(raw) {
      const parsed = spec.payload.safeParse(raw.data);
      if (!parsed.success) return;
      const payload = parsed.data as OperationPayload<K>;
      const error = {
        code: 'JOB_FAILED',
        message: `${title} did not finish: each of its attempts stopped with the worker running it. Try again, and if it stops again, contact support with the operation's id.`,
        details: { step: 'unknown', attempts: retryLimit + LOST_ATTEMPTS + 1 },
      };
      await withTenant(options.app(), { accountId: payload.accountId }, async (trx) => {
        const op = await trx('operations')
          .where({ id: payload.operationId })
          .whereIn('status', ['queued', 'running'])
          .forNoKeyUpdate()
          .first('created_by', 'checkpoint_step');
        if (!op) return;
        const step = job.steps[op.checkpoint_step as number];
        if (step) error.details.step = step.name;
        await job.onFinalFailure?.(trx, contextOf(payload, op.created_by), error);
        await fail(trx, payload.operationId, error);
      });
      options.logger.warn(
        { operation_id: payload.operationId, kind, step: error.details.step },
        'the queue gave up on a job whose attempts kept stopping; its operation failed',
      );
    },
    async handler(raw: Job<Record<string, unknown>>) {
      const log = options.logger.child({ job: { id: raw.id, name: kind, attempt: raw.retryCount } });
      // A payload that does not match its schema is a fault of the code that enqueued it: the operation it
      // names (if it names one) fails at once, and no work is attempted.
      const parsed = spec.payload.safeParse(raw.data);
      if (!parsed.success) {
        log.error({ issues: parsed.error.issues }, 'job payload does not match its schema');
        const { operationId, accountId } = raw.data as { operationId?: unknown; accountId?: unknown };
        if (typeof operationId === 'string' && typeof accountId === 'string') {
          await withTenant(options.app(), { accountId }, (trx) =>
            fail(trx, operationId, {
              code: 'JOB_FAILED',
              message: `${title} could not start: its job was not valid.`,
              details: { step: 'starting', attempts: 1 },
            }),
          ).then(
            () => options.onEnded?.(accountId, operationId),
            (err) => log.error({ err }, 'could not record the failure'),
          );
        }
        return;
      }
      const payload = parsed.data as OperationPayload<K>;
      const tenant = { accountId: payload.accountId };
      const inTenant = <T>(work: (trx: Knex.Transaction) => Promise<T>) => withTenant(options.app(), tenant, work);
      let stepName = 'starting';
      let ctx: StepContext<K> | undefined;
      try {
        // A job delivered again after its operation ended (the queue delivers at least once) does nothing.
        const claimed = await inTenant((trx) => claimForWork(trx, payload.operationId));
        if (!claimed) return;
        ctx = contextOf(payload, claimed.created_by);
        let state = (claimed.checkpoint_state as S | null) ?? job.initial;
        if (claimed.checkpoint_seq > 0)
          log.info(
            { step: claimed.checkpoint_step, commits: claimed.checkpoint_seq },
            'job resumes after its checkpoint',
          );
        let seq = claimed.checkpoint_seq;
        for (let index = claimed.checkpoint_step; index < job.steps.length; ) {
          const step = job.steps[index] as (typeof job.steps)[number];
          stepName = step.name;
          if (options.stepDelayMs) await new Promise((r) => setTimeout(r, options.stepDelayMs));
          const stepStarted = performance.now();
          const outcome = await step.run(ctx, state);
          const ranMs = performance.now() - stepStarted;
          const again = outcome.again === true;
          const last = !again && index === job.steps.length - 1;
          const stepCtx = ctx;
          const committed = { step: index, seq };
          state = await inTenant(async (trx) => {
            const next = 'commit' in outcome ? await outcome.commit(trx) : outcome.state;
            // Over the checkpoint this attempt read, and no other: a stale attempt (one the queue thought dead and
            // retried) finds it moved on and rolls back.
            const advanced = await trx('operations')
              .where({
                id: payload.operationId,
                status: 'running',
                checkpoint_step: committed.step,
                checkpoint_seq: committed.seq,
              })
              .update({
                checkpoint_step: again ? index : index + 1,
                checkpoint_seq: committed.seq + 1,
                // The last state becomes the result; it is not kept twice.
                checkpoint_state: last ? null : JSON.stringify(next),
                updated_at: trx.raw('clock_timestamp()'),
              });
            if (!advanced) throw new StaleAttemptError(`step ${index} was committed by another attempt`);
            if (last) {
              stepName = 'saving the result';
              const result = spec.result.parse(job.result(next, stepCtx)) as OperationResult<K>;
              await succeed(trx, payload.operationId, result);
              await job.onSucceeded?.(trx, stepCtx, result);
            }
            return next;
          });
          log.info(
            {
              step: step.name,
              run_ms: Math.round(ranMs),
              commit_ms: Math.round(performance.now() - stepStarted - ranMs),
              ...(again ? { again: true } : {}),
            },
            'job step committed',
          );
          seq++;
          if (!again) index++;
        }
        options.onEnded?.(payload.accountId, payload.operationId);
      } catch (err) {
        if (err instanceof StaleAttemptError) {
          log.warn({ operation_id: payload.operationId, step: stepName }, 'another attempt of this job went first');
          return;
        }
        const attempts = raw.retryCount + 1;
        const failure = classifyJobFailure(err, { title, step: stepName, attempts });
        const lastAttempt = failure.kind === 'deterministic' || raw.retryCount >= retryLimit;
        // Thrown errors are logged by the queue with their stack, once per attempt; the ones handled here
        // are logged here, so that each failed attempt leaves exactly one line.
        if (!lastAttempt) throw err;
        const fields = { operation_id: payload.operationId, code: failure.error.code, step: stepName, attempts };
        if (isExplainedFailure(err)) log.warn({ ...fields, message: failure.error.message }, 'operation failed');
        else log.error({ ...fields, err }, 'operation failed');
        await inTenant(async (trx) => {
          if (ctx) await job.onFinalFailure?.(trx, ctx, failure.error);
          await fail(trx, payload.operationId, failure.error);
        });
        options.onEnded?.(payload.accountId, payload.operationId);
      }
    },
  };
}
