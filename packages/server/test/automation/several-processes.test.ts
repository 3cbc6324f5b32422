// Two API processes (`pnpm start` with JOBS_IN_PROCESS=false) and two workers (`pnpm worker`) on one PostgreSQL
// database behave as one. An automation run is started through one API process; while an article is being written,
// a burst of logins for one account goes to both API processes in turn; then that API process and the worker with a
// job in hand are killed (SIGKILL: no goodbye), and the rest of the burst goes to the surviving API process. The run
// completes on the survivors; the logins accepted in the window are no more than the one budget the two processes
// share (the rest 429 with Retry-After); every item was charged once, and nothing is left held.
import { resolve } from 'node:path';
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTOMATION_SWEEP_JOB } from '../../src/jobs/automation.js';
import { BILLING_RENEWALS_JOB, BILLING_SWEEP_JOB } from '../../src/jobs/billing.js';
import { NOTIFICATION_MAIL_JOB } from '../../src/jobs/notifications.js';
import { PUBLISHING_SWEEP_JOB } from '../../src/jobs/publishing.js';
import { freePort } from '../helpers/global-setup.js';
import { heavySuitesHere } from '../helpers/heavy.js';
import { call, signupWithSite } from '../helpers/http.js';
import { healthy, killAll, launch, type Started, waitUntil } from '../helpers/processes.js';
import {
  operatorSession,
  startTestServer,
  startWorker,
  TEST_ENV,
  type TestServer,
  until,
  untilArticleBeingWritten,
} from '../helpers/server.js';

const LOGIN_LIMIT = 10;
const JOBS_ENV = { JOB_HEARTBEAT_SECONDS: '10', JOB_SUPERVISE_SECONDS: '1' };
const TOPICS = ['running shoes', 'yoga mat', 'coffee grinder'];
const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'sale'];

let server: TestServer | undefined;
let operator: string;

/** An API process on the test's database, with no job workers of its own (as behind a balancer, workers apart). */
async function startApi(databaseUrl: string): Promise<{ started: Started; url: string }> {
  const port = await freePort();
  const started = launch(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      ...TEST_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JOBS_IN_PROCESS: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
      ...JOBS_ENV,
    },
  });
  await waitUntil(() => healthy(port), `the API process on port ${port}`, started, 120_000);
  return { started, url: `http://127.0.0.1:${port}` };
}

/** The scheduled sweeps: one a minute, not retried (the next one does their work); not a run's work. */
const SWEEPS = new Set([
  AUTOMATION_SWEEP_JOB,
  BILLING_SWEEP_JOB,
  BILLING_RENEWALS_JOB,
  PUBLISHING_SWEEP_JOB,
  NOTIFICATION_MAIL_JOB,
]);

/** A worker's log lines about its jobs. */
function jobLines(worker: Started): { msg: string; job: { id: string; name: string } }[] {
  const lines = [];
  for (const line of worker.output().split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.job && !SWEEPS.has(entry.job.name)) lines.push(entry);
    } catch {
      // not a log line
    }
  }
  return lines;
}

/** The ids of the jobs of the run a worker started and has not finished. */
function jobsInHand(worker: Started): Set<string> {
  const open = new Set<string>();
  for (const { msg, job } of jobLines(worker)) {
    if (msg === 'job started') open.add(job.id);
    else if (msg === 'job finished' || msg === 'job failed') open.delete(job.id);
  }
  return open;
}

/** Whether `worker` finished the job `id` (a job taken over from a killed worker keeps its id). */
const finished = (worker: Started, id: string) =>
  jobLines(worker).some(({ msg, job }) => msg === 'job finished' && job.id === id);

const sigkill = async (started: Started) => {
  process.kill(-(started.child.pid as number), 'SIGKILL');
  await started.exited;
};

