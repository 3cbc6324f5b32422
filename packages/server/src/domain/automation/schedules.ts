// What the scheduler does every minute, on every process that works jobs (pg-boss runs the minute's job once, and
// the database makes a second one harmless): scheduled runs start at their slot — daily, weekly or monthly at a
// local time in the account's timezone, across DST changes — once per slot per site (a unique index on the slot),
// and after downtime only the latest missed slot runs, once; runs paused for credits resume once the account can
// pay for what is left (1.2 × the estimate from their stage on). A paused site (`sites.active` false) starts no
// scheduled run, and its runs paused for credits stay paused. Never visitor traffic, never WP-cron.
import type { Knex } from 'knex';
import { withTenant } from '../../db/tenant.js';
import { AppError } from '../../errors.js';
import { jobActor } from '../actor.js';
import { notify } from '../billing/notifications.js';
import type { Clock, Enqueue } from '../ports.js';
import { isSiteActive } from '../tenancy/sites.js';
import { creditsCheck, type RunRow, resume, startRun } from './runs.js';
import { dueSlot, type Schedule } from './schedule.js';

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
      const run = (await trx('automation_runs').where({ id: p.id }).forNoKeyUpdate().first()) as RunRow | undefined;
      if (run?.status !== 'paused' || run.pause_reason !== 'insufficient_credits') return;
      // A paused site's run waits until the site is live again (and then for a person or the next sweep).
      if (!(await isSiteActive(trx, run.site_id))) return;
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

/**
 * Starts the runs whose slot has come; returns how many started. A slot that cannot start now — the credits short,
 * another run of the site still active — is tried again at the next tick, until the slot after it comes; the
 * owner hears once why it waits.
 */
export async function startScheduled(deps: SchedulerDeps): Promise<number> {
  const now = deps.now();
  const due: {
    site_id: string;
    account_id: string;
    schedule: Schedule;
    schedule_since: Date | null;
    timezone: string;
    last: Date | null;
  }[] = await deps
    .owner('automation_configs as c')
    .join('accounts as a', 'a.id', 'c.account_id')
    .join('sites as s', 's.id', 'c.site_id')
    .whereNotNull('c.schedule')
    // A paused site's schedule does not run; its slots pass (only the latest missed one runs once it is live again).
    .where('s.active', true)
    .whereIn('a.status', ['trial', 'active'])
    .select(
      'c.site_id',
      'c.account_id',
      'c.schedule',
      'c.schedule_since',
      'a.timezone',
      deps.owner.raw(
        "(select max(r.slot) from automation_runs r where r.site_id = c.site_id and r.trigger = 'scheduled') as last",
      ),
    );
  let started = 0;
  for (const c of due) {
    let slot: Date | null;
    try {
      slot = dueSlot(c.schedule, c.timezone, now, c.last, c.schedule_since ?? undefined);
    } catch {
      continue; // An account whose timezone the runtime does not know: its schedule waits for a valid one.
    }
    if (!slot) continue;
    const at = slot;
    await withTenant(deps.app, { accountId: c.account_id }, async (trx) => {
      try {
        // A savepoint: a refusal leaves the transaction usable for the notice.
        const run = await trx.transaction((sp) =>
          startRun(sp, { queue: deps.queue, now: deps.now }, jobActor(c.account_id, c.site_id, null), c.site_id, {
            trigger: 'scheduled',
            slot: at,
          }),
        );
        if (run) started++;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        await notify(trx, {
          accountId: c.account_id,
          kind: 'automation.scheduled_waiting',
          title: 'A scheduled automation run is waiting',
          body: `The run scheduled for ${at.toISOString()} has not started: ${err.message} It starts once it can, until the next slot.`,
          data: { site_id: c.site_id, slot: at.toISOString(), code: err.code },
          dedupeKey: `automation.scheduled_waiting:${c.site_id}:${at.toISOString()}`,
        });
      }
    });
  }
  return started;
}
