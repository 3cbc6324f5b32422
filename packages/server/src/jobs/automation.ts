// The automation's jobs: the tick that moves a run on (one chain per run, see domain/automation/engine.ts), and
// the minute's scheduler: scheduled runs at their slots, and runs paused for credits resumed after a top-up.
import { z } from 'zod';
import { withTenant } from '../db/tenant.js';
import type { AppDeps } from '../deps.js';
import { failRun, tick } from '../domain/automation/engine.js';
import { TICK_JOB } from '../domain/automation/runs.js';
import { resumeAffordable, startScheduled } from '../domain/automation/schedules.js';
import type { JobDefinition } from './queue.js';

export const AUTOMATION_SWEEP_JOB = 'automation.sweep';
const TICK_RETRIES = 10;

const TickPayload = z.strictObject({ accountId: z.uuid(), runId: z.uuid(), seq: z.number().int().min(1) });

export function automationJobs(deps: AppDeps): JobDefinition[] {
  const engine = { queue: deps.jobs, now: deps.now };
  return [
    {
      name: TICK_JOB,
      payload: TickPayload,
      // A tick is one transaction: a crash rolls it back, and the retry does it again.
      retryLimit: TICK_RETRIES,
      async handler(job) {
        const { accountId, runId, seq } = TickPayload.parse(job.data);
        try {
          await withTenant(deps.db.app, { accountId }, (trx) => tick(trx, engine, runId, seq));
        } catch (err) {
          // The last attempt: the run would stay `running` with no tick to move it; it fails, and can be retried.
          if (job.retryCount < TICK_RETRIES) throw err;
          deps.logger.error({ err, run_id: runId }, 'automation tick failed for good');
          await withTenant(deps.db.app, { accountId }, (trx) => failRun(trx, runId, seq, deps.now()));
        }
      },
    },
    {
      name: AUTOMATION_SWEEP_JOB,
      schedule: '* * * * *',
      retryLimit: 0,
      async handler() {
        const scheduler = { owner: deps.db.owner, app: deps.db.app, queue: deps.jobs, now: deps.now };
        const started = await startScheduled(scheduler);
        const resumed = await resumeAffordable(scheduler);
        if (started || resumed) deps.logger.info({ started, resumed }, 'automation scheduler');
      },
    },
  ];
}
