// The white-label example end to end: a partner backend mints widget sessions with an admin API key and serves the
// widget's folder (the ES module entry and its chunks); its page mounts the widget with a module script under the
// partner's brand — its own header instead of the widget's title, its words for credits and the plan, its plan's name,
// no WordPress (the partner's sites are not), no "Powered by" —, a dark theme in its colours and Spanish, then
// switches to Arabic (right to left) and opens in French, in Chromium, against the real server. The screenshot goes to
// docs/screenshots/ when asked for (IGNY8_SCREENSHOTS=1).
import type { ChildProcess } from 'node:child_process';
import { docsScreenshot, hasChromium, launchChromium, requireChromiumInCi } from '@igny8/test-support/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../packages/server/test/helpers/global-setup.js';
import { call, signup } from '../packages/server/test/helpers/http.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { shadowText, startPartner } from './helpers/white-label.js';
import { ensureWidgetBuilt } from './helpers/widget.js';

requireChromiumInCi();

let api: TestServer;
let partner: ChildProcess | undefined;
let partnerUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  // The widget bundle the partner serves.
  ensureWidgetBuilt();
  const port = await freePort();
  partnerUrl = `http://127.0.0.1:${port}`;
  api = await startTestServer({ env: { CORS_ORIGINS: partnerUrl } });
  const s = await signup(api.url, 'partner');
  const industry = (await call(api.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const site = (
    await call(api.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'Jardín Acme', url: 'https://jardin.example', industry_id: industry.id },
    })
  ).body.data;
  await call(api.url, 'POST', `/v1/sites/${site.id}/keywords/bulk`, {
    token: s.access_token,
    body: {
      create: ['comprar rosas', 'cómo podar rosas', 'rosas trepadoras', 'abono para rosas'].map((phrase, i) => ({
        phrase,
        language: 'es',
        volume: 900 - i * 100,
      })),
    },
  });
  const key = (
    await call(api.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'acme backend', role: 'admin' },
    })
  ).body.data.secret;
  partner = await startPartner({ apiUrl: api.url, apiKey: key, siteId: site.id, port });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  if (!hasChromium) return;
  await browser?.close();
  partner?.kill();
  await api?.close();
});

/** A theme variable on the widget's host element. */
const themeVariable = (page: Page, name: string) =>
  page.evaluate(
    (variable) =>
      getComputedStyle(document.querySelector('#acme-content .igny8-host') as Element)
        .getPropertyValue(variable)
        .trim(),
    name,
  );

describe.skipIf(!hasChromium)('the white-label example', () => {
  it('shows the site under the partner’s brand, dark theme and Spanish, from the widget’s module chunks, with sessions from the partner’s backend', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(partnerUrl);
    const host = page.locator('#acme-content');
    await expect.poll(() => host.getByTestId('site-name').textContent(), { timeout: 15_000 }).toBe('Jardín Acme');
    // The entry and its chunks from the partner's /widget/ folder; no source maps.
    expect(requests).toContain('/widget/igny8-widget.js');
    expect(requests.filter((p) => /^\/widget\/chunks\/[\w-]+\.js$/.test(p)).length).toBeGreaterThan(1);
    expect(requests.filter((p) => p.endsWith('.map'))).toEqual([]);

    // Acme's header, not the widget's: no title inside, the name still labels the widget for screen readers.
    expect(
      await page.evaluate(() => document.querySelector('#acme-content .igny8-host')?.shadowRoot?.querySelector('h1')),
    ).toBeNull();
    expect(await host.getByRole('region', { name: 'Administración de Acme SEO' }).count()).toBe(1);
    const text = await shadowText(page);
    expect(text).not.toContain('Powered by Igny8');
    expect(text).not.toContain('Igny8');
    expect(await host.getByRole('link', { name: 'Soporte' }).getAttribute('href')).toBe('https://support.acme.example');
    // Acme's words and plan, and no WordPress: no connection row, no Publishing tab.
    expect(text).toContain('Puntos disponibles');
    expect(text).toContain('Acme Pro');
    expect(text).not.toContain('WordPress');
    expect(await host.getByRole('tab').allTextContents()).toEqual(['Resumen', 'Planificador', 'Redacción']);
    // The partner's colours reached the widget through its theme tokens, over the dark theme.
    expect(await themeVariable(page, '--igny8-primary')).toBe('#a78bfa');
    expect(await themeVariable(page, '--igny8-surface')).toBe('#1c1533');
    expect(await themeVariable(page, '--igny8-text')).toBe('#f0f0f1');
    await docsScreenshot(page, 'white-label.png');
    await host.getByRole('tab').nth(1).click();
    await expect.poll(() => host.getByText('cómo podar rosas').count(), { timeout: 10_000 }).toBe(1);

    // Arabic, switched on the page without a reload: right to left, Acme's Arabic words.
    await page.selectOption('#language', 'ar');
    await expect.poll(() => host.getByRole('tab').first().textContent()).toBe('نظرة عامة');
    expect(await page.locator('#acme-content .igny8-host').getAttribute('dir')).toBe('rtl');
    await host.getByRole('tab').first().click();
    await expect.poll(() => shadowText(page)).toContain('النقاط المتاحة');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens in French from the page’s address', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${partnerUrl}/?lang=fr`);
    const host = page.locator('#acme-content');
    await expect.poll(() => host.getByTestId('site-name').textContent(), { timeout: 15_000 }).toBe('Jardín Acme');
    expect(await host.getByRole('tab').allTextContents()).toEqual(['Vue d’ensemble', 'Planification', 'Rédaction']);
    expect(await shadowText(page)).toContain('Points disponibles');
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  }, 60_000);
});
