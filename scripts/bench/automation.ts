// `pnpm bench automation`: the automation with the local provider, three measurements in one run.
//
// 1. Engine: 1,000 synthetic keywords (the clustering bench's generator, seed 3) on a site whose automation is set
//    as CONFIG says, through all seven stages — cluster → ideas → tasks → content → image_prompts → images →
//    review — started with startRun and driven by the chain of `automation.tick` jobs, in a runtime working its jobs
//    in process (as the test server does: the queue polled every 0.5 s; the compute thread prestarted, as a worker
//    runs by default). Total time is startRun → the run row `completed` (polled every 25 ms); a stage's time is
//    from its `stage.started` to its `stage.finished` event. Target ≤ 60 s.
// 2. Loop: the same keywords on another site, the same stage functions called in a plain loop, one item after the
//    other: each item's work started with the domain function the engine calls (startClustering, startIdeas,
//    queueIdea, startGeneration(…, { images: 0 }), startImagePrompts, startRegeneration, the review's update), in a
//    transaction of its own, and the job it enqueued (captured, not sent to the queue) run at once by calling its
//    handler: no ticks, no run items, no events, no queue. Overhead per item = (engine − loop) / the run's items
//    (the clustering, and one per cluster, idea, article, image prompts, image and review). Target ≤ 5 ms.
//    The two take turns (A B, B A, A B; BENCH_ROUNDS rounds, 3 by default), each on a fresh site with the same
//    keywords, after one unmeasured run of 100 keywords each way; medians are reported. This process's CPU time and
//    the time the workers spent in each queue's jobs (from their log lines) are given beside the wall times.
// 3. Backlog: a run of BACKLOG_KEYWORDS keywords (200; same config) while pg-boss holds 1,000, then 100,000
//    unrelated queued jobs — rows of another queue (`bench.backlog`, made with pg-boss's own create_queue, no
//    worker) in the table the automation's queues use (pg-boss 12 keeps every queue created without `partition`
//    in `job_common`), inserted or deleted in one statement and followed by VACUUM ANALYZE, as autovacuum would.
//    The conditions take turns 1k, 100k, 100k, 1k; the median run times must be within 20 % of each other.
//
// A target missed prints NOT MET and the bench exits 1. Needs DATABASE_URL (a PostgreSQL it may create and drop a
// database on). Prints one JSON object on its last line.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { loadConfig } from '../../packages/server/src/config.js';
import { withTenant } from '../../packages/server/src/db/tenant.js';
import type { AppDeps } from '../../packages/server/src/deps.js';
import { type Actor, jobActor } from '../../packages/server/src/domain/actor.js';
import {
  type ConfigPatch,
  STAGES,
  type Stage,
  updateAutomationConfig,
} from '../../packages/server/src/domain/automation/config.js';
import { type StageProgress, startRun } from '../../packages/server/src/domain/automation/runs.js';
import { insertKeywords, keywordRow } from '../../packages/server/src/domain/planner/keywords.js';
import { startClustering, startIdeas } from '../../packages/server/src/domain/planner/runs.js';
import type { Enqueue } from '../../packages/server/src/domain/ports.js';
import { startGeneration } from '../../packages/server/src/domain/writer/generate.js';
import { startImagePrompts, startRegeneration } from '../../packages/server/src/domain/writer/images.js';
import { queueIdea } from '../../packages/server/src/domain/writer/tasks.js';
import { jobDefinitions } from '../../packages/server/src/jobs/index.js';
import { BOSS_SCHEMA, type JobHandler } from '../../packages/server/src/jobs/queue.js';
import { createLogger } from '../../packages/server/src/logger.js';
import { MemoryMailer } from '../../packages/server/src/mail/mailer.js';
import { createRuntime, type Runtime } from '../../packages/server/src/runtime.js';
import { benchActor, benchDatabase, machine, printResult, round, syntheticKeywords } from './lib.js';

