// Reads answered in one round trip (http/fast-read.ts, db/entered-read.ts): the same answers as the ordinary path,
// access still checked on every request, values that cannot travel as literals refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineBindings, preparedReads } from '../../src/db/entered-read.js';
import { fastReadCounts } from '../../src/http/fast-read.js';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

const withoutRequestId = (body: { request_id?: string }) => ({ ...body, request_id: undefined });

/** Lists `path` twice, counting the reads answered in one round trip and those the ordinary path answered. */
async function listTwice(path: string, token: string) {
  const before = { ...fastReadCounts(server.deps) };
  const first = await call(server.url, 'GET', path, { token });
  const second = await call(server.url, 'GET', path, { token });
  const after = fastReadCounts(server.deps);
  return { first, second, answered: after.answered - before.answered, fellBack: after.fellBack - before.fellBack };
}

async function seed() {
  const { s, site } = await signupWithSite(server.url, 'Fast');
  const phrases = ['cold brew', "o'brien coffee", 'back\\slash beans', 'latte art', 'espresso machine', '100% arabica'];
  const res = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords/bulk`, {
    token: s.access_token,
    body: { create: phrases.map((phrase, i) => ({ phrase, volume: 100 * (i + 1), difficulty: i * 10 })) },
  });
  expect(res.status).toBe(200);
  return { s, site };
}

describe('a read in one round trip', () => {
  it('answers exactly as the ordinary path does, page after page, with filters and sorts', async () => {
    const { s, site } = await seed();
    const base = `/v1/sites/${site.id}/keywords`;
    // The seed's requests made the token's principal known: both reads take one round trip.
    const warm = await listTwice(`${base}?limit=2`, s.access_token);
    expect([warm.answered, warm.fellBack]).toEqual([2, 0]);
    expect(withoutRequestId(warm.second.body)).toEqual(withoutRequestId(warm.first.body));

    for (const query of [
      '?limit=2',
      '?limit=50&sort=volume&order=desc',
      '?sort=phrase',
      '?sort=difficulty&order=desc&limit=3',
      `?q=${encodeURIComponent("o'brien")}`,
      `?q=${encodeURIComponent('back\\slash')}`,
      `?q=${encodeURIComponent('100%')}`,
      '?volume_min=200&volume_max=400',
    ]) {
      const fast = await call(server.url, 'GET', `${base}${query}`, { token: s.access_token });
      // The ordinary path, by way of a token this process has not seen (an API key of the same account).
      expect(fast.status, query).toBe(200);
      let cursor = fast.body.meta.next_cursor as string | null;
      const pages = [fast.body.data];
      while (cursor) {
        const next = await call(server.url, 'GET', `${base}${query}&cursor=${cursor}`, { token: s.access_token });
        expect(next.status).toBe(200);
        pages.push(next.body.data);
        cursor = next.body.meta.next_cursor;
      }
      const key = await call(server.url, 'POST', '/v1/api-keys', {
        token: s.access_token,
        body: { name: `k ${query}`, role: 'owner' },
      });
      const ordinary = await call(server.url, 'GET', `${base}${query}`, { token: key.body.data.secret });
      expect(ordinary.body.data, query).toEqual(pages[0]);
    }
    expect(fastReadCounts(server.deps).answered).toBeGreaterThan(5);
  });

  it('finds the phrases with quotes, backslashes and percent signs that it was asked for', async () => {
    const { s, site } = await seed();
    const base = `/v1/sites/${site.id}/keywords`;
    await call(server.url, 'GET', base, { token: s.access_token });
    for (const [q, phrase] of [
      ["o'brien", "o'brien coffee"],
      ['back\\slash', 'back\\slash beans'],
      ['100%', '100% arabica'],
    ]) {
      const res = await call(server.url, 'GET', `${base}?q=${encodeURIComponent(q as string)}`, {
        token: s.access_token,
      });
      expect(res.status).toBe(200);
      expect(res.body.data.map((k: { phrase: string }) => k.phrase)).toEqual([phrase]);
    }
  });

  it('still checks the credential on every request: a revoked key and an old password lose access at once', async () => {
    const { s, site } = await seed();
    const base = `/v1/sites/${site.id}/keywords`;
    const key = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'to revoke', role: 'viewer' },
    });
    const secret = key.body.data.secret as string;
    // A key's first request takes the ordinary path (its principal is not known yet, and its use is recorded).
    const both = await listTwice(base, secret);
    expect([both.first.status, both.second.status]).toEqual([200, 200]);
    expect([both.answered, both.fellBack]).toEqual([1, 1]);
    expect(
      (await call(server.url, 'DELETE', `/v1/api-keys/${key.body.data.api_key.id}`, { token: s.access_token })).status,
    ).toBe(204);
    const revoked = await call(server.url, 'GET', base, { token: secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('API_KEY_REVOKED');

    const user = await listTwice(base, s.access_token);
    expect(user.second.status).toBe(200);
    const changed = await call(server.url, 'POST', '/v1/auth/password/change', {
      token: s.access_token,
      body: { current_password: s.password, new_password: 'another-correct-horse-1' },
    });
    expect(changed.status).toBe(204);
    const old = await call(server.url, 'GET', base, { token: s.access_token });
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('TOKEN_INVALID');
  });

  it('answers 404 for another account’s site and 400 for a forged cursor, as the ordinary path does', async () => {
    const a = await seed();
    const b = await seed();
    await call(server.url, 'GET', `/v1/sites/${a.site.id}/keywords`, { token: a.s.access_token });
    const foreign = await call(server.url, 'GET', `/v1/sites/${b.site.id}/keywords`, { token: a.s.access_token });
    expect(foreign.status).toBe(404);
    const forged = await call(server.url, 'GET', `/v1/sites/${a.site.id}/keywords?cursor=bm9wZQ`, {
      token: a.s.access_token,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('INVALID_CURSOR');
    const badId = await call(server.url, 'GET', '/v1/sites/not-a-uuid/keywords', { token: a.s.access_token });
    expect(badId.status).toBe(400);
  });

  it('lists clusters and ideas the same way', async () => {
    const { s, site } = await seed();
    const intents = ['informational', 'commercial', 'transactional'];
    await server.deps.db.owner('clusters').insert(
      intents.map((intent, i) => ({
        account_id: s.account.id,
        site_id: site.id,
        name: `cluster ${i}`,
        intent,
        algorithm: 'lexical',
      })),
    );
    const key = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'k', role: 'owner' },
    });
    for (const path of [`/v1/sites/${site.id}/clusters?limit=2`, `/v1/sites/${site.id}/ideas`]) {
      const before = fastReadCounts(server.deps).answered;
      const fast = await call(server.url, 'GET', path, { token: s.access_token });
      const ordinary = await call(server.url, 'GET', path, { token: key.body.data.secret });
      expect(fast.status, path).toBe(200);
      expect(fast.body.data, path).toEqual(ordinary.body.data);
      expect(fast.body.meta, path).toEqual(ordinary.body.meta);
      // Two clusters answered in one round trip; the empty ideas list asked again, to tell it from a 404.
      expect(fastReadCounts(server.deps).answered - before, path).toBe(path.includes('clusters') ? 1 : 0);
    }
    const first = await call(server.url, 'GET', `/v1/sites/${site.id}/clusters?limit=2`, { token: s.access_token });
    const cursor = first.body.meta.next_cursor;
    const next = await call(server.url, 'GET', `/v1/sites/${site.id}/clusters?limit=2&cursor=${cursor}`, {
      token: s.access_token,
    });
    const names = [...first.body.data, ...next.body.data].map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(['cluster 0', 'cluster 1', 'cluster 2']);
  });

  it('prepares a read once per connection, not once per request', async () => {
    const { s, site } = await seed();
    const path = `/v1/sites/${site.id}/keywords?limit=3&sort=volume`;
    await call(server.url, 'GET', path, { token: s.access_token });
    const before = preparedReads(server.deps.db.app);
    for (let i = 0; i < 30; i++)
      expect((await call(server.url, 'GET', path, { token: s.access_token })).status).toBe(200);
    expect(preparedReads(server.deps.db.app) - before).toBeLessThanOrEqual(server.deps.config.dbPoolMax);
  });
});

describe('inlineBindings', () => {
  it('puts each value in as a quoted literal, escaping quotes and backslashes', () => {
    expect(inlineBindings('select $1, $2, $3, $4', ["o'b", 'a\\b', 5, null])).toBe(
      "select 'o''b',  E'a\\\\b', '5', NULL",
    );
  });

  it('leaves quoted text alone and refuses what it cannot make safe', () => {
    expect(inlineBindings(`select '$1' as "a$", $1`, ['x'])).toBe(`select '$1' as "a$", 'x'`);
    expect(inlineBindings('select 1; select 2', [])).toBeUndefined();
    expect(inlineBindings('select $1 -- c', ['x'])).toBeUndefined();
    expect(inlineBindings("select E'\\''", [])).toBeUndefined();
    expect(inlineBindings('select $$x$$', [])).toBeUndefined();
    expect(inlineBindings('select $2', ['x'])).toBeUndefined();
    expect(inlineBindings('select $1', [['array']])).toBeUndefined();
    expect(inlineBindings('select $1', ['nul\u0000'])).toBeUndefined();
  });
});
