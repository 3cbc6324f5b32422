// A soak test of an automation run whose worker is killed (SIGKILL, nothing gets to clean up) over and over: the
// API runs here without workers, a real `pnpm worker` does the work, and it is killed at least ten times during one
// run, a new worker started after each kill. Each kill comes at a random moment (a seeded PRNG: the seed is printed,
// SOAK_SEED=<seed> repeats the same waits) once the worker has started, at the first instant after it that the worker
// holds a job of its own — so that every kill interrupts some work, mid-step or between two steps — and the kills
// are spread over the stages that have work in flight (clustering, ideas, articles, image prompts, images). The run
// completes all the same, and the rows say each thing was done once: no keyword in two clusters and no empty
// cluster, the ideas per cluster asked for, one task per idea, one content per task with each of its sections once,
// each image once; one capture per reservation in the ledger and nothing held; no job of the account left waiting or
// failed in the queue, every operation succeeded.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavySuitesHere } from '../helpers/heavy.js';
import { signupWithSite } from '../helpers/http.js';
import { killAll, type Started } from '../helpers/processes.js';
import { operatorSession, startTestServer, startWorker, type TestServer, until } from '../helpers/server.js';

/** mulberry32: a small seeded PRNG, so that a failing soak can be run again with the same waits. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILLS = 10;
/**
 * Kills allowed by the end of each stage that has work in flight, so that they land in every one of them rather than
 * all in the first (each kill holds its stage up for a heartbeat, where the next kills would land): what a stage
 * did not use goes to the next.
 */
const KILLS_BY: Record<string, number> = { cluster: 2, ideas: 4, content: 6, image_prompts: 8, images: KILLS };
// The queue's shortest heartbeat (pg-boss refuses less than 10 s): a killed worker's jobs are retried after it.
const WORKER_ENV = { JOB_HEARTBEAT_SECONDS: '10', JOB_SUPERVISE_SECONDS: '1', JOB_STEP_DELAY_MS: '100' };

const TOPICS = [
  'running shoes',
  'yoga mat',
  'coffee grinder',
  'camping tent',
  'road bike',
  'rain jacket',
  'hiking boots',
];
const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'sale', 'lightweight', 'guide', 'vs', 'waterproof'];
const IDEAS_PER_CLUSTER = 1;
const IN_ARTICLE_IMAGES = 1;

let server: TestServer;
let operator: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const db = () => server.deps.db.owner;
const runRow = (id: string) => db()('automation_runs').where({ id }).first();
const count = async (table: string, where: Record<string, unknown>) =>
  Number((await db()(table).where(where).count({ n: '*' }).first())?.n ?? 0);

/** The account's jobs in the queue, by state (every job of its work carries the account's id). */
const jobStates = async (accountId: string) =>
  Object.fromEntries(
    (
      await db()
        .withSchema('pgboss')
        .from('job')
        .whereRaw("data->>'accountId' = ?", [accountId])
        .groupBy('state')
        .select('state', db().raw('count(*)::int as n'))
    ).map((r: { state: string; n: number }) => [r.state, r.n]),
  ) as Record<string, number>;

