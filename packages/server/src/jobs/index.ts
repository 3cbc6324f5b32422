// The jobs this server runs, by module. Each is a thin shell around the domain: stepped jobs of
// domain/*/…-job definitions run by run-steps.ts, and scheduled maintenance.
import type { ComputePool } from '../compute/pool.js';
import { withTenant } from '../db/tenant.js';
import type { AppDeps } from '../deps.js';
import { wakeRun } from '../domain/automation/runs.js';
import { authJobs } from './auth.js';
import { automationJobs } from './automation.js';
import { billingJobs } from './billing.js';
import { notificationJobs } from './notifications.js';
import { plannerJobs } from './planner.js';
import { publishingJobs } from './publishing.js';
import type { JobDefinition, WorkerLoop } from './queue.js';
import type { StepRunnerOptions } from './run-steps.js';
import { tenancyJobs } from './tenancy.js';
import { webhookLoops } from './webhooks.js';
import { writerJobs } from './writer.js';

export { BILLING_RENEWALS_JOB, BILLING_SWEEP_JOB } from './billing.js';

export function jobDefinitions(deps: AppDeps, compute: ComputePool): JobDefinition[] {
  const runner: StepRunnerOptions = {
    app: () => deps.db.app,
    logger: deps.logger,
    stepDelayMs: deps.config.jobs.stepDelayMs,
    // An automation run waiting on this operation moves on now (its settle tick stays the guarantee).
    onEnded(accountId, operationId) {
      withTenant(deps.db.app, { accountId }, (trx) => wakeRun(trx, deps.jobs, operationId)).catch((err) =>
        deps.logger.warn({ err, operation_id: operationId }, 'could not wake the automation run'),
      );
    },
  };
  return [
    ...tenancyJobs(runner),
    ...plannerJobs(deps, compute, runner),
    ...writerJobs(deps, runner),
    ...automationJobs(deps),
    ...publishingJobs(deps, runner),
    ...billingJobs(deps),
    ...notificationJobs(deps),
    ...authJobs(deps),
  ];
}

/** The loops every working process runs beside its jobs (the webhook deliveries). */
export function workerLoops(deps: AppDeps): WorkerLoop[] {
  return [...webhookLoops(deps)];
}
