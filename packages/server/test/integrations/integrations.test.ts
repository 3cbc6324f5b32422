// The WordPress connection from the server's side: connection codes, the secret exchange, signed
// requests both ways (against a fake WordPress on loopback that checks our signatures), rotation,
// the SSRF guard, the REST root in both permalink modes, widget sessions and who may use them from a browser (CORS).
import { createServer, type Server } from 'node:http';
import { signingVectors } from '@igny8/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, signature, signRequest, verifyRequest } from '../../src/domain/integrations/signing.js';
import { acceptRestRoot, apiLinkOf, restRouteUrl } from '../../src/domain/integrations/wordpress-rest.js';
import { isPrivateAddress } from '../../src/net/url-guard.js';
import { call, signup, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

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
/**
 * What the fake WordPress knows: the secret it was given, the requests it saw, and whether it has plain permalinks
 * (its REST API then answers only at `?rest_route=`, and `/wp-json/…` is redirected, as WordPress does).
 */
const wpState: { secret?: string; siteId?: string; plain: boolean; seen: string[]; refused: string[] } = {
  plain: false,
  seen: [],
  refused: [],
};

beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOW_PRIVATE_URLS: 'true' },
    now: () => new Date(Date.now() + clockOffset),
  });
  wordpress = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const get = (n: string) => String(req.headers[n] ?? '');
    const url = new URL(req.url ?? '/', wordpressUrl);
    const route =
      url.searchParams.get('rest_route') ?? (url.pathname.startsWith('/wp-json/') ? url.pathname.slice(8) : null);
    if (route === null) {
      // A front-end page: WordPress says where its REST API is.
      const root = wpState.plain ? `${wordpressUrl}/index.php?rest_route=/` : `${wordpressUrl}/wp-json/`;
      res.writeHead(200, { 'content-type': 'text/html', link: `<${root}>; rel="https://api.w.org/"` }).end('<html>');
      return;
    }
    if (wpState.plain && url.pathname.startsWith('/wp-json/')) {
      res.writeHead(301, { location: `${url.pathname}/` }).end();
      return;
    }
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
      route === '/igny8/v1/health'
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
  const { s, site } = await signupWithSite(server.url, 'WP site');
  return { s, site };
}