const KEYWORDS = Number(process.env.BENCH_KEYWORDS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BACKLOG_KEYWORDS = Number(process.env.BENCH_BACKLOG_KEYWORDS ?? 200);
const BACKLOG_SMALL = 1_000;
const BACKLOG_LARGE = 100_000;
const BACKLOG_QUEUE = 'bench.backlog';
const TARGET_TOTAL_MS = 60_000;
const TARGET_OVERHEAD_MS = 5;
const TARGET_BACKLOG_RATIO = 1.2;
const POLLING_SECONDS = 0.5;
// The password the tests and the other benchmarks give the shared application role (never a new one).
const APP_PASSWORD = 'igny8-app-test-password';

/**
 * The site's automation settings: one idea per cluster (an article per topic, as a first pass over a keyword list
 * would), the featured image and one in-article image per article, the default batch sizes but for more articles,
 * prompts and images at once (the local provider is quick; a model's article takes minutes, and its batch is what
 * an account can afford in flight), and auto-approve at an SEO score of 50.
 */
const CONFIG: ConfigPatch = {
  ideas_per_cluster: 1,
  in_article_images: 1,
  batch_sizes: { content: 5, image_prompts: 10, images: 10 },
  auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const secs = (ms: number, digits = 1) => `${round(ms / 1000, digits).toLocaleString('en-US')} s`;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
const load = () => loadavg().map((x) => round(x, 1));
const roundJobs = (jobs: Record<string, { n: number; ms: number }>) =>
  Object.fromEntries(Object.entries(jobs).map(([name, j]) => [name, { n: j.n, ms: Math.round(j.ms) }]));
const jobsLine = (jobs: Record<string, { n: number; ms: number }>) =>
  Object.entries(jobs)
    .filter(([name]) => !name.endsWith('.sweep'))
    .map(([name, j]) => `${name} ${j.n} in ${secs(j.ms, 2)}`)
    .join(', ');

/** A tenant transaction (knex is a dependency of the server, not of the repository root). */
type Trx = Parameters<Parameters<typeof withTenant>[2]>[0];
type Query = ReturnType<Trx>;

// ------------------------------------------------------------------------------------------------ the log

/**
 * The jobs the runtime's workers ran, by queue, from their `job started` / `job finished` lines (pino stamps each
 * line when it is logged): how many, and how long they took in all.
 */
function jobLog() {
  let counts: Record<string, { n: number; ms: number }> = {};
  const open = new Map<string, number>();
  let partial = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      const lines = (partial + String(chunk)).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.includes('"msg":"job ')) continue;
        const entry = JSON.parse(line) as { msg: string; time: string; job?: { id?: string; name?: string } };
        const id = entry.job?.id ?? '';
        const name = entry.job?.name ?? '?';
        if (entry.msg === 'job started') open.set(id, Date.parse(entry.time));
        else if (entry.msg === 'job finished' || entry.msg === 'job failed') {
          const t = open.get(id);
          open.delete(id);
          const c = counts[name] ?? { n: 0, ms: 0 };
          c.n++;
          if (t !== undefined) c.ms += Date.parse(entry.time) - t;
          counts[name] = c;
        }
      }
      done();
    },
  });
  return {
    sink,
    take() {
      const out = counts;
      counts = {};
      return out;
    },
  };
}

// ------------------------------------------------------------------------------------------------ the seed

interface Bench {
  runtime: Runtime;
  deps: AppDeps;
  accountId: string;
  userId: string;
  industryId: string;
  actor: Actor;
}

let sites = 0;

/** A site with a URL, the bench's automation settings and `n` keywords of the generator (same seed, same list). */
async function seedSite(b: Bench, label: string, n: number): Promise<string> {
  const [site] = await b.deps.db
    .owner('sites')
    .insert({
      account_id: b.accountId,
      name: `${label} ${++sites}`,
      url: `https://site-${sites}.example`,
      industry_id: b.industryId,
    })
    .returning('id');
  const siteId = site.id as string;
  const rows = syntheticKeywords(n, 3).map((k) =>
    keywordRow(
      b.accountId,
      siteId,
      { phrase: k.phrase, volume: k.volume, difficulty: k.difficulty, language: k.language },
      null,
    ),
  );
  await withTenant(b.deps.db.app, { accountId: b.accountId, userId: b.userId }, async (trx) => {
    await insertKeywords(trx, rows);
    await updateAutomationConfig(trx, b.actor, siteId, CONFIG, new Date());
  });
  await b.deps.db.owner.raw('analyze keywords');
  return siteId;
}

