// Runs the work behind an Operation inside the tenant's context and records the outcome.
// A failure is retried by the queue; only the last attempt marks the operation failed.

import type { Knex } from 'knex';
import type { Job } from 'pg-boss';
import { withTenant } from '../db/tenant.js';
import { fail, markRunning, reportProgress, succeed } from '../domain/operations.js';
import { AppError } from '../errors.js';
import type { JobDefinition } from './queue.js';

export interface OperationJobData extends Record<string, unknown> {
  operationId: string;
  accountId: string;
}

export interface OperationWork {
  /** Progress, committed at once in its own transaction so clients see it while the work runs. */
  progress: (done: number, total: number) => Promise<void>;
}

export function operationJob(
  app: () => Knex,
  name: string,
  work: (trx: Knex.Transaction, data: OperationJobData, ctx: OperationWork) => Promise<unknown>,
  options: {
    retryLimit?: number;
    /** After the last attempt failed: give back what the work held (a credit reservation). */
    onFinalFailure?: (trx: Knex.Transaction, data: OperationJobData) => Promise<void>;
  } = {},
): JobDefinition {
  const retryLimit = options.retryLimit ?? 2;
  return {
    name,
    retryLimit,
    async handler(job: Job<Record<string, unknown>>) {
      const data = job.data as OperationJobData;
      const tenant = { accountId: data.accountId };
      try {
        await withTenant(app(), tenant, (trx) => markRunning(trx, data.operationId));
        const progress = (done: number, total: number) =>
          withTenant(app(), tenant, (trx) => reportProgress(trx, data.operationId, done, total));
        await withTenant(app(), tenant, async (trx) => {
          const result = await work(trx, data, { progress });
          await succeed(trx, data.operationId, result);
        });
      } catch (err) {
        if (job.retryCount >= retryLimit) {
          const error =
            err instanceof AppError
              ? { code: err.code, message: err.message }
              : { code: 'INTERNAL', message: 'The operation failed.' };
          await withTenant(app(), tenant, async (trx) => {
            await options.onFinalFailure?.(trx, data);
            await fail(trx, data.operationId, error);
          });
          return;
        }
        throw err;
      }
    },
  };
}
