// Webhook endpoints over the API: created with a Standard Webhooks secret shown once (and rotated), never shown
// again nor logged; URLs checked (http(s), public addresses unless the operator allows a network); a limit per
// account; disabling by a person, and what a disabled endpoint refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENDPOINTS } from '../../src/domain/webhooks/endpoints.js';
import type { Resolver } from '../../src/net/pinned-request.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Names the tests use: a public address for `public.test` (only resolved, never connected to), loopback otherwise. */
const resolver: Resolver = async (host) => {
  if (host === 'public.test') return [{ address: '93.184.216.34', family: 4 }];
  if (host === 'mixed.test')
    return [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
  if (host === 'lan.test') return [{ address: '10.1.2.3', family: 4 }];
  if (host === 'allowed.test') return [{ address: '127.0.0.2', family: 4 }];
  if (host === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
};

let server: TestServer;
let token: string;
const secrets: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    worker: false,
    resolver,
    env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.2/32' },
  });
  token = (await signup(server.url)).access_token;
});
afterAll(() => server.close());

const api = (method: string, path: string, body?: unknown, bearer = token) =>
  call(server.url, method, path, { token: bearer, body });

async function create(body: Record<string, unknown> = {}, bearer = token) {
  const res = await api(
    'POST',
    '/v1/webhook-endpoints',
    { url: 'https://public.test/in', events: ['credits.low'], ...body },
    bearer,
  );
  if (res.status === 201) secrets.push(res.body.data.secret);
  return res;
}

describe('creating an endpoint', () => {
  it('answers the endpoint and a whsec_ secret of at least 24 random bytes, once', async () => {
    const res = await create({ description: 'CRM', events: ['credits.low', 'invoice.paid'] });
    expect(res.status).toBe(201);
    const { endpoint, secret } = res.body.data;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(endpoint).toMatchObject({
      url: 'https://public.test/in',
      description: 'CRM',
      events: ['credits.low', 'invoice.paid'],
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      previous_secret_expires_at: null,
    });
    const again = await create();
    expect(again.body.data.secret).not.toBe(secret);
  });

  it('refuses what is not http(s), carries credentials or does not resolve (422 URL_NOT_ALLOWED)', async () => {
    for (const url of ['ftp://public.test/in', 'https://user:pw@public.test/in', 'https://nowhere.test/in']) {
      const res = await create({ url });
      expect(res.status, url).toBe(422);
      expect(res.body.error.code, url).toBe('URL_NOT_ALLOWED');
    }
  });

  it('refuses loopback and private addresses, literal or resolved, and a name with one loopback answer among public ones', async () => {
    for (const url of [
      'http://127.0.0.1:8080/in',
      'http://[::1]:8080/in',
      'http://[::ffff:127.0.0.1]/in',
      'http://10.0.0.8/in',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:8080/in',
      'http://lan.test/in',
      'http://mixed.test/in',
    ]) {
      const res = await create({ url });
      expect(res.status, url).toBe(422);
      expect(res.body.error.code, url).toBe('URL_NOT_ALLOWED');
    }
  });

  it('accepts a private address in a network the operator allows (WEBHOOK_ALLOWED_NETWORKS), not its neighbour', async () => {
    expect((await create({ url: 'http://allowed.test:9/in' })).status).toBe(201);
    expect((await create({ url: 'http://127.0.0.2:9/in' })).status).toBe(201);
    expect((await create({ url: 'http://127.0.0.3:9/in' })).status).toBe(422);
  });

  it(`allows ${MAX_ENDPOINTS} endpoints per account, then answers 422 with a message that says so`, async () => {
    const other = (await signup(server.url)).access_token;
    for (let i = 0; i < MAX_ENDPOINTS; i++) expect((await create({}, other)).status).toBe(201);
    const refused = await create({}, other);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'UNPROCESSABLE', details: { limit: MAX_ENDPOINTS } });
    expect(refused.body.error.message).toMatch(/20 webhook endpoints/);
  });
});

describe('reading endpoints', () => {
  it('never shows a secret, sealed or not, in a list or a get', async () => {
    const created = (await create()).body.data;
    const rotated = await api('POST', `/v1/webhook-endpoints/${created.endpoint.id}/rotate-secret`);
    secrets.push(rotated.body.data.secret);
    const list = await api('GET', '/v1/webhook-endpoints?limit=100');
    const one = await api('GET', `/v1/webhook-endpoints/${created.endpoint.id}`);
    expect(list.status).toBe(200);
    expect(one.status).toBe(200);
    const sealed = await server.deps.db.owner('webhook_endpoints').select('secret_sealed', 'previous_secret_sealed');
    const text = JSON.stringify([list.body, one.body]);
    for (const secret of secrets) expect(text).not.toContain(secret.slice(6));
    for (const row of sealed) {
      expect(text).not.toContain(row.secret_sealed);
      if (row.previous_secret_sealed) expect(text).not.toContain(row.previous_secret_sealed);
    }
    expect(one.body.data).not.toHaveProperty('secret');
  });

  it('pages the list by its cursor, every endpoint once', async () => {
    const s = (await signup(server.url)).access_token;
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await create({ description: `n${i}` }, s)).body.data.endpoint.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api('GET', `/v1/webhook-endpoints?limit=2${cursor ? `&cursor=${cursor}` : ''}`, undefined, s);
      seen.push(...page.body.data.map((e: { id: string }) => e.id));
      cursor = page.body.meta.next_cursor;
    } while (cursor);
    expect(seen).toEqual(made);
  });

  it('keeps secrets out of the logs', () => {
    expect(secrets.length).toBeGreaterThan(3);
    const leaked = server.logs.filter((line) => secrets.some((s) => line.includes(s) || line.includes(s.slice(6))));
    expect(leaked).toEqual([]);
  });
});

