// Automation runs through the SDK with the local provider: 200 keywords through all seven stages, the counters
// matching the rows; pause, resume, cancel and retry from the failed stage; one active run per site; a run that runs
// out of credits pauses and a top-up resumes it.
import { Igny8, isAPIError } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await operatorSession(server);
});
afterAll(() => server.close());

const HEADS = [
  'running shoes',
  'trail shoes',
  'yoga mat',
  'coffee grinder',
  'espresso machine',
  'camping tent',
  'road bike',
  'rain jacket',
  'hiking boots',
  'water bottle',
];
const MODS = [
  'best',
  'cheap',
  'review',
  'for women',
  'for men',
  'sale',
  'lightweight',
  'vs',
  'guide',
  'waterproof',
  'how to choose',
  'size',
  'brands',
  'deals',
  'for beginners',
  'reddit',
  'near me',
  'used',
  'kids',
  '2026',
];

/** `n` keywords in clusters of 20: ten topics × twenty modifiers. */
const keywords = (n: number) => HEADS.flatMap((h) => MODS.map((m) => `${m} ${h}`)).slice(0, n);

async function site(bonus: number, phrases: string[]) {
  const { s, site } = await signupWithSite(server.url, 'Automation', {
    url: 'https://shop.example',
    bonus: { operator, amount: bonus },
  });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  await client.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i })) });
  return { s, siteId: site.id, client };
}

const runRow = (id: string) => server.deps.db.owner('automation_runs').where({ id }).first();
const ended = (id: string) =>
  until(
    'the run to end',
    async () => {
      const run = await runRow(id);
      return run && ['completed', 'failed', 'cancelled'].includes(run.status) ? run : undefined;
    },
    240_000,
  );
const count = async (table: string, where: Record<string, unknown>) =>
  Number((await server.deps.db.owner(table).where(where).count({ n: '*' }).first())?.n ?? 0);

describe('an automation run', () => {
  it('takes 200 keywords through all seven stages, the counters matching the rows', async () => {
    const { siteId, client } = await site(20_000, keywords(200));
    await client.automation.updateConfig(siteId, {
      ideas_per_cluster: 1,
      in_article_images: 1,
      batch_sizes: { content: 5, images: 10, image_prompts: 10 },
      auto_approve: { enabled: true, min_seo_score: 50, no_failed_checks: false },
      publishing_cadence: { posts_per_day: 4, window_start: '08:00', window_end: '20:00' },
    });
    const estimate = await client.automation.estimate(siteId);
    expect(estimate.stages.map((s) => s.stage)).toEqual([
      'cluster',
      'ideas',
      'tasks',
      'content',
      'image_prompts',
      'images',
      'review',
    ]);
    expect(estimate.total).toBeGreaterThan(0);
    expect(estimate.required).toBe(Math.ceil(estimate.total * 1.2));
    expect(estimate.can_start).toBe(true);

    const started = await client.automation.start(siteId);
    expect(started.status).toBe('queued');
    // One active run per site.
    const second = await client.automation.start(siteId).catch((e: unknown) => e);
    expect(isAPIError(second) && second.status).toBe(409);
    expect(isAPIError(second) && second.code).toBe('AUTOMATION_RUN_ACTIVE');

    const done = await ended(started.id);
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    const run = await client.automation.run(siteId, started.id);
    const by = Object.fromEntries(run.stages.map((s) => [s.stage, s]));

    // Every keyword in a cluster, every cluster with ideas, every idea a task, every task a content with images.
    expect(await count('keywords', { site_id: siteId, status: 'new' })).toBe(0);
    const clusters = await count('clusters', { site_id: siteId });
    expect(clusters).toBeGreaterThanOrEqual(10);
    expect(await count('clusters', { site_id: siteId, status: 'new' })).toBe(0);
    const ideas = await count('ideas', { site_id: siteId });
    expect(ideas).toBe(clusters);
    expect(await count('tasks', { site_id: siteId, status: 'completed' })).toBe(ideas);
    const contents = await count('contents', { site_id: siteId });
    expect(contents).toBe(ideas);
    expect(await count('contents', { site_id: siteId, status: 'draft' })).toBe(0);
    const images = await count('images', { site_id: siteId, status: 'generated' });
    expect(images).toBe(await count('images', { site_id: siteId }));
    expect(images).toBeGreaterThanOrEqual(contents);

    // The counters say the same.
    expect(by.cluster).toMatchObject({ status: 'completed', total: 200, done: 200, failed: 0 });
    expect(by.ideas).toMatchObject({ status: 'completed', total: clusters, done: clusters, failed: 0 });
    expect(by.tasks).toMatchObject({ status: 'completed', total: ideas, done: ideas });
    expect(by.content).toMatchObject({ status: 'completed', total: contents, done: contents, failed: 0 });
    expect(by.image_prompts).toMatchObject({ status: 'completed', total: contents, done: contents });
    expect(by.images).toMatchObject({ status: 'completed', total: images, done: images, failed: 0 });
    expect(by.review).toMatchObject({ status: 'completed', total: contents, done: contents });
    const reviewed =
      (await count('contents', { site_id: siteId, status: 'review' })) +
      (await count('contents', { site_id: siteId, status: 'approved' }));
    expect(reviewed).toBe(contents);
    const approved = await count('contents', { site_id: siteId, status: 'approved' });
    expect(approved).toBeGreaterThan(0);
    // The approved ones are in the publishing queue: each its own slot of the cadence, four a day at most.
    const queue = await server.deps.db
      .owner('contents')
      .where({ site_id: siteId, status: 'approved' })
      .select('publish_status', 'scheduled_at');
    expect(queue.every((c) => c.publish_status === 'scheduled' && c.scheduled_at)).toBe(true);
    expect(new Set(queue.map((c) => c.scheduled_at.getTime())).size).toBe(approved);
    const perDay = new Map<string, number>();
    for (const c of queue)
      perDay.set(
        c.scheduled_at.toISOString().slice(0, 10),
        (perDay.get(c.scheduled_at.toISOString().slice(0, 10)) ?? 0) + 1,
      );
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(4);
    // Credits per stage are what the ledger charged.
    const charged = await server.deps.db
      .owner('credit_reservations')
      .where({ site_id: siteId, status: 'captured' })
      .sum({ n: 'captured_credits' })
      .first();
    expect(run.stages.reduce((n, s) => n + s.credits, 0)).toBe(Number(charged?.n));
    expect(await count('credit_reservations', { site_id: siteId, status: 'held' })).toBe(0);

    // The events tell the same story, in order, once each.
    const all = [];
    let after: string | undefined;
    for (;;) {
      const page = await client.automation.events(siteId, started.id, { after, limit: 500 });
      all.push(...page);
      if (!page.length) break;
      after = page.at(-1)?.id;
    }
    expect(all[0]?.type).toBe('run.started');
    expect(all.at(-1)?.type).toBe('run.completed');
    expect(all.filter((e) => e.type === 'stage.finished').map((e) => e.stage)).toEqual([
      'cluster',
      'ideas',
      'tasks',
      'content',
      'image_prompts',
      'images',
      'review',
    ]);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.filter((e) => e.type === 'item.done' && e.stage === 'content')).toHaveLength(contents);
  }, 300_000);
});
