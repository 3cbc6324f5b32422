// The automation's engine: one tick, in one transaction under the run's row lock. A tick settles the items in
// flight of the current stage (each item is an Operation of the planner or the writer, started by the same domain
// function the API calls: a clustering run, ideas for a cluster, an article, its image prompts, an image; queuing
// an idea and reviewing a content are done at once), starts new ones up to the stage's batch size, moves to the next
// enabled stage when the current one has nothing left, and schedules the next tick. Counters and events are written
// in the same transaction as the change they report. A tick that crashes rolls back and is retried by the queue;
// a tick of a chain that a pause, resume or retry replaced finds itself stale (`tick_seq`) and does nothing.
import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { type Actor, jobActor } from '../actor.js';
import { InsufficientCreditsError } from '../billing/credits.js';
import { notify } from '../billing/notifications.js';
import { startClustering, startIdeas } from '../planner/runs.js';
import type { Clock, Enqueue } from '../ports.js';
import { schedulePublication } from '../publishing/publications.js';
import { emitContentEvent, emitRunEvent } from '../webhooks/emit-sites.js';
import { startGeneration } from '../writer/generate.js';
import { startImagePrompts, startRegeneration } from '../writer/images.js';
import { queueIdea } from '../writer/tasks.js';
import { nextPublishingSlot } from './cadence.js';
import { type AutomationConfig, STAGES, type Stage } from './config.js';
import { recordEvent } from './events.js';
import { kick, type RunRow, type StageProgress } from './runs.js';

export interface EngineDeps {
  queue: Enqueue;
  now: Clock;
}

/** How long a tick waits before looking again at items in flight. */
export const SETTLE_SECONDS = 1;

interface Ctx {
  trx: Knex.Transaction;
  deps: EngineDeps;
  run: RunRow;
  actor: Actor;
  config: AutomationConfig;
}

/** What a stage does with one item: an Operation started (settled later), or the work done at once. */
type Started = { operationId: string } | { done: true };

interface StageWork {
  /** Items of the site this stage would work on and this run has not, oldest first, at most `n`. */
  backlog(ctx: Ctx, n: number): Promise<string[]>;
  start(ctx: Ctx, itemId: string): Promise<Started>;
}

/** Ids of a table's rows not yet an item of this run's stage. */
const fresh = (ctx: Ctx, stage: Stage, q: Knex.QueryBuilder, n: number, column = 'id') =>
  q
    .whereNotIn(column, ctx.trx('automation_run_items').where({ run_id: ctx.run.id, stage }).select('item_id'))
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .limit(n)
    .pluck(column) as Promise<string[]>;