describe.runIf(heavySuitesHere)('two API processes and two workers on one database', () => {
  beforeAll(async () => {
    // Here only to make the database (migrated, seeded), sign up and grant credits; it serves none of what is checked.
    server = await startTestServer({ worker: false, env: JOBS_ENV });
    operator = await operatorSession(server);
  }, 120_000);
  afterAll(async () => {
    killAll();
    await server?.close();
  });

  it('behave as one: the run completes on the survivors, one login budget, each item charged once', async () => {
    const began = Date.now();
    const setup = server as TestServer;
    const databaseUrl = setup.deps.config.databaseUrl as string;
    const db = () => setup.deps.db.owner;
    const { s, site } = await signupWithSite(setup.url, 'Several', {
      url: 'https://several.example',
      bonus: { operator, amount: 10_000 },
    });
    const accountId = s.account.id;

    // All four started together, as a supervisor starts them (each bootstraps the database, one at a time).
    const workers = [1, 2].map(() => startWorker(setup, { ...JOBS_ENV, JOB_STEP_DELAY_MS: '150' }));
    const [a, b] = await Promise.all([startApi(databaseUrl), startApi(databaseUrl)]);
    for (const w of workers) await waitUntil(() => w.output().includes('worker started'), 'a worker', w, 120_000);

    const viaB = new Igny8({ baseUrl: b.url, accessToken: s.access_token });
    const phrases = TOPICS.flatMap((t) => MODS.map((m) => `${m} ${t}`));
    await viaB.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i })) });
    await viaB.automation.updateConfig(site.id, {
      ideas_per_cluster: 1,
      in_article_images: 1,
      batch_sizes: { content: 2, images: 4 },
      auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
    });
    const runStarted = Date.now();
    const run = await viaB.automation.start(site.id);

    // An article being written (some section committed, not finished), and a worker with a job in hand.
    await untilArticleBeingWritten(db(), accountId, 180_000);
    const victim = await until(
      'a worker with a job of the run in hand',
      async () => workers.find((w) => jobsInHand(w).size > 0),
      60_000,
    );
    const survivor = workers.find((w) => w !== victim) as Started;

    // The burst: logins to both API processes in turn, all at once; then B and the busy worker are killed; then
    // more logins, to A alone. All within the limiter's minute.
    const login = (url: string) =>
      call(url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
    const burstStarted = Date.now();
    const first = await Promise.all(Array.from({ length: 14 }, (_, i) => login(i % 2 ? b.url : a.url)));
    const acceptedBy = (list: typeof first, from: number[]) => from.filter((i) => list[i]?.status === 200).length;
    await Promise.all([sigkill(b.started), sigkill(victim)]);
    const orphaned = [...jobsInHand(victim)];
    const killedAt = Date.now();
    const second = await Promise.all(Array.from({ length: 6 }, () => login(a.url)));
    const burst = [...first, ...second];
    expect(Date.now() - burstStarted).toBeLessThan(50_000);
    const statuses = burst.map((r) => r.status);
    console.log(`logins: ${statuses.join(' ')} (${Date.now() - burstStarted} ms)`);
    expect(statuses.filter((st) => st !== 200 && st !== 429)).toEqual([]);
    // One budget: with a budget per process each would have accepted up to the limit, together more than it.
    expect(statuses.filter((st) => st === 200)).toHaveLength(LOGIN_LIMIT);
    expect(acceptedBy(first, [0, 2, 4, 6, 8, 10, 12])).toBeGreaterThan(0);
    expect(acceptedBy(first, [1, 3, 5, 7, 9, 11, 13])).toBeGreaterThan(0);
    for (const limited of burst.filter((r) => r.status === 429)) {
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    }

    // The run goes on through the surviving API process and worker: the killed worker's job is taken over.
    const viaA = new Igny8({ baseUrl: a.url, accessToken: s.access_token });
    const done = await until(
      'the run to end',
      async () => {
        const r = await viaA.automation.run(site.id, run.id).catch(() => undefined);
        return r && ['completed', 'failed', 'cancelled'].includes(r.status) ? r : undefined;
      },
      300_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; the surviving worker's output:\n${survivor.output().slice(-5000)}`);
    });
    console.log(
      `the run ended ${Date.now() - runStarted} ms after it started, ${Date.now() - killedAt} ms after the kills`,
    );
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    for (const stage of done.stages) expect(stage, stage.stage).toMatchObject({ status: 'completed', failed: 0 });
    expect(survivor.child.exitCode).toBeNull();
    // What the killed worker had in hand was taken over by the other (the lease ran out; pg-boss retried it).
    expect(orphaned.length).toBeGreaterThan(0);
    for (const id of orphaned) expect(finished(survivor, id), id).toBe(true);
    expect(a.started.child.exitCode).toBeNull();

    // Each thing once, as the run sees it: a content per task, each section once, two images per content.
    const tasks = await db()('tasks').where({ site_id: site.id });
    const contents = await db()('contents').where({ site_id: site.id });
    expect(contents.length).toBeGreaterThan(0);
    expect(contents).toHaveLength(tasks.length);
    let sections = 0;
    for (const content of contents) {
      for (const { heading } of content.outline.sections as { heading: string }[]) {
        expect(content.html.split(`<h2>${heading}</h2>`), heading).toHaveLength(2);
        sections++;
      }
    }
    const images = await db()('images').where({ site_id: site.id });
    expect(images).toHaveLength(contents.length * 2);

    // The ledger: nothing held; each captured reservation charged by one capture, and what it cost is what left the
    // pools for it; each released one charged nothing and given back whole. One captured reservation per section
    // and per image, so no item was charged twice (and none went uncharged).
    const reservations = await db()('credit_reservations').where({ account_id: accountId });
    expect(reservations.filter((r) => r.status === 'held').map((r) => r.key)).toEqual([]);
    const ledger = await db()('credit_ledger').where({ account_id: accountId }).whereNotNull('reservation_key');
    for (const r of reservations) {
      const entries = ledger.filter((e) => e.reservation_key === r.key);
      const charges = entries.filter((e) => e.kind === 'capture' && String(e.reason).startsWith('charged '));
      const net = entries.reduce((sum, e) => sum - e.amount, 0);
      if (r.status === 'captured') {
        expect(charges, r.key).toHaveLength(1);
        expect(net, r.key).toBe(r.captured_credits);
      } else {
        expect(charges, r.key).toHaveLength(0);
        expect(net, r.key).toBe(0);
      }
    }
    const operations = await db()('operations').where({ account_id: accountId });
    expect(operations.filter((o) => o.status !== 'succeeded').map((o) => [o.kind, o.status])).toEqual([]);
    // An article is written in units (its outline's sections, and the parts around them), each captured once.
    const writing = operations.filter((o) => o.kind === 'content.generate');
    expect(writing).toHaveLength(contents.length);
    const units = writing.reduce((n, o) => n + o.progress_total, 0);
    expect(units).toBeGreaterThanOrEqual(sections);
    const captured = (operation: string) =>
      reservations.filter((r) => r.status === 'captured' && r.operation === operation);
    expect(captured('generate_content')).toHaveLength(units);
    expect(captured('generate_image')).toHaveLength(images.length);
    expect(captured('generate_image_prompts')).toHaveLength(contents.length);

    process.kill(-(survivor.child.pid as number), 'SIGTERM');
    process.kill(-(a.started.child.pid as number), 'SIGTERM');
    await Promise.all([survivor.exited, a.started.exited]);
    console.log(`the test took ${Date.now() - began} ms`);
  }, 600_000);
});
