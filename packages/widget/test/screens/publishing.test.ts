// The Publishing screen in a real browser against the fake API: the list table by status, the month calendar (in
// the site's timezone, by keyboard, an agenda on a phone), unpublishing and unscheduling after a confirmation, and
// sending a failed one again. The browser's clock is set to 3 January 2026 so "today" and the month are known.
import type { Page } from 'playwright-core';
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
} from '../helpers/browser.js';
import { ok, SITE, SITE_ID } from '../helpers/fake/common.js';

const TODAY = new Date('2026-01-03T15:00:00Z');
// The site's timezone as WordPress reports it: 8 hours behind UTC, so the post published at 00:00 UTC on
// 1 January is on the 31st of December there.
const ZONE = 'America/Los_Angeles';
const integration = ok({
  site_id: SITE_ID,
  status: 'connected',
  wordpress_url: 'https://blog.example',
  rest_url: 'https://blog.example/wp-json/',
  widget_origin: 'https://blog.example',
  wp_version: '6.8',
  plugin_version: '0.1.0',
  seo_plugin: 'yoast',
  connected_at: '2026-01-01T00:00:00Z',
  last_checked_at: null,
  last_error: null,
  synced_at: '2026-01-01T00:00:00Z',
  metadata: { post_types: ['post'], taxonomies: [], categories: [], tags: [], authors: [], timezone: ZONE },
});

