// The Igny8 widget inside a real wp-admin (Debian's WordPress under `php -S`, the built plugin zip with the widget's
// module chunks inside, in Chromium, against the real server with CORS_ORIGINS unset), as WordPress users meet it:
// the notice after activation leading to the connect form, one Igny8 menu with the widget and Settings (the old
// Settings → Igny8 address redirecting), the widget loaded from the plugin's own ES module chunks and nothing else,
// administrators' sessions opening every screen while editors get the API's defaults, the user's admin colour scheme
// as the widget's theme, the user's locale (French, Arabic right to left) without any language pack, no sideways
// scroll at 390 px inside wp-admin's responsive layout, and no serious or critical axe-core violation on the page.
import AxeBuilder from '@axe-core/playwright';
import { docsScreenshot, hasChromium } from '@igny8/test-support/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavySuitesHere } from '../packages/server/test/helpers/heavy.js';
import { type Wordpress, wordpressReady, wpJsonSync } from './helpers/wordpress.js';
import {
  addUser,
  type ConnectedSite,
  igny8Path,
  openIgny8Page,
  settingsPath,
  setUserPreferences,
  startConnectedSite,
} from './helpers/wp-admin.js';

const ready = hasChromium && wordpressReady;
// CI installs PHP, WordPress and Chromium and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!ready && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP, WordPress or Chromium is missing');

let site: ConnectedSite;
let wp: Wordpress;
let admin: BrowserContext;

beforeAll(async () => {
  if (!ready || !heavySuitesHere) return;
  // As just after activation: installed and active, not connected yet.
  site = await startConnectedSite({ siteName: 'Rose Garden Blog', connect: false });
  wp = site.wp;
  admin = await site.login();
}, 180_000);

afterAll(async () => {
  if (!ready || !heavySuitesHere) return;
  await site?.close();
});

/** Errors the page logged, and every request it made, from now on. */
function watch(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  return { errors, requests };
}

/**
 * wp-admin's own markup that axe-core flags, outside anything of ours: WordPress 6.1's "Collapse menu" button (visible
 * text "Collapse menu", accessible name "Collapse Main menu"). Each is matched by rule and element exactly.
 */
const CORE_VIOLATIONS = [{ id: 'label-content-name-mismatch', target: '#collapse-button' }];
const coreViolation = (id: string, target: string) => CORE_VIOLATIONS.some((c) => c.id === id && c.target === target);

/** The value of one of the widget's theme variables, on its host element. */
const themeVariable = (page: Page, name: string) =>
  page.evaluate(
    (variable) =>
      getComputedStyle(document.querySelector('#igny8-admin .igny8-host') as Element)
        .getPropertyValue(variable)
        .trim(),
    name,
  );

