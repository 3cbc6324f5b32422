// The automation: its settings, the estimate, the runs (three past ones, and the ones the tests start), and a run
// that moves on its own, a step every `stepMs`, through the seven stages as the engine does, writing each change as
// an event. The events go out as the API sends them: a text/event-stream (`retry:` first, then `id:`, `event:` the
// type and `data:` the event as JSON, `: keep-alive` comments while idle, `event: end` once the run has ended and
// everything was sent; resumed after `Last-Event-ID`) and the poll endpoint (`?after=<id>`). Typed with the API's
// schemas, so the fake cannot drift from them.
import type { Schemas } from '@igny8/sdk';
import { created, type FakeReply, type FakeRoutes, NOW, ok, SITE, SITE_ID, uuid } from './common.js';

type Run = Schemas['AutomationRun'];
type RunEvent = Schemas['AutomationRunEvent'];
type Stage = Schemas['AutomationStage'];
type Config = Schemas['AutomationConfig'];
type Progress = Schemas['AutomationStageProgress'];

export const STAGES: Stage[] = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'];

/** What each stage finds in the backlog and what an item costs; tasks and the review are done at once. */
const PLAN: Record<Stage, { items: number; cost: number; instant?: boolean }> = {
  cluster: { items: 1, cost: 10 },
  ideas: { items: 2, cost: 5 },
  tasks: { items: 3, cost: 0, instant: true },
  content: { items: 3, cost: 40 },
  image_prompts: { items: 3, cost: 2 },
  images: { items: 6, cost: 8 },
  review: { items: 3, cost: 0, instant: true },
};
/** The new keywords the clustering takes: 12, of which 10 end in a cluster. */
const KEYWORDS = { keywords: 12, clustered_keywords: 10, unclustered_keywords: 2 };
export const AVAILABLE = 12_345;

export interface AutomationFakeOptions {
  /** Milliseconds between two steps of a run (default 40: a run takes about two seconds). */
  stepMs?: number;
  /** Every item of this stage fails in the first run started (once: its retry gets through), so it fails there. */
  failAt?: Stage;
  /** The first N stream requests get a page that is not an event stream (a proxy that buffers or rewrites it). */
  streamFailures?: number;
  /** The first stream connection drops (closes without `end`) after this many events. */
  dropAfter?: number;
  /** Told the Last-Event-ID (header or query) of each stream request. */
  streams?: (string | null)[];
  /** The credits available (default 12,345). */
  available?: number;
}

const ISSUE = (path: (string | number)[], message: string) => ({ path: path.map(String), code: 'custom', message });

interface Sim {
  run: Run;
  events: RunEvent[];
  steps: (() => void)[];
  failAt?: Stage;
}

