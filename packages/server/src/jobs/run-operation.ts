// Runs the work behind an Operation inside the tenant's context and records the outcome.
// A failure is retried by the queue; only the last attempt marks the operation failed.

import type { Knex } from 'knex';
import type { Job } from 'pg-boss';
import { withTenant } from '../db/tenant.js';
import { fail, markRunning, succeed } from '../domain/operations.js';
import { AppError } from '../errors.js';
import type { JobDefinition } from './queue.js';

export interface OperationJobData extends Record<string, unknown> {
  operationId: string;
  accountId: string;
}

export function operationJob(
  app: () => Knex,
  name: string,
  work: (trx: Knex.Transaction, data: OperationJobData) => Promise<unknown>,
  retryLimit = 2,
): JobDefinition {
  return {
    name,
    retryLimit,
    async handler(job: Job<Record<string, unknown>>) {
      const data = job.data as OperationJobData;
      const tenant = { accountId: data.accountId };
      try {
        await withTenant(app(), tenant, async (trx) => {
          await markRunning(trx, data.operationId);
          const result = await work(trx, data);
          await succeed(trx, data.operationId, result);
        });
      } catch (err) {
        if (job.retryCount >= retryLimit) {
          const error =
            err instanceof AppError
              ? { code: err.code, message: err.message }
              : { code: 'INTERNAL', message: 'The operation failed.' };
          await withTenant(app(), tenant, (trx) => fail(trx, data.operationId, error));
          return;
        }
        throw err;
      }
    },
  };
}