describe('changing an endpoint', () => {
  it('checks a new URL as at creation', async () => {
    const { endpoint } = (await create()).body.data;
    const bad = await api('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { url: 'http://127.0.0.1:1/in' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('URL_NOT_ALLOWED');
    const good = await api('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
      url: 'https://public.test/other',
      events: ['invoice.paid'],
    });
    expect(good.body.data).toMatchObject({ url: 'https://public.test/other', events: ['invoice.paid'] });
  });

  it('disabled by a person: reason manual, queued deliveries failed, test and replay refused with 409', async () => {
    const { endpoint } = (await create()).body.data;
    const test = await api('POST', `/v1/webhook-endpoints/${endpoint.id}/test`);
    expect(test.status).toBe(202);
    expect(test.body.data).toMatchObject({ event_type: 'webhook.test', status: 'pending', attempts: 0 });
    const off = await api('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { enabled: false });
    expect(off.body.data).toMatchObject({ enabled: false, disabled_reason: 'manual', disabled_at: expect.any(String) });
    const delivery = await api('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries/${test.body.data.id}`);
    expect(delivery.body.data.delivery).toMatchObject({ status: 'failed', next_attempt_at: null });
    for (const [path, body] of [
      [`/v1/webhook-endpoints/${endpoint.id}/test`, undefined],
      [`/v1/webhook-endpoints/${endpoint.id}/replay`, { since: '2020-01-01T00:00:00Z' }],
      [`/v1/webhook-endpoints/${endpoint.id}/deliveries/${test.body.data.id}/replay`, undefined],
    ] as const) {
      const res = await api('POST', path, body);
      expect(res.status, path).toBe(409);
      expect(res.body.error.code, path).toBe('WEBHOOK_ENDPOINT_DISABLED');
    }
  });

  it('enabled again: the failing state is cleared', async () => {
    const { endpoint } = (await create()).body.data;
    await server.deps.db
      .owner('webhook_endpoints')
      .where({ id: endpoint.id })
      .update({ enabled: false, disabled_reason: 'failing', disabled_at: new Date(), failing_since: new Date(0) });
    const on = await api('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { enabled: true });
    expect(on.body.data).toMatchObject({
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
    });
  });

  it('created disabled: reason manual', async () => {
    const res = await create({ enabled: false });
    expect(res.body.data.endpoint).toMatchObject({ enabled: false, disabled_reason: 'manual' });
  });

  it('deleted: gone with its deliveries', async () => {
    const { endpoint } = (await create()).body.data;
    await api('POST', `/v1/webhook-endpoints/${endpoint.id}/test`);
    expect((await api('DELETE', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(204);
    expect((await api('GET', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
    expect(await server.deps.db.owner('webhook_deliveries').where({ endpoint_id: endpoint.id })).toEqual([]);
  });
});

describe('who may manage endpoints', () => {
  it('not an editor, nor a site-restricted key (the endpoints receive the whole account’s events)', async () => {
    const s = await signup(server.url);
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const site = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'S', industry_id: industry.id },
    });
    const editorKey = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'editor', role: 'editor' },
    });
    const siteKey = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'site admin', role: 'admin', site_id: site.body.data.id },
    });
    expect((await api('GET', '/v1/webhook-endpoints', undefined, editorKey.body.data.secret)).status).toBe(403);
    const bySite = await create({}, siteKey.body.data.secret);
    expect(bySite.status).toBe(403);
    expect(bySite.body.error.code).toBe('FORBIDDEN');
  });
});

describe('the audit log', () => {
  it('records every change of an endpoint with who made it, and never its secret', async () => {
    const s = await signup(server.url);
    const as = (method: string, path: string, body?: unknown) => api(method, path, body, s.access_token);
    const made = await create({ events: ['credits.low'] }, s.access_token);
    const id = made.body.data.endpoint.id;
    await as('PATCH', `/v1/webhook-endpoints/${id}`, { events: ['credits.low', 'invoice.paid'], enabled: false });
    await as('PATCH', `/v1/webhook-endpoints/${id}`, { description: made.body.data.endpoint.description }); // no change
    const rotated = await as('POST', `/v1/webhook-endpoints/${id}/rotate-secret`);
    await as('DELETE', `/v1/webhook-endpoints/${id}`);
    const log = await as('GET', '/v1/audit-events');
    const mine = log.body.data.filter((e: { target_type: string }) => e.target_type === 'webhook_endpoint');
    expect(mine.map((e: { action: string }) => e.action)).toEqual([
      'webhook_endpoint.deleted',
      'webhook_endpoint.secret_rotated',
      'webhook_endpoint.updated',
      'webhook_endpoint.created',
    ]);
    for (const e of mine) {
      expect(e).toMatchObject({ actor: { type: 'user', id: s.user.id, label: s.user.email }, target_id: id });
    }
    expect(mine[3].data).toEqual({ url: 'https://public.test/in', events: ['credits.low'], enabled: true });
    expect(mine[2].data).toEqual({
      events: { from: ['credits.low'], to: ['credits.low', 'invoice.paid'] },
      enabled: { from: true, to: false },
    });
    const text = JSON.stringify(log.body);
    expect(text).not.toContain(made.body.data.secret);
    expect(text).not.toContain(rotated.body.data.secret);
  });
});