// ------------------------------------------------------------------------------------------------ A: the engine

interface EngineRun {
  wall_ms: number;
  /** This process's CPU time (the ticks and the jobs; PostgreSQL's is not counted). */
  cpu_ms: number;
  status: string;
  items: number;
  by_stage: Record<Stage, { ms: number; items: number }>;
  stages: StageProgress[];
  ticks: number;
  jobs: Record<string, { n: number; ms: number }>;
}

async function runEngine(b: Bench, siteId: string, log: ReturnType<typeof jobLog>) {
  log.take();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = await withTenant(b.deps.db.app, { accountId: b.accountId, userId: b.userId }, (trx) =>
    startRun(trx, { queue: b.deps.jobs, now: b.deps.now }, b.actor, siteId),
  );
  if (!run) throw new Error('the run did not start');
  let row: { status: string; stages: StageProgress[]; tick_seq: number };
  for (;;) {
    row = await b.deps.db.owner('automation_runs').where({ id: run.id }).first('status', 'stages', 'tick_seq');
    if (['completed', 'failed', 'cancelled'].includes(row.status)) break;
    await sleep(25);
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const events: { type: string; stage: Stage; created_at: Date }[] = await b.deps.db
    .owner('automation_run_events')
    .where({ run_id: run.id })
    .whereIn('type', ['stage.started', 'stage.finished'])
    .orderBy('id')
    .select('type', 'stage', 'created_at');
  const itemRows: { stage: Stage; n: string }[] = await b.deps.db
    .owner('automation_run_items')
    .where({ run_id: run.id })
    .groupBy('stage')
    .select('stage', b.deps.db.owner.raw('count(*) as n'));
  const by_stage = {} as EngineRun['by_stage'];
  for (const stage of STAGES) {
    const started = events.find((e) => e.stage === stage && e.type === 'stage.started')?.created_at;
    const finished = events.find((e) => e.stage === stage && e.type === 'stage.finished')?.created_at;
    by_stage[stage] = {
      ms: started && finished ? finished.getTime() - started.getTime() : Number.NaN,
      items: Number(itemRows.find((r) => r.stage === stage)?.n ?? 0),
    };
  }
  // The last job lines may follow the row's commit by a moment.
  await sleep(100);
  return {
    wall_ms: wall,
    cpu_ms: (cpu.user + cpu.system) / 1000,
    status: row.status,
    items: sum(Object.values(by_stage).map((s) => s.items)),
    by_stage,
    stages: row.stages,
    ticks: row.tick_seq,
    jobs: log.take(),
  } satisfies EngineRun;
}

// ------------------------------------------------------------------------------------------------ B: the loop

type Handlers = Map<string, JobHandler>;

/** An Enqueue that keeps what is sent; the loop runs it itself once the transaction committed. */
function capturingQueue() {
  const sent: { name: string; data: Record<string, unknown> }[] = [];
  const queue: Enqueue = {
    async send(_trx, name, data) {
      sent.push({ name, data: data as Record<string, unknown> });
      return randomUUID();
    },
    async sendJob(_trx, name, data) {
      sent.push({ name, data });
      return randomUUID();
    },
  };
  return { queue, sent };
}

async function runLoop(b: Bench, handlers: Handlers, siteId: string) {
  const { queue, sent } = capturingQueue();
  const deps = { queue, now: b.deps.now };
  const actor = jobActor(b.accountId, siteId, b.userId);
  const tenant = { accountId: b.accountId, userId: b.userId };
  const inTenant = <T>(work: (trx: Trx) => Promise<T>) => withTenant(b.deps.db.app, tenant, work);
  const jobs: Record<string, { n: number; ms: number }> = {};
  /** Runs the jobs enqueued so far (and any they enqueue), one after the other, as a worker would. */
  const drain = async () => {
    for (let job = sent.shift(); job; job = sent.shift()) {
      const handler = handlers.get(job.name);
      if (!handler) throw new Error(`no handler for ${job.name}`);
      const t0 = performance.now();
      await handler({ id: randomUUID(), name: job.name, data: job.data, retryCount: 0 } as Parameters<JobHandler>[0]);
      const c = jobs[job.name] ?? { n: 0, ms: 0 };
      c.n++;
      c.ms += performance.now() - t0;
      jobs[job.name] = c;
    }
  };
  const ids = (q: Query) => q.orderBy([{ column: 'created_at' }, { column: 'id' }]).pluck('id') as Promise<string[]>;
  const cfg = CONFIG as Required<Pick<ConfigPatch, 'ideas_per_cluster' | 'in_article_images' | 'auto_approve'>>;
  const work: Record<Stage, () => Promise<number>> = {
    async cluster() {
      await inTenant((trx) => startClustering(trx, deps, actor, siteId, {} as never));
      await drain();
      return 1;
    },
    async ideas() {
      const list = await inTenant((trx) => ids(trx('clusters').where({ site_id: siteId, status: 'new' })));
      for (const id of list) {
        await inTenant((trx) => startIdeas(trx, deps, actor, siteId, id, cfg.ideas_per_cluster));
        await drain();
      }
      return list.length;
    },
    async tasks() {
      const list = await inTenant((trx) => ids(trx('ideas').where({ site_id: siteId, status: 'new' })));
      for (const id of list) await inTenant((trx) => queueIdea(trx, actor, siteId, id));
      return list.length;
    },
    async content() {
      const list = await inTenant((trx) => ids(trx('tasks').where({ site_id: siteId, status: 'queued' })));
      for (const id of list) {
        await inTenant((trx) => startGeneration(trx, deps, actor, siteId, id, { images: 0 }));
        await drain();
      }
      return list.length;
    },
    async image_prompts() {
      const list = await inTenant((trx) =>
        ids(
          trx('contents')
            .where({ site_id: siteId, status: 'draft' })
            .whereNotExists(trx('images').whereRaw('images.content_id = contents.id')),
        ),
      );
      for (const id of list) {
        await inTenant((trx) => startImagePrompts(trx, deps, actor, siteId, id, cfg.in_article_images));
        await drain();
      }
      return list.length;
    },
    async images() {
      const list = await inTenant((trx) => ids(trx('images').where({ site_id: siteId, status: 'pending' })));
      for (const id of list) {
        await inTenant((trx) => startRegeneration(trx, deps, actor, siteId, id));
        await drain();
      }
      return list.length;
    },
    async review() {
      const list = await inTenant((trx) => ids(trx('contents').where({ site_id: siteId, status: 'draft' })));
      const rule = cfg.auto_approve;
      for (const id of list) {
        // The engine's rule, as engine.ts applies it.
        await inTenant(async (trx) => {
          const content = await trx('contents').where({ id }).forUpdate().first('seo_score', 'seo_checks');
          const failed = ((content?.seo_checks ?? []) as { status: string }[]).some((c) => c.status === 'fail');
          const approved =
            rule.enabled && (content?.seo_score ?? 0) >= rule.min_seo_score && !(rule.no_failed_checks && failed);
          await trx('contents')
            .where({ id })
            .update({ status: approved ? 'approved' : 'review', updated_at: trx.fn.now() });
        });
      }
      return list.length;
    },
  };
  const by_stage = {} as Record<Stage, { ms: number; items: number }>;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const stage of STAGES) {
    const s0 = performance.now();
    const items = await work[stage]();
    by_stage[stage] = { ms: performance.now() - s0, items };
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    wall_ms: wall,
    cpu_ms: (cpu.user + cpu.system) / 1000,
    items: sum(Object.values(by_stage).map((s) => s.items)),
    by_stage,
    jobs,
  };
}