export function automationRoutes(options: AutomationFakeOptions = {}): FakeRoutes {
  const stepMs = options.stepMs ?? 40;
  const available = options.available ?? AVAILABLE;
  let streamFailures = options.streamFailures ?? 0;
  let dropAfter = options.dropAfter;
  let failAt = options.failAt;
  let eventId = 1000;
  let runNumber = 0;
  // The fake's clock: NOW, moving on with real time (the live runs), or set (the past runs).
  const t0 = Date.now();
  let fixed: number | null = null;
  const clock = () => new Date(fixed ?? Date.parse(NOW) + (Date.now() - t0)).toISOString();

  const config: Config = {
    site_id: SITE_ID,
    enabled_stages: [...STAGES],
    batch_sizes: { cluster: 1, ideas: 5, tasks: 100, content: 3, image_prompts: 5, images: 5, review: 100 },
    ideas_per_cluster: 3,
    in_article_images: 2,
    min_keywords: 5,
    auto_approve: { enabled: false, min_seo_score: 80, no_failed_checks: true },
    schedule: { frequency: 'daily', time: '09:00' },
    publishing_cadence: null,
    updated_at: '2025-12-20T10:00:00.000Z',
  };

  const estimate = (): Schemas['AutomationEstimate'] => {
    const stages = STAGES.map((stage) => {
      const enabled = config.enabled_stages.includes(stage);
      const items = enabled ? PLAN[stage].items : 0;
      return { stage, enabled, items, credits: items * PLAN[stage].cost };
    });
    const total = stages.reduce((n, s) => n + s.credits, 0);
    const required = Math.ceil(total * 1.2);
    return { stages, total, required, available, can_start: available >= required };
  };

  const sims: Sim[] = [];
  const find = (id: string) => sims.find((s) => s.run.id === id);

  const emit = (
    sim: Sim,
    type: RunEvent['type'],
    stage: Stage | null,
    data: Record<string, unknown> = {},
    item_id: string | null = null,
  ) => {
    const at = clock();
    sim.events.push({ id: String(++eventId), run_id: sim.run.id, type, stage, item_id, data, created_at: at });
    sim.run.updated_at = at;
  };
  const progressOf = (sim: Sim, stage: Stage) => sim.run.stages.find((p) => p.stage === stage) as Progress;

  /** The steps from `from` on, each one change and its event, as the engine's ticks make them. */
  const plan = (sim: Sim, from: Stage, resumed: boolean) => {
    const { run } = sim;
    const stages = STAGES.slice(STAGES.indexOf(from)).filter((s) => progressOf(sim, s).status !== 'skipped');
    const steps: (() => void)[] = [];
    let fails = false;
    for (const stage of stages) {
      const p = progressOf(sim, stage);
      const { items, cost, instant } = PLAN[stage];
      if (!(resumed && stage === from)) {
        steps.push(() => {
          p.status = 'running';
          run.stage = stage;
          run.status = 'running';
          run.started_at ??= clock();
          emit(sim, 'stage.started', stage);
        });
      }
      if (stage === 'cluster' && KEYWORDS.keywords < config.min_keywords) {
        steps.push(() => {
          p.status = 'skipped';
          emit(sim, 'stage.skipped', stage, {
            reason: `${KEYWORDS.keywords} new keywords, fewer than the ${config.min_keywords} worth clustering`,
          });
        });
        continue;
      }
      const ids = Array.from({ length: items }, (_, i) =>
        uuid('66666666-6666-4666-8666', runNumber * 100 + STAGES.indexOf(stage) * 10 + i),
      );
      if (sim.failAt === stage) {
        fails = true;
        for (const id of ids) {
          steps.push(() => {
            p.total++;
            emit(sim, 'item.started', stage, {}, id);
          });
          steps.push(() => {
            p.failed++;
            emit(sim, 'item.failed', stage, { message: 'The AI provider did not answer.' }, id);
          });
        }
        steps.push(() => {
          sim.failAt = undefined;
          p.status = 'failed';
          run.status = 'failed';
          run.finished_at = clock();
          run.error = {
            code: 'JOB_FAILED',
            message: `The automation stopped at the ${stage} stage: all ${items} of its items failed (The AI provider did not answer.). Retry it from this stage once the cause is fixed.`,
            details: { stage },
          };
          emit(sim, 'run.failed', stage, { failed: p.failed });
        });
        break;
      }
      for (const id of ids) {
        if (instant) {
          steps.push(() => {
            p.total++;
            p.done++;
            emit(sim, 'item.done', stage, {}, id);
          });
          continue;
        }
        steps.push(() => {
          if (stage !== 'cluster') p.total++;
          emit(sim, 'item.started', stage, {}, id);
        });
      }
      if (!instant) {
        for (const id of ids) {
          steps.push(() => {
            if (stage === 'cluster') {
              p.total += KEYWORDS.keywords;
              p.done += KEYWORDS.clustered_keywords;
              p.skipped += KEYWORDS.unclustered_keywords;
            } else p.done++;
            p.credits += cost;
            emit(sim, 'item.done', stage, { credits: cost }, id);
          });
        }
      }
      steps.push(() => {
        p.status = 'completed';
        emit(sim, 'stage.finished', stage, { ...p });
      });
    }
    if (!fails) {
      steps.push(() => {
        run.status = 'completed';
        run.stage = null;
        run.finished_at = clock();
        emit(sim, 'run.completed', null, { stages: run.stages.map((s) => ({ ...s })) });
      });
    }
    return steps;
  };

  const create = (trigger: Run['trigger'], failAt?: Stage): Sim => {
    runNumber++;
    const at = clock();
    const run: Run = {
      id: uuid('55555555-5555-4555-8555', runNumber),
      site_id: SITE_ID,
      status: 'queued',
      trigger,
      stage: null,
      stages: STAGES.map((stage) => ({
        stage,
        status: config.enabled_stages.includes(stage) ? 'pending' : 'skipped',
        total: 0,
        done: 0,
        failed: 0,
        skipped: 0,
        credits: 0,
      })),
      pause_requested: false,
      pause_reason: null,
      error: null,
      slot: trigger === 'scheduled' ? at : null,
      created_by: trigger === 'manual' ? '77777777-7777-4777-8777-777777777777' : null,
      created_at: at,
      started_at: null,
      finished_at: null,
      updated_at: at,
    };
    const sim: Sim = { run, events: [], steps: [], ...(failAt ? { failAt } : {}) };
    const e = estimate();
    emit(sim, 'run.started', null, { trigger, required: e.required, available });
    sim.steps = plan(sim, 'cluster', false);
    sims.unshift(sim);
    return sim;
  };

  // Three past runs, newest first: a scheduled one that completed, one that failed at the images, one cancelled.
  const past = (daysAgo: number, trigger: Run['trigger'], failAt: Stage | undefined, end: (sim: Sim) => void) => {
    fixed = Date.parse(NOW) - daysAgo * 86_400_000;
    end(create(trigger, failAt));
    fixed = null;
  };
  const runSteps = (sim: Sim, count = Number.POSITIVE_INFINITY) => {
    for (let i = 0; i < count && sim.steps.length; i++) {
      (fixed as number) += 20_000;
      sim.steps.shift()?.();
    }
  };
  past(3, 'manual', undefined, (sim) => {
    runSteps(sim, 12);
    sim.run.status = 'cancelled';
    sim.run.finished_at = clock();
    sim.steps = [];
    emit(sim, 'run.cancelled', sim.run.stage);
  });
  past(2, 'manual', 'images', (sim) => runSteps(sim));
  past(1, 'scheduled', undefined, (sim) => runSteps(sim));

  // The live runs move on their own.
  const timer = setInterval(() => {
    for (const sim of sims) {
      const { run } = sim;
      if (run.status !== 'queued' && run.status !== 'running') continue;
      if (run.pause_requested) {
        run.status = 'paused';
        run.pause_reason = 'requested';
        run.pause_requested = false;
        emit(sim, 'run.paused', run.stage, { reason: 'requested' });
        continue;
      }
      sim.steps.shift()?.();
    }
  }, stepMs);
  timer.unref();

  const isEnded = (run: Run) => ['completed', 'failed', 'cancelled'].includes(run.status);
  const after = (sim: Sim, id: string | null) => sim.events.filter((e) => id === null || Number(e.id) > Number(id));
  const refuse = (run: Run, action: string): FakeReply => ({
    status: 409,
    error: {
      code: 'AUTOMATION_RUN_STATE',
      message: `A ${run.status} run cannot be ${action}.`,
      details: { status: run.status },
    },
  });

  return async ({ path, method, url, body, req, res }) => {
    if (!path.startsWith(`${SITE}/automation/`)) return undefined;
    const rest = path.slice(`${SITE}/automation/`.length);
    if (rest === 'config' && method === 'GET') return ok(config);
    if (rest === 'config' && method === 'PATCH') {
      const input = (await body()) as Record<string, unknown>;
      const issues = validate(input);
      if (issues.length) {
        return {
          status: 400,
          error: { code: 'VALIDATION_FAILED', message: 'The request body is not valid.', details: { issues } },
        };
      }
      const { batch_sizes, ...others } = input as Partial<Config>;
      Object.assign(config, others, { batch_sizes: { ...config.batch_sizes, ...batch_sizes }, updated_at: clock() });
      config.enabled_stages = STAGES.filter((s) => config.enabled_stages.includes(s));
      return ok(config);
    }
    if (rest === 'estimate' && method === 'POST') return ok(estimate());
    if (rest === 'runs' && method === 'GET') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const list = sims.slice(from, from + limit).map((s) => s.run);
      return ok(list, { next_cursor: from + limit < sims.length ? String(from + limit) : null });
    }
    if (rest === 'runs' && method === 'POST') {
      if (sims.some((s) => !isEnded(s.run))) {
        return {
          status: 409,
          error: {
            code: 'AUTOMATION_RUN_ACTIVE',
            message: 'This site already has an automation run queued, running or paused.',
          },
        };
      }
      const e = estimate();
      if (available < e.required) {
        return {
          status: 402,
          error: {
            code: 'INSUFFICIENT_CREDITS',
            message: 'Not enough credits.',
            details: { required: e.required, available },
          },
        };
      }
      const sim = create('manual', failAt);
      failAt = undefined;
      return created(sim.run);
    }
    const match = /^runs\/([0-9a-f-]{36})(?:\/(pause|resume|cancel|retry|events|events\/poll))?$/.exec(rest);
    const sim = match ? find(match[1] as string) : undefined;
    if (!match || !sim) return undefined;
    const { run } = sim;
    const action = match[2];
    if (!action && method === 'GET') return ok(run);
    if (action === 'pause' && method === 'POST') {
      if (run.status === 'paused') return ok(run);
      if (run.status !== 'running' && run.status !== 'queued') return refuse(run, 'paused');
      run.pause_requested = true;
      emit(sim, 'log', run.stage, { message: 'pause requested' });
      return ok(run);
    }
    if (action === 'resume' && method === 'POST') {
      if (run.status !== 'paused') return refuse(run, 'resumed');
      Object.assign(run, { status: 'running', pause_requested: false, pause_reason: null });
      emit(sim, 'run.resumed', run.stage, { reason: 'requested' });
      return ok(run);
    }
    if (action === 'cancel' && method === 'POST') {
      if (isEnded(run)) return refuse(run, 'cancelled');
      Object.assign(run, { status: 'cancelled', pause_requested: false, finished_at: clock() });
      sim.steps = [];
      emit(sim, 'run.cancelled', run.stage);
      return ok(run);
    }
    if (action === 'retry' && method === 'POST') {
      if (run.status !== 'failed') return refuse(run, 'retried');
      const stage = run.stage ?? 'cluster';
      const p = progressOf(sim, stage);
      Object.assign(p, { status: 'running', failed: 0, total: p.done + p.skipped });
      Object.assign(run, { status: 'running', error: null, finished_at: null });
      emit(sim, 'run.resumed', stage, { reason: 'retry' });
      sim.steps = plan(sim, stage, true);
      return ok(run);
    }
    if (action === 'events/poll' && method === 'GET') {
      const list = after(sim, url.searchParams.get('after')).slice(0, Number(url.searchParams.get('limit') ?? 100));
      return ok(list, { next_cursor: list.at(-1)?.id ?? url.searchParams.get('after') ?? null });
    }
    if (action === 'events' && method === 'GET') {
      const header = req.headers['last-event-id'];
      const last = (typeof header === 'string' ? header : null) ?? url.searchParams.get('last_event_id');
      options.streams?.push(last);
      if (streamFailures > 0) {
        streamFailures--;
        return { raw: { type: 'text/html', body: '<!doctype html><title>Proxy</title><p>Buffered by a proxy.</p>' } };
      }
      return stream(sim, last, res, req);
    }
    return undefined;
  };

  function stream(sim: Sim, last: string | null, res: FakeStreamResponse, req: FakeStreamRequest): 'handled' {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write('retry: 300\n\n');
    let cursor = last;
    let sent = 0;
    const drop = dropAfter;
    dropAfter = undefined;
    const stop = () => {
      clearInterval(pump);
      clearInterval(keepAlive);
    };
    const send = () => {
      for (const e of after(sim, cursor)) {
        res.write(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        cursor = e.id;
        if (drop !== undefined && ++sent >= drop) {
          stop();
          res.destroy();
          return;
        }
      }
      if (isEnded(sim.run) && after(sim, cursor).length === 0) {
        res.write('event: end\ndata: null\n\n');
        res.end();
        stop();
      }
    };
    const pump = setInterval(send, 20);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 1000);
    req.on('close', stop);
    send();
    return 'handled';
  }
}

