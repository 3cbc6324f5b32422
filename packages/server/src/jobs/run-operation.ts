// Runs the work behind an Operation inside the tenant's context and records the outcome. What a failure
// means is decided by classifyJobFailure: an input the work cannot use fails the operation at once with its
// own code; a transient problem is retried by the queue and only the last attempt marks the operation
// failed; an unexpected error is logged with its stack and reported as JOB_FAILED naming the step.

import type { Knex } from 'knex';
import type { Job } from 'pg-boss';
import { withTenant } from '../db/tenant.js';
import { fail, markRunning, reportProgress, succeed } from '../domain/operations/operations.js';
import type { Logger } from '../logger.js';
import { classifyJobFailure, isExplainedFailure } from './job-errors.js';
import type { JobDefinition } from './queue.js';

export interface OperationJobData extends Record<string, unknown> {
  operationId: string;
  accountId: string;
}

export interface OperationWork {
  /** Progress, committed at once in its own transaction so clients see it while the work runs. */
  progress: (done: number, total: number) => Promise<void>;
  /** Names what the work is doing ("saving the keywords"), so that a failure can say where it stopped. */
  step: (label: string) => void;
}

export function operationJob(
  app: () => Knex,
  name: string,
  work: (trx: Knex.Transaction, data: OperationJobData, ctx: OperationWork) => Promise<unknown>,
  options: {
    /** What the job does, as the start of a sentence in a failure message: "The keyword import". */
    title: string;
    /** What the work is doing until it says otherwise with `step()`: "clustering the keywords". */
    firstStep?: string;
    logger: Logger;
    retryLimit?: number;
    /** After the last attempt failed: give back what the work held (a credit reservation). */
    onFinalFailure?: (trx: Knex.Transaction, data: OperationJobData) => Promise<void>;
  },
): JobDefinition {
  const retryLimit = options.retryLimit ?? 2;
  return {
    name,
    retryLimit,
    async handler(job: Job<Record<string, unknown>>) {
      const data = job.data as OperationJobData;
      const tenant = { accountId: data.accountId };
      let step = 'starting';
      try {
        // A job delivered again after its operation ended (the queue delivers at least once) does nothing.
        if (!(await withTenant(app(), tenant, (trx) => markRunning(trx, data.operationId)))) return;
        const progress = (done: number, total: number) =>
          withTenant(app(), tenant, (trx) => reportProgress(trx, data.operationId, done, total));
        step = options.firstStep ?? 'working';
        await withTenant(app(), tenant, async (trx) => {
          const result = await work(trx, data, {
            progress,
            step: (label) => {
              step = label;
            },
          });
          step = 'saving the result';
          await succeed(trx, data.operationId, result);
        });
      } catch (err) {
        const attempts = job.retryCount + 1;
        const failure = classifyJobFailure(err, { title: options.title, step, attempts });
        const last = failure.kind === 'deterministic' || job.retryCount >= retryLimit;
        // Thrown errors are logged by the queue with their stack, once per attempt; the ones handled here
        // are logged here, so that each failed attempt leaves exactly one line.
        if (!last) throw err;
        const log = options.logger.child({ job: { id: job.id, name, attempt: job.retryCount } });
        const fields = { operation_id: data.operationId, code: failure.error.code, step, attempts };
        if (isExplainedFailure(err)) log.warn({ ...fields, message: failure.error.message }, 'operation failed');
        else log.error({ ...fields, err }, 'operation failed');
        await withTenant(app(), tenant, async (trx) => {
          await options.onFinalFailure?.(trx, data);
          await fail(trx, data.operationId, failure.error);
        });
      }
    },
  };
}