// ------------------------------------------------------------------------------------------------ C: the backlog

/** Makes the unrelated queue hold exactly `n` queued jobs (pg-boss's own create_queue; one insert), then VACUUM ANALYZE. */
async function setBacklog(b: Bench, n: number) {
  const db = b.deps.db.owner;
  await db.raw(`select ${BOSS_SCHEMA}.create_queue(?, ?::jsonb)`, [
    BACKLOG_QUEUE,
    JSON.stringify({ policy: 'standard' }),
  ]);
  const queue = await db.withSchema(BOSS_SCHEMA).table('queue').where({ name: BACKLOG_QUEUE }).first();
  const table = `${BOSS_SCHEMA}.${queue.table_name}`;
  const have = Number((await db.raw(`select count(*) as n from ${table} where name = ?`, [BACKLOG_QUEUE])).rows[0].n);
  const t0 = performance.now();
  if (have > n) {
    await db.raw(`delete from ${table} where name = ? and id in (select id from ${table} where name = ? limit ?)`, [
      BACKLOG_QUEUE,
      BACKLOG_QUEUE,
      have - n,
    ]);
  } else if (have < n) {
    // The columns pg-boss's insertJobs fills from the queue's policy; the rest take their defaults (created, now).
    await db.raw(
      `insert into ${table} (name, data, expire_seconds, deletion_seconds, keep_until, retry_limit, retry_delay, retry_backoff, retry_delay_max, policy, dead_letter, heartbeat_seconds)
       select q.name, jsonb_build_object('n', g, 'payload', md5(g::text)), q.expire_seconds, q.deletion_seconds,
              now() + q.retention_seconds * interval '1s', q.retry_limit, q.retry_delay, q.retry_backoff,
              q.retry_delay_max, q.policy, q.dead_letter, q.heartbeat_seconds
         from generate_series(?::int, ?::int) g, ${BOSS_SCHEMA}.queue q
        where q.name = ?`,
      [have + 1, n, BACKLOG_QUEUE],
    );
  }
  await db.raw(`vacuum analyze ${table}`);
  const queued = Number(
    (await db.raw(`select count(*) as n from ${table} where name = ? and state = 'created'`, [BACKLOG_QUEUE])).rows[0]
      .n,
  );
  return { queued, table, ms: performance.now() - t0 };
}

