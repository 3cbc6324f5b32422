// wp-admin in Chromium around the Igny8 widget, for the suites (and the first-render benchmark) that drive the widget
// where WordPress users meet it: a real server, a WordPress with the built plugin (the widget's module chunks inside)
// connected to it, users of any role, locale and admin colour scheme logged in, and the Igny8 page opened until its
// first screen has rendered.
//
//   const site = await startConnectedSite({ siteName: 'Rose Garden Blog' });
//   const { page, widget } = await openIgny8Page(await site.adminPage(), site.wp, { route: 'writer' });
//   await widget.getByRole('tab', { name: 'Writer' }).click();
//   …
//   await site.close();
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { components } from '@igny8/contract/openapi';
import { launchChromium } from '@igny8/test-support/browser';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { call, signupWithSite } from '../../packages/server/test/helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../../packages/server/test/helpers/server.js';
import { connectPlugin, startWordpress, stopWordpress, type Wordpress, wpEval } from './wordpress.js';

/** The widget's screens (packages/widget/src/screens/registry.ts), for `&route=`. */
export type Route = 'overview' | 'planner' | 'writer' | 'automation' | 'publishing' | 'billing' | 'settings';

/** The Igny8 menu's widget page, opening `route` first when given. */
export const igny8Path = (route?: Route) => `/wp-admin/admin.php?page=igny8${route ? `&route=${route}` : ''}`;
/** Igny8 → Settings (the connect form, status, test, rotate, disconnect). */
export const settingsPath = '/wp-admin/admin.php?page=igny8-bridge';

/** Logs `page`'s context in to wp-admin (the admin unless another user is given). */
export async function loginInBrowser(
  page: Page,
  wp: Wordpress,
  user: { login: string; password: string } = { login: wp.adminUser, password: wp.adminPassword },
) {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await page.click('#wp-submit');
  try {
    await page.waitForURL(/wp-admin/);
  } catch (err) {
    // wp-admin answered (the login's redirect has set the cookies) but one of the dashboard's files is slow to come
    // from `php -S` on a busy machine: signed in all the same. (Waiting only for the response, `waitUntil: 'commit'`,
    // and closing the page mid-load made later pages of the suite hang.)
    if (!new URL(page.url()).pathname.startsWith('/wp-admin')) throw err;
  }
}

export interface WpUser {
  id: number;
  login: string;
  password: string;
}

/**
 * A WordPress user with a role, and optionally their own locale (`fr_FR`: no language pack needed, WordPress keeps
 * the setting and hands it to the plugin) and admin colour scheme (`ocean`…).
 */
export function addUser(
  wp: Wordpress,
  {
    login,
    role = 'editor',
    locale,
    adminColor,
  }: { login: string; role?: string; locale?: string; adminColor?: string },
): WpUser {
  const password = `${login}-password-123-Long!`;
  const fields = {
    user_login: login,
    user_pass: password,
    user_email: `${login}@example.test`,
    role,
    ...(locale ? { locale } : {}),
    ...(adminColor ? { admin_color: adminColor } : {}),
  };
  const id = Number(
    wpEval(
      wp,
      `$id = wp_insert_user( json_decode( ${JSON.stringify(JSON.stringify(fields))}, true ) ); echo is_wp_error( $id ) ? 0 : $id;`,
    ),
  );
  if (!id) throw new Error(`creating the WordPress user ${login} failed`);
  return { id, login, password };
}

/** Sets a user's admin colour scheme and locale, as their profile page does. */
export function setUserPreferences(wp: Wordpress, userId: number, prefs: { adminColor?: string; locale?: string }) {
  const fields = { ID: userId, ...(prefs.adminColor ? { admin_color: prefs.adminColor } : {}) };
  wpEval(wp, `wp_update_user( json_decode( ${JSON.stringify(JSON.stringify(fields))}, true ) );`);
  if (prefs.locale !== undefined) {
    wpEval(wp, `update_user_meta( ${userId}, 'locale', ${JSON.stringify(prefs.locale)} );`);
  }
}

export interface Igny8Page {
  page: Page;
  /** `#igny8-admin`, the widget's container: locators reach into its Shadow DOM. */
  widget: Locator;
  /** The route of the screen shown first (what the glue recorded from the widget's onScreen). */
  screen: string;
}

/**
 * Opens the Igny8 page and waits until the widget has rendered its first screen (the glue's `data-screen`, set from
 * the widget's onScreen). Fails with the page's notice when the widget could not start.
 */
export async function openIgny8Page(
  page: Page,
  wp: Wordpress,
  { route, timeout = 20_000 }: { route?: Route; timeout?: number } = {},
): Promise<Igny8Page> {
  await page.goto(`${wp.url}${igny8Path(route)}`);
  const widget = page.locator('#igny8-admin');
  const failure = page.locator('#igny8-session-error, #igny8-not-connected, #igny8-widget-missing');
  await Promise.race([
    page.waitForSelector('#igny8-admin[data-screen]', { timeout, state: 'attached' }),
    failure.first().waitFor({ timeout }),
  ]);
  if (await failure.count()) throw new Error(`the Igny8 page shows: ${(await failure.first().textContent())?.trim()}`);
  return { page, widget, screen: (await widget.getAttribute('data-screen')) ?? '' };
}

