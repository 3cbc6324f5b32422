// What the scheduler does every minute: runs paused for credits resume once the account can pay for what is left
// (1.2 × the estimate from their stage on). Scheduled runs start here too, once per slot (see startScheduled).
import type { Knex } from 'knex';
import { withTenant } from '../../db/tenant.js';
import type { Clock, Enqueue } from '../ports.js';
import { creditsCheck, type RunRow, resume } from './runs.js';

export interface SchedulerDeps {
  /** The owner pool: the sweep looks across accounts, then works in each one's tenant transaction. */
  owner: Knex;
  app: Knex;
  queue: Enqueue;
  now: Clock;
}

/** Resumes the runs paused for credits whose accounts now have enough; returns how many. */
export async function resumeAffordable(deps: SchedulerDeps): Promise<number> {
  const paused: { id: string; account_id: string }[] = await deps
    .owner('automation_runs')
    .where({ status: 'paused', pause_reason: 'insufficient_credits' })
    .select('id', 'account_id');
  let resumed = 0;
  for (const p of paused) {
    await withTenant(deps.app, { accountId: p.account_id }, async (trx) => {
      const run = (await trx('automation_runs').where({ id: p.id }).forUpdate().first()) as RunRow | undefined;
      if (!run || run.status !== 'paused' || run.pause_reason !== 'insufficient_credits') return;
      const { required, available } = await creditsCheck(
        trx,
        run.account_id,
        run.site_id,
        run.config,
        run.stage ?? undefined,
      );
      if (available < required) return;
      await resume(trx, deps.queue, run, 'credits');
      resumed++;
    });
  }
  return resumed;
}
