// The planner through the API and the SDK: keywords at scale, clustering runs and ideas, charged.
import { Igny8, isAPIError } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await operatorSession(server);
});
afterAll(() => server.close());

async function siteFor(plan: 'free' | 'starter' | 'scale' = 'scale', bonus = 0) {
  const s = await signup(server.url);
  if (plan !== 'free') {
    const up = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan },
    });
    const pay = await call(server.url, 'POST', `/v1/billing/invoices/${up.body.data.invoice.id}/payments`, {
      token: s.access_token,
      body: { method: 'manual' },
    });
    await call(server.url, 'POST', `/v1/admin/payments/${pay.body.data.id}/approve`, { token: operator });
  }
  if (bonus) {
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: bonus, reason: 'test credits' },
    });
  }
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const site = await call(server.url, 'POST', '/v1/sites', {
    token: s.access_token,
    body: { name: 'Planner site', industry_id: industry.id, sector_ids: [industry.sectors[0].id] },
  });
  return {
    s,
    site: site.body.data as { id: string; sector_ids: string[] },
    client: new Igny8({ baseUrl: server.url, accessToken: s.access_token }),
  };
}

describe('keywords', () => {
  it('are created once per normalized phrase, with intent classified unless given', async () => {
    const { s, site } = await siteFor('free');
    const a = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'Buy  Running Shoes!', volume: 900 },
    });
    expect(a.status).toBe(201);
    expect(a.body.data).toMatchObject({
      phrase: 'Buy Running Shoes!',
      status: 'new',
      intent: 'transactional',
      intent_source: 'classified',
      sector_id: site.sector_ids[0],
    });
    const dup = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'buy running shoes' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('KEYWORD_EXISTS');
    const b = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'how to clean running shoes', intent: 'commercial' },
    });
    expect(b.body.data).toMatchObject({ intent: 'commercial', intent_source: 'user' });
    const patched = await call(server.url, 'PATCH', `/v1/sites/${site.id}/keywords/${a.body.data.id}`, {
      token: s.access_token,
      body: { intent: 'commercial' },
    });
    expect(patched.body.data.intent_source).toBe('user');
  });

  it('filter, sort and page', async () => {
    const { s, site } = await siteFor('free');
    const create = Array.from({ length: 30 }, (_, i) => ({
      phrase: `garden tool ${i}`,
      volume: i * 10,
      difficulty: i % 2 ? i : undefined,
    }));
    const bulk = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords/bulk`, {
      token: s.access_token,
      body: { create: [...create, { phrase: 'Garden Tool 3' }] },
    });
    expect(bulk.body.data).toMatchObject({ created: 30, duplicates: 1, errors: [] });
    const byVolume = await call(server.url, 'GET', `/v1/sites/${site.id}/keywords?sort=volume&order=desc&limit=7`, {
      token: s.access_token,
    });
    expect(byVolume.body.data.map((k: { volume: number }) => k.volume)).toEqual([290, 280, 270, 260, 250, 240, 230]);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { volume: number }[]; meta: { next_cursor: string | null } } } = await call(
        server.url,
        'GET',
        `/v1/sites/${site.id}/keywords?sort=volume&order=desc&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        { token: s.access_token },
      );
      seen.push(...page.body.data.map((k) => k.volume));
      cursor = page.body.meta.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort((x, y) => y - x));
    expect(seen).toHaveLength(30);
    const filtered = await call(
      server.url,
      'GET',
      `/v1/sites/${site.id}/keywords?volume_min=100&volume_max=150&q=garden`,
      { token: s.access_token },
    );
    expect(filtered.body.data.map((k: { volume: number }) => k.volume).sort()).toEqual([100, 110, 120, 130, 140, 150]);
    const byDifficulty = await call(
      server.url,
      'GET',
      `/v1/sites/${site.id}/keywords?sort=difficulty&order=desc&limit=3`,
      { token: s.access_token },
    );
    expect(byDifficulty.body.data.map((k: { difficulty: number | null }) => k.difficulty)).toEqual([29, 27, 25]);
  });

  it('hold the plan limit', async () => {
    const { s, site } = await siteFor('free'); // 500 keywords
    const create = Array.from({ length: 505 }, (_, i) => ({ phrase: `limit keyword ${i}` }));
    const bulk = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords/bulk`, {
      token: s.access_token,
      body: { create },
    });
    expect(bulk.body.data.created).toBe(500);
    expect(bulk.body.data.errors.filter((e: { code: string }) => e.code === 'PLAN_LIMIT_REACHED')).toHaveLength(5);
    const one = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token: s.access_token,
      body: { phrase: 'one more' },
    });
    expect(one.status).toBe(403);
    expect(one.body.error.code).toBe('PLAN_LIMIT_REACHED');
  });

  it('import 100,000 CSV rows through the SDK: counted, deduplicated, bad rows reported by line, good rows kept', async () => {
    const { site, client, s } = await siteFor('scale');
    const lines = ['Keyword,Search Volume,Keyword Difficulty,CPC (USD),Intent'];
    const bad = new Map<number, string>();
    // What the server should keep: phrases by their normalized form (case and spacing folded).
    const kept = new Set<string>();
    let duplicates = 0;
    const keep = (phrase: string) => {
      const key = phrase.toLowerCase().replace(/\s+/g, ' ');
      if (kept.has(key)) duplicates++;
      else kept.add(key);
    };
    for (let i = 0; i < 100_000; i++) {
      const line = i + 2;
      if (i % 997 === 0) {
        lines.push(`bad row ${i},lots,10,0.5,informational`);
        bad.set(line, 'volume');
      } else if (i % 1009 === 0) {
        lines.push(`hard row ${i},100,150,0.5,informational`);
        bad.set(line, 'difficulty');
      } else if (i % 499 === 0) {
        // The phrase of the row before, in another case and spacing: a duplicate unless that row was refused.
        const phrase = `Topic  ${(i - 1) % 5000} Guide ${Math.floor((i - 1) / 5000)}`;
        lines.push(`"${phrase}",10,5,0.1,informational`);
        keep(phrase);
      } else {
        const phrase = `topic ${i % 5000} guide ${Math.floor(i / 5000)}`;
        lines.push(
          `${phrase},"${(i % 300) * 10}",${i % 100},0.${i % 10},${['informational', 'commercial', 'transactional', 'navigational'][i % 4]}`,
        );
        keep(phrase);
      }
    }
    const unique = kept;
    const started = await client.keywords.import(site.id, { csv: lines.join('\n') });
    const done = await client.operations.wait(started.id, { intervalMs: 200, timeoutMs: 120_000 });
    const result = done.result as {
      total_rows: number;
      imported: number;
      duplicates: number;
      invalid_count: number;
      invalid: { line: number; reason: string }[];
      header_detected: boolean;
    };
    expect(result.header_detected).toBe(true);
    expect(result.total_rows).toBe(100_000);
    expect(result.imported).toBe(unique.size);
    expect(result.duplicates).toBe(duplicates);
    expect(result.invalid_count).toBe(bad.size);
    expect(result.invalid.map((r) => r.line)).toEqual([...bad.keys()].sort((a, b) => a - b).slice(0, 1000));
    expect(result.invalid.find((r) => r.line === 2)?.reason).toMatch(/volume/);
    const total = await server.deps.db.owner('keywords').where({ site_id: site.id }).count({ n: '*' }).first();
    expect(Number(total?.n)).toBe(unique.size);
    const sample = await server.deps.db
      .owner('keywords')
      .where({ site_id: site.id, normalized: 'topic 42 guide 1' })
      .first();
    expect(sample).toMatchObject({
      phrase: 'topic 42 guide 1',
      volume: 2420,
      difficulty: 42,
      intent: 'transactional',
      status: 'new',
    });
    expect(Number(sample.cpc)).toBe(0.2);
    const search = await call(server.url, 'GET', `/v1/sites/${site.id}/keywords?q=guide%2042&sort=phrase&limit=50`, {
      token: s.access_token,
    });
    expect(search.body.data.length).toBe(50);
    for (const k of search.body.data) expect(k.phrase).toMatch(/guide/);
    for (const k of search.body.data) expect(k.phrase).toMatch(/42/);

    const exported = await client.keywords.export(site.id);
    const text = new TextDecoder().decode(exported);
    expect(text.split('\n')[0]).toBe('keyword,volume,difficulty,cpc,intent,status,cluster,sector,country,language');
    expect(text.trim().split('\n')).toHaveLength(unique.size + 1);
  }, 180_000);
});

describe('clustering runs', () => {
  const gardenKeywords = [
    'best garden hose',
    'garden hose reviews',
    'expandable garden hose',
    'garden hose reel',
    'best garden hose reel',
    'lawn mower',
    'best lawn mower',
    'cordless lawn mower',
    'lawn mower reviews',
    'robot lawn mower',
    'how to prune roses',
    'pruning roses',
    'when to prune roses',
    'rose pruning guide',
    'compost bin',
    'best compost bin',
    'how to compost',
    'composting at home',
  ];

  it('reserve credits, cluster, capture: clusters with names, volume and intent', async () => {
    const { s, site, client } = await siteFor('free');
    await client.keywords.bulk(site.id, {
      create: gardenKeywords.map((phrase, i) => ({ phrase, volume: 100 + i * 10, difficulty: 20 + i })),
    });
    const before = (await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
    const started = await client.clusters.run(site.id, { algorithm: 'lexical' });
    const done = await client.operations.wait(started.id, { intervalMs: 100, timeoutMs: 60_000 });
    expect(done.status).toBe('succeeded');
    const result = done.result as { clusters: number; keywords: number; credits: number };
    expect(result.keywords).toBe(18);
    expect(result.clusters).toBeGreaterThanOrEqual(3);
    expect(result.credits).toBe(2); // 18 keywords, 1 credit per 10
    const after = (await call(server.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
    expect(after.available_credits).toBe(before.available_credits - 2);
    const clusters = (await client.clusters.list(site.id)).data;
    const mowers = clusters.find((c) => c.name.includes('lawn mower'));
    expect(mowers).toBeDefined();
    expect(mowers?.keyword_count).toBeGreaterThanOrEqual(3);
    const members = (await client.keywords.list(site.id, { cluster_id: mowers?.id, limit: 100 })).data;
    expect(members.every((k) => k.phrase.includes('mower') && k.status === 'mapped')).toBe(true);
    expect(mowers?.total_volume).toBe(members.reduce((sum, k) => sum + k.volume, 0));
    const usage = (await call(server.url, 'GET', '/v1/billing/usage', { token: s.access_token })).body.data;
    expect(usage.at(-1)).toMatchObject({ operation: 'cluster_keywords', credits: 2 });
  });

  it('answer 402 before any work when the credits are short', async () => {
    const { s, site, client } = await siteFor('free'); // 100 credits
    const create = Array.from({ length: 500 }, (_, i) => ({ phrase: `short keyword ${i}` }));
    await client.keywords.bulk(site.id, { create });
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'plan', amount: -70, reason: 'test: leave 30' },
    });
    const error = await client.clusters.run(site.id, {}).catch((e: unknown) => e);
    expect(isAPIError(error) && error.status).toBe(402);
    expect(isAPIError(error) && error.code).toBe('INSUFFICIENT_CREDITS');
    expect(isAPIError(error) && error.details).toMatchObject({ required: 50, available: 30 });
    const ops = await server.deps.db.owner('operations').where({ account_id: s.account.id, kind: 'keywords.cluster' });
    expect(ops).toEqual([]);
  });
});

describe('ideas', () => {
  it('are generated for a cluster with outlines from its own keywords, charged, and queue into tasks', async () => {
    const { s, site, client } = await siteFor('free');
    const phrases = [
      'compost bin',
      'best compost bin',
      'how to compost at home',
      'what can you compost',
      'compost bin for kitchen',
      'why compost',
    ];
    await client.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i * 100 })) });
    const run = await client.clusters.run(site.id, {});
    await client.operations.wait(run.id, { intervalMs: 100 });
    const cluster = (await client.clusters.list(site.id)).data.find((c) => c.name.includes('compost'));
    expect(cluster).toBeDefined();
    const started = await client.ideas.generate(site.id, cluster!.id, { count: 3 });
    const done = await client.operations.wait(started.id, { intervalMs: 100 });
    expect(done.status).toBe('succeeded');
    expect((done.result as { credits: number }).credits).toBe(6);
    const ideas = (await client.ideas.list(site.id, { cluster_id: cluster!.id })).data;
    expect(ideas).toHaveLength(3);
    const vocabulary = new Set(phrases.join(' ').split(' '));
    for (const idea of ideas) {
      expect(idea.outline.length).toBeGreaterThan(0);
      expect(idea.provider).toBe('local');
      const words = idea.outline.flatMap((h) => h.heading.toLowerCase().split(/\W+/));
      expect(words.some((w) => vocabulary.has(w))).toBe(true);
    }
    expect(new Set(ideas.map((i) => i.primary_keyword)).size).toBe(3);
    expect((await client.clusters.get(site.id, cluster!.id)).status).toBe('mapped');
    const task = await client.ideas.queue(site.id, ideas[0]!.id);
    expect(task).toMatchObject({ status: 'queued', idea_id: ideas[0]!.id, title: ideas[0]!.title });
    expect((await client.ideas.get(site.id, ideas[0]!.id)).status).toBe('queued');
    const again = await client.ideas.queue(site.id, ideas[0]!.id).catch((e: unknown) => e);
    expect(isAPIError(again) && again.code).toBe('IDEA_NOT_QUEUEABLE');
    expect((await client.tasks.list(site.id)).data).toHaveLength(1);
    const warnings = await call(server.url, 'GET', `/v1/sites/${site.id}/cannibalization`, { token: s.access_token });
    expect(warnings.status).toBe(200);
  });
});

describe('a clustering run that fails', () => {
  it('releases its credits and marks the operation failed', async () => {
    // Embeddings from an API that is not there (a closed loopback port); embeddings never fall back.
    const broken = await startTestServer({
      env: {
        AI_PROVIDER: 'openai-compatible',
        OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:9/v1',
        OPENAI_COMPATIBLE_CHAT_MODEL: 'none',
        OPENAI_COMPATIBLE_EMBEDDING_MODEL: 'none',
        AI_MAX_RETRIES: '0',
        AI_TIMEOUT_MS: '1000',
      },
    });
    try {
      const s = await signup(broken.url);
      const industry = (await call(broken.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
      const site = (
        await call(broken.url, 'POST', '/v1/sites', {
          token: s.access_token,
          body: { name: 'S', industry_id: industry.id },
        })
      ).body.data;
      const client = new Igny8({ baseUrl: broken.url, accessToken: s.access_token });
      await client.keywords.bulk(site.id, {
        create: Array.from({ length: 40 }, (_, i) => ({ phrase: `semantic keyword ${i}` })),
      });
      const started = await client.clusters.run(site.id, { algorithm: 'semantic' });
      const held = (await call(broken.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
      expect(held).toMatchObject({ reserved_credits: 4, available_credits: 96 });
      const error = await client.operations
        .wait(started.id, { intervalMs: 200, timeoutMs: 60_000 })
        .catch((e: unknown) => e);
      expect((error as { operation?: { status: string } }).operation?.status).toBe('failed');
      const after = (await call(broken.url, 'GET', '/v1/billing/balance', { token: s.access_token })).body.data;
      expect(after).toMatchObject({ reserved_credits: 0, available_credits: 100 });
      const keywords = (await client.keywords.list(site.id, { limit: 100 })).data;
      expect(keywords.every((k) => k.status === 'new' && k.cluster_id === null)).toBe(true);
    } finally {
      await broken.close();
    }
  }, 90_000);
});

describe('idea generation and its guards', () => {
  it('answers 402 before any work when the credits are short', async () => {
    const { s, site, client } = await siteFor('free');
    await client.keywords.bulk(site.id, {
      create: ['tea kettle', 'best tea kettle', 'electric tea kettle'].map((phrase) => ({ phrase })),
    });
    await client.operations.wait((await client.clusters.run(site.id, {})).id, { intervalMs: 100 });
    const cluster = (await client.clusters.list(site.id)).data[0]!;
    await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'plan', amount: -95, reason: 'test: leave 4' },
    });
    const error = await client.ideas.generate(site.id, cluster.id, { count: 3 }).catch((e: unknown) => e);
    expect(isAPIError(error) && error.status).toBe(402);
    expect(isAPIError(error) && error.details).toMatchObject({ required: 6, available: 4 });
    expect(
      await server.deps.db.owner('operations').where({ account_id: s.account.id, kind: 'ideas.generate' }),
    ).toEqual([]);
  });

  it('warns when clusters or ideas compete for one keyword or have near-identical titles', async () => {
    const { s, site } = await siteFor('free');
    const base = { account_id: s.account.id, site_id: site.id, intent: 'commercial', algorithm: 'lexical' };
    const [a, b] = await server.deps.db
      .owner('clusters')
      .insert([
        { ...base, name: 'Coffee Grinder' },
        { ...base, name: 'coffee grinder' },
      ])
      .returning('id');
    const idea = {
      account_id: s.account.id,
      site_id: site.id,
      brief: '',
      structure: 'guide',
      content_type: 'post',
      target_words: 1200,
      provider: 'local',
    };
    await server.deps.db.owner('ideas').insert([
      {
        ...idea,
        cluster_id: a.id,
        title: 'The best burr coffee grinder for espresso',
        primary_keyword: 'burr grinder',
        primary_normalized: 'burr grinder',
      },
      {
        ...idea,
        cluster_id: b.id,
        title: 'Best burr coffee grinder for espresso',
        primary_keyword: 'espresso grinder',
        primary_normalized: 'espresso grinder',
      },
    ]);
    const res = await call(server.url, 'GET', `/v1/sites/${site.id}/cannibalization`, { token: s.access_token });
    const kinds = res.body.data.map((w: { kind: string; key: string }) => `${w.kind}:${w.key}`);
    expect(kinds).toContain('same_primary_keyword:coffee grinder');
    expect(res.body.data.find((w: { kind: string }) => w.kind === 'similar_titles').items).toHaveLength(2);
  });
});

describe('AI settings per account', () => {
  it('are set by the operator, checked against the configured providers and template variables', async () => {
    const { s } = await siteFor('free');
    const unknown = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: { provider: 'gpt-nowhere' },
    });
    expect(unknown.status).toBe(422);
    const badVariable = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: { templates: { ideas: { user: 'Ideas for {{cluster}} about {{secret_env}}' } } },
    });
    expect(badVariable.status).toBe(422);
    const ok = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: operator,
      body: {
        provider: 'local',
        templates: { ideas: { user: 'Plan {{count}} pieces for {{cluster}} ({{intent}}):\n{{keywords}}' } },
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ available_providers: ['local'], effective: { text: ['local'] } });
    const stored = await server.deps.db.owner('accounts').where({ id: s.account.id }).first('ai_settings');
    expect(stored.ai_settings.templates.ideas.user).toContain('{{cluster}}');
    const tenant = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/ai`, {
      token: s.access_token,
      body: { provider: 'local' },
    });
    expect(tenant.status).toBe(403);
  });
});
