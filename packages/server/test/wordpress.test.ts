// End to end in a real WordPress (Debian's, under `php -S`, on a fresh MariaDB database) and a real
// Chromium: the built plugin zip is installed and activated, connected with a code from the API,
// signs and verifies requests both ways, and its wp-admin page shows the widget, which imports
// keywords and clusters them. The screenshot goes to docs/screenshots/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './helpers/browser.js';
import { freePort } from './helpers/global-setup.js';
import { call, signup } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const root = resolve(import.meta.dirname, '../../..');
const ready = hasChromium && existsSync('/usr/bin/php') && existsSync('/usr/share/wordpress/wp-login.php');
// CI installs PHP, WordPress and Chromium and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!ready && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP, WordPress or Chromium is missing');

interface Wordpress {
  url: string;
  adminUser: string;
  adminPassword: string;
  dir: string;
}

let api: TestServer;
let wp: Wordpress;
let browser: Browser;
let owner: Awaited<ReturnType<typeof signup>>;
let siteId: string;

const node = (script: string, args: string[]) =>
  execFileSync(process.execPath, [resolve(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });

beforeAll(async () => {
  if (!ready) return;
  if (!existsSync(resolve(root, 'packages/widget/dist/igny8-widget.js'))) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: resolve(root, 'packages/widget'),
      stdio: 'ignore',
    });
  }
  node('scripts/wordpress/build-plugin.mjs', ['--require-widget']);
  const port = await freePort();
  const wpUrl = `http://127.0.0.1:${port}`;
  api = await startTestServer({ env: { ALLOW_PRIVATE_URLS: 'true', CORS_ORIGINS: wpUrl } });
  wp = JSON.parse(
    node('scripts/wordpress/start.mjs', ['--port', String(port), '--api-url', api.url])
      .trim()
      .split('\n')
      .at(-1) as string,
  );
  owner = await signup(api.url, 'wordpress');
  const industry = (await call(api.url, 'GET', '/v1/industries', { token: owner.access_token })).body.data[0];
  siteId = (
    await call(api.url, 'POST', '/v1/sites', {
      token: owner.access_token,
      body: { name: 'Rose Garden Blog', industry_id: industry.id },
    })
  ).body.data.id;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  if (!ready) return;
  await browser?.close();
  if (wp) node('scripts/wordpress/stop.mjs', [wp.dir]);
  await api?.close();
});

async function login(page: Page) {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', wp.adminUser);
  await page.fill('#user_pass', wp.adminPassword);
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
}

