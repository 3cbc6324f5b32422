// The Planner's API, with state: 30 keywords (sorted, filtered and paged by cursor as the API does), bulk and single
// changes, the CSV import (read here with a plan limit of 40 keywords, so a big file gets PLAN_LIMIT_REACHED rows),
// clustering and idea generation as operations that finish after a few polls, the cost estimates of both, clusters,
// ideas and queueing an idea. Shapes follow openapi.yaml (Keyword, Cluster, Idea, Task, Operation, Estimate…).
import { accepted, created, type FakeRoutes, NOW, notFound, ok, SITE, SITE_ID } from './common.js';

export const CLUSTER_ID = '22222222-2222-4222-8222-222222222222';
export const CLUSTER_2 = '22222222-2222-4222-8222-222222222223';
/** The plan's keyword limit in this fake. */
export const KEYWORD_LIMIT = 40;
/** The credits available for the estimates. */
export const AVAILABLE_CREDITS = 500;

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

type Keyword = ReturnType<typeof keyword>;
const keyword = (n: number, phrase: string, intent: string, status = 'new', cluster: string | null = null) => ({
  id: id('00000000', n),
  site_id: SITE_ID,
  sector_id: null,
  cluster_id: cluster,
  phrase,
  normalized: phrase.toLowerCase(),
  status,
  volume: 100 * ((n * 37) % 50),
  difficulty: n % 7 === 0 ? null : (n * 13) % 100,
  cpc: null,
  intent,
  intent_source: 'classified',
  country: null,
  language: 'en',
  created_at: at(n),
  updated_at: at(n),
});

const cluster = (cid: string, name: string, count: number, volume: number, intent: string) => ({
  id: cid,
  site_id: SITE_ID,
  sector_id: null,
  name,
  head_keyword_id: null,
  status: 'mapped',
  keyword_count: count,
  total_volume: volume,
  avg_difficulty: 21.5,
  intent,
  algorithm: 'lexical',
  created_at: NOW,
  updated_at: NOW,
});

const idea = (n: number, title: string, clusterId: string, keywordText: string) => ({
  id: id('55555555', n),
  site_id: SITE_ID,
  cluster_id: clusterId,
  sector_id: null,
  title,
  brief: `A guide for gardeners who search for “${keywordText}”.`,
  outline: [
    { heading: 'Why it matters', level: 2 },
    { heading: 'What you need', level: 2 },
    { heading: 'Tools', level: 3 },
    { heading: 'Materials', level: 3 },
    { heading: 'Step by step', level: 2 },
  ],
  primary_keyword: keywordText,
  secondary_keywords: [`${keywordText} tips`, `best ${keywordText}`],
  structure: 'guide',
  content_type: 'post',
  target_words: 1500,
  status: 'new',
  provider: 'local',
  created_at: NOW,
  updated_at: NOW,
});

/** An operation in the API's shape (OperationResponse `data`). */
const operation = (opId: string, kind: string, status: string, done: number, total: number, result: unknown) => ({
  id: opId,
  kind,
  status,
  progress: { done, total },
  result,
  error: null,
  created_at: NOW,
  updated_at: NOW,
  started_at: status === 'queued' ? null : NOW,
  finished_at: status === 'succeeded' ? NOW : null,
});

const SORTS = new Set(['created_at', 'volume', 'difficulty', 'phrase']);

