// Automation runs as people start and steer them: start (manual, or a schedule's slot), pause, resume, cancel and
// retry from the failed stage. At most one run per site is queued, running or paused — a unique index holds it, so
// two requests (or two schedulers) racing get one run and one 409. The work itself is the engine's (engine.ts),
// driven by one chain of tick jobs per run: every change here that should move the run on starts a new chain, and
// the older one finds itself stale.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { pageOf, pageQuery } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { InsufficientCreditsError, readBalance } from '../billing/credits.js';
import type { Clock, Enqueue } from '../ports.js';
import { assertSiteActive, findVisibleSite } from '../tenancy/sites.js';
import { type AutomationConfig, configOf, STAGES, type Stage } from './config.js';
import { estimateStages, requiredFor } from './estimate.js';
import { recordEvent } from './events.js';

export const TICK_JOB = 'automation.tick';

export type RunStatus = 'queued' | 'running' | 'paused' | 'completed' | 'failed' | 'cancelled';

export interface StageProgress {
  stage: Stage;
  status: 'pending' | 'running' | 'completed' | 'skipped' | 'failed';
  total: number;
  done: number;
  failed: number;
  skipped: number;
  credits: number;
}

export interface RunRow {
  id: string;
  account_id: string;
  site_id: string;
  status: RunStatus;
  trigger: 'manual' | 'scheduled';
  stage: Stage | null;
  stages: StageProgress[];
  config: AutomationConfig;
  pause_requested: boolean;
  pause_reason: 'requested' | 'insufficient_credits' | null;
  error: components['schemas']['Error'] | null;
  slot: Date | null;
  tick_seq: number;
  created_by: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentRun = (r: RunRow) => ({
  id: r.id,
  site_id: r.site_id,
  status: r.status,
  trigger: r.trigger,
  stage: r.stage,
  stages: r.stages,
  pause_requested: r.pause_requested,
  pause_reason: r.pause_reason,
  error: r.error,
  slot: iso(r.slot),
  created_by: r.created_by,
  created_at: r.created_at.toISOString(),
  started_at: iso(r.started_at),
  finished_at: iso(r.finished_at),
  updated_at: r.updated_at.toISOString(),
});

export const ACTIVE: readonly RunStatus[] = ['queued', 'running', 'paused'];

const initialStages = (config: AutomationConfig): StageProgress[] =>
  STAGES.map((stage) => ({
    stage,
    status: config.enabled_stages.includes(stage) ? 'pending' : 'skipped',
    total: 0,
    done: 0,
    failed: 0,
    skipped: 0,
    credits: 0,
  }));

/** Starts a new chain of ticks for the run (the one before, if any, becomes stale), in the caller's transaction. */
export async function kick(trx: Knex.Transaction, queue: Enqueue, run: Pick<RunRow, 'id' | 'account_id'>, delay = 0) {
  const [row] = await trx('automation_runs').where({ id: run.id }).increment('tick_seq', 1).returning(['tick_seq']);
  await queue.sendJob(
    trx,
    TICK_JOB,
    { accountId: run.account_id, runId: run.id, seq: row.tick_seq },
    { startAfterSeconds: delay },
  );
}

/**
 * Moves a run on as soon as one of its items' Operations ended, rather than at the tick that comes to look
 * (SETTLE_SECONDS later): a new chain of ticks, starting at once. Nothing when the Operation is no item in flight of
 * a running or paused run. Called after the Operation's own commit, so the tick it starts sees the Operation ended;
 * a wake that is lost (a crash in between) only leaves the run to its settle tick.
 */
export async function wakeRun(trx: Knex.Transaction, queue: Enqueue, operationId: string): Promise<boolean> {
  const run = (await trx('automation_run_items as i')
    .join('automation_runs as r', 'r.id', 'i.run_id')
    .where({ 'i.operation_id': operationId, 'i.status': 'running' })
    .whereIn('r.status', ['running', 'paused'])
    .first('r.id', 'r.account_id')) as Pick<RunRow, 'id' | 'account_id'> | undefined;
  if (!run) return false;
  await kick(trx, queue, run);
  return true;
}

/** The credits a run needs from `from` on (1.2 × the estimate), against what the account has. */
export async function creditsCheck(
  trx: Knex.Transaction,
  accountId: string,
  siteId: string,
  config: AutomationConfig,
  from?: Stage,
) {
  const stages = await estimateStages(trx, siteId, config, from);
  const required = requiredFor(stages.reduce((n, s) => n + s.credits, 0));
  const balance = await readBalance(trx, accountId);
  return { required, available: balance.plan + balance.bonus };
}

/**
 * Starts a run of the enabled stages. 402 when the credits are short of 1.2 × the estimate; 409 while another run
 * of the site is active, or while the site is paused (`SITE_INACTIVE`). A schedule's run names its slot, taken once per site (`onConflict` gives null then).
 */
export async function startRun(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  options: { trigger?: 'manual' | 'scheduled'; slot?: Date } = {},
): Promise<RunRow | null> {
  await findVisibleSite(trx, actor, siteId);
  await assertSiteActive(trx, siteId);
  const config = await configOf(trx, siteId);
  const { required, available } = await creditsCheck(trx, actor.accountId, siteId, config);
  if (available < required) throw new InsufficientCreditsError(required, available);
  const { updated_at: _u, schedule_since: _s, ...settings } = config;
  const [run] = (await trx('automation_runs')
    .insert({
      account_id: actor.accountId,
      site_id: siteId,
      status: 'queued',
      trigger: options.trigger ?? 'manual',
      stages: JSON.stringify(initialStages(config)),
      config: JSON.stringify(settings),
      slot: options.slot ?? null,
      created_by: actor.userId,
    })
    // Either unique index: another active run of the site, or this slot already taken.
    .onConflict()
    .ignore()
    .returning('*')) as RunRow[];
  if (!run) {
    if (options.slot) return null;
    throw new AppError('AUTOMATION_RUN_ACTIVE', 'This site already has an automation run queued, running or paused.');
  }
  await recordEvent(trx, run, 'run.started', { data: { trigger: run.trigger, required, available } });
  await kick(trx, deps.queue, run);
  return run;
}

async function findRun(trx: Knex.Transaction, actor: Actor, siteId: string, id: string, lock = false) {
  await findVisibleSite(trx, actor, siteId);
  const q = trx('automation_runs').where({ id, site_id: siteId }).first();
  const run = (await (lock ? q.forNoKeyUpdate() : q)) as RunRow | undefined;
  if (!run) throw new NotFoundError('Automation run');
  return run;
}

export async function getRun(trx: Knex.Transaction, actor: Actor, siteId: string, id: string) {
  return presentRun(await findRun(trx, actor, siteId, id));
}

export async function listRuns(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  page: { limit: number; cursor?: string },
) {
  await findVisibleSite(trx, actor, siteId);
  const rows = await pageQuery(trx('automation_runs').select('automation_runs.*').where({ site_id: siteId }), {
    table: 'automation_runs',
    ...page,
    orderBy: { column: 'created_at', type: 'timestamptz', direction: 'desc' },
  });
  const result = pageOf<RunRow>(rows, page.limit);
  return { data: result.data.map(presentRun), meta: result.meta };
}

function refuse(run: RunRow, action: string): never {
  throw new AppError('AUTOMATION_RUN_STATE', `A ${run.status} run cannot be ${action}.`, { status: run.status });
}

async function update(trx: Knex.Transaction, id: string, changes: Record<string, unknown>) {
  const [row] = (await trx('automation_runs')
    .where({ id })
    .update({ ...changes, updated_at: trx.fn.now() })
    .returning('*')) as RunRow[];
  return row as RunRow;
}

/** Pauses once the items in flight finish: nothing new starts from now. A run not started yet pauses at once. */
export async function pauseRun(
  trx: Knex.Transaction,
  deps: { queue: Enqueue },
  actor: Actor,
  siteId: string,
  id: string,
) {
  const run = await findRun(trx, actor, siteId, id, true);
  if (run.status === 'paused') return presentRun(run);
  if (run.status !== 'running' && run.status !== 'queued') refuse(run, 'paused');
  const row = await update(trx, id, { pause_requested: true });
  await recordEvent(trx, run, 'log', { stage: run.stage, data: { message: 'pause requested' } });
  await kick(trx, deps.queue, run);
  return presentRun(row);
}

/** Runs a paused run on where it stopped; one paused for credits only when they now cover what is left. */
export async function resumeRun(
  trx: Knex.Transaction,
  deps: { queue: Enqueue },
  actor: Actor,
  siteId: string,
  id: string,
) {
  const run = await findRun(trx, actor, siteId, id, true);
  if (run.status !== 'paused') {
    if (run.status === 'running' && !run.pause_requested) return presentRun(run);
    if (run.status !== 'running') refuse(run, 'resumed');
  }
  await assertSiteActive(trx, siteId);
  if (run.pause_reason === 'insufficient_credits') {
    const { required, available } = await creditsCheck(trx, run.account_id, siteId, run.config, run.stage ?? undefined);
    if (available < required) throw new InsufficientCreditsError(required, available);
  }
  return presentRun(await resume(trx, deps.queue, run, 'requested'));
}

/** Paused → running, with its event and a new chain of ticks. */
export async function resume(trx: Knex.Transaction, queue: Enqueue, run: RunRow, why: 'requested' | 'credits') {
  const row = await update(trx, run.id, { status: 'running', pause_requested: false, pause_reason: null });
  await recordEvent(trx, run, 'run.resumed', { stage: run.stage, data: { reason: why } });
  await kick(trx, queue, run);
  return row;
}

/** Stops the run: nothing new starts; what is in flight finishes as its own operation and is charged. */
export async function cancelRun(trx: Knex.Transaction, actor: Actor, siteId: string, id: string, now: Date) {
  const run = await findRun(trx, actor, siteId, id, true);
  if (run.status === 'cancelled') return presentRun(run);
  if (!ACTIVE.includes(run.status)) refuse(run, 'cancelled');
  const row = await update(trx, id, { status: 'cancelled', pause_requested: false, finished_at: now });
  await recordEvent(trx, run, 'run.cancelled', { stage: run.stage });
  return presentRun(row);
}

/** A failed run runs again from its failed stage, keeping what the earlier stages made; its failed items retried. */
export async function retryRun(
  trx: Knex.Transaction,
  deps: { queue: Enqueue },
  actor: Actor,
  siteId: string,
  id: string,
) {
  const run = await findRun(trx, actor, siteId, id, true);
  if (run.status !== 'failed') refuse(run, 'retried');
  await assertSiteActive(trx, siteId);
  const others = await trx('automation_runs')
    .where({ site_id: siteId })
    .whereIn('status', ACTIVE as RunStatus[])
    .first('id');
  if (others) throw new AppError('AUTOMATION_RUN_ACTIVE', 'This site has another automation run active.');
  const stage = run.stage ?? 'cluster';
  await trx('automation_run_items').where({ run_id: id, stage, status: 'failed' }).delete();
  const stages = run.stages.map((s) =>
    s.stage === stage ? { ...s, status: 'running' as const, failed: 0, total: s.done + s.skipped } : s,
  );
  const row = await update(trx, id, {
    status: 'running',
    error: null,
    finished_at: null,
    stages: JSON.stringify(stages),
  });
  await recordEvent(trx, run, 'run.resumed', { stage, data: { reason: 'retry' } });
  await kick(trx, deps.queue, run);
  return presentRun(row);
}

/** Whether a run has ended (no more events can come). */
export async function runEnded(trx: Knex.Transaction, id: string): Promise<boolean> {
  const run = await trx('automation_runs').where({ id }).first('status');
  return !run || !ACTIVE.includes(run.status);
}
