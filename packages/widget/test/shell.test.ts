// The shell in a real browser: the overview first (renewing an expired session once), styles kept in and out, tabs by
// keyboard, code-split screens loading on demand, right to left, the custom element, white-label controls, unmount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectAccessible,
  expectNoHorizontalScroll,
  hostPage,
  newPage,
  type OpenWidget,
  openScreen,
  openWidget,
  screenshot,
} from './helpers/browser.js';
import { SITE_ID } from './helpers/fake-api.js';

const ELEMENT_PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"></head>
<body style="margin: 20px; background: #1d2327">
  <igny8-admin id="el" theme="dark" hide-powered-by></igny8-admin>
  <script>
    window.igny8FetchSession = async () => ({
      token: 'tok-9', expiresAt: new Date(Date.now() + 600000).toISOString(), siteId: '${SITE_ID}',
    });
  </script>
  <script type="module" src="/widget/igny8-widget.js"></script>
  <script type="module">document.getElementById('el').setAttribute('api-base-url', location.origin + '/api');</script>
</body></html>`;

describe.skipIf(!browserAvailable())('the widget shell in a real browser', () => {
  let w: OpenWidget;

  beforeAll(async () => {
    w = await openWidget(
      { brand: { name: 'Acme SEO', supportUrl: 'https://support.example/' }, locale: 'en' },
      {
        pages: {
          '/element': ELEMENT_PAGE,
          '/partner': hostPage({
            brand: {
              name: 'Acme',
              hideTitle: true,
              hideWordPress: true,
              planName: 'Growth',
              terms: { Credits: 'Tokens' },
            },
            features: ['overview', 'keywords', 'writer', 'publishing'],
          }),
        },
      },
    );
  });
  afterAll(() => w?.close());

  it('shows the site name and the credits on the overview, renewing an expired session once', async () => {
    const { page, api } = w;
    await expect.poll(() => page.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    expect(await page.getByTestId('credits').textContent()).toBe('12,345');
    expect(await page.locator('[data-state]').getAttribute('data-state')).toBe('connected');
    expect(await page.getByText('Pro', { exact: true }).count()).toBe(1);
    // Every overview request was refused tok-1 as TOKEN_EXPIRED; they shared one renewal (tok-2) and were replayed.
    expect(await page.evaluate(() => (window as unknown as { sessionCalls: number }).sessionCalls)).toBe(2);
    const first = api.requests.filter((r) => r.auth === 'Bearer tok-1').length;
    expect(first).toBeGreaterThan(0);
    expect(api.requests.filter((r) => r.auth === 'Bearer tok-2').length).toBeGreaterThanOrEqual(first);
    expect(w.errors).toEqual([]);
    await expectAccessible(page, 'overview');
    await screenshot(page, 'overview-desktop.png');
  });

  it('loads a screen’s chunk only when it is opened', async () => {
    const loaded = await w.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/widget\//, '')),
    );
    expect(loaded.some((f) => f.startsWith('chunks/index-') || f.includes('planner'))).toBe(false);
    await openScreen(w.page, 'Planner', 'planner');
    const after = await w.page.evaluate(() => performance.getEntriesByType('resource').length);
    expect(after).toBeGreaterThan(loaded.length);
  });

  it('keeps its styles in and the host’s styles out', async () => {
    const colour = (selector: string) =>
      w.page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    expect(await colour('#host-text')).toBe('rgb(200, 0, 0)');
    expect(await colour('#host-title')).toBe('rgb(200, 0, 0)');
    // Inside: the theme's text colour (#1d2327), not the host's red, and not its serif font.
    expect(await colour('.igny8 h1')).toBe('rgb(29, 35, 39)');
    const font = await w.page.locator('.igny8').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^-apple-system/);
  });

  it('moves between tabs by keyboard', async () => {
    const { page } = w;
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Planner' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
  });

  it('turns right to left when update() switches to Arabic, loading the Arabic catalogue', async () => {
    const { page } = w;
    await page.evaluate(() =>
      (window as unknown as { handle: { update(p: object): void } }).handle.update({ locale: 'ar' }),
    );
    expect(await page.locator('.igny8-host').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.igny8').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByRole('tab', { name: 'المخطط' }).count()).toBe(1);
    await expectAccessible(page, 'overview (ar)');
    await page.evaluate(() =>
      (window as unknown as { handle: { update(p: object): void } }).handle.update({ locale: 'en' }),
    );
  });

  it('fits a phone: 390 px wide with no horizontal scroll', async () => {
    const phone = await newPage(w.browser, { width: 390, height: 844 });
    await phone.goto(w.api.url);
    await expect.poll(() => phone.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    await expectNoHorizontalScroll(phone, 'overview at 390 px');
    await screenshot(phone, 'overview-phone.png');
    await phone.close();
  });

  it('unmounts cleanly', async () => {
    await w.page.evaluate(() => (window as unknown as { handle: { unmount(): void } }).handle.unmount());
    expect(await w.page.locator('.igny8-host').count()).toBe(0);
    expect(await w.page.locator('#host-text').count()).toBe(1);
  });

  it('runs as <igny8-admin> with a global session provider, in dark mode and the page language', async () => {
    const el = await newPage(w.browser, { width: 1000, height: 600 });
    await el.goto(`${w.api.url}/element`);
    await expect.poll(() => el.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    expect(await el.getByRole('tab', { name: 'Resumen' }).count()).toBe(1);
    expect(await el.getByText('Con la tecnología', { exact: false }).count()).toBe(0);
    const background = await el.locator('.igny8').evaluate((n) => getComputedStyle(n).backgroundColor);
    expect(background).toBe('rgb(29, 35, 39)');
    await el.close();
  });

  it('under a partner’s brand: no title, its plan name and words, no WordPress screens', async () => {
    const p = await newPage(w.browser, { width: 1000, height: 700 });
    await p.goto(`${w.api.url}/partner`);
    await expect.poll(() => p.getByTestId('site-name').textContent()).toBe('Example Garden Blog');
    expect(await p.locator('.igny8 h1').count()).toBe(0);
    expect(await p.getByRole('region', { name: 'Acme admin' }).count()).toBe(1);
    expect(await p.getByRole('tab', { name: 'Publishing' }).count()).toBe(0);
    expect(await p.getByText('Growth', { exact: true }).count()).toBe(1);
    expect(await p.getByText('Tokens available').count()).toBe(1);
    expect(await p.locator('[data-state]').count()).toBe(0);
    await p.close();
  });
});
