// Billing's scheduled jobs: the reservation sweep (and forgotten idempotency keys) and subscription renewals.
import { type AppDeps, billingMaintenance } from '../deps.js';
import { forgetIdempotencyKeys, runRenewals, sweepReservations } from '../domain/billing/maintenance.js';
import type { JobDefinition } from './queue.js';

export const BILLING_SWEEP_JOB = 'billing.sweep';
export const BILLING_RENEWALS_JOB = 'billing.renewals';

export function billingJobs(deps: AppDeps): JobDefinition[] {
  const ctx = () => billingMaintenance(deps);
  return [
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
