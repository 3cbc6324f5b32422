// The WordPress connection from the server's side: connection codes, the secret exchange, signed
// requests both ways (against a fake WordPress on loopback that checks our signatures), rotation,
// the SSRF guard, and widget sessions.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, signature, signRequest, verifyRequest } from '../src/domain/integrations/signing.js';
import { isPrivateAddress } from '../src/domain/integrations/url-guard.js';
import { call, signup } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** A replay cache over a set: says whether the nonce was there, and remembers it. */
const replayCache = (set: Set<string>) => async (nonce: string) => {
  if (set.has(nonce)) return true;
  set.add(nonce);
  return false;
};

let server: TestServer;
let clockOffset = 0;
let wordpress: Server;
let wordpressUrl: string;
/** What the fake WordPress knows: the secret it was given, and the requests it saw. */
const wpState: { secret?: string; siteId?: string; seen: string[]; refused: string[] } = { seen: [], refused: [] };

beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOW_PRIVATE_URLS: 'true' },
    now: () => new Date(Date.now() + clockOffset),
  });
  wordpress = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const get = (n: string) => String(req.headers[n] ?? '');
    const nonces = new Set<string>();
    const failure = await verifyRequest({
      headers: {
        site: get('x-igny8-site'),
        timestamp: get('x-igny8-timestamp'),
        nonce: get('x-igny8-nonce'),
        signature: get('x-igny8-signature'),
      },
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      body: Buffer.concat(chunks),
      secrets: wpState.secret ? [wpState.secret] : [],
      now: new Date(),
      seen: replayCache(nonces),
    });
    if (failure || get('x-igny8-site') !== wpState.siteId) {
      wpState.refused.push(req.url ?? '');
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: failure ?? 'wrong_site' }));
      return;
    }
    wpState.seen.push(req.url ?? '');
    const body =
      req.url === '/wp-json/igny8/v1/health'
        ? { status: 'ok', plugin_version: '0.1.0', wp_version: '6.1.9' }
        : {
            wp_version: '6.1.9',
            post_types: ['post', 'page'],
            taxonomies: ['category', 'post_tag'],
            categories: [
              { id: 1, name: 'Uncategorized', slug: 'uncategorized' },
              { id: 7, name: 'Gardening', slug: 'gardening' },
            ],
            tags: [{ id: 3, name: 'Roses', slug: 'roses' }],
            authors: [{ id: 1, name: 'admin' }],
            seo_plugin: 'yoast',
            ignored_field: 'x'.repeat(10),
          };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => wordpress.listen(0, '127.0.0.1', r));
  const address = wordpress.address();
  wordpressUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => wordpress.close(r));
  await server.close();
});

async function siteOf() {
  const s = await signup(server.url);
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const site = (
    await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'WP site', industry_id: industry.id },
    })
  ).body.data;
  return { s, site };
}

async function connected() {
  const { s, site } = await siteOf();
  const code = (
    await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
  ).body.data.code;
  const res = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
    body: { code, site_url: wordpressUrl, wp_version: '6.1.9', plugin_version: '0.1.0' },
  });
  expect(res.status).toBe(200);
  return { s, site, secret: res.body.data.secret as string };
}

/** A request signed as the plugin would sign it. */
function signedCall(
  method: string,
  path: string,
  o: { siteId: string; secret: string; body?: unknown; headers?: Record<string, string>; now?: Date },
) {
  const body = o.body === undefined ? '' : JSON.stringify(o.body);
  const headers = {
    ...signRequest({ siteId: o.siteId, secret: o.secret, method, path, body, now: o.now }),
    ...o.headers,
  };
  return call(server.url, method, path, {
    rawBody: body || undefined,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
  });
}