const WORK: Record<Stage, StageWork> = {
  cluster: {
    // One clustering covers every new keyword: its item is the run itself.
    async backlog(ctx) {
      const done = await ctx
        .trx('automation_run_items')
        .where({ run_id: ctx.run.id, stage: 'cluster' })
        .first('item_id');
      if (done) return [];
      return [ctx.run.id];
    },
    async start(ctx) {
      const op = await startClustering(ctx.trx, ctx.deps, ctx.actor, ctx.run.site_id, {} as never);
      return { operationId: op.id };
    },
  },
  ideas: {
    backlog: (ctx, n) => fresh(ctx, 'ideas', ctx.trx('clusters').where({ site_id: ctx.run.site_id, status: 'new' }), n),
    async start(ctx, clusterId) {
      const op = await startIdeas(
        ctx.trx,
        ctx.deps,
        ctx.actor,
        ctx.run.site_id,
        clusterId,
        ctx.config.ideas_per_cluster,
      );
      return { operationId: op.id };
    },
  },
  tasks: {
    backlog: (ctx, n) => fresh(ctx, 'tasks', ctx.trx('ideas').where({ site_id: ctx.run.site_id, status: 'new' }), n),
    async start(ctx, ideaId) {
      await queueIdea(ctx.trx, ctx.actor, ctx.run.site_id, ideaId);
      return { done: true };
    },
  },
  content: {
    backlog: (ctx, n) =>
      fresh(ctx, 'content', ctx.trx('tasks').where({ site_id: ctx.run.site_id, status: 'queued' }), n),
    async start(ctx, taskId) {
      // The text only: the image prompts and the images are stages of their own.
      const op = await startGeneration(ctx.trx, ctx.deps, ctx.actor, ctx.run.site_id, taskId, { images: 0 });
      return { operationId: op.id };
    },
  },
  image_prompts: {
    backlog: (ctx, n) =>
      fresh(
        ctx,
        'image_prompts',
        ctx
          .trx('contents')
          .where({ site_id: ctx.run.site_id, status: 'draft' })
          .whereNotExists(ctx.trx('images').whereRaw('images.content_id = contents.id')),
        n,
      ),
    async start(ctx, contentId) {
      const op = await startImagePrompts(
        ctx.trx,
        ctx.deps,
        ctx.actor,
        ctx.run.site_id,
        contentId,
        ctx.config.in_article_images,
      );
      return { operationId: op.id };
    },
  },
  images: {
    backlog: (ctx, n) =>
      fresh(ctx, 'images', ctx.trx('images').where({ site_id: ctx.run.site_id, status: 'pending' }), n),
    async start(ctx, imageId) {
      const op = await startRegeneration(ctx.trx, ctx.deps, ctx.actor, ctx.run.site_id, imageId);
      return { operationId: op.id };
    },
  },
  review: {
    backlog: (ctx, n) =>
      fresh(ctx, 'review', ctx.trx('contents').where({ site_id: ctx.run.site_id, status: 'draft' }), n),
    async start(ctx, contentId) {
      const content = await ctx
        .trx('contents')
        .where({ id: contentId })
        .forNoKeyUpdate()
        .first('seo_score', 'seo_checks');
      const rule = ctx.config.auto_approve;
      const failed = ((content?.seo_checks ?? []) as { status: string }[]).some((c) => c.status === 'fail');
      const approved =
        rule.enabled && (content?.seo_score ?? 0) >= rule.min_seo_score && !(rule.no_failed_checks && failed);
      const changes: Record<string, unknown> = {
        status: approved ? 'approved' : 'review',
        updated_at: ctx.trx.fn.now(),
      };
      const cadence = ctx.config.publishing_cadence;
      if (approved && cadence) {
        // Into the publishing queue: the earliest free slot of the site's cadence, in the account's timezone.
        // In the site's timezone as WordPress reports it, else the account's.
        const account = await ctx.trx('accounts').where({ id: ctx.run.account_id }).first('timezone');
        const integration = await ctx.trx('integrations').where({ site_id: ctx.run.site_id }).first('metadata');
        const timeZone = (integration?.metadata?.timezone as string | undefined) ?? account?.timezone ?? 'UTC';
        const taken = await ctx
          .trx('contents')
          .where({ site_id: ctx.run.site_id, publish_status: 'scheduled' })
          .whereNotNull('scheduled_at')
          .pluck('scheduled_at');
        changes.publish_status = 'scheduled';
        changes.scheduled_at = nextPublishingSlot(cadence, timeZone, ctx.deps.now(), taken);
      }
      const [updated] = await ctx.trx('contents').where({ id: contentId }).update(changes).returning('*');
      if (approved) await emitContentEvent(ctx.trx, 'content.approved', updated, ctx.deps.now());
      if (changes.scheduled_at instanceof Date) {
        // The server sends it at that slot (publishing keeps the date; WordPress's own scheduler is not used).
        const content = { id: contentId, account_id: ctx.run.account_id, site_id: ctx.run.site_id };
        await schedulePublication(ctx.trx, ctx.deps, content, changes.scheduled_at);
      }
      return { done: true };
    },
  },
};

