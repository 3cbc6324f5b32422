// Steering a run: pause (after the items in flight), resume, cancel, retry from the failed stage; a run out of
// credits pauses with `insufficient_credits` and a top-up resumes it; a second start while one is active is 409.
import { Igny8, isAPIError } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeAffordable } from '../../src/domain/automation/schedules.js';
import { call, signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      // A pause before each step of every operation, so that items are in flight long enough to steer.
      JOB_STEP_DELAY_MS: '150',
      // A remote provider nobody answers at: an account switched to it fails its AI work.
      OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:9/v1',
      OPENAI_COMPATIBLE_CHAT_MODEL: 'nobody',
      AI_MAX_RETRIES: '0',
      AI_TIMEOUT_MS: '1000',
    },
  });
  operator = await operatorSession(server);
});
afterAll(() => server.close());

const TOPICS = ['running shoes', 'yoga mat', 'coffee grinder'];
const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'sale', 'lightweight', 'guide'];

async function site(bonus: number) {
  const { s, site } = await signupWithSite(server.url, 'Steering', {
    url: 'https://steer.example',
    bonus: { operator, amount: bonus },
  });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  await client.keywords.bulk(site.id, {
    create: TOPICS.flatMap((t) => MODS.map((m) => `${m} ${t}`)).map((phrase, i) => ({ phrase, volume: 500 - i })),
  });
  await client.automation.updateConfig(site.id, {
    ideas_per_cluster: 1,
    in_article_images: 0,
    batch_sizes: { content: 1 },
  });
  return { s, siteId: site.id, client };
}

const runRow = (id: string) => server.deps.db.owner('automation_runs').where({ id }).first();
const waitStatus = (id: string, ...statuses: string[]) =>
  until(
    `the run to be ${statuses.join(' or ')}`,
    async () => {
      const run = await runRow(id);
      return run && statuses.includes(run.status) ? run : undefined;
    },
    120_000,
  );
const items = (id: string) => server.deps.db.owner('automation_run_items').where({ run_id: id });

