// Calls to a WordPress site go through the pinned SSRF guard, as webhook deliveries do. A site whose name answered a
// public address when it connected and loopback later (DNS rebinding) is refused at the call, and the loopback
// listener receives nothing. With only 127.0.0.2/32 allowed, a name answering 127.0.0.2 to the check and 127.0.0.1
// to any later question reaches the listener on 127.0.0.2, never the one on 127.0.0.1 at the same port: the call
// connects to the checked address and does not resolve the name again. A site's answer is read up to a bound, and a
// site that never answers is given up on. No traffic leaves 127.0.0.0/8 (the public address is only ever a
// resolver's answer, never connected to).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callPlugin, type PluginTarget } from '../../src/domain/integrations/wordpress-rest.js';
import { addressPolicy, type Outbound } from '../../src/net/pinned-request.js';
import { call, signupWithSite } from '../helpers/http.js';
import { scriptedResolver } from '../helpers/resolver.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Receiver, startReceiver } from '../webhooks/receiver.js';

const { resolver, answers, asked } = scriptedResolver();

/** A plugin on one loopback address (the webhook tests' receiver), answering the plugin's health by default. */
async function startPlugin(host: string, port = 0): Promise<Receiver> {
  const plugin = await startReceiver(host, port);
  plugin.answer = (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: 'ok', wp_version: '6.4.1', plugin_version: '0.1.0' }));
  return plugin;
}

const paths = (plugin: Receiver) => plugin.received.map((r) => r.path);

let server: TestServer;
let onLoopback: Receiver;
let onAllowed: Receiver;
let onLoopbackSamePort: Receiver;

beforeAll(async () => {
  // ALLOW_PRIVATE_URLS is not set: only public addresses may be called.
  server = await startTestServer({ resolver });
  onLoopback = await startPlugin('127.0.0.1');
  onAllowed = await startPlugin('127.0.0.2');
  onLoopbackSamePort = await startPlugin('127.0.0.1', onAllowed.port);
});
afterAll(async () => {
  for (const p of [onLoopback, onAllowed, onLoopbackSamePort]) await p.close();
  await server.close();
});

const target = (url: string): PluginTarget => ({
  siteId: '00000000-0000-4000-8000-000000000001',
  wordpressUrl: url,
  restUrl: `${url}/wp-json/`,
  secret: 'igny8_ws_test',
});

describe('a call to WordPress', () => {
  it('is refused when the site’s name answers loopback by then, though it answered a public address at connect', async () => {
    answers.set('rebind.test', ['203.0.113.7', '127.0.0.1']);
    const { s, site } = await signupWithSite(server.url, 'Rebinding');
    const token = s.access_token as string;
    const code = (await call(server.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token })).body
      .data.code;
    const siteUrl = `http://rebind.test:${onLoopback.port}`;
    const connected = await call(server.url, 'POST', '/v1/integrations/wordpress/connect', {
      body: { code, site_url: siteUrl, rest_url: `${siteUrl}/wp-json/` },
    });
    expect(connected.status).toBe(200);
    expect(asked.get('rebind.test')).toBe(1);

    const tested = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/test`, { token });
    expect(tested.status).toBe(200);
    expect(tested.body.data.status).toBe('error');
    expect(tested.body.data.last_error).toMatch(/rebind\.test resolves to 127\.0\.0\.1, a private or loopback address/);
    const synced = await call(server.url, 'POST', `/v1/sites/${site.id}/integration/sync`, { token });
    expect([synced.status, synced.body.error?.code]).toEqual([422, 'URL_NOT_ALLOWED']);
    expect(paths(onLoopback)).toEqual([]);
  });

  it('connects to the address it checked, and asks the resolver once per call', async () => {
    answers.set('pinned.test', ['127.0.0.2', '127.0.0.1']);
    asked.delete('pinned.test');
    const outbound: Outbound = {
      resolve: resolver,
      policy: addressPolicy({
        allowPrivate: false,
        allowedNetworks: [{ address: '127.0.0.2', prefix: 32, family: 'ipv4' }],
      }),
    };
    const { answer } = await callPlugin(
      target(`http://pinned.test:${onAllowed.port}`),
      { outbound, now: () => new Date() },
      'GET',
      'health',
    );
    expect(answer).toMatchObject({ status: 'ok' });
    expect(paths(onAllowed)).toEqual(['/wp-json/igny8/v1/health']);
    expect(paths(onLoopbackSamePort)).toEqual([]);
    expect(asked.get('pinned.test')).toBe(1);
    // The next call resolves again, gets 127.0.0.1, and is refused before connecting.
    await expect(
      callPlugin(target(`http://pinned.test:${onAllowed.port}`), { outbound, now: () => new Date() }, 'GET', 'health'),
    ).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    expect(paths(onLoopbackSamePort)).toEqual([]);
    expect(onAllowed.received).toHaveLength(1);
  });

  it('reads an answer up to 2 MB, and gives up on a site that never answers', async () => {
    const outbound: Outbound = {
      resolve: resolver,
      policy: addressPolicy({ allowPrivate: true, allowedNetworks: [] }),
    };
    const huge = await startPlugin('127.0.0.2');
    const hung = await startPlugin('127.0.0.2');
    try {
      // An endless answer: the call stops reading past the bound rather than holding it all.
      huge.answer = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `"${'x'.repeat(65_534)}"`;
        const more = () => {
          while (res.write(chunk)) {
            // fill the socket until it pushes back
          }
        };
        res.on('drain', more);
        more();
      };
      await expect(
        callPlugin(target(`http://127.0.0.2:${huge.port}`), { outbound, now: () => new Date() }, 'GET', 'site'),
      ).rejects.toMatchObject({ code: 'WORDPRESS_UNREACHABLE', message: 'WordPress answered more than 2 MB.' });

      hung.answer = () => {
        // never answers
      };
      const started = Date.now();
      await expect(
        callPlugin(
          target(`http://127.0.0.2:${hung.port}`),
          { outbound, now: () => new Date(), timeoutMs: 300 },
          'GET',
          'health',
        ),
      ).rejects.toMatchObject({ code: 'WORDPRESS_UNREACHABLE', message: expect.stringMatching(/no complete answer/) });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await huge.close();
      await hung.close();
    }
  });
});
