// The journey a developer takes, through @igny8/sdk against the real server.
import { Igny8, isAPIError } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../packages/server/test/helpers/http.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';

let server: TestServer;
let clockOffsetMs = 0;
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + clockOffsetMs) });
});
afterAll(() => server.close());

describe('the SDK against the real server', () => {
  it('signup → login → refresh → create site → select sectors → list sites', async () => {
    const email = uniqueEmail('sdk');
    const password = 'sdk-journey-password';
    const anonymous = new Igny8({ baseUrl: server.url });
    const session = await anonymous.auth.signup({ email, password, name: 'Ada', account_name: 'Ada Media' });
    expect(session.account.name).toBe('Ada Media');

    const tokens: string[] = [];
    const client = new Igny8({ baseUrl: server.url, onTokens: (t) => void tokens.push(t.refreshToken ?? '') });
    const login = await client.auth.login({ email, password });
    expect(login.role).toBe('owner');
    const refreshed = await client.auth.refresh({ refresh_token: login.refresh_token });
    expect(refreshed.refresh_token).not.toBe(login.refresh_token);
    expect(tokens).toEqual([login.refresh_token, refreshed.refresh_token]);

    const industries = await client.industries.list({ limit: 100 });
    const industry = industries.data.find((i) => i.slug === 'technology');
    expect(industry?.sectors.length).toBeGreaterThanOrEqual(5);
    const site = await client.sites.create({ name: 'Ada Blog', url: 'https://ada.example', industry_id: industry!.id });
    const sectors = await client.sites.selectSectors(site.id, { sector_ids: [industry!.sectors[0]!.id] });
    expect(sectors.map((s) => s.slug)).toEqual([industry!.sectors[0]!.slug]);

    const listed = [];
    for await (const s of client.sites.list({ limit: 1 })) listed.push(s);
    expect(listed).toEqual([
      expect.objectContaining({ id: site.id, name: 'Ada Blog', sector_ids: [industry!.sectors[0]!.id] }),
    ]);
    const me = await client.me.get();
    expect(me.user?.email).toBe(email);
  });

  it('refreshes an expired access token by itself and replays the request', async () => {
    const client = new Igny8({ baseUrl: server.url });
    await client.auth.signup({ email: uniqueEmail('refresh'), password: 'sdk-refresh-password', name: 'R' });
    clockOffsetMs = 16 * 60 * 1000; // past the 15-minute access token lifetime
    try {
      const account = await client.account.get();
      expect(account.plan.code).toBe('free');
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('waits on a long-running operation', async () => {
    const client = new Igny8({ baseUrl: server.url });
    await client.auth.signup({ email: uniqueEmail('ops'), password: 'sdk-ops-password-1', name: 'O' });
    const started = await client.account.export();
    expect(started.status).toBe('queued');
    const done = await client.operations.wait(started.id, { intervalMs: 100, timeoutMs: 20_000 });
    expect(done.status).toBe('succeeded');
  });

  it('throws typed errors carrying the code, details and request id', async () => {
    const client = new Igny8({ baseUrl: server.url });
    await client.auth.signup({ email: uniqueEmail('err'), password: 'sdk-error-password', name: 'E' });
    const industry = (await client.industries.list()).data[0]!;
    await client.sites.create({ name: 'One', industry_id: industry.id });
    const error = await client.sites.create({ name: 'Two', industry_id: industry.id }).catch((e: unknown) => e);
    expect(isAPIError(error)).toBe(true);
    if (!isAPIError(error)) return;
    expect(error.status).toBe(403);
    expect(error.code).toBe('PLAN_LIMIT_REACHED');
    expect(error.details).toMatchObject({ limit: 'sites', max: 1 });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('works with an API key', async () => {
    const owner = new Igny8({ baseUrl: server.url });
    await owner.auth.signup({ email: uniqueEmail('key'), password: 'sdk-apikey-password', name: 'K' });
    const { secret } = await owner.apiKeys.create({ name: 'backend', role: 'admin' });
    const backend = new Igny8({ baseUrl: server.url, apiKey: secret });
    const me = await backend.me.get();
    expect(me).toMatchObject({ credential: 'api_key', role: 'admin', user: null });
  });
});