describe.skipIf(!ready)('WordPress with the Igny8 Bridge plugin', () => {
  it('connects with a code, signs both ways, and runs the widget in wp-admin: import keywords, cluster them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page);

    // Connect: a code from the API, pasted into the plugin's settings.
    const code = (
      await call(api.url, 'POST', `/v1/sites/${siteId}/integration/connection-code`, { token: owner.access_token })
    ).body.data.code;
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=igny8-bridge`);
    await page.fill('#igny8-api-url', api.url);
    await page.fill('#igny8-connection-code', code);
    await page.click('#igny8-connect');
    await expect.poll(() => page.getByText('Connected', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.content()).not.toContain('igny8_ws_');

    // Igny8 → WordPress: signed health and site metadata, verified by the plugin's PHP.
    const test = await call(api.url, 'POST', `/v1/sites/${siteId}/integration/test`, { token: owner.access_token });
    expect(test.body.data).toMatchObject({
      status: 'connected',
      last_error: null,
      wp_version: expect.stringMatching(/^6\./),
    });
    const sync = await call(api.url, 'POST', `/v1/sites/${siteId}/integration/sync`, { token: owner.access_token });
    expect(sync.body.data.metadata.categories.map((c: { slug: string }) => c.slug)).toContain('uncategorized');
    expect(sync.body.data.metadata.post_types).toContain('post');
    // Unsigned requests to the plugin are refused.
    const unsigned = await fetch(`${wp.url}/wp-json/igny8/v1/site`);
    expect(unsigned.status).toBe(401);

    // The Igny8 page in wp-admin: the widget, with a session minted by the plugin.
    await page.goto(`${wp.url}/wp-admin/admin.php?page=igny8`);
    const widget = page.locator('#igny8-admin');
    await expect
      .poll(() => widget.getByTestId('site-name').textContent(), { timeout: 20_000 })
      .toBe('Rose Garden Blog');
    await expect.poll(() => widget.locator('[data-state]').getAttribute('data-state')).toBe('connected');
    await page.screenshot({ path: resolve(root, 'docs/screenshots/wordpress-overview.png') });

    // Keywords: import a CSV through the widget, then cluster.
    await widget.getByRole('tab').nth(1).click();
    const csv = [
      'Keyword,Volume',
      'how to prune roses,900',
      'when to prune roses,700',
      'pruning roses in spring,400',
      'climbing roses,800',
      'best climbing roses,600',
      'climbing roses for shade,300',
    ].join('\n');
    await widget
      .locator('input[type=file]')
      .setInputFiles({ name: 'keywords.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => widget.getByText('climbing roses for shade').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await widget.getByRole('button', { name: /cluster/i }).click();
    await expect
      .poll(
        async () =>
          (await call(api.url, 'GET', `/v1/sites/${siteId}/clusters`, { token: owner.access_token })).body.data.length,
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(1);
    // The widget shows the clusters once the run is over; opening one lists its keywords.
    await expect.poll(() => widget.getByText('No clusters yet.').count(), { timeout: 30_000 }).toBe(0);
    const clusters = (await call(api.url, 'GET', `/v1/sites/${siteId}/clusters`, { token: owner.access_token })).body
      .data;
    const first = widget.getByRole('button', { name: new RegExp(clusters[0].name) }).first();
    await expect.poll(() => first.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await first.click();
    mkdirSync(resolve(root, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: resolve(root, 'docs/screenshots/wordpress.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it('refuses the widget-session route to a logged-out visitor, without the nonce, and to a user without the capability', async () => {
    const anonymous = await fetch(`${wp.url}/wp-json/igny8/v1/widget-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const page = await browser.newPage();
    await login(page);
    const noNonce = await page.evaluate(
      async (url) => (await fetch(`${url}/wp-json/igny8/v1/widget-session`, { method: 'POST' })).status,
      wp.url,
    );
    expect([401, 403]).toContain(noNonce);
    // A subscriber: logged in, with a valid REST nonce, but without manage_options.
    await page.goto(`${wp.url}/wp-admin/user-new.php`);
    await page.fill('#user_login', 'reader');
    await page.fill('#email', 'reader@example.test');
    await page.fill('#pass1', 'reader-password-123-Long!');
    const weak = page.locator('.pw-checkbox');
    if (await weak.isVisible()) await weak.check();
    await page.selectOption('#role', 'subscriber');
    await page.click('#createusersub');
    await page.waitForURL(/users\.php/);
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(`${wp.url}/wp-login.php`);
    await readerPage.fill('#user_login', 'reader');
    await readerPage.fill('#user_pass', 'reader-password-123-Long!');
    await readerPage.click('#wp-submit');
    await readerPage.waitForURL(/wp-admin/);
    const status = await readerPage.evaluate(async (url) => {
      const nonce = await (await fetch(`${url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      return (
        await fetch(`${url}/wp-json/igny8/v1/widget-session`, { method: 'POST', headers: { 'X-WP-Nonce': nonce } })
      ).status;
    }, wp.url);
    expect(status).toBe(403);
    const adminPage = await readerPage.goto(`${wp.url}/wp-admin/admin.php?page=igny8`);
    expect(adminPage?.status()).toBe(403);
    await reader.close();
    await page.close();
  }, 60_000);

  it('has no plugin route without a signature or capability check', async () => {
    const index = (await (await fetch(`${wp.url}/wp-json/igny8/v1`)).json()) as {
      routes: Record<string, { methods: string[] }>;
    };
    const routes = Object.entries(index.routes).filter(([route]) => route !== '/igny8/v1');
    expect(routes.map(([r]) => r).sort()).toEqual(['/igny8/v1/health', '/igny8/v1/site', '/igny8/v1/widget-session']);
    for (const [route, { methods }] of routes) {
      for (const method of methods.filter((m) => m !== 'OPTIONS')) {
        const res = await fetch(`${wp.url}/wp-json${route}`, { method });
        expect({ route, method, refused: [401, 403].includes(res.status) }).toEqual({ route, method, refused: true });
      }
    }
  });
});