describe.skipIf(!ready || !heavySuitesHere)('the Igny8 widget in wp-admin', () => {
  it('after activation, a notice on wp-admin’s screens leads administrators to the connect form; it goes once connected, and a dismissal is per user', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/`);
    const notice = page.locator('#igny8-connect-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Connect this site to Igny8/);
    // An editor, who cannot connect the site, does not see it.
    const editor = addUser(wp, { login: 'ed', role: 'editor' });
    const editorContext = await site.login(editor);
    const editorPage = await editorContext.newPage();
    await editorPage.goto(`${wp.url}/wp-admin/`);
    expect(await editorPage.locator('#igny8-connect-notice').count()).toBe(0);
    await editorContext.close();

    // A second administrator dismisses it with WordPress's ×: gone for them (after a reload too), not for the first.
    const other = addUser(wp, { login: 'second-admin', role: 'administrator' });
    const otherContext = await site.login(other);
    const otherPage = await otherContext.newPage();
    await otherPage.goto(`${wp.url}/wp-admin/`);
    const dismissed = otherPage.waitForResponse((r) => r.url().includes('igny8_bridge_dismiss_connect_notice'));
    await otherPage.locator('#igny8-connect-notice .notice-dismiss').click();
    await dismissed;
    await otherPage.goto(`${wp.url}/wp-admin/edit.php`);
    expect(await otherPage.locator('#igny8-connect-notice').count()).toBe(0);
    await otherContext.close();
    await page.goto(`${wp.url}/wp-admin/edit.php`);
    await notice.waitFor();

    // "Connect this site" opens the connect form on Igny8 → Settings; a code from the API connects it there.
    await notice.getByRole('link', { name: 'Connect this site' }).click();
    await page.waitForURL(/admin\.php\?page=igny8-bridge#igny8-connect-form$/);
    expect(await page.locator('#igny8-connect-notice').count()).toBe(0);
    await page.fill('#igny8-api-url', site.api.url);
    await page.fill('#igny8-connection-code', await site.connectionCode());
    await page.click('#igny8-connect');
    await expect.poll(() => page.locator('#igny8-notice').textContent()).toMatch(/Connected to Igny8/);
    await page.goto(`${wp.url}/wp-admin/`);
    expect(await page.locator('#igny8-connect-notice').count()).toBe(0);
    // Cleared once connected: a later disconnect does not bring the activation notice back.
    expect(wpJsonSync(wp, "get_option( 'igny8_bridge_connect_notice', null )")).toBeNull();
    await page.close();
  }, 90_000);

  it('has one Igny8 menu with the widget and Settings; the old Settings → Igny8 address redirects there', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/`);
    const menu = page.locator('#toplevel_page_igny8');
    expect((await menu.locator('a.menu-top').textContent())?.trim()).toBe('Igny8');
    const items = await menu
      .locator('.wp-submenu a')
      .evaluateAll((links) => links.map((a) => [a.textContent?.trim(), (a as HTMLAnchorElement).href]));
    expect(items).toEqual([
      ['Dashboard', `${wp.url}/wp-admin/admin.php?page=igny8`],
      ['Settings', `${wp.url}/wp-admin/admin.php?page=igny8-bridge`],
    ]);
    // Nothing of Igny8's is left under WordPress's own Settings menu.
    expect(await page.locator('#menu-settings a[href*="igny8"]').count()).toBe(0);
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=igny8-bridge`);
    expect(page.url()).toBe(`${wp.url}${settingsPath}`);
    expect(await page.locator('h1').textContent()).toBe('Igny8 settings');
    // The Plugins screen's "Settings" link goes there too.
    await page.goto(`${wp.url}/wp-admin/plugins.php`);
    const pluginRow = page.locator('tr[data-slug="igny8-bridge"] .row-actions');
    expect(await pluginRow.getByRole('link', { name: 'Settings', exact: true }).getAttribute('href')).toBe(
      `${wp.url}${settingsPath}`,
    );
    await page.close();
  });

  it('loads the widget from the plugin’s module chunks (no maps, nothing from another host), with a session opening every screen for an administrator', async () => {
    const page = await admin.newPage();
    const { errors, requests } = watch(page);
    const sessions: { features: string[]; role: string }[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/igny8/v1/widget-session')) sessions.push(await response.json());
    });
    const { widget, screen } = await openIgny8Page(page, wp);
    expect(screen).toBe('overview');
    await expect.poll(() => widget.getByTestId('site-name').textContent()).toBe('Rose Garden Blog');
    // The entry and the glue are module scripts; the entry's URL carries the build's version.
    const tags = await page.evaluate(() =>
      ['igny8-widget-js', 'igny8-bridge-admin-js'].map((id) => {
        const script = document.getElementById(id) as HTMLScriptElement;
        return { type: script.type, src: script.src };
      }),
    );
    const version = wpJsonSync(wp, "( include IGNY8_BRIDGE_DIR . 'assets/widget/igny8-widget.asset.php' )['version']");
    expect(version).toMatch(/^[0-9a-f]{20}$/);
    expect(tags).toEqual([
      { type: 'module', src: `${wp.url}/wp-content/plugins/igny8-bridge/assets/widget/igny8-widget.js?ver=${version}` },
      { type: 'module', src: expect.stringContaining('/assets/igny8-admin.js?ver=') },
    ]);
    const widgetFiles = requests.filter((url) => url.includes('/igny8-bridge/assets/widget/'));
    // The head preloads what the first screen needs (the entry, its imports, the overview's chunk and catalogue) at
    // the very URLs the widget then imports: no file is fetched twice (a preload at another URL would be).
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('head link[rel="modulepreload"]')].map((l) => (l as HTMLLinkElement).href),
    );
    expect(preloads[0]).toBe(tags[0]?.src);
    expect(preloads.some((url) => /\/chunks\/overview-[\w-]+\.js$/.test(url))).toBe(true);
    expect(preloads.filter((url) => !widgetFiles.includes(url))).toEqual([]);
    const paths = widgetFiles.map((url) => new URL(url).pathname);
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
    expect(widgetFiles.filter((url) => /\/assets\/widget\/chunks\/[\w-]+\.js$/.test(url)).length).toBeGreaterThan(1);
    expect(requests.filter((url) => url.endsWith('.map'))).toEqual([]);
    // Only this WordPress and the Igny8 API were asked for anything.
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([site.api.url, wp.url].sort());
    // An administrator's session: the admin role and every feature, so every screen's tab.
    expect(sessions[0]).toMatchObject({
      role: 'admin',
      features: ['overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings'],
    });
    expect(await widget.getByRole('tab').allTextContents()).toEqual([
      'Overview',
      'Planner',
      'Writer',
      'Automation',
      'Publishing',
      'Billing',
      'Settings',
    ]);
    // A screen opens from its own chunk, fetched when its tab is first chosen.
    const before = requests.length;
    await widget.getByRole('tab', { name: 'Billing' }).click();
    await expect.poll(() => widget.getAttribute('data-screen')).toBe('billing');
    expect(requests.slice(before).some((url) => /\/assets\/widget\/chunks\/billing-[\w-]+\.js$/.test(url))).toBe(true);
    // A link straight to a screen (&route=) opens it first.
    expect((await openIgny8Page(page, wp, { route: 'writer' })).screen).toBe('writer');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('gives an editor (let in with igny8_widget_capability) the API’s default screens, without billing and settings', async () => {
    const { mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const muPlugins = `${wp.dir}/wp-content/mu-plugins`;
    mkdirSync(muPlugins, { recursive: true });
    writeFileSync(
      `${muPlugins}/igny8-editors.php`,
      "<?php\nadd_filter( 'igny8_widget_capability', function () { return 'edit_others_posts'; } );\n",
    );
    try {
      const editor = addUser(wp, { login: 'writer-editor', role: 'editor' });
      const context = await site.login(editor);
      const page = await context.newPage();
      const sessions: { features: string[]; role: string }[] = [];
      page.on('response', async (response) => {
        if (response.url().includes('/igny8/v1/widget-session')) sessions.push(await response.json());
      });
      await page.goto(`${wp.url}/wp-admin/`);
      // The menu has the widget (its only item, so WordPress shows no submenu), not Settings (manage_options).
      expect(await page.locator('#toplevel_page_igny8 a.menu-top').getAttribute('href')).toBe('admin.php?page=igny8');
      expect(await page.locator('#toplevel_page_igny8 a[href*="igny8-bridge"]').count()).toBe(0);
      const { widget } = await openIgny8Page(page, wp);
      expect(sessions[0]).toMatchObject({
        role: 'editor',
        features: ['overview', 'keywords', 'writer', 'automation', 'publishing'],
      });
      expect(await widget.getByRole('tab').allTextContents()).toEqual([
        'Overview',
        'Planner',
        'Writer',
        'Automation',
        'Publishing',
      ]);
      // Igny8 → Settings stays the administrators'.
      expect((await page.goto(`${wp.url}${settingsPath}`))?.status()).toBe(403);
      await context.close();
    } finally {
      rmSync(`${muPlugins}/igny8-editors.php`, { force: true });
    }
  }, 60_000);

  it('takes the user’s admin colour scheme as the widget’s theme, readable (Ocean’s light green darkened)', async () => {
    const user = addUser(wp, { login: 'ocean-admin', role: 'administrator', adminColor: 'ocean' });
    const context = await site.login(user);
    const page = await context.newPage();
    await openIgny8Page(page, wp);
    const tokens = wpJsonSync(wp, "Igny8_Admin_Theme::tokens( 'ocean' )") as Record<string, string>;
    expect(tokens.primary).not.toBe('#9ebaa0');
    expect(await themeVariable(page, '--igny8-primary')).toBe(tokens.primary);
    expect(await themeVariable(page, '--igny8-on-primary')).toBe('#ffffff');
    expect(await themeVariable(page, '--igny8-background')).toBe('#f1f1f1');
    // The selected tab's focus ring and the links are drawn in it. The overview's link (the site's address) comes
    // with its data, after the first screen has rendered: wait for it.
    const link = page.locator('#igny8-admin a').first();
    await link.waitFor();
    expect(await link.evaluate((a) => getComputedStyle(a).color)).toBe('rgb(96, 113, 98)'); // #607162
    // Switched in the profile, the next page load has the new scheme.
    setUserPreferences(wp, user.id, { adminColor: 'midnight' });
    await openIgny8Page(page, wp);
    expect(await themeVariable(page, '--igny8-primary')).toBe(
      (wpJsonSync(wp, "Igny8_Admin_Theme::tokens( 'midnight' )") as Record<string, string>).primary,
    );
    // The default scheme keeps WordPress's own blue.
    const defaultPage = await admin.newPage();
    await openIgny8Page(defaultPage, wp);
    expect(await themeVariable(defaultPage, '--igny8-primary')).toBe('#2271b1');
    await defaultPage.close();
    await context.close();
  }, 60_000);

  it('speaks the user’s WordPress language without any language pack: French, and Arabic right to left', async () => {
    const french = addUser(wp, { login: 'amelie', role: 'administrator', locale: 'fr_FR' });
    const context = await site.login(french);
    const page = await context.newPage();
    const { widget } = await openIgny8Page(page, wp);
    const config = await page.evaluate(() => (window as unknown as { igny8Bridge: { locale: string } }).igny8Bridge);
    expect(config.locale).toBe('fr-FR');
    expect(await widget.getByRole('tab').allTextContents()).toEqual([
      'Vue d’ensemble',
      'Planification',
      'Rédaction',
      'Automatisation',
      'Publication',
      'Facturation',
      'Réglages',
    ]);
    expect(await page.locator('#igny8-admin .igny8-host').getAttribute('lang')).toBe('fr-FR');
    // Numbers in French formats too (the overview's credits).
    await expect.poll(() => widget.getByTestId('site-name').textContent()).toBe('Rose Garden Blog');

    setUserPreferences(wp, french.id, { locale: 'ar' });
    await openIgny8Page(page, wp);
    const host = page.locator('#igny8-admin .igny8-host');
    expect({ dir: await host.getAttribute('dir'), lang: await host.getAttribute('lang') }).toEqual({
      dir: 'rtl',
      lang: 'ar',
    });
    expect(await widget.getByRole('tab').first().textContent()).toBe('نظرة عامة');
    await context.close();
  }, 60_000);

  it('does not scroll sideways at 390 px inside wp-admin’s responsive layout, on any screen, and axe-core finds no serious or critical violation on the page', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const context = await site.login(undefined, viewport);
      const page = await context.newPage();
      const { widget } = await openIgny8Page(page, wp);
      await expect.poll(() => widget.getByTestId('site-name').textContent()).toBe('Rose Garden Blog');
      const tabs = await widget.getByRole('tab').allTextContents();
      // Every screen at 390 px (each tab in turn); the first one on a desktop.
      for (const [i, tab] of (viewport.width < 600 ? tabs : tabs.slice(0, 1)).entries()) {
        if (i > 0) {
          await widget.getByRole('tab', { name: tab, exact: true }).click();
          await expect.poll(() => widget.locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
        }
        const what = `${viewport.width} px, ${tab}`;
        const size = await page.evaluate(() => {
          const host = document.querySelector('#igny8-admin .igny8-host') as HTMLElement;
          const inner = host.shadowRoot?.querySelector('.igny8') as HTMLElement | null;
          return {
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
            hostRight: Math.ceil(host.getBoundingClientRect().right),
            innerScroll: inner?.scrollWidth ?? 0,
            innerWidth: inner?.clientWidth ?? 0,
          };
        });
        expect(size.scroll, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(size.client);
        expect(size.hostRight, `${what}: the widget is wider than the screen`).toBeLessThanOrEqual(size.client);
        expect(size.innerScroll, `${what}: the widget's content overflows it`).toBeLessThanOrEqual(size.innerWidth);

        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !coreViolation(v.id, n.target.join(' '))) }))
          .filter((v) => v.nodes.length);
        expect(
          bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${what}: axe-core violations on the Igny8 page`,
        ).toEqual([]);
        if (i === 0) {
          const name = viewport.width < 600 ? 'wordpress-widget-phone.png' : 'wordpress-widget.png';
          await docsScreenshot(page, name, { fullPage: true });
        }
      }
      await context.close();
    }
  }, 120_000);

  it('the page renders the connect hint and loads nothing of the widget while the site is not connected', async () => {
    wpJsonSync(wp, 'Igny8_Options::forget_connection()');
    try {
      const page = await admin.newPage();
      const { requests } = watch(page);
      await page.goto(`${wp.url}${igny8Path()}`);
      const hint = page.locator('#igny8-not-connected');
      await hint.waitFor();
      expect(await hint.getByRole('link').getAttribute('href')).toBe(`${wp.url}${settingsPath}#igny8-connect-form`);
      expect(requests.filter((url) => url.includes('/assets/widget/'))).toEqual([]);
      // The activation notice stays away on wp-admin's other screens (it was cleared by the connection).
      await page.goto(`${wp.url}/wp-admin/`);
      expect(await page.locator('#igny8-connect-notice').count()).toBe(0);
      await page.close();
    } finally {
      await site.connect();
    }
  });
});
