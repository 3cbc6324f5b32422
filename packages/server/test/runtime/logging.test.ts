import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup, uniqueEmail } from '../helpers/http.js';
import { startTestServer, TEST_ENV, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { LOG_LEVEL: 'trace' } });
});
afterAll(() => server.close());

describe('logs', () => {
  it('are JSON, one line per request, and never contain a password, token, key or secret', async () => {
    const s = await signup(server.url);
    const secrets = [s.password, s.access_token, s.refresh_token, TEST_ENV.JWT_SECRET, TEST_ENV.DB_APP_PASSWORD];
    const login = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
    secrets.push(login.body.data.access_token, login.body.data.refresh_token);
    const key = await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: 'k' } });
    secrets.push(key.body.data.secret);
    await call(server.url, 'GET', '/v1/me', { token: key.body.data.secret });
    await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    await call(server.url, 'POST', '/v1/auth/login', {
      body: { email: uniqueEmail(), password: 'wrong-password-here' },
    });
    await call(server.url, 'POST', '/v1/auth/password/change', {
      token: login.body.data.access_token,
      body: { current_password: s.password, new_password: 'the-next-password' },
    });
    secrets.push('the-next-password');

    const lines = server.logs.join('').trim().split('\n');
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(8);
    expect(requests[0]).toMatchObject({ method: 'POST', route: '/v1/auth/signup', status: 201 });
    expect(requests.every((r) => typeof r.request_id === 'string')).toBe(true);
    const all = lines.join('\n');
    for (const secret of secrets) expect(all.includes(secret), `log contains ${secret.slice(0, 12)}…`).toBe(false);
  });

  it('log an unexpected error once, with its stack, and answer a generic 500 with the request id', async () => {
    const s = await signup(server.url);
    // Break the database role's view of one table to force an unexpected error.
    await server.deps.db.owner.raw('revoke select on sites from igny8_app');
    try {
      const res = await call(server.url, 'GET', '/v1/sites', { token: s.access_token });
      expect(res.status).toBe(500);
      expect(res.body.error).toEqual({ code: 'INTERNAL', message: expect.stringMatching(/request id/) });
      const logged = server.logs
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === 'unexpected error' && l.request_id === res.body.request_id);
      expect(logged).toHaveLength(1);
      expect(logged[0].err.stack).toContain('permission denied');
    } finally {
      await server.deps.db.owner.raw('grant select on sites to igny8_app');
    }
    // The response-contract check must not count this deliberate 500.
    server.violations.splice(0, server.violations.length, ...server.violations.filter((v) => v.status !== 500));
  });
});