/**
 * Once more after a connection reset: the server closes a keep-alive connection left idle for 5 s, which Node's fetch
 * may pick for its next request after the blocking steps here (starting WordPress, PHP run to completion), and a POST
 * is not retried on its own.
 */
async function againIfReset<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return request();
  }
}

export interface ConnectedSite {
  api: TestServer;
  wp: Wordpress;
  owner: Awaited<ReturnType<typeof signupWithSite>>['s'];
  site: components['schemas']['Site'];
  siteId: string;
  browser: Browser;
  /** A fresh one-time connection code for the site, from the API. */
  connectionCode(): Promise<string>;
  /** Connects the plugin with a fresh code, as Igny8 → Settings → Connect does. */
  connect(): Promise<void>;
  /** Calls the API as the account's owner. */
  asOwner(method: string, path: string, body?: unknown): ReturnType<typeof call>;
  /** A new browser context logged in as `user` (the admin by default), with a 1280×900 viewport unless given. */
  login(user?: WpUser, viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A page in a context of its own logged in as the admin. */
  adminPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The whole stack for a widget suite: the real server (jobs worked in process; `publicUrl` so a WordPress can fetch
 * its image URLs), an account with a site (and `credits` bonus credits when given), a WordPress with the built plugin
 * and the widget, connected with a code from the API, and Chromium.
 */
export async function startConnectedSite({
  siteName = 'Rose Garden Blog',
  siteUrl,
  credits,
  env = {},
  postgresUrl,
  connect = true,
  staticMaxAge,
}: {
  siteName?: string;
  siteUrl?: string;
  credits?: number;
  env?: Record<string, string>;
  /** The PostgreSQL to make the server's database on (the test run's by default; a benchmark passes its own). */
  postgresUrl?: string;
  /** Connect the plugin before returning (default); without, the site is as just after activation. */
  connect?: boolean;
  /** WordPress's static files cacheable for that many seconds (the first-render benchmark's warm cache). */
  staticMaxAge?: number;
} = {}): Promise<ConnectedSite> {
  const api = await startTestServer({
    publicUrl: true,
    env: { ALLOW_PRIVATE_URLS: 'true', CORS_ORIGINS: '', ...env },
    ...(postgresUrl ? { postgresUrl } : {}),
  });
  let wp: Wordpress | undefined;
  let browser: Browser | undefined;
  try {
    const bonus = credits ? { operator: await operatorSession(api), amount: credits } : undefined;
    const { s: owner, site } = await signupWithSite(api.url, siteName, { url: siteUrl, bonus });
    wp = startWordpress({ apiUrl: api.url, requireWidget: true, staticMaxAge });
    const connectionCode = async () =>
      (
        await againIfReset(() =>
          call(api.url, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: owner.access_token }),
        )
      ).body.data.code as string;
    const wordpress = wp;
    const connectNow = async () => {
      await connectPlugin(wordpress, api.url, await connectionCode());
    };
    if (connect) await connectNow();
    browser = await launchChromium();
    const started = { wp, browser };
    const login = async (user?: WpUser, viewport = { width: 1280, height: 900 }) => {
      const context = await started.browser.newContext({ viewport });
      const page = await context.newPage();
      await loginInBrowser(page, started.wp, user);
      await page.close();
      return context;
    };
    return {
      api,
      wp,
      owner,
      site,
      siteId: site.id,
      browser,
      connectionCode,
      connect: connectNow,
      asOwner: (method, path, body) =>
        againIfReset(() => call(api.url, method, path, { token: owner.access_token, body })),
      login,
      adminPage: async (viewport) => (await login(undefined, viewport)).newPage(),
      async close() {
        await started.browser.close();
        stopWordpress(started.wp);
        await api.close();
      },
    };
  } catch (error) {
    await browser?.close();
    stopWordpress(wp);
    await api.close();
    throw error;
  }
}

/** The widget's words in one of its languages, as its catalogues hold them (packages/widget/locales/<lang>/*.json). */
export type WidgetText = (key: string, params?: Record<string, string | number>) => string;

/**
 * Reads the widget's catalogues of `language` and answers its `t(key, params)`: what a user of that language sees, with
 * `{credits}`, `{Credits}`, `{plan}` and `{Plan}` the partner's `terms` when given (else the catalogue's own). Suites
 * name what they click by the catalogue's keys, so a reworded label moves with its catalogue.
 */
export function widgetText(language: string, terms: Record<string, string> = {}): WidgetText {
  const dir = resolve(import.meta.dirname, '../../packages/widget/locales', language);
  const messages: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    Object.assign(messages, JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
  }
  const term = (name: string) => terms[name] ?? messages[`term.${name}`];
  return (key, params = {}) => {
    const template = key.startsWith('term.') ? (term(key.slice(5)) ?? messages[key]) : messages[key];
    if (template === undefined) throw new Error(`no “${key}” in the widget's ${language} catalogues`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      String(params[name] ?? (['credits', 'Credits', 'plan', 'Plan'].includes(name) ? term(name) : whole)),
    );
  };
}
