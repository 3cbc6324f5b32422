// The built bundle in a real Chromium: a host page that styles everything loudly, the widget mounted against a fake
// API, then the user's path through it. Skipped (with the reason) when Chromium is not installed, unless
// IGNY8_REQUIRE_BROWSER=1 says a browser run is required.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, hasChromium, launchChromium } from '@igny8/test-support/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, IIFE_FILE, PACKAGE_DIR } from '../scripts/bundle.js';
import { type FakeApi, SITE_ID, startFakeApi } from './helpers/fake-api.js';

if (!hasChromium) {
  if (process.env.IGNY8_REQUIRE_BROWSER === '1') throw new Error(`IGNY8_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing.`);
  console.warn(`Skipping the widget browser test: ${CHROMIUM} is missing (apt-get install chromium).`);
}
const OUTPUT = join(PACKAGE_DIR, 'test', 'output');

// The host is hostile on purpose: if the widget's Shadow DOM let styles through either way, the colours would show it.
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wp-admin</title>
<style>
  body { margin: 20px; background: #f0f0f1; color: rgb(200, 0, 0); font-family: serif; }
  h1, h2, p, button, td, th { color: rgb(200, 0, 0) !important; font-family: serif !important; }
</style></head>
<body>
  <h1 id="host-title">Igny8 SEO</h1>
  <p id="host-text">Host page text keeps its own colour.</p>
  <div id="root" style="max-width: 900px"></div>
  <script src="/igny8-widget.js"></script>
  <script src="/igny8-widget.js"></script>
  <script>
    let n = 0;
    window.sessionCalls = 0;
    window.fetchSession = async () => {
      window.sessionCalls++;
      n++;
      return { token: 'tok-' + n, expiresAt: new Date(Date.now() + 600000).toISOString(), siteId: '${SITE_ID}' };
    };
    window.handle = Igny8Widget.mount(document.getElementById('root'), {
      apiBaseUrl: location.origin + '/api',
      fetchSession: window.fetchSession,
      brand: { name: 'Acme SEO', supportUrl: 'https://support.example/' },
      locale: 'en',
    });
  </script>
</body></html>`;

const ELEMENT_PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"></head>
<body style="margin: 20px; background: #1d2327">
  <igny8-admin id="el" theme="dark" hide-powered-by></igny8-admin>
  <script src="/igny8-widget.js"></script>
  <script>
    window.igny8FetchSession = async () => ({
      token: 'tok-9', expiresAt: new Date(Date.now() + 600000).toISOString(), siteId: '${SITE_ID}',
    });
    document.getElementById('el').setAttribute('api-base-url', location.origin + '/api');
  </script>
</body></html>`;

describe.skipIf(!hasChromium)('widget in a real browser', () => {
  let browser: Browser;
  let api: FakeApi;
  let page: Page;

  beforeAll(async () => {
    await buildBundles();
    api = await startFakeApi({
      '/': { type: 'text/html', body: HOST_PAGE },
      '/element': { type: 'text/html', body: ELEMENT_PAGE },
      '/igny8-widget.js': { type: 'text/javascript', body: readFileSync(IIFE_FILE) },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(api.url);
    expect(errors).toEqual([]);
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the site name and the credits on the overview, renewing an expired session once', async () => {
    await expect.poll(() => page.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    expect(await page.getByTestId('credits').textContent()).toBe('12,345');
    expect(await page.locator('[data-state]').getAttribute('data-state')).toBe('connected');
    expect(await page.getByText('Pro', { exact: true }).count()).toBe(1);
    expect(await page.getByText('connected', { exact: true }).count()).toBe(1);
    // All four requests were refused tok-1 as TOKEN_EXPIRED; they shared one renewal (tok-2) and were replayed.
    expect(await page.evaluate(() => (window as unknown as { sessionCalls: number }).sessionCalls)).toBe(2);
    expect(api.requests.filter((r) => r.auth === 'Bearer tok-1')).toHaveLength(4);
    expect(api.requests.filter((r) => r.auth === 'Bearer tok-2')).toHaveLength(4);
    await page.screenshot({ path: join(OUTPUT, 'overview-light.png'), fullPage: true });
  });

  it('keeps its styles in and the host’s styles out', async () => {
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    expect(await colour('#host-text')).toBe('rgb(200, 0, 0)');
    expect(await colour('#host-title')).toBe('rgb(200, 0, 0)');
    // Inside: the theme's text colour (#1d2327), not the host's red, and not its serif font.
    expect(await colour('.igny8 h2')).toBe('rgb(29, 35, 39)');
    const font = await page.locator('.igny8').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^-apple-system/);
  });

  it('lists keywords on the Keywords tab, reached by keyboard', async () => {
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Keywords' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('cell', { name: 'raised garden bed' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'compost bin' }).count()).toBe(1);
  });

  it('imports a CSV with a progress bar, then shows the counts and the refused lines', async () => {
    await page.getByLabel('CSV file to import').setInputFiles({
      name: 'keywords.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('keyword,volume\ncompost tea,100\nworm bin,50\ncompost bin,10\n,5\n'),
    });
    await expect.poll(() => page.getByTestId('job').textContent(), { timeout: 10_000 }).toContain('Imported 2 of 4');
    expect(await page.getByTestId('job').textContent()).toContain('Line 5: no keyword');
    expect(api.requests.some((r) => r.path.endsWith('/keywords/import') && r.method === 'POST')).toBe(true);
  });

  it('explains an API error in words, with the request id', async () => {
    await page.getByLabel('New keyword').fill('compost bin');
    await page.getByRole('button', { name: 'Add keyword' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This site already has that keyword.');
    expect(await page.getByRole('alert').textContent()).toContain('req-409');
  });

  it('opens a cluster to list its keywords', async () => {
    await page.getByRole('button', { name: 'Show keywords of composting' }).click();
    await expect.poll(() => page.locator('.clusters td', { hasText: 'how to compost' }).count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'keywords-light.png'), fullPage: true });
  });

  it('lists the contents by status, approves one in review and publishes an approved one', async () => {
    await page.getByRole('tab', { name: 'Writer' }).click();
    await expect.poll(() => page.getByTestId('contents').locator('tbody tr').count()).toBe(3);
    await page.getByLabel('Status').selectOption('review');
    await expect.poll(() => page.getByTestId('contents').locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Approve Water roses' }).click();
    await expect.poll(() => page.getByText('No contents yet.').count()).toBe(1);
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Publish Feed roses' }).click();
    await expect.poll(() => page.getByTestId('contents').textContent()).toContain('publishing…');
    expect(
      api.requests.some(
        (r) => r.method === 'PATCH' && r.path.endsWith('/contents/44444444-4444-4444-8444-000000000002'),
      ),
    ).toBe(true);
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/publish'))).toBe(true);
  });

  it('shows what is scheduled, published (with its WordPress link) and failed, and sends a failed one again', async () => {
    await page.getByRole('tab', { name: 'Publishing' }).click();
    await expect.poll(() => page.getByTestId('scheduled').textContent()).toContain('Water roses');
    expect(await page.getByRole('link', { name: 'Prune roses' }).getAttribute('href')).toBe(
      'https://blog.example/prune-roses/',
    );
    expect(await page.getByTestId('failed').textContent()).toContain('WordPress did not answer: timeout.');
    await page.getByRole('button', { name: 'Send again' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Feed roses' }).count()).toBe(1);
    expect(await page.getByText('Nothing failed.').count()).toBe(1);
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/redrive'))).toBe(true);
    await page.getByRole('tab', { name: 'Keywords' }).click();
  });

  it('turns right to left when update() switches to Arabic', async () => {
    await page.evaluate(() =>
      (window as unknown as { handle: { update(p: object): void } }).handle.update({ locale: 'ar' }),
    );
    expect(await page.locator('.igny8-host').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.igny8').getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('tab', { name: 'الكلمات المفتاحية' }).count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'keywords-ar.png'), fullPage: true });
  });

  it('unmounts cleanly', async () => {
    await page.evaluate(() => (window as unknown as { handle: { unmount(): void } }).handle.unmount());
    expect(await page.locator('.igny8-host').count()).toBe(0);
    expect(await page.locator('#host-text').count()).toBe(1);
  });

  it('runs as <igny8-admin> with a global session provider, in dark mode and the page language', async () => {
    const el = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await el.goto(`${api.url}/element`);
    await expect.poll(() => el.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    expect(await el.getByRole('tab', { name: 'Resumen' }).count()).toBe(1);
    expect(await el.getByText('Igny8', { exact: false }).filter({ hasText: 'Con la tecnología' }).count()).toBe(0);
    const background = await el.locator('.igny8').evaluate((n) => getComputedStyle(n).backgroundColor);
    expect(background).toBe('rgb(29, 35, 39)');
    await el.screenshot({ path: join(OUTPUT, 'element-dark-es.png'), fullPage: true });
    await el.close();
  });
});