describe('steering an automation run', () => {
  it('pauses after the items in flight, starts nothing while paused, and resumes where it stopped', async () => {
    const { siteId, client } = await site(5000);
    const run = await client.automation.start(siteId);
    await until('an article in flight', async () =>
      (await items(run.id)).some((i) => i.stage === 'content' && i.status === 'running') ? true : undefined,
    );
    const pausing = await client.automation.pause(siteId, run.id);
    expect(pausing.pause_requested || pausing.status === 'paused').toBe(true);
    const paused = await waitStatus(run.id, 'paused');
    expect(paused.pause_reason).toBe('requested');
    // The article in flight finished; nothing new started then or since.
    const atPause = await items(run.id);
    expect(atPause.filter((i) => i.status === 'running')).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await items(run.id)).toHaveLength(atPause.length);
    const resumed = await client.automation.resume(siteId, run.id);
    expect(resumed.status).toBe('running');
    const done = await waitStatus(run.id, 'completed', 'failed');
    expect(done.status).toBe('completed');
    const events = (await client.automation.events(siteId, run.id, { limit: 500 })).map((e) => e.type);
    expect(events.indexOf('run.paused')).toBeLessThan(events.indexOf('run.resumed'));
    // Each article once, each task completed.
    const contentItems = (await items(run.id)).filter((i) => i.stage === 'content');
    expect(new Set(contentItems.map((i) => i.item_id)).size).toBe(contentItems.length);
  }, 180_000);

  it('is cancelled: nothing new starts, and the site may start another', async () => {
    const { siteId, client } = await site(5000);
    const run = await client.automation.start(siteId);
    const again = await client.automation.start(siteId).catch((e: unknown) => e);
    expect(isAPIError(again) && again.code).toBe('AUTOMATION_RUN_ACTIVE');
    const cancelled = await client.automation.cancel(siteId, run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.finished_at).not.toBeNull();
    const refused = await client.automation.resume(siteId, run.id).catch((e: unknown) => e);
    expect(isAPIError(refused) && refused.code).toBe('AUTOMATION_RUN_STATE');
    const count = (await items(run.id)).length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(await items(run.id)).toHaveLength(count);
    const next = await client.automation.start(siteId);
    expect(next.status).toBe('queued');
    await client.automation.cancel(siteId, next.id);
  }, 60_000);

  it('fails at the stage that cannot go on, and a retry resumes from it once the cause is fixed', async () => {
    const { s, siteId, client } = await site(5000);
    // This account's text goes to a provider nobody answers at, with no local fallback: ideas cannot be written.
    const broken = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: { chains: { text: ['openai-compatible'] } },
    });
    expect(broken.status).toBe(200);
    const run = await client.automation.start(siteId);
    const failed = await waitStatus(run.id, 'failed', 'completed');
    expect(failed.status).toBe('failed');
    expect(failed.stage).toBe('ideas');
    expect(failed.error.message).toMatch(/stopped at the ideas stage/);
    const detail = await client.automation.run(siteId, run.id);
    expect(detail.stages.find((x) => x.stage === 'cluster')?.status).toBe('completed');
    expect(detail.stages.find((x) => x.stage === 'ideas')?.status).toBe('failed');
    const clusters = await server.deps.db.owner('clusters').where({ site_id: siteId }).count({ n: '*' }).first();
    // Fixed: back to the default providers; the retry starts at the ideas, keeping the clusters.
    await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, { token: operator, body: {} });
    const retried = await client.automation.retry(siteId, run.id);
    expect(retried.status).toBe('running');
    const done = await waitStatus(run.id, 'completed', 'failed');
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    const after = await server.deps.db.owner('clusters').where({ site_id: siteId }).count({ n: '*' }).first();
    expect(after?.n).toBe(clusters?.n);
    expect((await items(run.id)).filter((i) => i.stage === 'cluster')).toHaveLength(1);
  }, 180_000);

  it('pauses when the credits run out, and a top-up resumes it', async () => {
    const { s, siteId, client } = await site(0);
    await client.automation.updateConfig(siteId, { ideas_per_cluster: 3 });
    // The free plan's 100 credits do not cover 1.2 × the estimate (nine articles): no start.
    const refused = await client.automation.start(siteId).catch((e: unknown) => e);
    expect(isAPIError(refused) && refused.status).toBe(402);
    expect(isAPIError(refused) && refused.details).toMatchObject({ required: expect.any(Number), available: 100 });
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: 1000, reason: 'enough to start' },
    });
    const run = await client.automation.start(siteId);
    // Taken away again once the articles start: the next article cannot be paid for.
    await until('an article in flight', async () =>
      (await items(run.id)).some((i) => i.stage === 'content') ? true : undefined,
    );
    const balance = (await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
    for (const [pool, amount] of [
      ['bonus', balance.bonus_credits],
      ['plan', balance.plan_credits],
    ] as const) {
      if (!amount) continue;
      const taken = await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
        token: operator,
        body: { pool, amount: -amount, reason: 'spent elsewhere' },
      });
      expect(taken.status).toBe(200);
    }
    const paused = await waitStatus(run.id, 'paused', 'completed');
    expect(paused.status).toBe('paused');
    expect(paused.pause_reason).toBe('insufficient_credits');
    const notice = await call(server.url, 'GET', '/v1/notifications', { token: s.access_token });
    expect(notice.body.data.map((n: { kind: string }) => n.kind)).toContain('automation.paused');
    // Still short: resuming by hand is refused; the scheduler's sweep leaves it.
    const early = await client.automation.resume(siteId, run.id).catch((e: unknown) => e);
    expect(isAPIError(early) && early.status).toBe(402);
    const scheduler = {
      owner: server.deps.db.owner,
      app: server.deps.db.app,
      queue: server.deps.jobs,
      now: server.deps.now,
    };
    expect(await resumeAffordable(scheduler)).toBe(0);
    // A top-up, and the sweep resumes it by itself.
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: 2000, reason: 'top-up' },
    });
    expect(await resumeAffordable(scheduler)).toBe(1);
    const done = await waitStatus(run.id, 'completed', 'failed');
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    const held = await server.deps.db.owner('credit_reservations').where({ account_id: s.account.id, status: 'held' });
    expect(held).toHaveLength(0);
  }, 180_000);
});