describe('the signing module', () => {
  it('signs timestamp, nonce, method, path and the body hash with HMAC-SHA256', () => {
    const input = {
      timestamp: '1700000000',
      nonce: 'abcdefghijklmnop',
      method: 'post',
      path: '/v1/widget-sessions?x=1',
      body: '{"a":1}',
    };
    expect(canonical(input)).toBe(
      '1700000000\nabcdefghijklmnop\nPOST\n/v1/widget-sessions?x=1\n015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
    // The same HMAC computed independently of the module.
    const { createHmac } = require('node:crypto') as typeof import('node:crypto');
    const expected = createHmac('sha256', 'secret').update(canonical(input)).digest('hex');
    expect(signature('secret', input)).toBe(`v1=${expected}`);
  });

  it('refuses unsigned, wrongly signed, stale and replayed requests, and accepts a second valid secret', async () => {
    const now = new Date();
    const headers = signRequest({ siteId: 's', secret: 'current', method: 'GET', path: '/p', now });
    const h = {
      site: 's',
      timestamp: headers['X-Igny8-Timestamp'],
      nonce: headers['X-Igny8-Nonce'],
      signature: headers['X-Igny8-Signature'],
    };
    const seen = new Set<string>();
    const check = (over: Partial<typeof h>, secrets = ['current'], at = now) =>
      verifyRequest({
        headers: { ...h, ...over },
        method: 'GET',
        path: '/p',
        body: '',
        secrets,
        now: at,
        seen: replayCache(seen),
      });
    expect(await check({ signature: undefined })).toBe('SIGNATURE_INVALID');
    expect(await check({ signature: `v1=${'0'.repeat(64)}` })).toBe('SIGNATURE_INVALID');
    expect(await check({}, ['other'])).toBe('SIGNATURE_INVALID');
    expect(await check({}, ['current'], new Date(now.getTime() + 301_000))).toBe('SIGNATURE_STALE');
    expect(await check({}, ['new', 'current'])).toBeNull();
    expect(await check({}, ['new', 'current'])).toBe('SIGNATURE_REPLAYED');
  });

  it('knows private and loopback addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect({ a, private: isPrivateAddress(a) }).toEqual({ a, private: true });
    }
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111'])
      expect({ a, private: isPrivateAddress(a) }).toEqual({ a, private: false });
  });
});

