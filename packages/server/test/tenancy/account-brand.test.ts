// The account's brand (what its emails are sent as): empty at sign-up, set and cleared by PATCH /v1/account,
// validated (a colour is #rrggbb, a logo an https address).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

describe("the account's brand", () => {
  it('is empty at sign-up, then set, partly changed and cleared', async () => {
    const owner = await signup(server.url);
    const start = await call(server.url, 'GET', '/v1/account', { token: owner.access_token });
    expect(start.body.data.brand).toEqual({ name: null, color: null, logo_url: null });

    const set = await call(server.url, 'PATCH', '/v1/account', {
      token: owner.access_token,
      body: { brand: { name: 'Acme Content', color: '#0a7cff', logo_url: 'https://acme.example/logo.png' } },
    });
    expect(set.status).toBe(200);
    expect(set.body.data.brand).toEqual({
      name: 'Acme Content',
      color: '#0a7cff',
      logo_url: 'https://acme.example/logo.png',
    });

    const partly = await call(server.url, 'PATCH', '/v1/account', {
      token: owner.access_token,
      body: { brand: { color: null } },
    });
    expect(partly.body.data.brand).toEqual({
      name: 'Acme Content',
      color: null,
      logo_url: 'https://acme.example/logo.png',
    });
    const again = await call(server.url, 'GET', '/v1/account', { token: owner.access_token });
    expect(again.body.data.brand.color).toBeNull();
  });

  it('refuses a colour that is not #rrggbb and a logo that is not https', async () => {
    const owner = await signup(server.url);
    for (const brand of [{ color: 'red' }, { color: '#12345' }, { logo_url: 'http://acme.example/logo.png' }, {}]) {
      const res = await call(server.url, 'PATCH', '/v1/account', { token: owner.access_token, body: { brand } });
      expect(res.status, JSON.stringify(brand)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
