// The webhook delivery worker: a loop in every working process (not a queued job), which every WEBHOOK_POLL_MS
// (half a second by default) claims due deliveries into its free slots and makes their attempts without waiting for them,
// so a slow receiver holds one slot, not the others. The rows are the queue: a delivery committed while no worker
// ran is found by the first pass of the next one, and a claim whose worker died is taken again when its lease
// ends (domain/webhooks/deliver.ts). Stopping waits for the attempts in flight (15 s at most) to be recorded.
import type { AppDeps } from '../deps.js';
import { attemptDelivery, claimDue, type DeliveryWorkerDeps } from '../domain/webhooks/deliver.js';
import type { WorkerLoop } from './queue.js';

/** Attempts one process makes at once. */
export const WEBHOOK_SLOTS = 10;

export function webhookLoops(deps: AppDeps): WorkerLoop[] {
  const worker: DeliveryWorkerDeps = { ...deps.webhooks, owner: deps.db.owner, app: deps.db.app };
  const inFlight = new Set<Promise<void>>();
  return [
    {
      name: 'webhooks.deliver',
      intervalMs: deps.config.webhooks.pollMs,
      async pass() {
        for (const claim of await claimDue(worker, WEBHOOK_SLOTS - inFlight.size)) {
          const attempt: Promise<void> = attemptDelivery(worker, claim)
            .catch((err) =>
              // The attempt was made but not recorded (the database away): its lease runs out and it is made again.
              deps.logger.error({ err, delivery_id: claim.delivery.id }, 'webhook attempt could not be recorded'),
            )
            .finally(() => inFlight.delete(attempt));
          inFlight.add(attempt);
        }
      },
      async drain() {
        await Promise.all(inFlight);
      },
    },
  ];
}
