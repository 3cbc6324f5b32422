// A loopback server for the browser test: serves the host page and the built bundle, and answers the few API routes
// the widget calls with canned data in the API's envelope. The first session token (`tok-1`) is always refused as
// expired, so the renewal path runs in the browser too, with the overview's three requests racing into it.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SITE_ID = '11111111-1111-4111-8111-111111111111';
const now = '2026-01-01T00:00:00Z';

const keyword = (i: number, phrase: string, intent: string, status = 'new') => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  site_id: SITE_ID,
  sector_id: null,
  cluster_id: status === 'mapped' ? CLUSTER_ID : null,
  phrase,
  normalized: phrase,
  status,
  volume: 1000 * i,
  difficulty: 10 * i,
  cpc: null,
  intent,
  intent_source: 'classified',
  country: null,
  language: 'en',
  created_at: now,
  updated_at: now,
});
const CLUSTER_ID = '22222222-2222-4222-8222-222222222222';

export interface FakeApi {
  url: string;
  requests: { method: string; path: string; auth: string | undefined }[];
  close(): Promise<void>;
}

export async function startFakeApi(files: Record<string, { type: string; body: string | Buffer }>): Promise<FakeApi> {
  const keywords = [
    keyword(1, 'compost bin', 'commercial', 'mapped'),
    keyword(2, 'how to compost', 'informational', 'mapped'),
    keyword(3, 'raised garden bed', 'transactional'),
  ];
  const publication = (n: number, fields: Record<string, unknown>) => ({
    id: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    site_id: SITE_ID,
    content_id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
    status: 'published',
    requested_status: 'publish',
    wordpress_status: 'publish',
    scheduled_at: null,
    post_id: 10 + n,
    url: null,
    attempts: 1,
    last_error: null,
    warnings: [],
    operation_id: null,
    edited_in_wordpress_at: null,
    published_at: now,
    retracted_at: null,
    failed_at: null,
    created_at: now,
    updated_at: now,
    ...fields,
  });
  const publications = [
    publication(1, { url: 'https://blog.example/prune-roses/' }),
    publication(2, { status: 'pending', wordpress_status: null, post_id: null, scheduled_at: '2026-01-05T09:00:00Z' }),
    publication(3, {
      status: 'failed',
      wordpress_status: null,
      post_id: null,
      attempts: 7,
      last_error: { code: 'WORDPRESS_UNREACHABLE', message: 'WordPress did not answer: timeout.' },
    }),
  ];
  const summary = (n: number, title: string, status: string, publish_status: string) => ({
    id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
    site_id: SITE_ID,
    task_id: null,
    cluster_id: null,
    title,
    slug: title.toLowerCase().replace(/ /g, '-'),
    focus_keyword: title.toLowerCase(),
    status,
    publish_status,
    scheduled_at: null,
    word_count: 1200 + n,
    seo_score: 70 + n,
    language: 'en',
    provider: 'local',
    created_at: now,
    updated_at: now,
  });
  const contents = [
    summary(1, 'Prune roses', 'published', 'published'),
    summary(2, 'Water roses', 'review', 'scheduled'),
    summary(3, 'Feed roses', 'approved', 'failed'),
  ];
  const requests: FakeApi['requests'] = [];
  let importPolls = 0;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-fake' });
    res.end(JSON.stringify(body));
  };
  const ok = (res: ServerResponse, data: unknown, meta?: unknown) =>
    send(res, 200, { data, ...(meta ? { meta } : {}), request_id: 'req-fake' });
  const readBody = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : undefined;
  };
  const operation = (id: string, status: string, done: number, total: number, result: unknown = null) => ({
    id,
    kind: 'keywords.import',
    status,
    progress: { done, total },
    result,
    error: null,
    created_at: now,
    updated_at: now,
    finished_at: status === 'succeeded' ? now : null,
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = files[url.pathname];
    if (file) {
      res.writeHead(200, { 'content-type': file.type });
      res.end(file.body);
      return;
    }
    if (!url.pathname.startsWith('/api/v1/')) return send(res, 404, { error: { code: 'ROUTE_NOT_FOUND' } });
    const path = url.pathname.slice(4);
    const auth = req.headers.authorization;
    requests.push({ method: req.method ?? 'GET', path, auth });
    if (auth === 'Bearer tok-1') {
      return send(res, 401, { error: { code: 'TOKEN_EXPIRED', message: 'expired' }, request_id: 'req-expired' });
    }
    if (!auth?.startsWith('Bearer tok-')) return send(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'no' } });

    const site = `/v1/sites/${SITE_ID}`;
    if (path === site) {
      return ok(res, {
        id: SITE_ID,
        name: 'Example Garden Blog',
        url: 'https://garden.example',
        description: '',
        industry_id: SITE_ID,
        sector_ids: [],
        created_at: now,
        updated_at: now,
      });
    }
    if (path === '/v1/account') {
      return ok(res, {
        id: SITE_ID,
        name: 'Garden Co',
        status: 'active',
        timezone: 'UTC',
        created_at: now,
        updated_at: now,
        plan: { id: SITE_ID, code: 'pro', name: 'Pro', price_cents: 4900, currency: 'USD', credits_per_month: 20000 },
      });
    }
    if (path === `${site}/integration`) {
      return ok(res, {
        site_id: SITE_ID,
        status: 'connected',
        wordpress_url: 'https://garden.example',
        wp_version: '6.1.9',
        plugin_version: '0.1.0',
        seo_plugin: 'yoast',
        connected_at: now,
        last_checked_at: now,
        last_error: null,
        synced_at: null,
        metadata: { post_types: [], taxonomies: [], categories: [], tags: [], authors: [] },
      });
    }
    if (path === '/v1/billing/balance') {
      return ok(res, {
        plan_credits: 12000,
        bonus_credits: 345,
        reserved_credits: 0,
        available_credits: 12345,
        plan_credits_per_period: 20000,
        period_end: '2026-02-01T00:00:00Z',
      });
    }
    if (path === `${site}/keywords` && req.method === 'GET') {
      let list = keywords;
      const q = url.searchParams.get('q');
      const intent = url.searchParams.get('intent');
      const clusterId = url.searchParams.get('cluster_id');
      if (q) list = list.filter((k) => k.phrase.includes(q));
      if (intent) list = list.filter((k) => k.intent === intent);
      if (clusterId) list = list.filter((k) => k.cluster_id === clusterId);
      return ok(res, list, { next_cursor: null });
    }
    if (path === `${site}/keywords` && req.method === 'POST') {
      const body = await readBody(req);
      if (keywords.some((k) => k.phrase === body.phrase)) {
        return send(res, 409, { error: { code: 'KEYWORD_EXISTS', message: 'exists' }, request_id: 'req-409' });
      }
      const created = keyword(keywords.length + 1, body.phrase, 'informational');
      keywords.push(created);
      return send(res, 201, { data: created, request_id: 'req-fake' });
    }
    if (path === `${site}/keywords/import`) {
      await readBody(req);
      return send(res, 202, { data: operation('op-import', 'queued', 0, 0), request_id: 'req-fake' });
    }
    if (path === '/v1/operations/op-import') {
      importPolls++;
      if (importPolls < 3) return ok(res, operation('op-import', 'running', importPolls, 3));
      return ok(
        res,
        operation('op-import', 'succeeded', 3, 3, {
          total_rows: 4,
          imported: 2,
          duplicates: 1,
          invalid_count: 1,
          invalid: [{ line: 5, reason: 'no keyword' }],
          header_detected: true,
          columns: {},
        }),
      );
    }
    if (path === `${site}/clusters`) {
      return ok(
        res,
        [
          {
            id: CLUSTER_ID,
            site_id: SITE_ID,
            sector_id: null,
            name: 'composting',
            head_keyword_id: null,
            status: 'new',
            keyword_count: 2,
            total_volume: 3000,
            avg_difficulty: 15,
            intent: 'informational',
            algorithm: 'lexical',
            created_at: now,
            updated_at: now,
          },
        ],
        { next_cursor: null },
      );
    }
    if (path === `${site}/publications` && req.method === 'GET') return ok(res, publications, { next_cursor: null });
    const redrive = new RegExp(`^${site}/publications/([0-9a-f-]{36})/redrive$`).exec(path);
    if (redrive && req.method === 'POST') {
      const p = publications.find((x) => x.id === redrive[1]);
      if (!p) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'no' }, request_id: 'req-fake' });
      // The send goes through at once here: the next list shows it published.
      Object.assign(p, {
        status: 'published',
        wordpress_status: 'publish',
        last_error: null,
        url: 'https://blog.example/feed-roses/',
      });
      return send(res, 202, { data: p, request_id: 'req-fake' });
    }
    if (path === `${site}/contents` && req.method === 'GET') {
      const status = url.searchParams.get('status');
      return ok(res, status ? contents.filter((c) => c.status === status) : contents, { next_cursor: null });
    }
    const content = new RegExp(`^${site}/contents/([0-9a-f-]{36})(/publish)?$`).exec(path);
    if (content) {
      const c = contents.find((x) => x.id === content[1]);
      if (!c) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'no' }, request_id: 'req-fake' });
      const body = await readBody(req);
      if (content[2] && req.method === 'POST') {
        Object.assign(c, { publish_status: 'publishing' });
        const p = publications.find((x) => x.content_id === c.id);
        return send(res, 202, { data: { ...p, status: 'pending' }, request_id: 'req-fake' });
      }
      if (req.method === 'PATCH') {
        Object.assign(c, body);
        return ok(res, c);
      }
    }
    send(res, 404, { error: { code: 'NOT_FOUND', message: `no fake for ${path}` }, request_id: 'req-404' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { SITE_ID };

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
