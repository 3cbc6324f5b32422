// Sites go live and pause, and each has a slug unique across every account: made from the name at creation (ascii,
// hyphens, a suffix when taken), changed by PATCH (409 SITE_SLUG_TAKEN on a clash). A paused site keeps its data and
// answers reads; its automation does not start, by hand (409 SITE_INACTIVE) or on its schedule.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { startScheduled } from '../../src/domain/automation/schedules.js';
import { assertSiteActive, isSiteActive, slugOfName } from '../../src/domain/tenancy/sites.js';
import { call, signup, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let clock = new Date('2026-03-02T12:00:00Z').getTime();
let server: TestServer;
beforeAll(async () => {
  // No workers: a run that starts stays queued.
  server = await startTestServer({ worker: false, now: () => new Date(clock) });
});
afterAll(() => server.close());

async function newSite(token: string, name: string) {
  const industry = (await call(server.url, 'GET', '/v1/industries', { token })).body.data[0];
  const res = await call(server.url, 'POST', '/v1/sites', { token, body: { name, industry_id: industry.id } });
  expect(res.status).toBe(201);
  return res.body.data;
}

describe('site slugs', () => {
  it('are made from the name: lower case, ascii, hyphens', () => {
    expect(slugOfName('Café Crème & Co.')).toBe('cafe-creme-co');
    expect(slugOfName('  Straße über Łódź  ')).toBe('strasse-uber-lodz');
    expect(slugOfName('مدونة')).toBe('site');
    expect(slugOfName('x'.repeat(100))).toHaveLength(56);
    expect(slugOfName('A -- B')).toBe('a-b');
  });

  it('are unique across accounts, a suffix added when taken', async () => {
    // One site per account on the free plan: three accounts.
    const [a, b, c] = [await signup(server.url), await signup(server.url), await signup(server.url)];
    const first = await newSite(a.access_token, 'Coffee Corner');
    const second = await newSite(b.access_token, 'Coffee Corner');
    const third = await newSite(c.access_token, 'Coffee corner!');
    expect([first.slug, second.slug, third.slug]).toEqual(['coffee-corner', 'coffee-corner-2', 'coffee-corner-3']);
    expect(first.active).toBe(true);
  });

  it('change by PATCH, validated, and a clash with any account is 409 SITE_SLUG_TAKEN', async () => {
    const [a, b, c] = [await signup(server.url), await signup(server.url), await signup(server.url)];
    const mine = await newSite(a.access_token, 'Tea Room');
    const theirs = await newSite(b.access_token, 'Tea House');
    const renamed = await call(server.url, 'PATCH', `/v1/sites/${mine.id}`, {
      token: a.access_token,
      body: { slug: 'the-tea-room' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.slug).toBe('the-tea-room');
    // Its own slug again is no clash.
    const same = await call(server.url, 'PATCH', `/v1/sites/${mine.id}`, {
      token: a.access_token,
      body: { slug: 'the-tea-room', name: 'The Tea Room' },
    });
    expect(same.status).toBe(200);
    const clash = await call(server.url, 'PATCH', `/v1/sites/${mine.id}`, {
      token: a.access_token,
      body: { slug: theirs.slug },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('SITE_SLUG_TAKEN');
    for (const bad of ['Tea', '-tea', 'tea-', 'tea room', 'x'.repeat(65), '']) {
      const res = await call(server.url, 'PATCH', `/v1/sites/${mine.id}`, {
        token: a.access_token,
        body: { slug: bad },
      });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    // A new site named like the renamed one gets the name's slug, which is free again.
    const later = await newSite(c.access_token, 'Tea Room');
    expect(later.slug).toBe('tea-room');
  });

  it('are changed and the site paused by owners and admins only', async () => {
    const { s, site } = await signupWithSite(server.url, 'Roles');
    const key = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'editor key', role: 'editor' },
    });
    expect(key.status).toBe(201);
    const res = await call(server.url, 'PATCH', `/v1/sites/${site.id}`, {
      token: key.body.data.secret,
      body: { active: false },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('INSUFFICIENT_ROLE');
  });
});

describe('a paused site', () => {
  it('keeps its data and answers reads, and refuses a manual automation run with 409 SITE_INACTIVE', async () => {
    const { s, site } = await signupWithSite(server.url, 'Pausable');
    const paused = await call(server.url, 'PATCH', `/v1/sites/${site.id}`, {
      token: s.access_token,
      body: { active: false },
    });
    expect(paused.status).toBe(200);
    expect(paused.body.data).toMatchObject({ id: site.id, active: false, slug: site.slug, name: site.name });
    const read = await call(server.url, 'GET', `/v1/sites/${site.id}`, { token: s.access_token });
    expect(read.status).toBe(200);
    expect(read.body.data.active).toBe(false);
    const listed = await call(server.url, 'GET', '/v1/sites', { token: s.access_token });
    expect(listed.body.data.map((x: { id: string }) => x.id)).toContain(site.id);
    const keywords = await call(server.url, 'GET', `/v1/sites/${site.id}/keywords`, { token: s.access_token });
    expect(keywords.status).toBe(200);

    const start = await call(server.url, 'POST', `/v1/sites/${site.id}/automation/runs`, { token: s.access_token });
    expect(start.status).toBe(409);
    expect(start.body.error).toMatchObject({
      code: 'SITE_INACTIVE',
      message: 'The site is paused; set it live to run automation.',
    });

    // Live again: the refusal is gone (whatever else the start then says).
    await call(server.url, 'PATCH', `/v1/sites/${site.id}`, { token: s.access_token, body: { active: true } });
    const again = await call(server.url, 'POST', `/v1/sites/${site.id}/automation/runs`, { token: s.access_token });
    expect(again.body.error?.code).not.toBe('SITE_INACTIVE');
  });

  it('starts no scheduled run; live again, its schedule runs', async () => {
    const { s, site } = await signupWithSite(server.url, 'Scheduled pause');
    // An API key: the clock moves days on, past any access token.
    const key = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'admin key', role: 'admin' },
    });
    const client = new Igny8({ baseUrl: server.url, apiKey: key.body.data.secret });
    await client.automation.updateConfig(site.id, { schedule: { frequency: 'daily', time: '09:00' } });
    await client.sites.update(site.id, { active: false });
    const scheduler = {
      owner: server.deps.db.owner,
      app: server.deps.db.app,
      queue: server.deps.jobs,
      now: () => new Date(clock),
    };
    const runs = () => server.deps.db.owner('automation_runs').where({ site_id: site.id });
    // Past 09:00 UTC (the account's timezone) on the next two days: a due slot each time, and no run.
    clock = new Date('2026-03-03T09:05:00Z').getTime();
    await startScheduled(scheduler);
    clock = new Date('2026-03-04T09:05:00Z').getTime();
    await startScheduled(scheduler);
    expect(await runs()).toHaveLength(0);

    await client.sites.update(site.id, { active: true });
    await startScheduled(scheduler);
    const started = await runs();
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ trigger: 'scheduled' });
  });

  it('is told by isSiteActive and refused by assertSiteActive, for the modules that skip paused sites', async () => {
    const { s, site } = await signupWithSite(server.url, 'Helpers');
    const inTenant = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
      withTenant(server.deps.db.app, { accountId: s.account.id }, work);
    expect(await inTenant((trx) => isSiteActive(trx, site.id))).toBe(true);
    await expect(inTenant((trx) => assertSiteActive(trx, site.id))).resolves.toBeUndefined();
    await call(server.url, 'PATCH', `/v1/sites/${site.id}`, { token: s.access_token, body: { active: false } });
    expect(await inTenant((trx) => isSiteActive(trx, site.id))).toBe(false);
    await expect(inTenant((trx) => assertSiteActive(trx, site.id))).rejects.toMatchObject({
      code: 'SITE_INACTIVE',
      status: 409,
    });
    // Another tenant's site is not there: false, and 404.
    const other = await signupWithSite(server.url, 'Other');
    expect(await inTenant((trx) => isSiteActive(trx, other.site.id))).toBe(false);
    await expect(inTenant((trx) => assertSiteActive(trx, other.site.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
