// Articles written through the SDK with the local provider: planned, written one section per call, assembled with
// meta, internal links, FAQ and JSON-LD, scored, charged per section — the whole writer as a user runs it.
import { Igny8, isAPIError } from '@igny8/sdk';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/domain/planner/text/index.js';
import { call, signup } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await operatorSession(server);
});
afterAll(() => server.close());

const COFFEE = [
  'cold brew coffee',
  'how to make cold brew',
  'cold brew ratio',
  'cold brew concentrate',
  'best beans for cold brew',
  'cold brew vs iced coffee',
  'how long does cold brew last',
  'cold brew maker',
  'is cold brew stronger',
  'cold brew at home',
  'espresso machine',
  'best espresso machine',
  'espresso machine for home',
  'how to clean an espresso machine',
  'espresso machine vs coffee maker',
  'espresso grind size',
  'pour over coffee',
  'pour over ratio',
  'how to make pour over coffee',
  'pour over kettle',
  'best pour over dripper',
  'french press coffee',
  'french press ratio',
  'how to use a french press',
  'french press grind size',
];

async function account(bonus = 2000, language?: string, phrases = COFFEE) {
  const s = await signup(server.url);
  if (bonus) {
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: bonus, reason: 'test credits' },
    });
  }
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const site = await call(server.url, 'POST', '/v1/sites', {
    token: s.access_token,
    body: {
      name: 'Coffee',
      url: 'https://coffee.example',
      industry_id: industry.id,
      sector_ids: [industry.sectors[0].id],
    },
  });
  const siteId = site.body.data.id as string;
  if (language) {
    await call(server.url, 'PATCH', `/v1/sites/${siteId}/writer-settings`, {
      token: s.access_token,
      body: { language },
    });
  }
  await call(server.url, 'POST', `/v1/sites/${siteId}/keywords/bulk`, {
    token: s.access_token,
    body: {
      create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i * 10, ...(language ? { language } : {}) })),
    },
  });
  const run = await client.clusters.run(siteId, { algorithm: 'lexical' });
  await client.operations.wait(run.id, { intervalMs: 100, timeoutMs: 60_000 });
  return { s, client, siteId, token: s.access_token as string };
}

/** Ideas for every cluster, queued as tasks: `n` tasks. */
async function tasks(client: Igny8, siteId: string, n: number) {
  const clusters = (await client.clusters.list(siteId)).data;
  const ids: string[] = [];
  for (const cluster of clusters) {
    if (ids.length >= n) break;
    const op = await client.ideas.generate(siteId, cluster.id, { count: 3 });
    const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
    if (done.kind !== 'ideas.generate' || !done.result) throw new Error('no ideas');
    for (const ideaId of done.result.idea_ids) {
      if (ids.length >= n) break;
      const task = await client.ideas.queue(siteId, ideaId);
      ids.push(task.id);
    }
  }
  return ids;
}

const sectionsOf = (outline: { sections: unknown[]; faq: { questions: unknown[] } }) =>
  2 + outline.sections.length + (outline.faq.questions.length ? 1 : 0);