/** Opens the widget on a page of its own with the clock at TODAY, on the Publishing screen. */
async function openPublishing(
  w: OpenWidget,
  viewport: { width: number; height: number },
  { path = '/', tab = 'Publishing' } = {},
): Promise<Page> {
  const page = await newPage(w.browser, viewport);
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${w.api.url}${path}`);
  await openScreen(page, tab, 'publishing');
  return page;
}

const focusedDay = (page: Page) =>
  page.evaluate(() => (document.querySelector('.igny8-host')?.shadowRoot?.activeElement as HTMLElement)?.dataset.day);

describe.skipIf(!browserAvailable())('Publishing', () => {
  let w: OpenWidget;
  let page: Page;
  beforeAll(async () => {
    w = await openWidget(
      { locale: 'en' },
      {
        pages: { '/ar': hostPage({ locale: 'ar' }, { lang: 'ar', dir: 'rtl' }) },
        api: {
          routes: [
            ({ path, method }) => (method === 'GET' && path === `${SITE}/integration` ? integration : undefined),
          ],
        },
      },
    );
    page = await openPublishing(w, { width: 1100, height: 900 });
  });
  afterAll(() => w?.close());

  it('lists the publications by status in the site’s timezone, with the WordPress link and warnings', async () => {
    await expect.poll(() => page.getByTestId('pub-all').locator('tbody tr').count()).toBe(3);
    expect(await page.getByText(`Times are in ${ZONE}.`).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Prune roses' }).first().getAttribute('href')).toBe(
      'https://blog.example/prune-roses/',
    );
    const table = page.getByTestId('pub-all');
    expect(await table.textContent()).toContain('An image could not be fetched');
    expect(await table.textContent()).toContain('WordPress did not answer: timeout.');
    // 1 January 00:00 UTC is the evening before in Los Angeles.
    expect(await table.locator('tr', { hasText: 'Prune roses' }).textContent()).toContain('Dec 31, 2025');
    await expectAccessible(page, 'publishing list');
    await screenshot(page, 'publishing-list-desktop.png');

    await page.getByRole('button', { name: /^Scheduled \(1\)/ }).click();
    await expect.poll(() => page.getByTestId('pub-scheduled').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('pub-scheduled').textContent()).toContain('Water roses');
    expect(await page.getByTestId('pub-scheduled').textContent()).toContain('Jan 5, 2026');
    await page.getByRole('button', { name: /^Failed \(1\)/ }).click();
    expect(await page.getByTestId('pub-failed').textContent()).toContain('WordPress did not answer: timeout.');
    await expectAccessible(page, 'publishing list, failed');
    await page.getByRole('button', { name: /^All/ }).click();
  });

  it('shows a month calendar with each post on its day, today marked, and moves by month', async () => {
    await page.getByRole('button', { name: 'Calendar' }).click();
    const month = page.getByRole('heading', { name: 'January 2026' });
    await expect.poll(() => month.count()).toBe(1);
    const day = (key: string) => page.locator(`td[data-day="${key}"]`);
    expect(await day('2026-01-05').getByRole('button').textContent()).toContain('Water roses');
    expect(await day('2026-01-05').getByRole('button').textContent()).toContain('1:00 AM');
    // In the site's timezone the published post is on the last day of December (shown greyed in January's grid).
    expect(await day('2025-12-31').getByRole('button').textContent()).toContain('Prune roses');
    expect(await day('2026-01-03').getAttribute('aria-current')).toBe('date');
    expect(await page.locator('td[tabindex="0"]').getAttribute('data-day')).toBe('2026-01-03');
    await expectAccessible(page, 'publishing calendar');
    await screenshot(page, 'publishing-calendar-desktop.png');

    await page.getByRole('button', { name: 'Next month' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'February 2026' }).count()).toBe(1);
    expect(await page.locator('td[data-day="2026-02-01"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Water roses/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Previous month' }).click();
    await page.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'December 2025' }).count()).toBe(1);
    expect(await page.locator('td[data-day="2025-12-31"]').getByRole('button').textContent()).toContain('Prune roses');
    await page.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => month.count()).toBe(1);
  });

  it('moves between days by keyboard: arrows, Home/End, Page Up/Down into the next month', async () => {
    await page.locator('td[data-day="2026-01-03"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-04');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-11');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-03');
    await page.keyboard.press('PageDown');
    await expect.poll(() => focusedDay(page)).toBe('2026-02-03');
    await expect.poll(() => page.getByRole('heading', { name: 'February 2026' }).count()).toBe(1);
    await page.keyboard.press('PageUp');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-03');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-31');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedDay(page)).toBe('2026-02-01');
    await page.keyboard.press('PageUp');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-01');
    // The week starts on Sunday in en-US: Home goes back into December, End to the Saturday.
    await page.keyboard.press('Home');
    await expect.poll(() => focusedDay(page)).toBe('2025-12-28');
    await expect.poll(() => page.getByRole('heading', { name: 'December 2025' }).count()).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(() => focusedDay(page)).toBe('2026-01-03');
    // Only the focused day is a Tab stop.
    expect(await page.locator('td[tabindex="0"]').count()).toBe(1);
  });

  it('opens a post’s details from the calendar, and unschedules it only after a confirmation', async () => {
    await page.getByRole('button', { name: 'Today' }).click();
    const post = page.getByRole('button', { name: /^Scheduled: .*Water roses$/ });
    await post.click();
    // The details are the confirmation: what it is and when, with Unschedule and Cancel.
    const dialog = page.getByRole('dialog', { name: 'Water roses' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain('Scheduled · Jan 5, 2026, 1:00 AM');
    await expectAccessible(page, 'publishing details dialog');
    // Escape closes it and focus goes back to the post.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(
      await page.evaluate(() => document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.textContent),
    ).toContain('Water roses');
    expect(w.api.requests.some((r) => r.path.endsWith('/retract'))).toBe(false);
    await post.click();
    await dialog.getByRole('button', { name: 'Unschedule' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Water roses is no longer scheduled.');
    const sent = w.api.requests.find((r) => r.method === 'POST' && r.path.endsWith('-000000000002/retract'));
    expect(sent?.body).toEqual({ mode: 'draft' });
    await expect.poll(() => page.getByRole('button', { name: /Water roses/ }).count()).toBe(0);
  });

  it('unpublishes a published post to the Trash after a confirmation, and sends a failed one again', async () => {
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Unpublish Prune roses' }).click();
    const confirm = page.getByRole('dialog', { name: 'Prune roses' });
    await expect.poll(() => confirm.count()).toBe(1);
    // Cancel sends nothing.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(w.api.requests.some((r) => r.path.endsWith('-000000000001/retract'))).toBe(false);
    await page.getByRole('button', { name: 'Unpublish Prune roses' }).click();
    expect(await confirm.textContent()).toContain('An image could not be fetched');
    await expectAccessible(page, 'publishing unpublish confirmation');
    await confirm.getByLabel('Move to Trash').check();
    await confirm.getByRole('button', { name: 'Unpublish' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Prune roses was unpublished (in WordPress: trash).');
    const sent = w.api.requests.find((r) => r.method === 'POST' && r.path.endsWith('-000000000001/retract'));
    expect(sent?.body).toEqual({ mode: 'trash' });
    await page.getByRole('button', { name: /^Unpublished \(2\)/ }).click();
    await expect.poll(() => page.getByTestId('pub-retracted').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('pub-retracted').textContent()).toContain('In WordPress: trash');
    await expectAccessible(page, 'publishing list, unpublished');

    await page.getByRole('button', { name: /^All/ }).click();
    await page.getByRole('button', { name: 'Send again Feed roses' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Feed roses', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Failed \(0\)/ }).count()).toBe(1);
    expect(w.api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/redrive'))).toBe(true);
  });

  it('mirrors the arrow keys right to left (Arabic)', async () => {
    const ar = await openPublishing(w, { width: 1100, height: 900 }, { path: '/ar', tab: 'النشر' });
    await ar.getByRole('button', { name: 'تقويم' }).click();
    await ar.locator('td[data-day="2026-01-03"]').focus();
    await ar.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedDay(ar)).toBe('2026-01-04');
    await ar.keyboard.press('ArrowRight');
    await expect.poll(() => focusedDay(ar)).toBe('2026-01-03');
    await expectAccessible(ar, 'publishing calendar in Arabic');
    await ar.close();
  });

  it('fits a phone: 390 px, the calendar as an agenda, no horizontal scroll', async () => {
    const phone = await openPublishing(w, { width: 390, height: 844 });
    await expect.poll(() => phone.getByTestId('pub-all').count()).toBe(1);
    await expectNoHorizontalScroll(phone, 'publishing list at 390 px');
    await phone.getByRole('button', { name: 'Calendar' }).click();
    // January has nothing left (unscheduled, unpublished); Feed roses went out on 31 December, site time.
    await expect.poll(() => phone.getByText('No publications found.').isVisible()).toBe(true);
    expect(await phone.locator('table.cal').isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => phone.getByTestId('agenda').count()).toBe(1);
    expect(await phone.getByTestId('agenda').textContent()).toContain('Wednesday, December 31, 2025');
    expect(await phone.getByTestId('agenda').textContent()).toContain('Feed roses');
    await expectNoHorizontalScroll(phone, 'publishing agenda at 390 px');
    await expectAccessible(phone, 'publishing agenda');
    await screenshot(phone, 'publishing-phone.png');
  });
});
