// The automation's events, from real runs started and steered through the API: `automation.run.completed` at the
// end of every stage (with `content.approved` for each content its review stage approved), `automation.run.paused`
// when a person pauses it and when it pauses itself for credits (each with its reason), `automation.run.failed`
// when a stage cannot go on — each once, its payload as the contract declares it.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';
import { eventsOf, expectValid, subscribe, theEvent } from './event-checks.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      // A remote provider nobody answers at: an account switched to it fails its AI work.
      OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:9/v1',
      OPENAI_COMPATIBLE_CHAT_MODEL: 'nobody',
      AI_MAX_RETRIES: '0',
      AI_TIMEOUT_MS: '1000',
    },
  });
  operator = await operatorSession(server);
}, 60_000);
afterAll(() => server.close());

const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'sale', 'lightweight', 'guide'];

async function site(topics: string[], bonus: number) {
  const { s, site } = await signupWithSite(server.url, 'Automated', {
    url: 'https://automated.example',
    bonus: { operator, amount: bonus },
  });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  await client.keywords.bulk(site.id, {
    create: topics.flatMap((t) => MODS.map((m) => `${m} ${t}`)).map((phrase, i) => ({ phrase, volume: 500 - i })),
  });
  await client.automation.updateConfig(site.id, { ideas_per_cluster: 1, in_article_images: 0 });
  await subscribe(server, s.account.id);
  return { s, accountId: s.account.id, siteId: site.id, client };
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
const STAGES = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'];

describe('automation events', () => {
  it('automation.run.completed once, and content.approved for the content its review approved', async () => {
    const { accountId, siteId, client } = await site(['yoga mat'], 500);
    await client.automation.updateConfig(siteId, {
      enabled_stages: ['cluster', 'ideas', 'tasks', 'content', 'review'],
      auto_approve: { enabled: true, min_seo_score: 0, no_failed_checks: false },
    });
    const run = await client.automation.start(siteId);
    const done = await waitStatus(run.id, 'completed', 'failed');
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    expect(await theEvent(server, accountId, 'automation.run.completed')).toEqual({
      account_id: accountId,
      site_id: siteId,
      run_id: run.id,
      status: 'completed',
      stage: null,
      reason: null,
    });
    const contents = (await client.contents.list(siteId, {})).data;
    expect(contents.length).toBeGreaterThan(0);
    expect(contents.every((c) => c.status === 'approved')).toBe(true);
    const approved = await eventsOf(server, accountId, 'content.approved');
    for (const e of approved) expectValid(e);
    expect(approved.map((e) => e.payload.data.content_id).sort()).toEqual(contents.map((c) => c.id).sort());
    expect(approved[0]?.payload.data).toMatchObject({ site_id: siteId, status: 'approved' });
    // The writer's work in the run told as well: one clustering, one content.generated per content.
    expect(await eventsOf(server, accountId, 'clustering.completed')).toHaveLength(1);
    expect(await eventsOf(server, accountId, 'content.generated')).toHaveLength(contents.length);
    expect(await eventsOf(server, accountId, 'automation.run.paused')).toHaveLength(0);
  }, 120_000);

  it('automation.run.paused with PAUSE_REQUESTED when a person pauses it', async () => {
    const { accountId, siteId, client } = await site(['coffee grinder', 'running shoes'], 2000);
    const run = await client.automation.start(siteId);
    await client.automation.pause(siteId, run.id);
    const paused = await waitStatus(run.id, 'paused');
    expect(paused.pause_reason).toBe('requested');
    expect(await theEvent(server, accountId, 'automation.run.paused')).toEqual({
      account_id: accountId,
      site_id: siteId,
      run_id: run.id,
      status: 'paused',
      stage: STAGES.indexOf(paused.stage) + 1,
      reason: 'PAUSE_REQUESTED',
    });
    await client.automation.cancel(siteId, run.id);
    // A cancel is no pause, and ends nothing as completed or failed.
    expect(
      (await eventsOf(server, accountId)).filter((e) => e.type.startsWith('automation.run.')).map((e) => e.type),
    ).toEqual(['automation.run.paused']);
  }, 120_000);

  it('automation.run.paused with INSUFFICIENT_CREDITS when it runs out of credits', async () => {
    const { s, accountId, siteId, client } = await site(['trail backpack', 'standing desk', 'espresso grinder'], 1000);
    // Several articles, so that there is a next one to charge once the credits are gone (one would race the test).
    await client.automation.updateConfig(siteId, {
      enabled_stages: ['cluster', 'ideas', 'tasks', 'content'],
      ideas_per_cluster: 3,
    });
    const run = await client.automation.start(siteId);
    await until('an article in flight', async () => ((await runRow(run.id))?.stage === 'content' ? true : undefined));
    // Every credit taken away at once: the next item to charge cannot start. (The run may reserve some meanwhile:
    // what is left is read again until nothing is.)
    await until('every credit taken', async () => {
      const balance = (await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
      if (!balance.bonus_credits && !balance.plan_credits) return true;
      for (const [pool, amount] of [
        ['bonus', balance.bonus_credits],
        ['plan', balance.plan_credits],
      ] as const) {
        if (!amount) continue;
        await call(server.url, 'POST', `/v1/admin/accounts/${accountId}/credits`, {
          token: operator,
          body: { pool, amount: -amount, reason: 'spent elsewhere' },
        });
      }
      return undefined;
    });
    const paused = await waitStatus(run.id, 'paused', 'completed', 'failed');
    expect(paused.status).toBe('paused');
    expect(paused.pause_reason).toBe('insufficient_credits');
    expect(await theEvent(server, accountId, 'automation.run.paused')).toEqual({
      account_id: accountId,
      site_id: siteId,
      run_id: run.id,
      status: 'paused',
      stage: STAGES.indexOf(paused.stage) + 1,
      reason: 'INSUFFICIENT_CREDITS',
    });
    await client.automation.cancel(siteId, run.id);
  }, 120_000);

  it('automation.run.failed with the stage it stopped at', async () => {
    const { s, accountId, siteId, client } = await site(['standing desk'], 500);
    await client.automation.updateConfig(siteId, { enabled_stages: ['cluster', 'ideas'] });
    // This account's text goes to a provider nobody answers at, with no local fallback: ideas cannot be written.
    const broken = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: { chains: { text: ['openai-compatible'] } },
    });
    expect(broken.status).toBe(200);
    const run = await client.automation.start(siteId);
    const failed = await waitStatus(run.id, 'failed', 'completed');
    expect(failed.status).toBe('failed');
    expect(await theEvent(server, accountId, 'automation.run.failed')).toEqual({
      account_id: accountId,
      site_id: siteId,
      run_id: run.id,
      status: 'failed',
      stage: 2,
      reason: 'JOB_FAILED',
    });
    expect(await eventsOf(server, accountId, 'automation.run.completed')).toHaveLength(0);
  }, 120_000);
});