describe.runIf(heavySuitesHere)('an automation run whose worker is killed again and again', () => {
  beforeAll(async () => {
    // The API only; its queue supervises too, quickly, so a dead worker's jobs are noticed within a second.
    server = await startTestServer({ worker: false, env: { JOB_SUPERVISE_SECONDS: '1', JOB_HEARTBEAT_SECONDS: '10' } });
    operator = await operatorSession(server);
  });
  afterAll(async () => {
    killAll();
    await server.close();
  });

  it('completes, everything done once and charged once', async () => {
    console.log(`soak seed ${SEED} (SOAK_SEED=${SEED} repeats its waits)`);
    const random = prng(SEED);
    const { s, site } = await signupWithSite(server.url, 'Soak', {
      url: 'https://soak.example',
      bonus: { operator, amount: 20_000 },
    });
    const accountId = s.account.id;
    const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    const phrases = TOPICS.flatMap((t) => MODS.map((m) => `${m} ${t}`));
    await client.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i })) });
    await client.automation.updateConfig(site.id, {
      ideas_per_cluster: IDEAS_PER_CLUSTER,
      in_article_images: IN_ARTICLE_IMAGES,
      batch_sizes: { ideas: 3, content: 3, image_prompts: 3, images: 4 },
      auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
    });

    const started = Date.now();
    let worker: Started = startWorker(server, WORKER_ENV);
    const run = await client.automation.start(site.id);
    const kills: { afterMs: number; stage: string | null; killed: string[] }[] = [];
    const ended = (r: { status: string }) => ['completed', 'failed', 'cancelled'].includes(r.status);
    /** The jobs of the account that the worker launched at `since` has in hand (not a dead one's, waiting). */
    const inHand = (since: number) =>
      db()
        .withSchema('pgboss')
        .from('job')
        .where({ state: 'active' })
        .where('started_on', '>=', new Date(since))
        .whereRaw("data->>'accountId' = ?", [accountId])
        .pluck('name') as Promise<string[]>;
    while (kills.length < KILLS) {
      const current = worker;
      const launched = Date.now();
      await until('the worker to start', async () => (current.output().includes('worker started') ? true : undefined));
      // A random moment, and then the first one the worker holds a job of its own (a dead worker's jobs come back
      // only when their heartbeat runs out): every kill interrupts some work, mid-step or between two steps.
      await sleep(500 + random() * 2500);
      const killed = await until(
        'the worker to take up a job',
        async () => {
          const r = await runRow(run.id);
          if (ended(r)) return [];
          if (kills.length >= (KILLS_BY[r.stage] ?? 0)) return undefined;
          const names = await inHand(launched);
          return names.length ? names : undefined;
        },
        120_000,
      );
      const before = await runRow(run.id);
      if (ended(before)) break;
      process.kill(-(current.child.pid as number), 'SIGKILL');
      await current.exited;
      kills.push({ afterMs: Date.now() - started, stage: before.stage, killed });
      worker = startWorker(server, WORKER_ENV);
    }
    console.log(
      `kills (ms after the start, stage, jobs killed mid-way):\n${kills.map((k) => JSON.stringify(k)).join('\n')}`,
    );
    expect(kills.length, 'the run ended before the worker was killed ten times').toBeGreaterThanOrEqual(KILLS);
    for (const k of kills) expect(k.killed.length, JSON.stringify(k)).toBeGreaterThan(0);

    const last = worker;
    const done = await until(
      'the run to end',
      async () => {
        const r = await runRow(run.id);
        return r && ended(r) ? r : undefined;
      },
      240_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; the last worker's output:\n${last.output().slice(-5000)}`);
    });
    console.log(`the run ended ${Date.now() - started} ms after it started`);
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    for (const stage of done.stages) expect(stage, stage.stage).toMatchObject({ status: 'completed', failed: 0 });

    // Every keyword in one cluster, and no cluster without its keywords (a clustering done twice would leave some).
    const clusters = await db()('clusters').where({ site_id: site.id });
    expect(clusters.length).toBeGreaterThanOrEqual(TOPICS.length);
    expect(new Set(clusters.map((c) => c.operation_id)).size).toBe(1);
    expect(new Set(clusters.map((c) => c.name)).size).toBe(clusters.length);
    const keywords = await db()('keywords').where({ site_id: site.id });
    expect(keywords).toHaveLength(phrases.length);
    expect(keywords.filter((k) => k.status === 'new')).toHaveLength(0);
    const perCluster = new Map<string, number>();
    for (const k of keywords) if (k.cluster_id) perCluster.set(k.cluster_id, (perCluster.get(k.cluster_id) ?? 0) + 1);
    for (const c of clusters) {
      expect(perCluster.get(c.id), c.name).toBe(c.keyword_count);
      expect(c.keyword_count, c.name).toBeGreaterThan(0);
    }

    // The ideas asked for per cluster, one task per idea, one content per task.
    const ideas = await db()('ideas').where({ site_id: site.id });
    expect(ideas).toHaveLength(clusters.length * IDEAS_PER_CLUSTER);
    for (const c of clusters)
      expect(
        ideas.filter((i) => i.cluster_id === c.id),
        c.name,
      ).toHaveLength(IDEAS_PER_CLUSTER);
    const tasks = await db()('tasks').where({ site_id: site.id });
    expect(tasks).toHaveLength(ideas.length);
    expect(new Set(tasks.map((t) => t.idea_id)).size).toBe(tasks.length);
    expect(tasks.filter((t) => t.status !== 'completed')).toHaveLength(0);
    const contents = await db()('contents').where({ site_id: site.id });
    expect(contents).toHaveLength(tasks.length);
    expect(new Set(contents.map((c) => c.task_id)).size).toBe(contents.length);
    // Each section of an article once: a section written again after a kill would show its heading twice.
    for (const content of contents) {
      expect(['review', 'approved']).toContain(content.status);
      const headings = (content.outline.sections as { heading: string }[]).map((h) => h.heading);
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(content.html.split(`<h2>${heading}</h2>`), heading).toHaveLength(2);
      expect(content.html.match(/<h2>/g)?.length ?? 0).toBeLessThanOrEqual(headings.length + 1);
    }
    // One featured and the in-article images per content, each generated once, each its own file.
    const images = await db()('images').where({ site_id: site.id });
    expect(images).toHaveLength(contents.length * (1 + IN_ARTICLE_IMAGES));
    expect(images.filter((i) => i.status !== 'generated')).toHaveLength(0);
    expect(new Set(images.map((i) => `${i.content_id}/${i.kind}/${i.position}`)).size).toBe(images.length);
    expect(new Set(images.map((i) => i.storage_key)).size).toBe(images.length);

    // The run's items: each once, all done; the events say each item was done once.
    const items = await db()('automation_run_items').where({ run_id: run.id });
    expect(items.filter((i) => i.status !== 'done')).toHaveLength(0);
    expect(items.filter((i) => i.stage === 'content')).toHaveLength(contents.length);
    expect(items.filter((i) => i.stage === 'images')).toHaveLength(images.length);
    const doneEvents = await db()('automation_run_events').where({ run_id: run.id, type: 'item.done' });
    expect(doneEvents).toHaveLength(items.length);
    expect(new Set(doneEvents.map((e) => `${e.stage}/${e.item_id}`)).size).toBe(doneEvents.length);

    // The ledger: nothing held; every reservation an item's (its operation's, a section's), captured once.
    const operations = await db()('operations').where({ account_id: accountId });
    expect(operations.filter((o) => o.status !== 'succeeded').map((o) => [o.kind, o.status])).toEqual([]);
    const operationIds = new Set(operations.map((o) => o.id));
    const reservations = await db()('credit_reservations').where({ account_id: accountId });
    expect(reservations.filter((r) => r.status === 'held')).toHaveLength(0);
    const ledger = await db()('credit_ledger').where({ account_id: accountId }).whereNotNull('reservation_key');
    for (const r of reservations) {
      const [, opId] = /^[a-z_.]+:([0-9a-f-]{36})(#\w+)?$/.exec(r.key) ?? [];
      expect(operationIds.has(opId ?? ''), r.key).toBe(true);
      const entries = ledger.filter((e) => e.reservation_key === r.key);
      // Each capture writes one entry that says what it charged (and entries for a cost above the estimate).
      const captures = entries.filter((e) => e.kind === 'capture' && e.reason?.startsWith('charged '));
      expect(captures, r.key).toHaveLength(r.status === 'captured' ? 1 : 0);
      expect(entries.filter((e) => e.kind === 'reserve').length, r.key).toBeLessThanOrEqual(2);
      // What the key cost the account in all: what was captured, or nothing for a reservation given back.
      const net = entries.reduce((n, e) => n + e.amount, 0);
      expect(net, r.key).toBe(r.status === 'captured' ? -r.captured_credits : 0);
    }
    const captured = reservations.reduce((n, r) => n + (r.status === 'captured' ? r.captured_credits : 0), 0);
    expect(done.stages.reduce((n: number, st: { credits: number }) => n + st.credits, 0)).toBe(captured);
    const usage = await db()('usage_records').where({ account_id: accountId }).whereNotNull('reservation_key');
    expect(new Set(usage.map((u) => u.reservation_key)).size).toBe(usage.length);

    // The queue: the retries of what the kills interrupted run out too, and nothing is left waiting or failed.
    const states = await until(
      'no job of the account waiting in the queue',
      async () => {
        const st = await jobStates(accountId);
        return (st.created ?? 0) + (st.retry ?? 0) + (st.active ?? 0) === 0 ? st : undefined;
      },
      60_000,
    );
    expect(states.failed ?? 0).toBe(0);
    console.log(`jobs of the account by state: ${JSON.stringify(states)}; took ${Date.now() - started} ms`);
    expect(await count('credit_reservations', { account_id: accountId, status: 'held' })).toBe(0);
    process.kill(-(last.child.pid as number), 'SIGTERM');
    await last.exited;
  }, 420_000);
});