type FakeStreamResponse = Parameters<FakeRoutes>[0]['res'];
type FakeStreamRequest = Parameters<FakeRoutes>[0]['req'];

/** The checks of UpdateAutomationConfigRequest that a form could get wrong (ranges, times, a schedule's day). */
function validate(input: Record<string, unknown>) {
  const issues: ReturnType<typeof ISSUE>[] = [];
  const int = (path: (string | number)[], value: unknown, min: number, max: number) => {
    if (value !== undefined && (!Number.isInteger(value) || (value as number) < min || (value as number) > max)) {
      issues.push(ISSUE(path, `Must be a whole number from ${min} to ${max}.`));
    }
  };
  const time = (path: string[], value: unknown) => {
    if (typeof value !== 'string' || !/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value))
      issues.push(ISSUE(path, 'Must be HH:MM.'));
  };
  const known = [
    'enabled_stages',
    'batch_sizes',
    'ideas_per_cluster',
    'in_article_images',
    'min_keywords',
    'auto_approve',
    'schedule',
    'publishing_cadence',
  ];
  for (const key of Object.keys(input)) if (!known.includes(key)) issues.push(ISSUE([key], 'Unknown field.'));
  if (Object.keys(input).length === 0) issues.push(ISSUE([], 'Send at least one field.'));
  const max: Record<string, number> = {
    cluster: 1,
    ideas: 50,
    tasks: 500,
    content: 20,
    image_prompts: 50,
    images: 50,
    review: 500,
  };
  for (const [stage, n] of Object.entries((input.batch_sizes ?? {}) as Record<string, unknown>)) {
    int(['batch_sizes', stage], n, 1, max[stage] ?? 0);
  }
  int(['ideas_per_cluster'], input.ideas_per_cluster, 1, 10);
  int(['in_article_images'], input.in_article_images, 0, 10);
  int(['min_keywords'], input.min_keywords, 1, 1000);
  const approve = input.auto_approve as Record<string, unknown> | undefined;
  if (approve) int(['auto_approve', 'min_seo_score'], approve.min_seo_score, 0, 100);
  const schedule = input.schedule as Record<string, unknown> | null | undefined;
  if (schedule) {
    time(['schedule', 'time'], schedule.time);
    if (schedule.frequency === 'weekly') int(['schedule', 'weekday'], schedule.weekday ?? 0, 1, 7);
    if (schedule.frequency === 'monthly' && schedule.day_of_month !== 'last') {
      int(['schedule', 'day_of_month'], schedule.day_of_month ?? 0, 1, 31);
    }
  }
  const cadence = input.publishing_cadence as Record<string, unknown> | null | undefined;
  if (cadence) {
    int(['publishing_cadence', 'posts_per_day'], cadence.posts_per_day, 1, 48);
    time(['publishing_cadence', 'window_start'], cadence.window_start);
    time(['publishing_cadence', 'window_end'], cadence.window_end);
  }
  return issues;
}