/** A stage as the webhooks number it: 1 (cluster) to 7 (review). */
const stageNumber = (stage: Stage | null) => (stage ? STAGES.indexOf(stage) + 1 : null);

const nextStage = (config: AutomationConfig, after: Stage | null): Stage | null => {
  const from = after ? STAGES.indexOf(after) + 1 : 0;
  return STAGES.slice(from).find((s) => config.enabled_stages.includes(s)) ?? null;
};

/** The counters of the operations' results: keywords for the clustering, one item for the others. */
function counted(stage: Stage, result: Record<string, unknown> | null) {
  if (stage === 'cluster' && result) {
    return {
      total: Number(result.keywords ?? 0),
      done: Number(result.clustered_keywords ?? 0),
      skipped: Number(result.unclustered_keywords ?? 0),
    };
  }
  return { total: 0, done: 1, skipped: 0 };
}

/** Settles the items in flight whose Operations ended; returns how many are still in flight. */
async function settle(ctx: Ctx, stage: Stage, progress: StageProgress): Promise<number> {
  const items: {
    item_id: string;
    op_status: string;
    result: Record<string, unknown> | null;
    error: { message: string } | null;
  }[] = await ctx
    .trx('automation_run_items as i')
    .join('operations as o', 'o.id', 'i.operation_id')
    .where({ 'i.run_id': ctx.run.id, 'i.stage': stage, 'i.status': 'running' })
    .select('i.item_id', 'o.status as op_status', 'o.result', 'o.error');
  let running = 0;
  for (const item of items) {
    if (item.op_status === 'succeeded') {
      const credits = Number(item.result?.credits ?? 0);
      const c = counted(stage, item.result);
      progress.total += c.total;
      progress.done += c.done;
      progress.skipped += c.skipped;
      progress.credits += credits;
      await ctx
        .trx('automation_run_items')
        .where({ run_id: ctx.run.id, stage, item_id: item.item_id })
        .update({ status: 'done', credits, updated_at: ctx.trx.fn.now() });
      await recordEvent(ctx.trx, ctx.run, 'item.done', { stage, itemId: item.item_id, data: { credits } });
    } else if (item.op_status === 'failed' || item.op_status === 'cancelled') {
      const message = item.error?.message ?? `The operation was ${item.op_status}.`;
      progress.failed += 1;
      await ctx
        .trx('automation_run_items')
        .where({ run_id: ctx.run.id, stage, item_id: item.item_id })
        .update({ status: 'failed', error: message.slice(0, 1000), updated_at: ctx.trx.fn.now() });
      await recordEvent(ctx.trx, ctx.run, 'item.failed', { stage, itemId: item.item_id, data: { message } });
    } else running++;
  }
  return running;
}

/**
 * Starts up to `room` items of the stage. Returns how many started and whether the credits ran out (the run then
 * pauses). An item that cannot start for another reason is recorded as failed and skipped.
 */
async function startItems(ctx: Ctx, stage: Stage, progress: StageProgress, room: number) {
  const ids = await WORK[stage].backlog(ctx, room);
  let started = 0;
  for (const itemId of ids) {
    try {
      // A savepoint per item: one that fails leaves the others, and the tick, as they were.
      const outcome = await ctx.trx.transaction((sp) => WORK[stage].start({ ...ctx, trx: sp }, itemId));
      const running = 'operationId' in outcome;
      await ctx.trx('automation_run_items').insert({
        run_id: ctx.run.id,
        account_id: ctx.run.account_id,
        stage,
        item_id: itemId,
        operation_id: running ? outcome.operationId : null,
        status: running ? 'running' : 'done',
      });
      if (stage !== 'cluster') progress.total += 1;
      if (!running) progress.done += 1;
      await recordEvent(ctx.trx, ctx.run, running ? 'item.started' : 'item.done', { stage, itemId });
      started++;
    } catch (err) {
      if (err instanceof InsufficientCreditsError) return { started, short: err };
      // Our own refusals (4xx) fail the item; anything else fails the tick, which the queue retries.
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      progress.total += 1;
      progress.failed += 1;
      await ctx.trx('automation_run_items').insert({
        run_id: ctx.run.id,
        account_id: ctx.run.account_id,
        stage,
        item_id: itemId,
        status: 'failed',
        error: err.message.slice(0, 1000),
      });
      await recordEvent(ctx.trx, ctx.run, 'item.failed', { stage, itemId, data: { message: err.message } });
    }
  }
  return { started, short: null, more: ids.length === room };
}

