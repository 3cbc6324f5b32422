// The browser harness every screen's test uses: the built widget (ES modules, as a host serves them) mounted in a real
// Chromium against the fake API, inside a host page that styles everything loudly — if the Shadow DOM let styles
// through either way, the colours would show it. Plus the checks every screen passes: axe-core (no serious or critical
// violation), no horizontal scroll, and a screenshot for the docs when asked (IGNY8_SCREENSHOTS=1).
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM, docsScreenshot, hasChromium, launchChromium } from '@igny8/test-support/browser';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MountOptions } from '../../src/mount.js';
import { type FakeApi, type FakeApiOptions, SITE_ID, startFakeApi } from './fake-api.js';

export { hasChromium };

/**
 * Skips (with the reason) when Chromium is missing, unless IGNY8_REQUIRE_BROWSER=1 says a browser run is required. The
 * browser suites do not depend on the database, so CI runs them in one of its two passes (the other sets
 * IGNY8_HEAVY_SUITES=elsewhere).
 */
export function browserAvailable(): boolean {
  if (process.env.IGNY8_HEAVY_SUITES === 'elsewhere') return false;
  if (!hasChromium) {
    if (process.env.IGNY8_REQUIRE_BROWSER === '1')
      throw new Error(`IGNY8_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing.`);
    console.warn(`Skipping the widget browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);
  }
  return hasChromium;
}

export type WidgetOptions = Omit<MountOptions, 'apiBaseUrl' | 'fetchSession'>;

/** A wp-admin-like page: grey, serif, red text forced on everything outside the widget. */
export function hostPage(
  options: WidgetOptions,
  { lang = 'en', dir = 'ltr', session = {} }: { lang?: string; dir?: string; session?: Record<string, unknown> } = {},
): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>
  body { margin: 20px; background: #f0f0f1; color: rgb(200, 0, 0); font-family: serif; }
  h1, h2, p, button, td, th { color: rgb(200, 0, 0) !important; font-family: serif !important; }
</style></head>
<body>
  <h1 id="host-title">Igny8 SEO</h1>
  <p id="host-text">Host page text keeps its own colour.</p>
  <main id="root" style="max-width: 1100px"></main>
  <script>
    let n = 0;
    window.sessionCalls = 0;
    window.screens = [];
    window.fetchSession = async () => {
      window.sessionCalls++;
      n++;
      return { ...${JSON.stringify(session)}, token: 'tok-' + n, expiresAt: new Date(Date.now() + 600000).toISOString(), siteId: '${SITE_ID}' };
    };
  </script>
  <script type="module">
    import { mount } from '/widget/igny8-widget.js';
    window.handle = mount(document.getElementById('root'), {
      ...${JSON.stringify(options)},
      apiBaseUrl: location.origin + '/api',
      fetchSession: window.fetchSession,
      onScreen: (route) => window.screens.push(route),
    });
  </script>
</body></html>`;
}

export interface OpenWidget {
  browser: Browser;
  page: Page;
  api: FakeApi;
  errors: string[];
  close(): Promise<void>;
}

/** Starts the fake API and Chromium and opens the host page with the widget mounted with `options`. */
export async function openWidget(
  options: WidgetOptions = {},
  {
    viewport = { width: 1100, height: 900 },
    api: apiOptions = {},
    pages = {},
    lang,
  }: {
    viewport?: { width: number; height: number };
    api?: FakeApiOptions;
    pages?: Record<string, string>;
    lang?: string;
  } = {},
): Promise<OpenWidget> {
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: hostPage(options, { lang: lang ?? options.locale ?? 'en' }) },
  };
  for (const [path, body] of Object.entries(pages)) files[path] = { type: 'text/html', body };
  const api = await startFakeApi(files, apiOptions);
  const browser = await launchChromium();
  const page = await newPage(browser, viewport);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(api.url);
  return {
    browser,
    page,
    api,
    errors,
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/** A page in a context of its own (axe-core needs one to run in frames). */
export async function newPage(browser: Browser, viewport = { width: 1100, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

/** Opens a screen by its tab and waits until its chunk has rendered. */
export async function openScreen(page: Page, tabName: string | RegExp, route: string): Promise<void> {
  await page.getByRole('tab', { name: tabName }).click();
  await page.waitForFunction((r) => (window as unknown as { screens: string[] }).screens.includes(r), route);
}

/** axe-core on the widget (inside its Shadow DOM): no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('.igny8-host').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `${what}: axe-core violations`,
  ).toEqual([]);
}

/** Nothing wider than the viewport (the page never scrolls sideways, e.g. at 390 px). */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${what}: the page scrolls sideways (${scroll} > ${client} px)`).toBeLessThanOrEqual(client);
}

/** A screenshot for docs/screenshots/ when IGNY8_SCREENSHOTS=1 (always taken: the page must render). */
export function screenshot(page: Page, name: string): Promise<void> {
  return docsScreenshot(page, name, { fullPage: true });
}
