// The same admin in the white-label example page (examples/white-label/): a partner's backend minting sessions with
// its admin API key that open every screen but Publishing (the partner says its sites are not WordPress), its page
// mounting the widget under its brand (its name, its words for credits and the plan, no "Igny8", no "WordPress"), in
// a dark theme of its colours and in French, in Chromium, against the real server. Each screen in turn renders its
// first content in French — no error, nothing left in English — with no serious or critical axe-core violation; and
// one real action under the brand: a CSV of keywords imported in the Planner's import dialog, previewed first, with
// its result (axe-core on the dialog's preview and result too).
//
// What is clicked is named by the widget's French catalogues (packages/widget/locales/fr), by key: `SEL` below.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { hasChromium, launchChromium, requireChromiumInCi } from '@igny8/test-support/browser';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../packages/server/test/helpers/global-setup.js';
import { call, signup } from '../packages/server/test/helpers/http.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { shadowText, startPartner } from './helpers/white-label.js';
import { ensureWidgetBuilt } from './helpers/widget.js';
import { widgetText } from './helpers/wp-admin.js';

const root = resolve(import.meta.dirname, '..');
requireChromiumInCi();
// Light enough (a server, the partner's backend and Chromium) to run in both of CI's passes, as white-label.test.ts.
const run = hasChromium;

// The example page's French words for credits and the plan (examples/white-label/index.html).
const TERMS = { credits: 'points', Credits: 'Points', plan: 'abonnement', Plan: 'Abonnement' };
const t = widgetText('fr', TERMS);
/** A screen's own catalogue (`locales/<lang>/<namespace>.json`). */
const catalogue = (language: string, namespace: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(root, 'packages/widget/locales', language, `${namespace}.json`), 'utf8'));

/** What the suite clicks and reads, in one place. */
const SEL = {
  host: (page: Page) => page.locator('#acme-content'),
  tab: (w: Locator, route: string) => w.getByRole('tab', { name: t(`tabs.${route}`), exact: true }),
  button: (w: Locator, key: string, params?: Record<string, string | number>) =>
    w.getByRole('button', { name: t(key, params), exact: true }),
  heading: (w: Locator, key: string) => w.getByRole('heading', { name: t(key), exact: true }),
  /** A modal dialog, by its title. */
  dialog: (w: Locator, title: string) => w.getByRole('dialog', { name: title, exact: true }),
  /** A row action of the Planner's lists: "Modifier « rosier grimpant »". */
  rowAction: (w: Locator, actionKey: string, name: string) =>
    w.getByRole('button', { name: t('table.action', { action: t(actionKey), name }), exact: true }),
};

/**
 * The screens the partner's users get, in tab order, each with its catalogue and what shows it has rendered its first
 * content: a heading (or control) named in French.
 */
const SCREENS: { route: string; namespace: string; first: (w: Locator) => Locator }[] = [
  { route: 'overview', namespace: 'overview', first: (w) => SEL.heading(w, 'overview.credits') },
  { route: 'planner', namespace: 'planner', first: (w) => SEL.heading(w, 'view.keywords') },
  { route: 'writer', namespace: 'writer', first: (w) => SEL.heading(w, 'writer.contents') },
  { route: 'automation', namespace: 'automation', first: (w) => SEL.heading(w, 'automation.estimate') },
  { route: 'billing', namespace: 'billing', first: (w) => SEL.heading(w, 'term.Credits') },
  { route: 'settings', namespace: 'settings', first: (w) => w.getByLabel(t('settings.site.name'), { exact: true }) },
];

let api: TestServer;
let partner: ChildProcess | undefined;
let partnerUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  ensureWidgetBuilt();
  const port = await freePort();
  partnerUrl = `http://127.0.0.1:${port}`;
  api = await startTestServer({ env: { CORS_ORIGINS: partnerUrl } });
  const s = await signup(api.url, 'partner-journey');
  const industry = (await call(api.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const site = (
    await call(api.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'Jardin Acme', url: 'https://jardin.example', industry_id: industry.id },
    })
  ).body.data;
  const key = (
    await call(api.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'acme backend', role: 'admin' },
    })
  ).body.data.secret;
  partner = await startPartner({
    apiUrl: api.url,
    apiKey: key,
    siteId: site.id,
    port,
    env: {
      // Every screen: Publishing too, which the brand hides (its sites are not WordPress).
      IGNY8_WIDGET_FEATURES: 'overview,keywords,writer,automation,publishing,billing,settings',
      // The partner's account admin: Billing and Settings are an admin's.
      IGNY8_WIDGET_ROLE: 'admin',
    },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  if (!run) return;
  await browser?.close();
  partner?.kill();
  await api?.close();
});

/** The serious and critical axe-core violations on the page (the widget's Shadow DOM included). */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The English sentences of a screen's catalogue that French says otherwise (several words, no placeholder): none of
 * them may show on the French screen.
 */
