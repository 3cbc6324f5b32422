// PostgreSQL restarted in the middle of an automation run. The test starts a PostgreSQL of its own (the embedded one,
// on a free port; the run's shared PostgreSQL is left alone), the API here without workers and a real `pnpm worker`
// against it; once articles are being written, PostgreSQL is stopped (fast shutdown: every session ended at once)
// for a few seconds and started again on the same port and data directory. The API says it is not ready while the
// database is away and ready once it is back; the same worker and the same server go on by themselves; the run
// completes, each thing done once, nothing held, no job left waiting.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavySuitesHere } from '../helpers/heavy.js';
import { signupWithSite } from '../helpers/http.js';
import { killAll, logLinesAtOrAbove, type Started } from '../helpers/processes.js';
import { type RestartablePostgres, readinessOf, restartablePostgres } from '../helpers/restartable-postgres.js';
import {
  operatorSession,
  startTestServer,
  startWorker,
  type TestServer,
  until,
  untilArticleBeingWritten,
} from '../helpers/server.js';

const PASSWORD = 'igny8-pg-restart-password';
const OUTAGE_MS = 4_000;
const JOBS_ENV = { JOB_HEARTBEAT_SECONDS: '10', JOB_SUPERVISE_SECONDS: '1' };
const TOPICS = ['running shoes', 'yoga mat', 'coffee grinder', 'camping tent'];
const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'sale', 'lightweight', 'guide'];

let postgres: RestartablePostgres | undefined;
let server: TestServer | undefined;
let operator: string;

describe.runIf(heavySuitesHere)('an automation run while PostgreSQL restarts', () => {
  beforeAll(async () => {
    postgres = await restartablePostgres(PASSWORD);
    server = await startTestServer({ worker: false, postgresUrl: postgres.url, env: JOBS_ENV });
    operator = await operatorSession(server);
  }, 120_000);
  afterAll(async () => {
    killAll();
    await server?.close();
    await postgres?.remove();
  });

  it('completes: the server and the worker reconnect by themselves, nothing is done twice', async () => {
    const api = server as TestServer;
    const db = () => api.deps.db.owner;
    const readiness = readinessOf(api.url);
    const { s, site } = await signupWithSite(api.url, 'Restart', {
      url: 'https://restart.example',
      bonus: { operator, amount: 10_000 },
    });
    const accountId = s.account.id;
    const client = new Igny8({ baseUrl: api.url, accessToken: s.access_token });
    const phrases = TOPICS.flatMap((t) => MODS.map((m) => `${m} ${t}`));
    await client.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i })) });
    await client.automation.updateConfig(site.id, {
      ideas_per_cluster: 1,
      in_article_images: 1,
      batch_sizes: { content: 2, images: 4 },
      auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
    });
    expect(await readiness()).toBe(200);

    const worker: Started = startWorker(api, { ...JOBS_ENV, JOB_STEP_DELAY_MS: '150' });
    const started = Date.now();
    const run = await client.automation.start(site.id);
    // Articles in the middle of being written: some section committed, the article not finished.
    await untilArticleBeingWritten(db(), accountId, 120_000);

    const { down, back, readiness: during } = await (postgres as RestartablePostgres).outage(OUTAGE_MS, readiness);
    console.log(`PostgreSQL was down ${back - down} ms, ${down - started} ms into the run; /readyz said ${during}`);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((status) => status === 503)).toBe(true);
    await until('the API to be ready again', async () => ((await readiness()) === 200 ? true : undefined), 60_000);
    console.log(`ready again ${Date.now() - back} ms after PostgreSQL was`);

    const done = await until(
      'the run to end',
      async () => {
        const r = await db()('automation_runs')
          .where({ id: run.id })
          .first()
          .catch(() => undefined);
        return r && ['completed', 'failed', 'cancelled'].includes(r.status) ? r : undefined;
      },
      180_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; the worker's output:\n${worker.output().slice(-5000)}`);
    });
    console.log(`the run ended ${Date.now() - started} ms after it started`);
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    for (const stage of done.stages) expect(stage, stage.stage).toMatchObject({ status: 'completed', failed: 0 });
    // The worker that lived through the outage did the rest: it reconnected rather than died. It saw the outage (its
    // work failed while the database was away, and was retried).
    expect(worker.child.exitCode, worker.output().slice(-3000)).toBeNull();
    expect(worker.child.signalCode).toBeNull();
    const troubles = logLinesAtOrAbove(worker.output(), 50).map((l) => JSON.parse(l).msg as string);
    const byMessage: Record<string, number> = {};
    for (const m of troubles) byMessage[m] = (byMessage[m] ?? 0) + 1;
    console.log(`the worker's errors: ${JSON.stringify(byMessage)}`);
    expect(troubles.length).toBeGreaterThan(0);

    // Each thing once: every keyword in one cluster, no empty cluster, an idea per cluster, a task per idea, a content
    // per task with each section once, two images per content.
    const clusters = await db()('clusters').where({ site_id: site.id });
    const keywords = await db()('keywords').where({ site_id: site.id });
    expect(keywords.filter((k) => k.status === 'new' || !k.cluster_id)).toHaveLength(0);
    for (const c of clusters) {
      expect(keywords.filter((k) => k.cluster_id === c.id).length, c.name).toBe(c.keyword_count);
      expect(c.keyword_count, c.name).toBeGreaterThan(0);
    }
    const ideas = await db()('ideas').where({ site_id: site.id });
    expect(ideas).toHaveLength(clusters.length);
    expect(new Set(ideas.map((i) => i.cluster_id)).size).toBe(ideas.length);
    const tasks = await db()('tasks').where({ site_id: site.id });
    expect(tasks).toHaveLength(ideas.length);
    expect(new Set(tasks.map((t) => t.idea_id)).size).toBe(tasks.length);
    const contents = await db()('contents').where({ site_id: site.id });
    expect(contents).toHaveLength(tasks.length);
    for (const content of contents) {
      for (const { heading } of content.outline.sections as { heading: string }[]) {
        expect(content.html.split(`<h2>${heading}</h2>`), heading).toHaveLength(2);
      }
    }
    const images = await db()('images').where({ site_id: site.id });
    expect(images).toHaveLength(contents.length * 2);
    expect(images.filter((i) => i.status !== 'generated')).toHaveLength(0);

    // Nothing held, each reservation captured once; every operation succeeded; no job of the account left waiting.
    const reservations = await db()('credit_reservations').where({ account_id: accountId });
    expect(reservations.filter((r) => r.status === 'held')).toHaveLength(0);
    const captures = await db()('credit_ledger')
      .where({ account_id: accountId, kind: 'capture' })
      .whereLike('reason', 'charged %');
    expect(captures).toHaveLength(reservations.filter((r) => r.status === 'captured').length);
    expect(new Set(captures.map((c) => c.reservation_key)).size).toBe(captures.length);
    const operations = await db()('operations').where({ account_id: accountId });
    expect(operations.filter((o) => o.status !== 'succeeded').map((o) => [o.kind, o.status])).toEqual([]);
    await until(
      'no job of the account waiting in the queue',
      async () => {
        const waiting = await db()
          .withSchema('pgboss')
          .from('job')
          .whereIn('state', ['created', 'retry', 'active'])
          .whereRaw("data->>'accountId' = ?", [accountId])
          .first('id');
        return waiting ? undefined : true;
      },
      60_000,
    );
    process.kill(-(worker.child.pid as number), 'SIGTERM');
    await worker.exited;
  }, 420_000);
});