describe('connecting WordPress', () => {
  it('exchanges a one-time code for the secret, once', async () => {
    const { s, site } = await siteOf();
    const code = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, {
      token: s.access_token,
    });
    expect(code.status).toBe(201);
    expect(code.body.data.code).toMatch(/^igny8_cc_/);
    const first = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
      body: { code: code.body.data.code, site_url: wordpressUrl },
    });
    expect(first.body.data).toMatchObject({ site_id: site.id, api_base_url: expect.any(String) });
    expect(first.body.data.secret).toMatch(/^igny8_ws_/);
    const again = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
      body: { code: code.body.data.code, site_url: wordpressUrl },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('CONNECTION_CODE_INVALID');
    const integration = await call(server.url, 'GET', `/v1/sites/${site.id}/integration`, { token: s.access_token });
    expect(integration.body.data).toMatchObject({ status: 'connected', wordpress_url: wordpressUrl });
    const stored = await server.deps.db.owner('integrations').where({ site_id: site.id }).first();
    expect(JSON.stringify(stored)).not.toContain(first.body.data.secret);
  });

  it('refuses an expired code', async () => {
    const { s, site } = await siteOf();
    const code = (
      await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
    ).body.data.code;
    clockOffset = 16 * 60 * 1000;
    try {
      const res = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
        body: { code, site_url: wordpressUrl },
      });
      expect(res.body.error.code).toBe('CONNECTION_CODE_INVALID');
    } finally {
      clockOffset = 0;
    }
  });

  it('refuses a loopback or private WordPress address unless the operator allows it', async () => {
    const strict = await startTestServer();
    try {
      const s = await signup(strict.url);
      const industry = (await call(strict.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
      const site = (
        await call(strict.url, 'POST', '/v1/sites', {
          token: s.access_token,
          body: { name: 'x', industry_id: industry.id },
        })
      ).body.data;
      for (const url of [
        'http://127.0.0.1:8080',
        'http://10.0.0.5',
        'http://[::1]:80',
        'http://169.254.169.254/latest',
      ]) {
        const code = (
          await call(strict.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
        ).body.data.code;
        const res = await call(strict.url, 'POST', '/v1/integrations/wordpress/connect', {
          body: { code, site_url: url },
        });
        expect({ url, status: res.status, code: res.body.error?.code }).toEqual({
          url,
          status: 422,
          code: 'URL_NOT_ALLOWED',
        });
      }
    } finally {
      await strict.close();
    }
  });
});

describe('signed requests from the plugin', () => {
  it('are accepted once; unsigned, wrongly signed, stale and replayed ones get 401 with a code', async () => {
    const { site, secret } = await connected();
    const ok = await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ status: 'ok', site_id: site.id });
    const headers = signRequest({ siteId: site.id, secret, method: 'GET', path: '/v1/integrations/wordpress/ping' });
    expect((await call(server.url, 'GET', '/v1/integrations/wordpress/ping', { headers })).status).toBe(200);
    const replay = await call(server.url, 'GET', '/v1/integrations/wordpress/ping', { headers });
    expect(replay.body.error.code).toBe('SIGNATURE_REPLAYED');
    const unsigned = await call(server.url, 'GET', '/v1/integrations/wordpress/ping', {
      headers: { 'x-igny8-site': site.id },
    });
    expect([unsigned.status, unsigned.body.error.code]).toEqual([401, 'SIGNATURE_INVALID']);
    const wrong = await signedCall('GET', '/v1/integrations/wordpress/ping', {
      siteId: site.id,
      secret: 'igny8_ws_not-the-secret',
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'SIGNATURE_INVALID']);
    const stale = await signedCall('GET', '/v1/integrations/wordpress/ping', {
      siteId: site.id,
      secret,
      now: new Date(Date.now() - 301_000),
    });
    expect([stale.status, stale.body.error.code]).toEqual([401, 'SIGNATURE_STALE']);
    const otherPath = await call(server.url, 'POST', '/v1/integrations/wordpress/rotate', {
      headers: signRequest({ siteId: site.id, secret, method: 'GET', path: '/v1/integrations/wordpress/ping' }),
    });
    expect(otherPath.status).toBe(401);
  });

  it('rotate the secret: the new one signs, the old one keeps working for 300 s, then not', async () => {
    const { site, secret } = await connected();
    const rotated = await signedCall('POST', '/v1/integrations/wordpress/rotate', { siteId: site.id, secret });
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.data.secret;
    expect(fresh).not.toBe(secret);
    expect(
      (await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret: fresh })).status,
    ).toBe(200);
    expect((await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret })).status).toBe(200);
    clockOffset = 301_000;
    try {
      const now = new Date(Date.now() + clockOffset);
      expect(
        (await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret, now })).status,
      ).toBe(401);
      expect(
        (await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret: fresh, now })).status,
      ).toBe(200);
    } finally {
      clockOffset = 0;
    }
  });
});

