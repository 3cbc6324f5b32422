// The Settings screen in a real browser against the fake API: every section loads and saves with the right request
// bodies, secrets are shown once with Copy, destructive actions wait for a confirmation, a lower role sees disabled
// controls with the reason, and the WordPress panel goes with brand.hideWordPress.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectAccessible,
  expectNoHorizontalScroll,
  newPage,
  type OpenWidget,
  openScreen,
  openWidget,
  screenshot,
} from '../helpers/browser.js';
import { SITE, SITE_ID } from '../helpers/fake/common.js';
import {
  API_KEY_ID,
  asRole,
  INVITATION_ID,
  MEMBERS,
  NOTIFICATIONS,
  SECTORS,
  settingsRoutes,
} from '../helpers/fake/settings.js';

type Requests = OpenWidget['api']['requests'];
const sent = (requests: Requests, method: string, path: string) =>
  requests.filter((r) => r.method === method && r.path === path);

/** Opens a section from the sub-navigation and waits for its heading. */
async function section(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

const secretValue = (page: Page) => page.getByTestId('secret').locator('input').inputValue();

describe.skipIf(!browserAvailable())('Settings', () => {
  describe('as an administrator', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await openWidget({ locale: 'en' });
      await w.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: w.api.url });
      await openScreen(w.page, 'Settings', 'settings');
    });
    afterAll(() => w?.close());

    it('Site: saves what changed, and shows the API’s validation errors by their field', async () => {
      const { page, api } = w;
      const name = page.getByLabel('Site title');
      await expect.poll(() => name.inputValue()).toBe('Example Garden Blog');
      expect(
        await page
          .getByRole('navigation', { name: 'Settings sections' })
          .getByRole('button', { name: 'Site' })
          .getAttribute('aria-current'),
      ).toBe('true');
      await expectAccessible(page, 'settings site');

      await name.fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Some values are not valid.');
      expect(await page.locator('#f-name-e').textContent()).toBe('Required, or too short.');
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await name.getAttribute('aria-describedby')).toBe('f-name-e');
      expect(await name.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(sent(api.requests, 'PATCH', SITE).at(-1)?.body).toEqual({ name: '' });
      await expectAccessible(page, 'settings site with a field error');

      await page.getByLabel('Site address (URL)').fill('roses.example');
      await page.getByLabel('Site title').fill('Rose Garden');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.locator('#f-url-e').textContent()).toBe('This value is not valid.');

      await page.getByLabel('Site address (URL)').fill('https://roses.example');
      await page.getByLabel('Description').fill('All about roses.');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Saved.');
      expect(await page.locator('.field-error').count()).toBe(0);
      expect(sent(api.requests, 'PATCH', SITE).at(-1)?.body).toEqual({
        name: 'Rose Garden',
        url: 'https://roses.example',
        description: 'All about roses.',
      });
      await screenshot(page, 'settings-site-desktop.png');
    });

    it('Sectors: the industry’s sectors within the plan’s limit, saved as the chosen ids', async () => {
      const { page, api } = w;
      // The sub-navigation works from the keyboard.
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('button', { name: 'Sectors' })
        .focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Sectors' }).waitFor();
      await expect.poll(() => page.getByLabel('Industry').inputValue()).toBe('Home & Garden');
      expect(await page.getByLabel('Industry').getAttribute('readonly')).not.toBeNull();
      expect(await page.getByText('Fixed once the site has sectors.').count()).toBe(1);
      const box = (name: string) => page.getByRole('checkbox', { name });
      await expect.poll(() => box('Gardening').isChecked()).toBe(true);
      expect(await page.getByText('Choose 1 to 3 sectors (your plan: Pro). Selected: 1.').count()).toBe(1);
      await box('Landscaping').check();
      await box('Indoor plants').check();
      expect(await box('Lawn care').isDisabled()).toBe(true);
      expect(await page.getByText('Choose 1 to 3 sectors (your plan: Pro). Selected: 3.').count()).toBe(1);
      await expectAccessible(page, 'settings sectors at the limit');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Saved.');
      expect(sent(api.requests, 'PUT', `${SITE}/sectors`).at(-1)?.body).toEqual({
        sector_ids: [SECTORS.gardening, SECTORS.landscaping, SECTORS.indoor],
      });
      expect(sent(api.requests, 'GET', '/v1/industries/77777777-7777-4777-8777-000000000001').length).toBeGreaterThan(
        0,
      );
    });

    it('Brand voice: every writer setting, sending only what changed', async () => {
      const { page, api } = w;
      await section(page, 'Brand voice');
      const language = page.getByLabel('Language', { exact: true });
      await expect.poll(() => language.inputValue()).toBe('');
      expect(await page.getByLabel('Point of view').inputValue()).toBe('second_person');
      await expectAccessible(page, 'settings brand voice');
      await language.selectOption('es');
      await page.getByLabel('Tone').fill('friendly, expert');
      await page.getByLabel('Audience').fill('Home gardeners');
      await page.getByLabel('Reading level').selectOption('simple');
      await page.getByLabel('Banned words').fill('cheap\n synergy \n\n');
      await page.getByLabel('Internal links').fill('5');
      await page.getByLabel('Images in the text').fill('12');
      await page.getByLabel('Keep inline styles').check();
      await page.getByLabel('Allowed embeds').fill('www.youtube.com');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => page.locator('#f-in_article_images-e').textContent())
        .toBe('Enter a whole number from 0 to 10.');
      await page.getByLabel('Images in the text').fill('4');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Saved.');
      expect(sent(api.requests, 'PATCH', `${SITE}/writer-settings`).at(-1)?.body).toEqual({
        language: 'es',
        tone: 'friendly, expert',
        audience: 'Home gardeners',
        reading_level: 'simple',
        banned_words: ['cheap', 'synergy'],
        links_per_1000_words: 5,
        in_article_images: 4,
        allow_style: true,
        iframe_hosts: ['www.youtube.com'],
      });
      // Saved values are the new baseline: clearing the tone sends only that, as null.
      await page.getByLabel('Tone').fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => sent(api.requests, 'PATCH', `${SITE}/writer-settings`).at(-1)?.body)
        .toEqual({ tone: null });
    });

    it('WordPress: status, a connection code shown once with Copy, Test and Sync', async () => {
      const { page, api } = w;
      await section(page, 'WordPress');
      await expect.poll(() => page.locator('[data-state]').getAttribute('data-state')).toBe('connected');
      expect(await page.getByTestId('last-error').textContent()).toBe(
        'Last error: WordPress answered 503 to the health check.',
      );
      await page.getByRole('button', { name: 'Get a connection code' }).click();
      await expect.poll(() => secretValue(page)).toBe('igny8_cc_fake1secret');
      const box = page.getByTestId('secret');
      expect(await box.textContent()).toContain('Copy it now: it is shown only once.');
      expect(await box.textContent()).toMatch(/Valid until .+\./);
      expect(await box.textContent()).toContain('paste it on the plugin’s settings page and select Connect');
      await box.getByRole('button', { name: 'Copy' }).click();
      await expect.poll(() => box.getByRole('status').textContent()).toBe('Copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('igny8_cc_fake1secret');
      expect(sent(api.requests, 'POST', `${SITE}/integration/connection-code`)).toHaveLength(1);
      await expectAccessible(page, 'settings wordpress with a code');

      await page.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => page.getByTestId('last-error').count()).toBe(0);
      expect(await page.getByTestId('saved').textContent()).toBe('Done.');
      await page.getByRole('button', { name: 'Sync from WordPress' }).click();
      await expect.poll(() => page.locator('dl').textContent()).toContain('2 categories, 1 tags, 1 authors');
      expect(await page.getByTestId('saved').textContent()).toBe('Done.');
      expect(sent(api.requests, 'POST', `${SITE}/integration/test`)).toHaveLength(1);
      expect(sent(api.requests, 'POST', `${SITE}/integration/sync`)).toHaveLength(1);

      // Shown once: back on the section, the code is gone.
      await section(page, 'Site');
      await section(page, 'WordPress');
      await page.getByRole('button', { name: 'Get a connection code' }).waitFor();
      expect(await page.getByTestId('secret').count()).toBe(0);
    });

    it('Team: members with their roles, invite, change a role, revoke an invitation and remove after a confirmation', async () => {
      const { page, api } = w;
      await section(page, 'Team');
      const members = page.getByTestId('members');
      await expect.poll(() => members.locator('tbody tr').count()).toBe(3);
      const row = (name: string) => members.locator('tr', { hasText: name });
      // Owners and admins reach every site: a session scoped to this one shows them and leaves them be.
      for (const name of ['Olivia Owner', 'Adam Admin']) {
        expect(await row(name).textContent()).toContain(
          'Reaches every site, so it is changed from the account, not from a site.',
        );
        expect(await row(name).getByRole('combobox').count()).toBe(0);
        expect(await row(name).getByRole('button').count()).toBe(0);
      }
      expect(
        await page
          .getByRole('combobox', { name: 'Role: Erin Editor' })
          .locator('option')
          .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
      ).toEqual(['editor', 'viewer']);
      await expectAccessible(page, 'settings team');

      await page.getByRole('combobox', { name: 'Role: Erin Editor' }).selectOption('viewer');
      await page.getByRole('button', { name: 'Change: Erin Editor' }).click();
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Done.');
      expect(sent(api.requests, 'PATCH', `/v1/account/members/${MEMBERS.editor}`)[0]?.body).toEqual({ role: 'viewer' });
      expect(await page.getByRole('combobox', { name: 'Role: Erin Editor' }).inputValue()).toBe('viewer');

      await page.getByLabel('Email').fill('not an email');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await expect.poll(() => page.locator('#f-email-e').textContent()).toBe('This value is not valid.');
      await page.getByLabel('Email').fill('new@garden.example');
      await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('editor');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Done.');
      expect(sent(api.requests, 'POST', '/v1/account/members').at(-1)?.body).toEqual({
        email: 'new@garden.example',
        role: 'editor',
      });
      await expect.poll(() => page.getByTestId('invitations').textContent()).toContain('new@garden.example');

      await page.getByRole('button', { name: 'Revoke: vic@garden.example' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.textContent()).toContain('Revoke the invitation sent to vic@garden.example?');
      await dialog.getByRole('button', { name: 'Revoke' }).click();
      await expect.poll(() => page.getByTestId('invitations').textContent()).not.toContain('vic@garden.example');
      expect(sent(api.requests, 'DELETE', `/v1/account/invitations/${INVITATION_ID}`)).toHaveLength(1);

      const remove = page.getByRole('button', { name: 'Remove: Erin Editor' });
      await remove.click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      // Focus is in the dialog; Escape closes it and gives focus back, and nothing is removed.
      expect(
        await page.evaluate(() =>
          (document.querySelector('.igny8-host')?.shadowRoot?.activeElement as HTMLElement)?.closest('dialog'),
        ),
      ).not.toBeNull();
      await expectAccessible(page, 'settings team with the confirmation');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await remove.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(sent(api.requests, 'DELETE', `/v1/account/members/${MEMBERS.editor}`)).toHaveLength(0);
      await remove.click();
      await dialog.getByText('Remove Erin Editor from the account? They lose access to every site.').waitFor();
      await dialog.getByRole('button', { name: 'Remove' }).click();
      await expect.poll(() => members.locator('tbody tr').count()).toBe(2);
      expect(sent(api.requests, 'DELETE', `/v1/account/members/${MEMBERS.editor}`)).toHaveLength(1);
      await screenshot(page, 'settings-team-desktop.png');
    });

    it('API keys: create one (its secret shown once, with Copy), and revoke one after a confirmation', async () => {
      const { page, api } = w;
      await section(page, 'API keys');
      const keys = page.getByTestId('keys');
      await expect.poll(() => keys.locator('tbody tr').count()).toBe(2);
      expect(await keys.locator('tr', { hasText: 'Old importer' }).textContent()).toContain('Revoked');
      await expectAccessible(page, 'settings api keys');

      await page.getByLabel('Name', { exact: true }).fill('Zapier');
      await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('viewer');
      await page.getByLabel('Expires').selectOption({ label: 'In 30 days' });
      const before = Date.now();
      await page.getByRole('button', { name: 'Create API key' }).click();
      await expect.poll(() => secretValue(page)).toBe('igny8_sk_new1_TOPSECRET');
      const body = sent(api.requests, 'POST', '/v1/api-keys')[0]?.body as Record<string, string>;
      expect({ ...body, expires_at: undefined }).toEqual({ name: 'Zapier', role: 'viewer', site_id: SITE_ID });
      const expires = Date.parse(body.expires_at ?? '');
      expect(expires - before).toBeGreaterThan(29.9 * 86_400_000);
      expect(expires - before).toBeLessThan(30.1 * 86_400_000);
      expect(await page.getByTestId('secret').textContent()).toContain('Copy it now: it is shown only once.');
      await page.getByTestId('secret').getByRole('button', { name: 'Copy' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('igny8_sk_new1_TOPSECRET');
      await expect.poll(() => keys.locator('tbody tr').count()).toBe(3);
      expect(await keys.textContent()).not.toContain('TOPSECRET');
      await expectAccessible(page, 'settings api keys with a secret');
      await screenshot(page, 'settings-keys-desktop.png');

      await page.getByRole('button', { name: 'Revoke: CI deploy' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Revoke the key CI deploy? Anything using it stops working at once.').waitFor();
      await dialog.getByRole('button', { name: 'Revoke' }).click();
      await expect.poll(() => keys.locator('tr', { hasText: 'CI deploy' }).textContent()).toContain('Revoked');
      expect(sent(api.requests, 'DELETE', `/v1/api-keys/${API_KEY_ID}`)).toHaveLength(1);

      await section(page, 'Team');
      await section(page, 'API keys');
      await keys.waitFor();
      expect(await page.getByTestId('secret').count()).toBe(0);
    });

    it('Notifications: the unread count, marking one read, the unread filter', async () => {
      const { page, api } = w;
      await section(page, 'Notifications');
      const list = page.getByTestId('notifications');
      await expect.poll(() => list.locator('li').count()).toBe(3);
      expect(await page.getByRole('button', { name: 'Unread (2)' }).count()).toBe(1);
      await expectAccessible(page, 'settings notifications');
      await page.getByRole('button', { name: 'Mark as read: 80% of your credits used' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Unread (1)' }).count()).toBe(1);
      expect(sent(api.requests, 'POST', `/v1/notifications/${NOTIFICATIONS.credits}/read`)).toHaveLength(1);
      expect(await page.getByRole('button', { name: /^Mark as read/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Unread (1)' }).click();
      await expect.poll(() => list.locator('li').count()).toBe(1);
      expect(await list.textContent()).toContain('Invoice paid');
      expect(api.requests.some((r) => r.path === '/v1/notifications' && r.method === 'GET')).toBe(true);
    });

    it('Budget (in the Site section): the month’s use, and a cap in credits set and cleared', async () => {
      const { page, api } = w;
      await section(page, 'Site');
      const cap = page.getByLabel('Monthly credits cap');
      await expect
        .poll(() => page.locator('#f-monthly_credit_cap-h').textContent())
        .toBe('1,234 credits used this month. Leave empty for no cap.');
      expect(await cap.inputValue()).toBe('');
      await expectAccessible(page, 'settings site with the budget');
      const patches = sent(api.requests, 'PATCH', SITE).length;
      await cap.fill('5000');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => sent(api.requests, 'PUT', `${SITE}/budget`).at(-1)?.body)
        .toEqual({ monthly_credit_cap: 5000 });
      await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Saved.');
      await expect.poll(() => cap.inputValue()).toBe('5000');
      // Only the budget changed: the site itself is not sent.
      expect(sent(api.requests, 'PATCH', SITE)).toHaveLength(patches);
      await cap.fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => sent(api.requests, 'PUT', `${SITE}/budget`).at(-1)?.body)
        .toEqual({ monthly_credit_cap: null });
      await expect.poll(() => cap.inputValue()).toBe('');
    });

    it('fits a 390 px phone: no horizontal scroll in any section', async () => {
      const phone = await newPage(w.browser, { width: 390, height: 844 });
      await phone.goto(w.api.url);
      await openScreen(phone, 'Settings', 'settings');
      await phone.getByLabel('Site title').waitFor();
      await expectNoHorizontalScroll(phone, 'settings site at 390 px');
      await screenshot(phone, 'settings-phone.png');
      for (const name of ['Sectors', 'Brand voice', 'WordPress', 'Team', 'API keys', 'Notifications']) {
        await section(phone, name);
        await phone.waitForFunction(
          () => !document.querySelector('.igny8-host')?.shadowRoot?.querySelector('[aria-busy="true"]'),
        );
        await expectNoHorizontalScroll(phone, `settings ${name} at 390 px`);
      }
      await phone.context().close();
    });
  });

  describe('as a viewer', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await openWidget(
        { locale: 'en', brand: { terms: { credits: 'tokens', Credits: 'Tokens' } } },
        { api: { routes: [asRole('viewer')] } },
      );
      await openScreen(w.page, 'Settings', 'settings');
    });
    afterAll(() => w?.close());

    it('sees every setting with the controls disabled, and why', async () => {
      const { page, api } = w;
      const reason = 'Your role (Viewer) cannot change these settings.';
      await expect.poll(() => page.getByLabel('Site title').inputValue()).toBe('Example Garden Blog');
      expect(await page.getByText(reason).count()).toBe(1);
      expect(await page.getByLabel('Site title').isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      expect(await page.locator('fieldset[disabled]').first().getAttribute('aria-describedby')).toBe('igny8-role-note');
      await expectAccessible(page, 'settings site as a viewer');

      await section(page, 'Team');
      await expect.poll(() => page.getByTestId('members').locator('tbody tr').count()).toBe(3);
      expect(await page.getByRole('combobox', { name: /^Role:/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
      expect(await page.getByLabel('Email').isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Send invitation' }).isDisabled()).toBe(true);
      expect(await page.getByText(reason).count()).toBe(1);
      await expectAccessible(page, 'settings team as a viewer');

      await section(page, 'API keys');
      await expect.poll(() => page.getByText(reason).count()).toBe(1);
      expect(await page.getByTestId('keys').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Create API key' }).count()).toBe(0);

      await section(page, 'WordPress');
      await page.getByRole('button', { name: 'Get a connection code' }).waitFor();
      expect(await page.getByRole('button', { name: 'Get a connection code' }).isDisabled()).toBe(true);

      // A viewer may still mark notifications read.
      await section(page, 'Notifications');
      await page.getByRole('button', { name: 'Mark as read: Invoice paid' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Unread (1)' }).count()).toBe(1);

      await section(page, 'Site');
      await expect
        .poll(() => page.locator('#f-monthly_credit_cap-h').textContent())
        .toBe('1,234 tokens used this month. Leave empty for no cap.');
      expect(await page.getByLabel('Monthly tokens cap').isDisabled()).toBe(true);

      // Nothing admin-only was asked for.
      expect(api.requests.some((r) => r.path.startsWith('/v1/api-keys'))).toBe(false);
      expect(api.requests.some((r) => r.path.startsWith('/v1/account/invitations'))).toBe(false);
      expect(api.requests.some((r) => r.path === `${SITE}/access`)).toBe(false);
      expect(api.requests.some((r) => ['PATCH', 'PUT', 'DELETE'].includes(r.method))).toBe(false);
    });
  });

  describe('when the role cannot be read', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await openWidget({ locale: 'en' }, { api: { routes: [asRole('editor', { unknownRole: true })] } });
      await openScreen(w.page, 'Settings', 'settings');
    });
    afterAll(() => w?.close());

    it('lets the API refuse with INSUFFICIENT_ROLE, then disables the controls with the reason', async () => {
      const { page, api } = w;
      const name = page.getByLabel('Site title');
      await expect.poll(() => name.inputValue()).toBe('Example Garden Blog');
      expect(await name.isDisabled()).toBe(false);
      await name.fill('Mine now');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your role does not allow this.');
      await expect.poll(() => name.isDisabled()).toBe(true);
      expect(await page.getByText('Your role (unknown) cannot change these settings.').count()).toBe(1);
      expect(sent(api.requests, 'PATCH', SITE)).toHaveLength(1);
      await expectAccessible(page, 'settings after INSUFFICIENT_ROLE');
    });
  });

  describe('for a partner whose sites are not WordPress', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      // A site without sectors yet: its industry can still change.
      w = await openWidget(
        { locale: 'en', brand: { hideWordPress: true } },
        { api: { routes: [settingsRoutes({ sectorIds: [] })] } },
      );
      await openScreen(w.page, 'Settings', 'settings');
    });
    afterAll(() => w?.close());

    it('has no WordPress section and never asks for the connection', async () => {
      const { page, api } = w;
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      await page.getByLabel('Site title').waitFor();
      expect(await nav.getByRole('button').allTextContents()).toEqual([
        'Site',
        'Sectors',
        'Brand voice',
        'Team',
        'API keys',
        'Notifications',
      ]);
      expect(await page.getByText('WordPress', { exact: true }).count()).toBe(0);
      expect(api.requests.some((r) => r.path.startsWith(`${SITE}/integration`))).toBe(false);
    });

    it('lets a site without sectors choose its industry, then that industry’s sectors', async () => {
      const { page, api } = w;
      await section(page, 'Sectors');
      const industry = page.getByLabel('Industry');
      await expect.poll(() => industry.inputValue()).toBe('77777777-7777-4777-8777-000000000001');
      expect(await page.getByText('Choose 1 to 3 sectors (your plan: Pro). Selected: 0.').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      await industry.selectOption({ label: 'Food & Drink' });
      await page.getByRole('checkbox', { name: 'Recipes' }).check();
      expect(await page.getByRole('checkbox', { name: 'Gardening' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByLabel('Industry').inputValue()).toBe('Food & Drink');
      expect(sent(api.requests, 'PATCH', SITE).at(-1)?.body).toEqual({
        industry_id: '77777777-7777-4777-8777-000000000002',
      });
      expect(sent(api.requests, 'PUT', `${SITE}/sectors`).at(-1)?.body).toEqual({ sector_ids: [SECTORS.recipes] });
      expect(sent(api.requests, 'GET', '/v1/industries')).toHaveLength(1);
      await expectAccessible(page, 'settings sectors without a sector yet');
    });
  });
});