export function plannerRoutes(): FakeRoutes {
  const keywords: Keyword[] = [
    keyword(1, 'compost bin', 'commercial', 'mapped', CLUSTER_ID),
    keyword(2, 'how to compost', 'informational', 'mapped', CLUSTER_ID),
    keyword(3, 'raised garden bed', 'transactional', 'mapped', CLUSTER_2),
  ];
  for (let n = 4; n <= 30; n++) keywords.push(keyword(n, `garden tip ${n}`, n % 2 ? 'informational' : 'commercial'));
  const clusters = [
    cluster(CLUSTER_ID, 'composting', 2, 3000, 'informational'),
    cluster(CLUSTER_2, 'raised beds', 1, 300, 'transactional'),
  ];
  const ideas = [
    idea(1, 'How to start composting at home', CLUSTER_ID, 'how to compost'),
    idea(2, 'Building a raised garden bed', CLUSTER_2, 'raised garden bed'),
  ];
  const ops = new Map<string, { kind: string; polls: number; result: unknown }>();
  let next = 100;
  let serial = keywords.length;
  const start = (kind: string, result: unknown) => {
    const opId = id('66666666', next++);
    ops.set(opId, { kind, polls: 0, result });
    return accepted(operation(opId, kind, 'queued', 0, 0, null));
  };

  /** The import as the server would read this fake's simple files: a header, then `keyword,volume` rows. */
  const importCsv = (csv: string) => {
    const lines = csv.split('\n');
    const header = /keyword/i.test(lines[0] ?? '');
    const invalid: { line: number; code: string; reason: string }[] = [];
    let imported = 0;
    let duplicates = 0;
    let total = 0;
    for (const [i, text] of lines.entries()) {
      if ((header && i === 0) || !text.trim()) continue;
      total++;
      const line = i + 1;
      const [phrase = '', volume = ''] = text.split(',').map((c) => c.trim());
      if (!phrase) invalid.push({ line, code: 'NO_KEYWORD', reason: 'no keyword' });
      else if (volume && !/^\d+$/.test(volume))
        invalid.push({ line, code: 'INVALID_VOLUME', reason: `volume “${volume}” is not a number` });
      else if (keywords.some((k) => k.normalized === phrase.toLowerCase())) duplicates++;
      else if (keywords.length >= KEYWORD_LIMIT)
        invalid.push({ line, code: 'PLAN_LIMIT_REACHED', reason: 'the plan’s keyword limit is reached' });
      else {
        keywords.push({ ...keyword(++serial, phrase, 'informational'), volume: Number(volume || 0) });
        imported++;
      }
    }
    const summary = new Map<
      string,
      { code: string; count: number; first_line: number; last_line: number; example: string }
    >();
    for (const r of invalid) {
      const g = summary.get(r.code);
      if (g) {
        g.count++;
        g.last_line = r.line;
      } else summary.set(r.code, { code: r.code, count: 1, first_line: r.line, last_line: r.line, example: r.reason });
    }
    return {
      total_rows: total,
      imported,
      duplicates,
      invalid_count: invalid.length,
      invalid,
      invalid_truncated: false,
      invalid_summary: [...summary.values()].sort((a, b) => b.count - a.count),
      header_detected: header,
      columns: header ? { phrase: 'keyword', volume: 'volume' } : { phrase: 'column 1', volume: 'column 2' },
    };
  };

  return async ({ path, method, url, body }) => {
    const q = url.searchParams;
    if (path === `${SITE}/keywords` && method === 'GET') {
      let list = keywords.slice();
      const text = q.get('q');
      if (text) list = list.filter((k) => k.normalized.includes(text.toLowerCase()));
      for (const f of ['status', 'intent', 'cluster_id'] as const) {
        const v = q.get(f);
        if (v) list = list.filter((k) => k[f] === v);
      }
      const sort = (q.get('sort') ?? 'created_at') as 'created_at' | 'volume' | 'difficulty' | 'phrase';
      if (!SORTS.has(sort)) return { status: 400, error: { code: 'VALIDATION_FAILED', message: 'sort' } };
      const sign = q.get('order') === 'desc' ? -1 : 1;
      list.sort((a, b) => {
        const x = a[sort] ?? -1;
        const y = b[sort] ?? -1;
        return (x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id)) * sign;
      });
      const limit = Number(q.get('limit') ?? 25);
      const from = Number(q.get('cursor')?.replace('c', '') ?? 0);
      const data = list.slice(from, from + limit);
      return ok(data, { next_cursor: from + limit < list.length ? `c${from + limit}` : null });
    }
    if (path === `${SITE}/keywords` && method === 'POST') {
      const input = await body();
      if (keywords.some((k) => k.normalized === input.phrase.toLowerCase()))
        return { status: 409, error: { code: 'KEYWORD_EXISTS', message: 'exists' } };
      const made = { ...keyword(++serial, input.phrase, input.intent ?? 'informational'), ...input };
      keywords.push(made);
      return created(made);
    }
    if (path === `${SITE}/keywords/bulk` && method === 'POST') {
      const input = await body();
      let updated = 0;
      let deleted = 0;
      for (const u of input.update ?? []) {
        const k = keywords.find((x) => x.id === u.id);
        if (k) {
          Object.assign(k, u);
          updated++;
        }
      }
      for (const d of input.delete ?? []) {
        const i = keywords.findIndex((x) => x.id === d);
        if (i >= 0) {
          keywords.splice(i, 1);
          deleted++;
        }
      }
      return ok({ created: 0, updated, deleted, duplicates: 0, errors: [] });
    }
    if (path === `${SITE}/keywords/import` && method === 'POST') {
      const { csv } = await body();
      return start('keywords.import', importCsv(csv));
    }
    const one = /^\/v1\/sites\/[^/]+\/keywords\/([0-9a-f-]{36})$/.exec(path);
    if (one) {
      const i = keywords.findIndex((k) => k.id === one[1]);
      if (i < 0) return notFound();
      if (method === 'DELETE') {
        keywords.splice(i, 1);
        return { status: 204 };
      }
      if (method === 'PATCH') {
        Object.assign(keywords[i] as Keyword, await body());
        return ok(keywords[i]);
      }
      return ok(keywords[i]);
    }
    if (path === '/v1/billing/estimate' && method === 'POST') {
      const input = await body();
      const credits =
        input.operation === 'cluster_keywords'
          ? Math.ceil(input.quantity / 10)
          : input.operation === 'generate_ideas'
            ? 2 * input.quantity
            : undefined;
      // Other operations are the Billing screen's to answer.
      if (credits === undefined) return undefined;
      return ok({
        operation: input.operation,
        quantity: input.quantity,
        credits,
        available_credits: AVAILABLE_CREDITS,
        sufficient: credits <= AVAILABLE_CREDITS,
      });
    }
    if (path === `${SITE}/clusterings` && method === 'POST') {
      await body();
      const n = keywords.filter((k) => k.status === 'new').length;
      return start('keywords.cluster', {
        algorithm: 'lexical',
        keywords: n,
        clusters: 4,
        clustered_keywords: n - 3,
        unclustered_keywords: 3,
        credits: Math.ceil(n / 10),
      });
    }
    if (path === `${SITE}/clusters` && method === 'GET') return ok(clusters, { next_cursor: null });
    const gen = /^\/v1\/sites\/[^/]+\/clusters\/([0-9a-f-]{36})\/ideas$/.exec(path);
    if (gen && method === 'POST') {
      const { count = 3 } = (await body()) ?? {};
      const made = Array.from({ length: count }, (_, i) =>
        idea(ideas.length + i + 1, `Compost idea ${ideas.length + i + 1}`, gen[1] as string, 'compost bin'),
      );
      ideas.push(...made);
      return start('ideas.generate', {
        idea_ids: made.map((m) => m.id),
        provider: 'local',
        credits: 2 * count,
        cannibalization: [
          {
            kind: 'same_primary_keyword',
            key: 'compost bin',
            items: made.slice(0, 2).map((m) => ({ type: 'idea', id: m.id, label: m.title })),
          },
        ],
      });
    }
    if (path === `${SITE}/ideas` && method === 'GET') {
      const status = q.get('status');
      return ok(
        ideas.filter((i) => !status || i.status === status),
        { next_cursor: null },
      );
    }
    const queue = /^\/v1\/sites\/[^/]+\/ideas\/([0-9a-f-]{36})\/queue$/.exec(path);
    if (queue && method === 'POST') {
      const i = ideas.find((x) => x.id === queue[1]);
      if (!i) return notFound();
      i.status = 'queued';
      return created({
        id: id('77777777', Number(i.id.slice(-3))),
        site_id: SITE_ID,
        idea_id: i.id,
        cluster_id: i.cluster_id,
        title: i.title,
        status: 'queued',
        status_reason: null,
        primary_keyword: i.primary_keyword,
        secondary_keywords: i.secondary_keywords,
        structure: i.structure,
        content_type: i.content_type,
        target_words: i.target_words,
        created_at: NOW,
        updated_at: NOW,
      });
    }
    const op = /^\/v1\/operations\/([0-9a-f-]{36})$/.exec(path);
    const known = op && ops.get(op[1] as string);
    if (known) {
      known.polls++;
      return known.polls < 3
        ? ok(operation(op[1] as string, known.kind, 'running', known.polls, 3, null))
        : ok(operation(op[1] as string, known.kind, 'succeeded', 3, 3, known.result));
    }
    return undefined;
  };
}