describe('generation with the local provider', () => {
  it('writes ten articles: every section, the target length, meta, SEO checks and internal links', async () => {
    const { client, siteId, token, s } = await account();
    const taskIds = await tasks(client, siteId, 10);
    expect(taskIds).toHaveLength(10);
    const slugs = new Map<string, string>();
    let linked = 0;
    for (const [n, taskId] of taskIds.entries()) {
      const op = await client.tasks.generate(siteId, taskId);
      expect(op.kind).toBe('content.generate');
      const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 120_000 });
      expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
      if (done.kind !== 'content.generate' || !done.result) throw new Error('no result');
      const result = done.result;
      const task = await client.tasks.get(siteId, taskId);
      expect(task.status).toBe('completed');
      const content = await client.contents.get(siteId, result.content_id);
      const outline = content.outline;
      if (!outline) throw new Error('no outline');
      // Every part of the outline was written once, one provider call each.
      expect(result.sections).toBe(sectionsOf(outline));
      for (const section of outline.sections) {
        const heading = section.heading.replace(/&/g, '&amp;');
        expect(content.html.split(`<h2>${heading}</h2>`)).toHaveLength(2);
        for (const sub of section.subsections)
          expect(content.html).toContain(`<h3>${sub.heading.replace(/&/g, '&amp;')}</h3>`);
      }
      expect(content.html).toContain(`<h2>${outline.conclusion.heading}</h2>`);
      // The length that was ordered, within 15 %.
      expect(Math.abs(content.word_count - task.target_words) / task.target_words).toBeLessThanOrEqual(0.15);
      expect(result.words).toBe(content.word_count);
      // Meta within its limits, naming the focus keyword; a slug; reading time.
      expect(content.meta_title?.length).toBeGreaterThan(10);
      expect(content.meta_title?.length).toBeLessThanOrEqual(60);
      expect(content.meta_description?.length).toBeGreaterThan(50);
      expect(content.meta_description?.length).toBeLessThanOrEqual(160);
      expect(content.meta_description?.toLowerCase()).toContain(content.focus_keyword?.toLowerCase());
      expect(content.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slugs.has(content.slug as string)).toBe(false);
      expect(content.reading_minutes).toBeGreaterThan(0);
      expect(content.provider).toBe('local');
      expect(content.status).toBe('draft');
      // The SEO score with its named checks; the focus keyword where the checks look for it.
      const seo = await client.contents.seo(siteId, content.id);
      expect(seo.score).toBe(content.seo_score);
      expect(seo.score).toBeGreaterThanOrEqual(60);
      const byId = Object.fromEntries(seo.checks.map((c) => [c.id, c.status]));
      for (const id of [
        'focus_in_title',
        'focus_in_introduction',
        'focus_in_subheading',
        'meta_title_length',
        'meta_description_length',
        'keyword_density',
        'length',
      ])
        expect(byId[id], `${id}: ${seo.checks.find((c) => c.id === id)?.message} (${content.focus_keyword})`).toBe(
          'pass',
        );
      // JSON-LD: the article, and its FAQ when it has one.
      expect(content.json_ld?.[0]).toMatchObject({
        '@type': 'Article',
        inLanguage: 'en',
        wordCount: content.word_count,
      });
      if (content.faq.length) {
        expect(content.json_ld?.[1]).toMatchObject({ '@type': 'FAQPage' });
        expect(content.faq.map((f) => f.question)).toEqual(outline.faq.questions);
      }
      // Internal links: once other contents are approved, at least one, each to one of them, never to itself.
      if (n > 0) {
        expect(content.internal_links.length, `article ${n} links`).toBeGreaterThan(0);
        linked++;
      }
      for (const link of content.internal_links) {
        const target = [...slugs.entries()].find(([, id]) => id === link.target_id);
        expect(target, link.url).toBeDefined();
        expect(link.url).toBe(`https://coffee.example/${target?.[0]}/`);
        expect(link.target_id).not.toBe(content.id);
        expect(content.html).toContain(`<a href="${link.url}">${link.anchor}</a>`);
      }
      expect(new Set(content.internal_links.map((l) => l.url)).size).toBe(content.internal_links.length);
      // A featured image that decodes as a PNG, with alt text.
      const [featured] = await client.contents.images(siteId, content.id);
      expect(featured).toMatchObject({ kind: 'featured', status: 'generated' });
      expect(featured?.alt_text).toContain(content.title);
      const file = await fetch(`${server.url}/v1/sites/${siteId}/images/${featured?.id}/file`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const png = PNG.sync.read(Buffer.from(await file.arrayBuffer()));
      expect([png.width, png.height]).toEqual([1200, 630]);
      // A `generated` revision.
      const revisions = await client.contents.revisions(siteId, content.id);
      expect(revisions.data.map((r) => r.reason)).toEqual(['generated']);
      // Approved, it becomes a link target of the next articles.
      await client.contents.update(siteId, content.id, { status: 'approved' });
      slugs.set(content.slug as string, content.id);
    }
    expect(linked).toBe(9);
    // Charged once per section, each capture its own key; nothing left held.
    const ledger = await server.deps.db
      .owner('credit_reservations')
      .where({ account_id: s.account.id, operation: 'generate_content' });
    expect(ledger.filter((r) => r.status === 'held')).toHaveLength(0);
    const captured = ledger.filter((r) => r.status === 'captured');
    expect(new Set(captured.map((r) => r.key)).size).toBe(captured.length);
    expect(captured.every((r) => /#\d+$/.test(r.key))).toBe(true);
  }, 90_000);

  it('suggests categories and tags from the synced taxonomy, and warns of another content with the same focus', async () => {
    const { s, client, siteId } = await account(500, undefined, ['matcha tea', 'matcha latte', 'ceremonial matcha']);
    // The site's WordPress taxonomy as the plugin's sync leaves it.
    await server.deps.db.owner('integrations').insert({
      account_id: s.account.id,
      site_id: siteId,
      wordpress_url: 'https://coffee.example',
      secret_current: 'not used here',
      metadata: JSON.stringify({
        post_types: [],
        taxonomies: [],
        categories: [
          { id: 3, name: 'Matcha', slug: 'matcha' },
          { id: 4, name: 'Espresso', slug: 'espresso' },
        ],
        tags: [
          { id: 7, name: 'latte', slug: 'latte' },
          { id: 8, name: 'grinders', slug: 'grinders' },
        ],
        authors: [],
      }),
    });
    const brief = { primary_keyword: 'matcha latte', secondary_keywords: ['ceremonial matcha'], target_words: 800 };
    const first = await client.tasks.create(siteId, { title: 'Matcha latte at home', ...brief });
    const second = await client.tasks.create(siteId, { title: 'The matcha latte guide', ...brief });
    const results = [];
    for (const task of [first, second]) {
      const op = await client.tasks.generate(siteId, task.id);
      const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
      if (done.kind !== 'content.generate' || !done.result) throw new Error('no result');
      results.push(done.result);
    }
    const content = await client.contents.get(siteId, results[0]?.content_id as string);
    expect(content.categories).toEqual(['Matcha']);
    expect(content.tags).toEqual(['latte']);
    // The second targets the same search as the first: the result says so, and the slugs differ.
    expect(results[0]?.cannibalization).toEqual([]);
    expect(results[1]?.cannibalization).toEqual([{ content_id: content.id, title: content.title }]);
    const other = await client.contents.get(siteId, results[1]?.content_id as string);
    expect(other.slug).toBe(`${content.slug}-2`);
  });

  it('writes a Spanish site in Spanish: headings, text, meta, FAQ and alt text', async () => {
    const { client, siteId } = await account(1000, 'es', [
      'café de especialidad',
      'qué es el café de especialidad',
      'café de especialidad en grano',
      'café de especialidad precio',
      'mejor café de especialidad',
      'cómo preparar café de especialidad',
      'café de especialidad molido',
    ]);
    const [taskId] = await tasks(client, siteId, 1);
    const op = await client.tasks.generate(siteId, taskId as string);
    const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
    if (done.kind !== 'content.generate' || !done.result) throw new Error('no result');
    const content = await client.contents.get(siteId, done.result.content_id);
    expect(content.language).toBe('es');
    const text = content.html.replace(/<[^>]*>/g, ' ');
    expect(detectLanguage(text).language).toBe('es');
    // Spanish words, no English template left: the headings a Spanish reader expects.
    expect(content.outline?.conclusion.heading).toBe('Conclusión');
    expect(content.html).toMatch(/<h2>[^<]*preguntas frecuentes<\/h2>|<h2>¿[^<]+\?<\/h2>/);
    expect(text).not.toMatch(/\b(the|and|you|your|with)\b/i);
    expect(content.json_ld?.[0]).toMatchObject({ inLanguage: 'es' });
    const [featured] = await client.contents.images(siteId, content.id);
    expect(featured?.alt_text).toMatch(/^Ilustración de «/);
  });

  it('refuses with 402 and the total when the credits are not there, and a task being written', async () => {
    // The free plan's 100 credits, less the clustering and the ideas.
    const { client, siteId, s } = await account(0);
    const [taskId] = await tasks(client, siteId, 1);
    await client.tasks.update(siteId, taskId as string, { target_words: 20_000 });
    const error = await client.tasks.generate(siteId, taskId as string).catch((e: unknown) => e);
    expect(isAPIError(error) && error.status).toBe(402);
    if (!isAPIError(error)) throw error;
    expect(error.code).toBe('INSUFFICIENT_CREDITS');
    // 200 credits for the words, 1 for the image prompts, 2 for each of three images.
    expect(error.details).toMatchObject({ required: 207, available: expect.any(Number) });
    expect((await client.tasks.get(siteId, taskId as string)).status).toBe('queued');
    const held = await server.deps.db.owner('credit_reservations').where({ account_id: s.account.id, status: 'held' });
    expect(held).toHaveLength(0);
    // At a length the credits cover, it starts; asked again while it is written, it is refused.
    await client.tasks.update(siteId, taskId as string, { target_words: 600 });
    const op = await client.tasks.generate(siteId, taskId as string);
    const again = await client.tasks.generate(siteId, taskId as string).catch((e: unknown) => e);
    expect(isAPIError(again) && again.code).toBe('TASK_TRANSITION_INVALID');
    await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
    // A completed task may be written again, into the same content.
    const rewrite = await client.tasks.generate(siteId, taskId as string);
    const done = await client.operations.wait(rewrite.id, { intervalMs: 100, timeoutMs: 60_000 });
    if (done.kind !== 'content.generate' || !done.result) throw new Error('no result');
    expect((await client.contents.list(siteId)).data.map((c) => c.id)).toEqual([done.result.content_id]);
    const revisions = await client.contents.revisions(siteId, done.result.content_id);
    expect(revisions.data.map((r) => r.reason)).toEqual(['generated', 'generated']);
  });
});

describe('a task cancelled while it is written', () => {
  let slow: TestServer;
  beforeAll(async () => {
    // A pause before each step, so that the cancellation lands between two sections.
    slow = await startTestServer({ env: { JOB_STEP_DELAY_MS: '250' } });
  });
  afterAll(() => slow.close());

  it('stops at the next section: the written ones charged, the rest given back, the task cancelled', async () => {
    const s = await signup(slow.url);
    const industry = (await call(slow.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const site = (
      await call(slow.url, 'POST', '/v1/sites', {
        token: s.access_token,
        body: { name: 'Cancel', industry_id: industry.id, sector_ids: [industry.sectors[0].id] },
      })
    ).body.data;
    const client = new Igny8({ baseUrl: slow.url, accessToken: s.access_token });
    const task = await client.tasks.create(site.id, {
      title: 'Matcha: the complete guide',
      primary_keyword: 'matcha',
      target_words: 1500,
    });
    const op = await client.tasks.generate(site.id, task.id);
    for (let i = 0; i < 200; i++) {
      const row = await slow.deps.db.owner('operations').where({ id: op.id }).first('checkpoint_seq');
      if (row.checkpoint_seq >= 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const cancelled = await client.tasks.cancel(site.id, task.id);
    expect(cancelled.status).toBe('cancelled');
    const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(isAPIError(done) || done instanceof Error).toBe(true);
    const failed = await client.operations.get(op.id);
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(/cancelled while it was being written/);
    expect((await client.tasks.get(site.id, task.id)).status).toBe('cancelled');
    expect((await client.contents.list(site.id)).data).toHaveLength(0);
    const reservations = await slow.deps.db
      .owner('credit_reservations')
      .where({ account_id: s.account.id })
      .where('key', 'like', `content.generate:${op.id}%`);
    expect(reservations.some((r) => r.status === 'captured')).toBe(true);
    expect(reservations.some((r) => r.status === 'released')).toBe(true);
    expect(reservations.filter((r) => r.status === 'held')).toHaveLength(0);
  });
});