// ------------------------------------------------------------------------------------------------ main

async function main() {
  const database = await benchDatabase('automation');
  const log = jobLog();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DB_APP_PASSWORD: APP_PASSWORD,
    IGNY8_DATA_DIR: database.dataDir,
    LOG_LEVEL: 'info',
    // As a process that works jobs runs by default (off under NODE_ENV=test): the compute thread started and kept,
    // so no clustering pays for starting it (it would stop after 30 s idle between the runs).
    COMPUTE_PRESTART: 'true',
  });
  const runtime = await createRuntime(config, createLogger('info', log.sink), {
    mailer: new MemoryMailer(),
    pollingIntervalSeconds: POLLING_SECONDS,
  });
  let failed = false;
  try {
    const deps = runtime.deps;
    await deps.jobs.start({ work: true });
    const { owner, actor } = await benchActor(deps, 'automation', 10_000_000);
    const b: Bench = {
      runtime,
      deps,
      accountId: owner.accountId,
      userId: actor.userId as string,
      industryId: owner.industryId,
      actor,
    };
    // The job handlers as the workers run them (the queue's wrapper only adds its log lines).
    const handlers: Handlers = new Map(jobDefinitions(deps, runtime.compute).map((d) => [d.name, d.handler]));

    const m = machine();
    console.log(
      `automation: ${KEYWORDS.toLocaleString('en-US')} keywords through all seven stages, local provider, queue polled every ${POLLING_SECONDS} s; machine ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load ${load().join(' ')}`,
    );
    console.log(`  config: ${JSON.stringify(CONFIG)}`);
    // One small unmeasured run each way first: the jobs, the provider, the compute thread and the queries warm.
    await runEngine(b, await seedSite(b, 'Warm engine', 100), log);
    await runLoop(b, handlers, await seedSite(b, 'Warm loop', 100));

    const engine: Awaited<ReturnType<typeof runEngine>>[] = [];
    const loop: Awaited<ReturnType<typeof runLoop>>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const mode of order) {
        const siteId = await seedSite(b, mode === 'A' ? 'Engine' : 'Loop', KEYWORDS);
        const l0 = load();
        if (mode === 'A') {
          const e = await runEngine(b, siteId, log);
          engine.push(e);
          console.log(
            `round ${r + 1} engine: ${e.status} in ${secs(e.wall_ms, 2)}, ${e.items} items, ${e.ticks} ticks sent; ${STAGES.map((s) => `${s} ${e.by_stage[s].items} in ${secs(e.by_stage[s].ms, 2)}`).join(', ')}; node CPU ${secs(e.cpu_ms, 2)}; jobs ${jobsLine(e.jobs)}; load ${l0.join(' ')}`,
          );
        } else {
          const l = await runLoop(b, handlers, siteId);
          loop.push(l);
          console.log(
            `round ${r + 1} loop:   ${secs(l.wall_ms, 2)}, ${l.items} items; ${STAGES.map((s) => `${s} ${l.by_stage[s].items} in ${secs(l.by_stage[s].ms, 2)}`).join(', ')}; node CPU ${secs(l.cpu_ms, 2)}; jobs ${jobsLine(l.jobs)}; load ${l0.join(' ')}`,
          );
        }
      }
    }
    const allThrough = engine.every((e) => e.status === 'completed');
    const engineMs = median(engine.map((e) => e.wall_ms));
    const loopMs = median(loop.map((l) => l.wall_ms));
    const items = median(engine.map((e) => e.items));
    const sameItems = engine.every((e, i) => e.items === loop[i]?.items);
    const overheadPerItem = (engineMs - loopMs) / items;
    const overheadPairs = median(engine.map((e, i) => (e.wall_ms - (loop[i]?.wall_ms ?? 0)) / e.items));
    const stageFigures = Object.fromEntries(
      STAGES.map((s) => {
        const em = median(engine.map((e) => e.by_stage[s].ms));
        const lm = median(loop.map((l) => l.by_stage[s].ms));
        const n = median(engine.map((e) => e.by_stage[s].items));
        return [
          s,
          {
            items: n,
            engine_ms: Math.round(em),
            loop_ms: Math.round(lm),
            overhead_per_item_ms: n ? round((em - lm) / n, 1) : null,
          },
        ];
      }),
    );
    const clusterProgress = engine[0]?.stages.find((s) => s.stage === 'cluster');
    console.log(
      `engine (median of ${engine.length}): ${secs(engineMs, 2)} for ${KEYWORDS.toLocaleString('en-US')} keywords (${clusterProgress?.done} clustered, ${clusterProgress?.skipped} left unclustered by the engine), ${items} items: ${allThrough && engineMs <= TARGET_TOTAL_MS ? 'met' : 'NOT MET'} (target ≤ ${TARGET_TOTAL_MS / 1000} s)`,
    );
    console.log(
      `loop (median of ${loop.length}): ${secs(loopMs, 2)}, ${sameItems ? 'the same items' : 'DIFFERENT items'}; overhead ${round(overheadPerItem, 1)} ms per item (pairs: ${round(overheadPairs, 1)} ms): ${overheadPerItem <= TARGET_OVERHEAD_MS ? 'met' : 'NOT MET'} (target ≤ ${TARGET_OVERHEAD_MS} ms)`,
    );
    const engineCpu = median(engine.map((e) => e.cpu_ms));
    const loopCpu = median(loop.map((l) => l.cpu_ms));
    console.log(
      `  this process's CPU (medians): engine ${secs(engineCpu, 2)}, loop ${secs(loopCpu, 2)}: ${round((engineCpu - loopCpu) / items, 1)} ms per item`,
    );
    for (const [s, f] of Object.entries(stageFigures))
      console.log(
        `  ${s.padEnd(13)} ${String(f.items).padStart(4)} items: engine ${secs(f.engine_ms, 2)}, loop ${secs(f.loop_ms, 2)}, ${f.overhead_per_item_ms ?? '—'} ms per item`,
      );

    // 3. The backlog.
    const backlog: { queued: number; wall_ms: number; items: number; load: number[] }[] = [];
    for (const n of [BACKLOG_SMALL, BACKLOG_LARGE, BACKLOG_LARGE, BACKLOG_SMALL]) {
      const set = await setBacklog(b, n);
      const siteId = await seedSite(b, 'Backlog', BACKLOG_KEYWORDS);
      const l0 = load();
      const e = await runEngine(b, siteId, log);
      if (e.status !== 'completed') throw new Error(`the backlog run ended ${e.status}`);
      backlog.push({ queued: set.queued, wall_ms: e.wall_ms, items: e.items, load: l0 });
      console.log(
        `backlog ${set.queued.toLocaleString('en-US')} queued jobs in ${set.table} (set in ${secs(set.ms, 1)}): ${BACKLOG_KEYWORDS} keywords, ${e.items} items in ${secs(e.wall_ms, 2)} (${round(e.items / (e.wall_ms / 1000), 1)} items/s); load ${l0.join(' ')}`,
      );
    }
    const at = (n: number) => median(backlog.filter((x) => x.queued === n).map((x) => x.wall_ms));
    const smallMs = at(BACKLOG_SMALL);
    const largeMs = at(BACKLOG_LARGE);
    const ratio = largeMs / smallMs;
    const ratioMet = ratio <= TARGET_BACKLOG_RATIO && ratio >= 1 / TARGET_BACKLOG_RATIO;
    console.log(
      `backlog: 100k queued ${secs(largeMs, 2)} against 1k ${secs(smallMs, 2)} (medians of 2): ${round(ratio, 2)}× — ${ratioMet ? 'met' : 'NOT MET'} (within 20 %)`,
    );

    const totalMet = allThrough && engineMs <= TARGET_TOTAL_MS;
    const overheadMet = overheadPerItem <= TARGET_OVERHEAD_MS;
    failed = !(totalMet && overheadMet && ratioMet);
    printResult({
      bench: 'automation',
      machine: m,
      load: load(),
      keywords: KEYWORDS,
      config: CONFIG,
      polling_interval_s: POLLING_SECONDS,
      engine: {
        median_ms: Math.round(engineMs),
        runs_ms: engine.map((e) => Math.round(e.wall_ms)),
        items,
        cpu_median_ms: Math.round(engineCpu),
        ticks_sent: engine.map((e) => e.ticks),
        jobs: engine.map((e) => roundJobs(e.jobs)),
        clustered: clusterProgress?.done,
        unclustered: clusterProgress?.skipped,
        all_completed: allThrough,
      },
      loop: {
        median_ms: Math.round(loopMs),
        runs_ms: loop.map((l) => Math.round(l.wall_ms)),
        cpu_median_ms: Math.round(loopCpu),
        jobs: loop.map((l) => roundJobs(l.jobs)),
        same_items: sameItems,
      },
      stages: stageFigures,
      overhead_per_item_ms: round(overheadPerItem, 2),
      overhead_per_item_pairs_ms: round(overheadPairs, 2),
      overhead_per_keyword_ms: round((engineMs - loopMs) / KEYWORDS, 2),
      backlog: {
        keywords: BACKLOG_KEYWORDS,
        runs: backlog.map((x) => ({ ...x, wall_ms: Math.round(x.wall_ms) })),
        small_median_ms: Math.round(smallMs),
        large_median_ms: Math.round(largeMs),
        ratio: round(ratio, 3),
      },
      targets: {
        total_le_60s: totalMet ? 'met' : 'NOT MET',
        overhead_le_5ms_per_item: overheadMet ? 'met' : 'NOT MET',
        backlog_within_20pct: ratioMet ? 'met' : 'NOT MET',
      },
    });
  } finally {
    await runtime.close();
    await database.drop();
  }
  if (failed) process.exitCode = 1;
}

await main();