/** One tick of a run (see the file's comment). */
export async function tick(trx: Knex.Transaction, deps: EngineDeps, runId: string, seq: number): Promise<void> {
  const run = (await trx('automation_runs').where({ id: runId }).forNoKeyUpdate().first()) as RunRow | undefined;
  if (!run || run.tick_seq !== seq) return;
  if (run.status !== 'queued' && run.status !== 'running' && run.status !== 'paused') return;
  const ctx: Ctx = {
    trx,
    deps,
    run,
    actor: jobActor(run.account_id, run.site_id, run.created_by),
    config: run.config,
  };
  const now = deps.now();
  const stages = run.stages.map((s) => ({ ...s }));
  const changes: Record<string, unknown> = {};
  let status: RunRow['status'] = run.status;
  let stage = run.stage;

  const progressOf = (s: Stage) => stages.find((p) => p.stage === s) as StageProgress;
  const beginStage = async (s: Stage | null) => {
    stage = s;
    if (s) {
      progressOf(s).status = 'running';
      await recordEvent(trx, run, 'stage.started', { stage: s });
    }
  };
  if (status === 'queued') {
    status = 'running';
    changes.started_at = now;
    await beginStage(nextStage(ctx.config, null));
  }

  let delay: number | null = 0;
  for (;;) {
    if (!stage) {
      status = 'completed';
      changes.finished_at = now;
      await recordEvent(trx, run, 'run.completed', { data: { stages } });
      await emitRunEvent(trx, run, { status: 'completed' }, now);
      delay = null;
      break;
    }
    const progress = progressOf(stage);
    const inFlight = await settle(ctx, stage, progress);
    if (status === 'paused' || run.pause_requested) {
      if (status === 'running' && inFlight === 0) {
        status = 'paused';
        changes.pause_reason = 'requested';
        changes.pause_requested = false;
        await recordEvent(trx, run, 'run.paused', { stage, data: { reason: 'requested' } });
        await emitRunEvent(trx, run, { status: 'paused', stage: stageNumber(stage), reason: 'PAUSE_REQUESTED' }, now);
      }
      // Paused: the items in flight are still settled as they finish; nothing new starts.
      delay = inFlight > 0 ? SETTLE_SECONDS : null;
      break;
    }
    // The clustering needs enough new keywords to be worth it; below that it is skipped with a warning.
    if (stage === 'cluster' && progress.total === 0 && inFlight === 0) {
      const started = await trx('automation_run_items').where({ run_id: run.id, stage }).first('item_id');
      const n = Number(
        (await trx('keywords').where({ site_id: run.site_id, status: 'new' }).count({ n: '*' }).first())?.n ?? 0,
      );
      if (!started && n < ctx.config.min_keywords) {
        progress.status = 'skipped';
        await recordEvent(trx, run, 'stage.skipped', {
          stage,
          data: { reason: `${n} new keywords, fewer than the ${ctx.config.min_keywords} worth clustering` },
        });
        await beginStage(nextStage(ctx.config, stage));
        continue;
      }
    }
    const room = Math.max(0, ctx.config.batch_sizes[stage] - inFlight);
    const result = room > 0 ? await startItems(ctx, stage, progress, room) : { started: 0, short: null, more: false };
    if (result.short) {
      // Out of credits: the run pauses (what is in flight goes on) and the owner is told; a top-up resumes it.
      status = 'paused';
      changes.pause_reason = 'insufficient_credits';
      await recordEvent(trx, run, 'run.paused', {
        stage,
        data: { reason: 'insufficient_credits', ...result.short.details },
      });
      await emitRunEvent(trx, run, { status: 'paused', stage: stageNumber(stage), reason: result.short.code }, now);
      await notify(trx, {
        accountId: run.account_id,
        kind: 'automation.paused',
        title: 'Automation paused: not enough credits',
        body: `The automation run stopped at the ${stage} stage: ${result.short.message} It goes on once credits are added.`,
        data: { run_id: run.id, site_id: run.site_id, stage },
        dedupeKey: `automation.paused:${run.id}:${run.tick_seq}`,
      });
      delay = inFlight + result.started > 0 ? SETTLE_SECONDS : null;
      break;
    }
    const running = Number(
      (await trx('automation_run_items').where({ run_id: run.id, stage, status: 'running' }).count({ n: '*' }).first())
        ?.n ?? 0,
    );
    // Operations in flight: look again in a moment. Work done at once with more waiting: go on now.
    if (running > 0) {
      delay = SETTLE_SECONDS;
      break;
    }
    if (result.more) continue;
    // Nothing left in flight or in the backlog: the stage is over.
    if (progress.failed > 0 && progress.done === 0) {
      progress.status = 'failed';
      status = 'failed';
      changes.finished_at = now;
      const first = await trx('automation_run_items')
        .where({ run_id: run.id, stage, status: 'failed' })
        .orderBy('updated_at')
        .first('error');
      changes.error = JSON.stringify({
        code: 'JOB_FAILED',
        message: `The automation stopped at the ${stage} stage: all ${progress.failed} of its items failed${first?.error ? ` (${first.error})` : ''}. Retry it from this stage once the cause is fixed.`,
        details: { stage },
      });
      await recordEvent(trx, run, 'run.failed', { stage, data: { failed: progress.failed } });
      await emitRunEvent(trx, run, { status: 'failed', stage: stageNumber(stage), reason: 'JOB_FAILED' }, now);
      delay = null;
      break;
    }
    progress.status = 'completed';
    await recordEvent(trx, run, 'stage.finished', { stage, data: { ...progress } });
    await beginStage(nextStage(ctx.config, stage));
  }

  await trx('automation_runs')
    .where({ id: run.id })
    .update({ ...changes, status, stage, stages: JSON.stringify(stages), updated_at: trx.fn.now() });
  if (delay !== null) await kick(trx, deps.queue, run, delay);
}

/** A run whose tick failed for good: `failed` at its stage, so that a person may retry it (the chain is over). */
export async function failRun(trx: Knex.Transaction, runId: string, seq: number, now: Date): Promise<void> {
  const run = (await trx('automation_runs').where({ id: runId }).forNoKeyUpdate().first()) as RunRow | undefined;
  if (!run || run.tick_seq !== seq || !['queued', 'running', 'paused'].includes(run.status)) return;
  const error = {
    code: 'JOB_FAILED',
    message: `The automation stopped at the ${run.stage ?? 'first'} stage: its progress could not be saved. Retry it; if it fails again, contact support with the run's id.`,
    details: { stage: run.stage },
  };
  const stages = run.stages.map((s) => (s.stage === run.stage ? { ...s, status: 'failed' as const } : s));
  await trx('automation_runs')
    .where({ id: runId })
    .update({
      status: 'failed',
      error: JSON.stringify(error),
      stages: JSON.stringify(stages),
      finished_at: now,
      updated_at: trx.fn.now(),
    });
  await recordEvent(trx, run, 'run.failed', { stage: run.stage, data: { message: error.message } });
  await emitRunEvent(trx, run, { status: 'failed', stage: stageNumber(run.stage), reason: error.code }, now);
}
