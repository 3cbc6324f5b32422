// Billing's scheduled jobs: the reservation sweep (and forgotten idempotency keys and rate-limit counters) and
// subscription renewals.
import { forgetRateLimits } from '../auth/rate-limit.js';
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
        // Not billing's, but as small and as often: the rate limiters' counters of windows long past.
        await forgetRateLimits(deps.db.owner, deps.now());
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
