// Secrets are shown once and kept nowhere: this makes one of every kind — sessions, an API key, a
// connection code, a WordPress signing secret (and its rotation), a webhook endpoint's signing secret (and its
// rotation), a widget session, invitation and reset tokens, an operator session — many of them under an
// Idempotency-Key, then reads every row of every table of the database (pg-boss's included) and every log line,
// looking for any of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/domain/integrations/signing.js';
import { call, signup, type TestResponse, uniqueEmail } from '../helpers/http.js';
import { mailTo, operatorSession, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
const secrets = new Map<string, string>();
const replays: Record<string, TestResponse> = {};

beforeAll(async () => {
  server = await startTestServer({ env: { ALLOW_PRIVATE_URLS: 'true' } });
  const s = await signup(server.url);
  secrets.set('signup access token', s.access_token);
  secrets.set('signup refresh token', s.refresh_token);
  const token = s.access_token;
  const refreshed = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
  secrets.set('refreshed access token', refreshed.body.data.access_token);
  secrets.set('refreshed refresh token', refreshed.body.data.refresh_token);

  /** Twice with one Idempotency-Key: the effect happens once, the second answer is a replay. */
  const twice = async (name: string, method: string, path: string, body?: unknown, bearer = token) => {
    const key = crypto.randomUUID();
    const first = await call(server.url, method, path, { token: bearer, body, headers: { 'idempotency-key': key } });
    const again = await call(server.url, method, path, { token: bearer, body, headers: { 'idempotency-key': key } });
    replays[name] = again;
    return first;
  };

  const key = await twice('api key', 'POST', '/v1/api-keys', { name: 'ci key', role: 'admin' });
  expect(key.status).toBe(201);
  secrets.set('api key secret', key.body.data.secret);

  const industry = (await call(server.url, 'GET', '/v1/industries', { token })).body.data[0];
  const site = (await call(server.url, 'POST', '/v1/sites', { token, body: { name: 'S', industry_id: industry.id } }))
    .body.data;
  const code = await twice('connection code', 'POST', `/v1/sites/${site.id}/integration/connection-code`);
  expect(code.status).toBe(201);
  secrets.set('connection code', code.body.data.code);
  const connect = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
    body: { code: code.body.data.code, site_url: 'http://127.0.0.1:9/', wp_version: '6.1.9' },
  });
  expect(connect.status, JSON.stringify(connect.body)).toBe(200);
  secrets.set('signing secret', connect.body.data.secret);
  const rotateHeaders = signRequest({
    siteId: site.id,
    secret: connect.body.data.secret,
    method: 'POST',
    path: '/v1/integrations/wordpress/rotate',
    body: '',
  });
  const rotated = await call(server.url, 'POST', '/v1/integrations/wordpress/rotate', { headers: rotateHeaders });
  expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
  secrets.set('rotated signing secret', rotated.body.data.secret);

  const hook = await twice('webhook endpoint', 'POST', '/v1/webhook-endpoints', {
    url: 'http://127.0.0.1:9/hooks',
    events: ['credits.low'],
  });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  secrets.set('webhook signing secret', hook.body.data.secret);
  const rotatedHook = await call(
    server.url,
    'POST',
    `/v1/webhook-endpoints/${hook.body.data.endpoint.id}/rotate-secret`,
    {
      token,
    },
  );
  expect(rotatedHook.status).toBe(200);
  secrets.set('rotated webhook signing secret', rotatedHook.body.data.secret);

  const widget = await twice(
    'widget session',
    'POST',
    '/v1/widget-sessions',
    { site_id: site.id },
    key.body.data.secret,
  );
  expect(widget.status, JSON.stringify(widget.body)).toBe(201);
  secrets.set('widget token', widget.body.data.token);

  // The free plan has room for one member only.
  await call(server.url, 'POST', '/v1/billing/subscription/change', { token, body: { plan: 'growth' } });
  const invited = uniqueEmail('invited');
  await call(server.url, 'POST', '/v1/account/members', { token, body: { email: invited, role: 'viewer' } });
  secrets.set('invitation token', /Token: (\S+)/.exec(server.mailer.lastTo(invited)?.text ?? '')?.[1] as string);
  await call(server.url, 'POST', '/v1/auth/password/reset-request', { body: { email: s.email } });
  secrets.set('reset token', /Token: (\S+)/.exec((await mailTo(server, s.email)).text)?.[1] as string);
  secrets.set('operator token', await operatorSession(server));
  // Work that leaves operation rows and jobs behind, so those tables are not empty.
  await call(server.url, 'POST', '/v1/account/exports', { token, headers: { 'idempotency-key': crypto.randomUUID() } });
});
afterAll(() => server.close());

describe('secrets at rest', () => {
  it('made one of every kind', () => {
    for (const [name, value] of secrets) expect(value, name).toMatch(/\S{16,}/);
  });

  it('no row of any table, in any schema, holds one', async () => {
    const db = server.deps.db.owner;
    const tables = (
      await db.raw(
        `select table_schema, table_name from information_schema.tables
          where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
      )
    ).rows as { table_schema: string; table_name: string }[];
    expect(tables.map((t) => t.table_name)).toContain('idempotency_keys');
    const found: string[] = [];
    for (const t of tables) {
      const rows = (await db.raw('select t::text as row from ??.?? t', [t.table_schema, t.table_name])).rows as {
        row: string;
      }[];
      for (const { row } of rows) {
        for (const [name, value] of secrets) {
          if (row.includes(value)) found.push(`${name} in ${t.table_schema}.${t.table_name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('no log line holds one', () => {
    const found = server.logs.flatMap((line) => [...secrets].filter(([, v]) => line.includes(v)).map(([n]) => n));
    expect(found).toEqual([]);
  });

  it('a replay of an operation that returned a secret says so and gives the rest, without the secret', () => {
    for (const [name, replay] of Object.entries(replays)) {
      expect(replay.status, name).toBe(409);
      expect(replay.body.error.code, name).toBe('IDEMPOTENT_REPLAY_WITHHELD');
      expect(replay.body.error.details.original_status, name).toBe(201);
      const text = JSON.stringify(replay.body);
      for (const [secretName, value] of secrets) expect(text.includes(value), `${name}: ${secretName}`).toBe(false);
    }
    expect(replays['api key']?.body.error.details.data.api_key.name).toBe('ci key');
    expect(replays['api key']?.body.error.details.data.secret).toBeUndefined();
    expect(replays['connection code']?.body.error.details.data.expires_at).toEqual(expect.any(String));
  });
});