async function connected(extra: { site_url?: string; rest_url?: string; admin_url?: string } = {}) {
  const { s, site } = await siteOf();
  const code = (
    await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
  ).body.data.code;
  const res = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
    body: { code, site_url: wordpressUrl, wp_version: '6.1.9', plugin_version: '0.1.0', ...extra },
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
  // The vectors the plugin's PHP checks use too (wp-bridge/tests/run.php reads the same file), computed with openssl.
  it.each(signingVectors.vectors.map((v) => [v.name, v] as const))(
    'signs timestamp, nonce, method, path and the body hash with HMAC-SHA256: %s',
    (_name, v) => {
      const input = { timestamp: v.timestamp, nonce: v.nonce, method: v.method, path: v.path, body: v.body };
      expect(canonical(input)).toBe(v.canonical);
      expect(signature(v.secret, input)).toBe(v.signature);
    },
  );

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
    expect(ok.body.data).toEqual({ status: 'ok', site_id: site.id, widget_origin: wordpressUrl });
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
    expect(res.body.data).toMatchObject({
      site_id: site.id,
      role: 'admin',
      features: ['overview', 'keywords', 'writer', 'automation', 'publishing'],
    });
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

describe('the REST root of a WordPress site', () => {
  it('puts a route after /wp-json/ with pretty permalinks and into ?rest_route= with plain ones', () => {
    expect(restRouteUrl('https://blog.example/wp-json/', 'igny8/v1/health').toString()).toBe(
      'https://blog.example/wp-json/igny8/v1/health',
    );
    expect(restRouteUrl('https://blog.example/sub/index.php?rest_route=/', 'igny8/v1/health').toString()).toBe(
      'https://blog.example/sub/index.php?rest_route=%2Figny8%2Fv1%2Fhealth',
    );
    expect(
      apiLinkOf(
        '<https://blog.example/index.php?rest_route=/>; rel="https://api.w.org/"',
        new URL('https://blog.example/'),
      ),
    ).toBe('https://blog.example/index.php?rest_route=/');
    expect(apiLinkOf('<https://blog.example/?p=1>; rel=shortlink', new URL('https://blog.example/'))).toBeNull();
    // A root reported on another host is not taken: signed calls go to the site only.
    expect(acceptRestRoot('https://elsewhere.example/wp-json/', ['blog.example'])).toBeNull();
    expect(acceptRestRoot('javascript:alert(1)', ['blog.example'])).toBeNull();
  });

  it('is the one the plugin reports: plain permalinks are called, and signed, at ?rest_route=', async () => {
    wpState.plain = true;
    try {
      const { s, site, secret } = await connected({ rest_url: `${wordpressUrl}/index.php?rest_route=/` });
      wpState.secret = secret;
      wpState.siteId = site.id;
      wpState.seen = [];
      const test = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token: s.access_token });
      expect(test.body.data).toMatchObject({ status: 'connected', last_error: null });
      expect(wpState.seen).toEqual(['/index.php?rest_route=%2Figny8%2Fv1%2Fhealth']);
      const sync = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/sync`, { token: s.access_token });
      expect(sync.body.data.seo_plugin).toBe('yoast');
    } finally {
      wpState.plain = false;
    }
  });

  it('is found again from the site’s api.w.org Link header when the permalinks change after connecting', async () => {
    const { s, site, secret } = await connected({ rest_url: `${wordpressUrl}/wp-json/` });
    wpState.secret = secret;
    wpState.siteId = site.id;
    wpState.plain = true;
    try {
      const test = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token: s.access_token });
      expect(test.body.data).toMatchObject({
        status: 'connected',
        rest_url: `${wordpressUrl}/index.php?rest_route=/`,
      });
      // A site that does not say where its API went: the redirect is reported, not followed.
      await server.deps.db
        .owner('integrations')
        .where({ site_id: site.id })
        .update({ rest_url: `${wordpressUrl}/wp-json/` });
      const quiet = createServer((req, res) =>
        res.writeHead(req.url?.startsWith('/wp-json/') ? 301 : 200, { location: '/elsewhere' }).end(),
      );
      await new Promise<void>((r) => quiet.listen(0, '127.0.0.1', r));
      const address = quiet.address();
      const quietUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      await server.deps.db
        .owner('integrations')
        .where({ site_id: site.id })
        .update({ wordpress_url: quietUrl, rest_url: `${quietUrl}/wp-json/` });
      const broken = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token: s.access_token });
      await new Promise((r) => quiet.close(r));
      expect(broken.body.data.status).toBe('error');
      expect(broken.body.data.last_error).toMatch(/301 \(a redirect\)/);
    } finally {
      wpState.plain = false;
    }
  });
});

describe('rotate and disconnect from the plugin', () => {
  it('take no body; a disconnect signed by the site leaves it not connected', async () => {
    const { s, site, secret } = await connected();
    const withBody = await signedCall('POST', '/v1/integrations/wordpress/disconnect', {
      siteId: site.id,
      secret,
      body: {},
    });
    expect([withBody.status, withBody.body.error.message]).toEqual([400, 'This operation takes no body.']);
    const done = await signedCall('POST', '/v1/integrations/wordpress/disconnect', { siteId: site.id, secret });
    expect(done.status).toBe(204);
    const integration = await call(server.url, 'GET', `/v1/sites/${site.id}/integration`, { token: s.access_token });
    expect(integration.body.data).toMatchObject({ status: 'not_connected', widget_origin: null });
    const after = await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret });
    expect(after.status).toBe(401);
  });
});

describe('widget sessions in a browser (CORS)', () => {
  const preflight = (origin: string, path: string) =>
    fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
  const fromPage = (origin: string, path: string, token?: string) =>
    call(server.url, 'GET', path, { token, headers: { origin } });
  const widgetToken = async (site: { id: string }, secret: string) =>
    (await signedCall('POST', '/v1/widget-sessions', { siteId: site.id, secret, body: { site_id: site.id } })).body.data
      .token as string;

  it('are granted from their site’s wp-admin origin, recorded at connect, with no server configuration', async () => {
    const { s, site, secret } = await connected({ admin_url: `${wordpressUrl}/wp-admin/` });
    const integration = await call(server.url, 'GET', `/v1/sites/${site.id}/integration`, { token: s.access_token });
    expect(integration.body.data.widget_origin).toBe(wordpressUrl);
    const path = `/v1/sites/${site.id}/integration`;
    const pre = await preflight(wordpressUrl, path);
    expect([pre.status, pre.headers.get('access-control-allow-origin')]).toEqual([204, wordpressUrl]);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const token = await widgetToken(site, secret);
    const res = await fromPage(wordpressUrl, path, token);
    expect([res.status, res.headers.get('access-control-allow-origin')]).toEqual([200, wordpressUrl]);
    // The plugin's connection test learns which origin is granted.
    const ping = await signedCall('GET', '/v1/integrations/wordpress/ping', { siteId: site.id, secret });
    expect(ping.body.data.widget_origin).toBe(wordpressUrl);
    // An origin that is no site's gets nothing, preflight or not; CORS_ORIGINS keeps working as before.
    expect((await preflight('http://127.0.0.1:1', path)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await fromPage('http://127.0.0.1:1', path, token)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await fromPage('https://partner.example', path, token)).headers.get('access-control-allow-origin')).toBe(
      'https://partner.example',
    );
    // Other credentials are not the widget's: a site's origin does not open the API to them.
    const user = await fromPage(wordpressUrl, path, s.access_token);
    expect([user.status, user.headers.get('access-control-allow-origin')]).toEqual([200, null]);
  });

  it('are refused from another site’s origin (403 ORIGIN_NOT_ALLOWED, no CORS headers)', async () => {
    const mine = await connected({ admin_url: `${wordpressUrl}/wp-admin/` });
    const other = await connected({
      site_url: 'http://other-site.test',
      admin_url: 'http://other-site.test/wp-admin/',
    });
    const token = await widgetToken(mine.site, mine.secret);
    const res = await fromPage('http://other-site.test', `/v1/sites/${mine.site.id}/keywords`, token);
    expect([res.status, res.body.error.code, res.headers.get('access-control-allow-origin')]).toEqual([
      403,
      'ORIGIN_NOT_ALLOWED',
      null,
    ]);
    // Nothing ran: not even a write.
    const write = await call(server.url, 'POST', `/v1/sites/${mine.site.id}/keywords`, {
      token,
      headers: { origin: 'http://other-site.test' },
      body: { phrase: 'from the wrong site' },
    });
    expect(write.status).toBe(403);
    const keywords = await call(server.url, 'GET', `/v1/sites/${mine.site.id}/keywords`, {
      token: mine.s.access_token,
    });
    expect(keywords.body.data).toEqual([]);
    // The other site's own token is fine there.
    const own = await fromPage(
      'http://other-site.test',
      `/v1/sites/${other.site.id}`,
      await widgetToken(other.site, other.secret),
    );
    expect([own.status, own.headers.get('access-control-allow-origin')]).toEqual([200, 'http://other-site.test']);
  });

  it('let the widget read that its session expired, so it can renew; a disconnected site’s origin is no longer granted', async () => {
    // wp-admin on an origin of its own (no other site of this file has it).
    const admin = 'http://admin.rose-garden.test';
    const { s, site, secret } = await connected({ admin_url: `${admin}/wp-admin/` });
    const token = await widgetToken(site, secret);
    clockOffset = 16 * 60 * 1000;
    try {
      const expired = await fromPage(admin, `/v1/sites/${site.id}`, token);
      expect([expired.status, expired.body.error.code, expired.headers.get('access-control-allow-origin')]).toEqual([
        401,
        'TOKEN_EXPIRED',
        admin,
      ]);
    } finally {
      clockOffset = 0;
    }
    expect((await preflight(admin, `/v1/sites/${site.id}`)).headers.get('access-control-allow-origin')).toBe(admin);
    await call(server.url, 'DELETE', `/v1/sites/${site.id}/integration`, { token: s.access_token });
    expect((await preflight(admin, `/v1/sites/${site.id}`)).headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await fromPage(admin, `/v1/sites/${site.id}`, token)).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});