describe('signed calls to WordPress', () => {
  it('test the connection and sync categories, tags, authors, post types and the SEO plugin', async () => {
    const { s, site, secret } = await connected();
    wpState.secret = secret;
    wpState.siteId = site.id;
    const test = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token: s.access_token });
    expect(test.body.data).toMatchObject({
      status: 'connected',
      wp_version: '6.1.9',
      plugin_version: '0.1.0',
      last_error: null,
    });
    const sync = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/sync`, { token: s.access_token });
    expect(sync.body.data).toMatchObject({
      seo_plugin: 'yoast',
      metadata: {
        post_types: ['post', 'page'],
        categories: [
          { id: 1, name: 'Uncategorized', slug: 'uncategorized' },
          { id: 7, name: 'Gardening', slug: 'gardening' },
        ],
        tags: [{ id: 3, name: 'Roses', slug: 'roses' }],
        authors: [{ id: 1, name: 'admin' }],
      },
    });
    expect(wpState.seen).toEqual(expect.arrayContaining(['/wp-json/igny8/v1/health', '/wp-json/igny8/v1/site']));
    // WordPress that does not recognise the signature: the connection turns to error, with the reason.
    wpState.secret = 'igny8_ws_something-else';
    const broken = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token: s.access_token });
    expect(broken.body.data.status).toBe('error');
    expect(broken.body.data.last_error).toMatch(/401/);
  });
});

describe('widget sessions', () => {
  it('are minted by an admin API key for one site, role no higher than the issuer, with a feature allowlist', async () => {
    const { s, site } = await siteOf();
    const admin = (
      await call(server.url, 'POST', '/v1/api-keys', {
        token: s.access_token,
        body: { name: 'partner', role: 'admin' },
      })
    ).body.data.secret;
    const viewer = (
      await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: 'weak', role: 'viewer' } })
    ).body.data.secret;
    const refused = await call(server.url, 'POST', '/v1/widget-sessions', {
      token: viewer,
      body: { site_id: site.id },
    });
    expect(refused.status).toBe(403);
    const session = await call(server.url, 'POST', '/v1/widget-sessions', {
      token: admin,
      body: { site_id: site.id, role: 'editor', features: ['overview'] },
    });
    expect(session.status).toBe(201);
    expect(session.body.data).toMatchObject({ site_id: site.id, role: 'editor', features: ['overview'] });
    const ttl = new Date(session.body.data.expires_at).getTime() - Date.now();
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000);
    const token = session.body.data.token;
    expect((await call(server.url, 'GET', `/v1/sites/${site.id}`, { token })).status).toBe(200);
    expect((await call(server.url, 'GET', '/v1/billing/balance', { token })).status).toBe(200);
    const keys = await call(server.url, 'GET', '/v1/api-keys', { token });
    expect([keys.status, keys.body.error.code]).toEqual([403, 'FEATURE_NOT_ALLOWED']);
    const write = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token,
      body: { phrase: 'not allowed' },
    });
    expect(write.body.error.code).toBe('FEATURE_NOT_ALLOWED');
    const mint = await call(server.url, 'POST', '/v1/widget-sessions', { token, body: { site_id: site.id } });
    expect(mint.status).toBe(403);
  });

  it('cannot reach another site or act above their role', async () => {
    const { s, site } = await siteOf();
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'scale' },
    });
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const other = (
      await call(server.url, 'POST', '/v1/sites', {
        token: s.access_token,
        body: { name: 'Other', industry_id: industry.id },
      })
    ).body.data;
    const admin = (
      await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: 'p', role: 'admin' } })
    ).body.data.secret;
    const token = (
      await call(server.url, 'POST', '/v1/widget-sessions', {
        token: admin,
        body: { site_id: site.id, role: 'viewer' },
      })
    ).body.data.token;
    expect((await call(server.url, 'GET', `/v1/sites/${other.id}`, { token })).status).toBe(404);
    expect((await call(server.url, 'GET', `/v1/sites/${other.id}/keywords`, { token })).status).toBe(404);
    const list = await call(server.url, 'GET', '/v1/sites', { token });
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([site.id]);
    const create = await call(server.url, 'POST', `/v1/sites/${site.id}/keywords`, {
      token,
      body: { phrase: 'viewer cannot' },
    });
    expect([create.status, create.body.error.code]).toEqual([403, 'INSUFFICIENT_ROLE']);
    const tampered = `${token.slice(0, -3)}abc`;
    expect((await call(server.url, 'GET', '/v1/sites', { token: tampered })).status).toBe(401);
  });

  it('are minted for its own site by the plugin with a signed request', async () => {
    const { site, secret } = await connected();
    const res = await signedCall('POST', '/v1/widget-sessions', {
      siteId: site.id,
      secret,
      body: { site_id: site.id, user: { id: 1, name: 'admin' } },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ site_id: site.id, role: 'admin', features: ['overview', 'keywords'] });
    const keywords = await call(server.url, 'GET', `/v1/sites/${site.id}/keywords`, { token: res.body.data.token });
    expect(keywords.status).toBe(200);
    const { site: elsewhere } = await siteOf();
    const foreign = await signedCall('POST', '/v1/widget-sessions', {
      siteId: site.id,
      secret,
      body: { site_id: elsewhere.id },
    });
    expect(foreign.status).toBe(401);
    const unsigned = await call(server.url, 'POST', '/v1/widget-sessions', { body: { site_id: site.id } });
    expect(unsigned.status).toBe(401);
  });
});
