// Cannibalization warnings and the keywords ideas are stored with, through the API on a real Postgres.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingKey, targets } from '../../src/ai/index.js';
import { targetKey } from '../../src/domain/planner/text/index.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function site() {
  const s = await signup(server.url);
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const created = await call(server.url, 'POST', '/v1/sites', {
    token: s.access_token,
    body: { name: 'Cannibalization site', industry_id: industry.id, sector_ids: [industry.sectors[0].id] },
  });
  return { s, site: created.body.data as { id: string } };
}

interface Warning {
  kind: string;
  key: string;
  items: { type: string; id: string; label: string }[];
}

async function warnings(token: string, siteId: string): Promise<Warning[]> {
  const res = await call(server.url, 'GET', `/v1/sites/${siteId}/cannibalization`, { token });
  expect(res.status).toBe(200);
  return res.body.data;
}

/** Inserts clusters and ideas as a run would leave them (the owner connection: no tenant context needed). */
async function seed(
  s: { account: { id: string } },
  siteId: string,
  clusters: string[],
  ideas: { cluster: number | null; title: string; primary: string }[],
) {
  const db = server.deps.db.owner;
  const base = { account_id: s.account.id, site_id: siteId, intent: 'informational', algorithm: 'lexical' };
  const rows = await db('clusters')
    .insert(clusters.map((name) => ({ ...base, name })))
    .returning('id');
  const ids = await db('ideas')
    .insert(
      ideas.map((i) => ({
        account_id: s.account.id,
        site_id: siteId,
        cluster_id: i.cluster === null ? null : rows[i.cluster]!.id,
        title: i.title,
        brief: '',
        primary_keyword: i.primary,
        primary_normalized: i.primary.toLowerCase(),
        structure: 'guide',
        content_type: 'post',
        target_words: 1200,
        provider: 'local',
      })),
    )
    .returning('id');
  return { clusters: rows.map((r: { id: string }) => r.id), ideas: ids.map((r: { id: string }) => r.id) };
}

describe('cannibalization warnings', () => {
  it('report two ideas of one site that target the same phrase, however it is spelled', async () => {
    const { s, site: st } = await site();
    const { ideas } = await seed(
      s,
      st.id,
      ['trail shoes', 'hiking boots'],
      [
        { cluster: 0, title: 'Running shoe basics', primary: 'running shoe' },
        { cluster: 1, title: 'Running-Shoes for hikers', primary: 'Running-Shoes' },
        { cluster: null, title: 'Shoes for running, explained', primary: 'shoes for running' },
        // A question is another page: not the same target as the bare topic.
        { cluster: 0, title: 'What is a running shoe?', primary: 'what is a running shoe' },
      ],
    );
    const same = (await warnings(s.access_token, st.id)).filter((w) => w.kind === 'same_primary_keyword');
    expect(same).toHaveLength(1);
    expect(same[0]!.key).toBe('running shoe');
    expect(same[0]!.items.map((i) => i.id).sort()).toEqual(ideas.slice(0, 3).sort());
  });

  it('report an idea that targets another cluster’s head keyword, not a cluster and the idea written for it', async () => {
    const { s, site: st } = await site();
    const { clusters, ideas } = await seed(
      s,
      st.id,
      ['yoga mat', 'pilates'],
      [
        { cluster: 0, title: 'Yoga mat: the complete guide', primary: 'yoga mat' },
        { cluster: 1, title: 'Pilates on yoga mats', primary: 'yoga mats' },
      ],
    );
    const [warning] = await warnings(s.access_token, st.id);
    expect(warning).toMatchObject({ kind: 'same_primary_keyword', key: 'yoga mat' });
    expect(warning!.items[0]!.id).toBe(clusters[0]);
    expect(warning!.items.map((i) => i.id).sort()).toEqual([clusters[0], ...ideas].sort());

    const other = await site();
    await seed(
      other.s,
      other.site.id,
      ['yoga mat'],
      [{ cluster: 0, title: 'Yoga mat: the complete guide', primary: 'yoga mat' }],
    );
    expect(await warnings(other.s.access_token, other.site.id)).toEqual([]);
  });
});

describe('ideas generated for a cluster', () => {
  it('target their primary keyword in title or brief, never repeat it among the secondaries, never repeat a heading', async () => {
    const { s, site: st } = await site();
    const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    // Spellings of one search ("yoga mat", "yoga mats", "Yoga-Mat") and a numbered list that once repeated a
    // question as a FAQ entry ("how thick should a yoga mat be").
    const phrases = [
      'yoga mat',
      'yoga mats',
      'Yoga-Mat',
      'best yoga mat',
      'thick yoga mat',
      'extra thick yoga mat',
      'how thick should a yoga mat be',
      'how to clean a yoga mat',
      'non slip yoga mat',
      'yoga mat for hot yoga',
    ];
    await client.keywords.bulk(st.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 5000 - i * 400 })) });
    await client.operations.wait((await client.clusters.run(st.id, {})).id, { intervalMs: 100 });
    const cluster = (await client.clusters.list(st.id)).data.find((c) => c.name === 'yoga mat')!;
    const first = await client.operations.wait((await client.ideas.generate(st.id, cluster.id, { count: 5 })).id, {
      intervalMs: 100,
    });
    expect(first.status).toBe('succeeded');
    const ideas = (await client.ideas.list(st.id, { cluster_id: cluster.id })).data;
    expect(ideas).toHaveLength(5);
    for (const idea of ideas) {
      expect(targets(idea.title, idea.primary_keyword, 'en') || targets(idea.brief, idea.primary_keyword, 'en')).toBe(
        true,
      );
      const primary = targetKey(idea.primary_keyword, 'en');
      expect(idea.secondary_keywords.map((k) => targetKey(k, 'en'))).not.toContain(primary);
      const headings = idea.outline.map((h) => headingKey(h.heading));
      expect(new Set(headings).size).toBe(headings.length);
    }
    // Five ideas, five searches: the cluster has enough keywords for that.
    expect(new Set(ideas.map((i) => targetKey(i.primary_keyword, 'en'))).size).toBe(5);
    expect((first.result as { cannibalization: unknown[] }).cannibalization).toEqual([]);

    // The same ideas again (the local planner is deterministic): each competes with one already stored, by its
    // primary keyword or, where another keyword its title targets was free, by its title; each is reported.
    const again = await client.operations.wait((await client.ideas.generate(st.id, cluster.id, { count: 2 })).id, {
      intervalMs: 100,
    });
    const { idea_ids, cannibalization } = again.result as { idea_ids: string[]; cannibalization: Warning[] };
    for (const id of idea_ids) expect(cannibalization.some((w) => w.items.some((i) => i.id === id))).toBe(true);
  });
});
