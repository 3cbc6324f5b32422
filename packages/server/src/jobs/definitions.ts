// The jobs this server runs. Each is a thin shell around a domain function.
import type { AppDeps } from '../deps.js';
import { forgetIdempotencyKeys, runRenewals, sweepReservations } from '../domain/billing/maintenance.js';
import { reportProgress } from '../domain/operations/operations.js';
import { runKeywordImport } from '../domain/planner/import.js';
import { exportAccountData } from '../domain/tenancy/accounts.js';
import { plannerJobs } from './planner-jobs.js';
import type { JobDefinition } from './queue.js';
import { operationJob } from './run-operation.js';

export const ACCOUNT_EXPORT_JOB = 'account.export';
export const KEYWORD_IMPORT_JOB = 'keywords.import';
export const BILLING_SWEEP_JOB = 'billing.sweep';
export const BILLING_RENEWALS_JOB = 'billing.renewals';

export function jobDefinitions(deps: AppDeps): JobDefinition[] {
  const ctx = () => ({
    owner: deps.db.owner,
    app: deps.db.app,
    now: deps.now,
    graceDays: deps.config.billing.graceDays,
  });
  return [
    operationJob(
      () => deps.db.app,
      ACCOUNT_EXPORT_JOB,
      async (trx, data) => {
        const result = await exportAccountData(trx, data.accountId);
        await reportProgress(trx, data.operationId, 1, 1);
        return result;
      },
      { title: 'The account export', firstStep: 'collecting the account’s data', logger: deps.logger },
    ),
    operationJob(
      () => deps.db.app,
      KEYWORD_IMPORT_JOB,
      (trx, data, { progress, step }) =>
        runKeywordImport(trx, {
          accountId: data.accountId,
          importId: data.importId as string,
          progress,
          step,
          owner: deps.db.owner,
        }),
      { title: 'The keyword import', logger: deps.logger },
    ),
    ...plannerJobs(deps),
    {
      name: BILLING_SWEEP_JOB,
      schedule: '* * * * *',
      retryLimit: 0,
      async handler() {
        const released = await sweepReservations(ctx());
        const forgotten = await forgetIdempotencyKeys(ctx());
        if (released || forgotten) deps.logger.info({ released, forgotten }, 'billing sweep');
      },
    },
    {
      name: BILLING_RENEWALS_JOB,
      schedule: '*/10 * * * *',
      retryLimit: 0,
      async handler() {
        const report = await runRenewals(ctx());
        if (Object.values(report).some(Boolean)) deps.logger.info({ report }, 'subscription renewals');
      },
    },
  ];
}
