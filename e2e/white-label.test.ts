// The white-label example end to end: a partner backend mints widget sessions with an admin API key,
// and its page shows the Igny8 widget under the partner's brand, dark theme and Spanish, in Chromium,
// against the real server. The screenshot goes to docs/screenshots/ when asked for (IGNY8_SCREENSHOTS=1).
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { docsScreenshot, hasChromium, launchChromium, requireChromiumInCi } from '@igny8/test-support/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../packages/server/test/helpers/global-setup.js';
import { call, signup } from '../packages/server/test/helpers/http.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { ensureWidgetBuilt } from './helpers/widget.js';

const root = resolve(import.meta.dirname, '..');
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
  partner = spawn(process.execPath, ['server.mjs'], {
    cwd: resolve(root, 'examples/white-label'),
    env: { ...process.env, IGNY8_API_URL: api.url, IGNY8_API_KEY: key, IGNY8_SITE_ID: site.id, PORT: String(port) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(partnerUrl)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  if (!hasChromium) return;
  await browser?.close();
  partner?.kill();
  await api?.close();
});

describe.skipIf(!hasChromium)('the white-label example', () => {
  it('shows the site under the partner’s brand, dark theme and Spanish, with sessions from the partner’s backend', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
    await page.goto(partnerUrl);
    const host = page.locator('igny8-admin');
    await expect.poll(() => host.getByTestId('site-name').textContent(), { timeout: 15_000 }).toBe('Jardín Acme');
    const text = await page.evaluate(() => document.querySelector('igny8-admin')?.shadowRoot?.textContent ?? '');
    expect(text).toContain('Acme SEO');
    expect(text).not.toContain('Powered by Igny8');
    expect(await host.getByRole('tab').first().textContent()).toMatch(/Resumen/);
    // The partner's colour reached the widget through its theme tokens.
    const primary = await page.evaluate(() =>
      getComputedStyle(
        document.querySelector('igny8-admin')?.shadowRoot?.firstElementChild as Element,
      ).getPropertyValue('--igny8-primary'),
    );
    expect(primary.trim().toLowerCase()).toBe('#a78bfa');
    await host.getByRole('tab').nth(1).click();
    await expect.poll(() => host.getByText('cómo podar rosas').count(), { timeout: 10_000 }).toBe(1);
    await docsScreenshot(page, 'white-label.png');
    await page.close();
  }, 60_000);
});