function englishOnly(namespace: string): string[] {
  const en = catalogue('en', namespace);
  const fr = catalogue('fr', namespace);
  return Object.entries(en)
    .filter(([k, v]) => !v.includes('{') && v.split(' ').length >= 2 && fr[k] !== v)
    .map(([, v]) => v);
}

describe.skipIf(!run)('the admin in the white-label page: another brand, a dark theme, French', () => {
  let page: Page;
  let host: Locator;
  const errors: string[] = [];

  it('opens every screen the session allows in French, each without an error or an axe-core violation', async () => {
    // A context of its own: axe-core opens a page in it.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // A failed request is logged by Chromium without its address: the responses say which (the partner's page has
    // no favicon, which is not the widget's).
    page.on(
      'console',
      (message) =>
        message.type() === 'error' &&
        !message.text().startsWith('Failed to load resource') &&
        errors.push(message.text()),
    );
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        errors.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${partnerUrl}/?lang=fr`);
    host = SEL.host(page);
    await expect.poll(() => host.getByTestId('site-name').textContent(), { timeout: 30_000 }).toBe('Jardin Acme');
    const widgetHost = page.locator('#acme-content .igny8-host');
    expect(await widgetHost.getAttribute('lang')).toBe('fr');
    // The partner's colours over the dark theme.
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.querySelector('#acme-content .igny8-host') as Element)
          .getPropertyValue('--igny8-surface')
          .trim(),
      ),
    ).toBe('#1c1533');
    // Every screen of the session's but Publishing, hidden by the brand.
    expect(await host.getByRole('tab').allTextContents()).toEqual(SCREENS.map((s) => t(`tabs.${s.route}`)));
    expect(await host.getByRole('tab', { name: t('tabs.publishing') }).count()).toBe(0);

    // Files that are not the screens' (core: the shell, the errors) are checked everywhere.
    const everywhere = englishOnly('core').filter((s) => s !== 'Powered by Igny8');
    for (const screen of SCREENS) {
      const what = `the ${screen.route} screen`;
      await SEL.tab(host, screen.route).click();
      await expect.poll(() => page.locator('body').getAttribute('data-screen'), { timeout: 20_000 }).toBe(screen.route);
      await screen.first(host).first().waitFor({ timeout: 20_000 });
      await expect.poll(() => host.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
      expect(await host.getByRole('alert').allTextContents(), what).toEqual([]);
      const text = await shadowText(page);
      // Under the partner's brand: neither Igny8's name nor WordPress.
      expect(text, what).not.toContain('Igny8');
      expect(text, what).not.toContain('WordPress');
      const english = [...englishOnly(screen.namespace), ...everywhere].filter((s) => text.includes(s));
      expect(english, `${what}: English left on the French screen`).toEqual([]);
      expect(await violations(page), what).toEqual([]);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('imports a CSV of keywords under the brand: the columns previewed first, then the result', async () => {
    await SEL.tab(host, 'planner').click();
    await SEL.heading(host, 'view.keywords').waitFor();
    await SEL.button(host, 'import.open').click();
    const dialog = SEL.dialog(host, t('import.open'));
    await dialog.waitFor();
    await dialog.getByLabel(t('import.choose'), { exact: true }).setInputFiles({
      name: 'mots-cles.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        // The server knows keyword tools' English column names only (a French "Mot-clé" header is read as data).
        'Keyword,Search Volume\ntailler les rosiers,1900\nrosier grimpant,880\nengrais pour rosiers,590\n,12\n',
      ),
    });
    const preview = dialog.getByTestId('preview');
    await expect.poll(() => preview.count()).toBe(1);
    expect(await dialog.getByTestId('import').textContent()).toContain(t('import.header'));
    expect(
      await preview.getByRole('columnheader').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-field'))),
    ).toEqual(['phrase', 'volume']);
    expect(await violations(page), 'the import preview').toEqual([]);

    await SEL.button(dialog, 'import.start').click();
    // One row has no keyword: refused, so the result is a warning, counted in French.
    const result = dialog.getByTestId('refused');
    await expect.poll(() => result.count(), { timeout: 60_000 }).toBe(1);
    const text = await result.textContent();
    expect(text).toContain(`${t('import.rows')}4`);
    expect(text).toContain(`${t('import.imported')}3`);
    expect(text).toContain(`${t('import.duplicates')}0`);
    expect(text).toContain(`${t('import.refused')}1`);
    expect(text).toContain(t('refusal.NO_KEYWORD'));
    expect(text).toContain(t('import.line', { line: 5, reason: t('refusal.NO_KEYWORD') }));
    expect(await violations(page), 'the import result').toEqual([]);
    await SEL.button(dialog, 'common.close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The list behind it shows the three, each with its row actions in French.
    for (const phrase of ['tailler les rosiers', 'rosier grimpant', 'engrais pour rosiers']) {
      await expect.poll(() => SEL.rowAction(host, 'keywords.edit', phrase).count(), { timeout: 20_000 }).toBe(1);
    }
    expect(await host.getByText('rosier grimpant', { exact: true }).count()).toBe(1);
    expect(await violations(page), 'the keywords imported').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
