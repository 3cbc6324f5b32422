// The jobs this server runs. Each is a thin shell around a domain function.
import type { Knex } from 'knex';
import { exportAccountData } from '../domain/accounts.js';
import { reportProgress } from '../domain/operations.js';
import type { JobDefinition } from './queue.js';
import { operationJob } from './run-operation.js';

export const ACCOUNT_EXPORT_JOB = 'account.export';

export function jobDefinitions(app: () => Knex): JobDefinition[] {
  return [
    operationJob(app, ACCOUNT_EXPORT_JOB, async (trx, data) => {
      const result = await exportAccountData(trx, data.accountId);
      await reportProgress(trx, data.operationId, 1, 1);
      return result;
    }),
  ];
}
