// The Billing screen in a real browser against the fake API: the balance in the partner's words, the usage chart (a
// bar per day, with a table), the ledger page by page, an invoice's PDF fetched with the session's token, paying an
// open invoice, changing the plan and buying a credit package after a confirmation. The clock is 3 January 2026.
import { readFileSync } from 'node:fs';
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

const TODAY = new Date('2026-01-03T15:00:00Z');
const PARTNER = {
  brand: {
    planName: 'Gold Care',
    upgradeUrl: 'https://partner.example/upgrade',
    terms: { credits: 'tokens', Credits: 'Tokens', plan: 'subscription', Plan: 'Subscription' },
  },
};

async function openBilling(
  w: OpenWidget,
  viewport = { width: 1100, height: 900 },
  { path = '/', tab = 'Billing' } = {},
): Promise<Page> {
  const page = await newPage(w.browser, viewport);
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${w.api.url}${path}`);
  await openScreen(page, tab, 'billing');
  return page;
}

const requests = (w: OpenWidget, method: string, end: string) =>
  w.api.requests.filter((r) => r.method === method && r.path.endsWith(end));

describe.skipIf(!browserAvailable())('Billing', () => {
  let w: OpenWidget;
  let page: Page;
  // The next plan change is refused as the API refuses one the account outgrows.
  let refuseChange = false;
  beforeAll(async () => {
    w = await openWidget(
      { locale: 'en' },
      {
        api: {
          routes: [
            ({ path }) => {
              if (!refuseChange || !path.endsWith('/subscription/change')) return undefined;
              refuseChange = false;
              return { status: 409, error: { code: 'PLAN_LIMIT_REACHED', message: 'The account has 6 sites.' } };
            },
          ],
        },
        pages: {
          '/partner': hostPage(PARTNER),
          '/ar': hostPage({ locale: 'ar' }, { lang: 'ar', dir: 'rtl' }),
          '/editor': hostPage({ locale: 'en' }, { session: { role: 'editor' } }),
        },
      },
    );
    page = await openBilling(w);
  });
  afterAll(() => w?.close());

  it('says once that usage, invoices and the ledger are for admins to an editor’s session, and asks for none of them', async () => {
    // The admin's page (opened before) has asked for everything it shows: what follows is the editor's.
    await expect.poll(() => page.getByTestId('ledger').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const before = w.api.requests.length;
    const p = await openBilling(w, undefined, { path: '/editor' });
    await expect.poll(() => p.getByTestId('available').textContent()).toBe('12,345 available');
    expect(await p.getByText('Your role does not allow this.').count()).toBe(1);
    expect(await p.getByTestId('invoices').count()).toBe(0);
    expect(await p.getByTestId('ledger').count()).toBe(0);
    const asked = w.api.requests.slice(before).map((r) => r.path);
    expect(asked.some((r) => /\/billing\/(usage|invoices|ledger)/.test(r))).toBe(false);
    await expectAccessible(p, 'billing (editor)');
    await p.close();
  });

  it('shows the balance by pool with the plan and the renewal date', async () => {
    await expect.poll(() => page.getByTestId('available').textContent()).toBe('12,345 available');
    const balance = await page.getByTestId('balance').textContent();
    expect(balance).toContain('Pro');
    expect(balance).toContain('Credits from the plan12,000 / 20,000');
    expect(balance).toContain('Bonus credits345');
    expect(balance).toContain('Reserved0');
    expect(balance).toContain('Renews onFeb 1, 2026');
    expect(await page.getByRole('heading', { name: 'Credits', exact: true }).count()).toBe(1);
  });

  it('draws credits used per day: one bar per day with its title, a summary, and the numbers as a table', async () => {
    const chart = page.getByTestId('chart');
    await expect.poll(() => chart.count()).toBe(1);
    const bars = chart.locator('rect');
    expect(await bars.count()).toBe(30);
    const titles = await bars.evaluateAll((rects) => rects.map((r) => r.querySelector('title')?.textContent));
    // 30 days ending today (UTC), the fake's usage on every third day: 10 + i credits of content, 2 of images.
    expect(titles[0]).toBe('Dec 5: 12');
    expect(titles[1]).toBe('Dec 6: 0');
    expect(titles[27]).toBe('Jan 1: 39');
    expect(titles[29]).toBe('Jan 3: 0');
    expect(titles.every((t) => t && /^\w{3} \d+: \d+$/.test(t))).toBe(true);
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toBe('Credits used from Dec 5 to Jan 3: 255');
    // Taller bar for the bigger day.
    const height = (i: number) => bars.nth(i).evaluate((r) => Number(r.getAttribute('height')));
    expect(await height(27)).toBeGreaterThan(await height(0));
    expect(await height(1)).toBe(0);
    await expectAccessible(page, 'billing usage');
    // The numbers as a table, behind a disclosure (<details>).
    const toggle = page.locator('summary', { hasText: 'Data table' });
    expect(await page.getByTestId('usage-table').isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => page.getByTestId('usage-table').isVisible()).toBe(true);
    expect(await page.getByTestId('usage-table').locator('tbody tr').count()).toBe(30);
    expect(await page.getByTestId('usage-table').locator('tbody tr').first().textContent()).toBe('Dec 512');
    await expectAccessible(page, 'billing usage table');
    await toggle.click();
    await expect.poll(() => page.getByTestId('usage-table').isVisible()).toBe(false);
  });

  it('pages through the ledger, 10 entries at a time, with signed amounts and the balance after', async () => {
    const ledger = page.getByTestId('ledger');
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(10);
    const first = await ledger.locator('tbody tr').first().textContent();
    expect(first).toContain('Granted: Pro plan period');
    expect(first).toContain('+20,000');
    expect(await ledger.locator('tbody tr').nth(1).textContent()).toContain('-12');
    const nav = page.getByRole('navigation', { name: 'History' });
    expect(await nav.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await screenshot(page, 'billing-desktop.png');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => nav.textContent()).toBe('‹2›');
    await expect.poll(() => ledger.locator('tbody tr').first().textContent()).toContain('Jan 1, 2026, 10:00');
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(5);
    expect(await nav.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await nav.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(10);
    expect(await nav.textContent()).toBe('‹2›');
    expect(requests(w, 'GET', '/billing/ledger').length).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, 'billing ledger, page 2');
  });

  it('downloads an invoice’s PDF fetched with the session’s bearer token', async () => {
    const invoices = page.getByTestId('invoices');
    await expect.poll(() => invoices.locator('tbody tr').count()).toBe(2);
    expect(await invoices.locator('tbody tr').nth(1).textContent()).toContain('To pay');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF INV-000001' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('INV-000001.pdf');
    expect(readFileSync(await file.path(), 'utf8')).toContain('%PDF-1.4\n% INV-000001');
    const sent = requests(w, 'GET', '/pdf');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/v1/billing/invoices/66666666-5555-4555-8555-000000000001/pdf');
    expect(sent[0]?.auth).toMatch(/^Bearer tok-[2-9]/);
  });

  it('pays an open invoice by bank transfer, or by card through the Checkout page the API answers', async () => {
    await page.getByRole('button', { name: 'Pay INV-000002' }).click();
    const dialog = page.getByRole('dialog', { name: 'INV-000002 ($49.00)' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Bank transfer').check();
    await dialog.getByLabel('Transfer reference').fill('REF-42');
    await expectAccessible(page, 'billing pay dialog');
    await dialog.getByRole('button', { name: 'Pay', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Transfer for INV-000002 recorded;');
    expect(requests(w, 'POST', '/payments')[0]?.body).toEqual({ method: 'manual', reference: 'REF-42' });

    await page.getByRole('button', { name: 'Pay INV-000002' }).click();
    await dialog.getByRole('button', { name: 'Pay', exact: true }).click();
    // By card: the Checkout page the API answered, linked in the status line.
    const checkout = page.getByRole('status').getByRole('link', { name: 'Continue to payment' });
    await expect.poll(() => checkout.count()).toBe(1);
    expect(await checkout.getAttribute('href')).toBe('https://checkout.example/pay/INV-000002');
    expect(requests(w, 'POST', '/payments')[1]?.body).toEqual({
      method: 'stripe',
      success_url: `${w.api.url}/`,
      cancel_url: `${w.api.url}/`,
    });
    expect(await dialog.count()).toBe(0);
  });

  it('compares the plans and changes to one only after a confirmation: an upgrade with its invoice, a downgrade later', async () => {
    const plans = page.getByTestId('plans');
    await expect.poll(() => plans.locator('thead th').count()).toBe(3);
    expect(await plans.locator('thead').textContent()).toBe('FreePro currentBusiness');
    expect(await plans.locator('tbody tr').first().textContent()).toBe('Monthly price$0.00$49.00$149.00');
    expect(await plans.textContent()).toContain('Credits a month10020,00060,000');
    await expectAccessible(page, 'billing plans');
    await screenshot(page, 'billing-plans-desktop.png');

    await page.getByRole('button', { name: 'Switch to Business' }).click();
    const confirm = page.getByRole('dialog', { name: 'Business' });
    await expect.poll(() => confirm.count()).toBe(1);
    expect(await confirm.textContent()).toContain('Applies now, with an invoice for the rest of the period');
    expect(await confirm.textContent()).toContain('reset to 60,000 once paid');
    await expectAccessible(page, 'billing plan change confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(requests(w, 'POST', '/subscription/change')).toHaveLength(0);

    refuseChange = true;
    await page.getByRole('button', { name: 'Switch to Business' }).click();
    await confirm.getByRole('button', { name: 'Switch to Business' }).click();
    // A refusal is said in the dialog, which stays open to try again.
    await expect.poll(() => confirm.getByRole('alert').textContent()).toContain('Your plan’s limit is reached.');
    await confirm.getByRole('button', { name: 'Switch to Business' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('You are now on Business. Invoice INV-000003 ($50.00) is to pay.');
    expect(requests(w, 'POST', '/subscription/change')[1]?.body).toEqual({ plan: 'business' });
    await expect.poll(() => plans.locator('thead').textContent()).toBe('FreeProBusiness current');
    // The button that asked is gone (Business is current): focus is on what the change answered.
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.getAttribute('role')),
      )
      .toBe('status');

    await page.getByRole('button', { name: 'Switch to Free' }).click();
    const down = page.getByRole('dialog', { name: 'Free' });
    expect(await down.textContent()).toContain('Applies at the period’s end, on Feb 1, 2026');
    await down.getByRole('button', { name: 'Switch to Free' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Your plan changes to Free on Feb 1, 2026.');
    expect(requests(w, 'POST', '/subscription/change')[2]?.body).toEqual({ plan: 'free' });
    await expect.poll(() => plans.textContent()).toContain('Starts on Feb 1, 2026');
    expect(await page.locator('.card .notice').first().textContent()).toBe('Your plan changes to Free on Feb 1, 2026.');
  });

  it('buys a credit package after a confirmation and offers to pay its invoice', async () => {
    await page.getByRole('button', { name: 'Buy Boost' }).click();
    const confirm = page.getByRole('dialog', { name: 'Boost ($49.00)' });
    await expect.poll(() => confirm.count()).toBe(1);
    expect(await confirm.textContent()).toContain('500 bonus credits, added once the invoice is paid');
    expect(requests(w, 'POST', '/purchase')).toHaveLength(0);
    await confirm.getByRole('button', { name: 'Buy', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Invoice INV-000004 ($49.00) is to pay. Pay INV-000004');
    expect(requests(w, 'POST', '/purchase')[0]?.path).toBe(
      '/v1/billing/credit-packages/99999999-5555-4555-8555-000000000001/purchase',
    );
    await page.getByRole('status').getByRole('button', { name: 'Pay INV-000004' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'INV-000004 ($49.00)' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('says the partner’s words for credits and the plan, and its plan name', async () => {
    const partner = await openBilling(w, undefined, { path: '/partner' });
    await expect.poll(() => partner.getByTestId('available').count()).toBe(1);
    expect(await partner.getByRole('heading', { name: 'Tokens', exact: true }).count()).toBe(1);
    const balance = await partner.getByTestId('balance').textContent();
    expect(balance).toContain('SubscriptionGold Care');
    expect(balance).toContain('Tokens from the subscription12,000 / 20,000');
    expect(balance).toContain('Bonus tokens345');
    expect(await partner.getByRole('heading', { name: 'Tokens used per day' }).count()).toBe(1);
    await expect.poll(() => partner.getByTestId('chart').getAttribute('aria-label')).toMatch(/^Tokens used from/);
    await expect.poll(() => partner.getByRole('heading', { name: 'Subscription', exact: true }).count()).toBe(1);
    expect(await partner.getByTestId('plans').locator('thead').textContent()).toContain('Gold Care current');
    // The partner sells plans itself: its page, not a change here.
    expect(await partner.getByRole('link', { name: 'Manage your subscription' }).getAttribute('href')).toBe(
      'https://partner.example/upgrade',
    );
    expect(await partner.getByRole('button', { name: /^Switch to/ }).count()).toBe(0);
    await expectAccessible(partner, 'billing under a partner’s brand');
    await partner.close();
  });

  it('draws the chart right to left in Arabic', async () => {
    const ar = await openBilling(w, undefined, { path: '/ar', tab: 'الفوترة' });
    const bars = ar.getByTestId('chart').locator('rect');
    await expect.poll(() => bars.count()).toBe(30);
    const x = (i: number) => bars.nth(i).evaluate((r) => Number(r.getAttribute('x')));
    expect(await x(0)).toBeGreaterThan(await x(29));
    await expectAccessible(ar, 'billing in Arabic');
    await ar.close();
  });

  it('fits a phone: 390 px with no horizontal scroll, the plans included', async () => {
    const phone = await openBilling(w, { width: 390, height: 844 });
    await expect.poll(() => phone.getByTestId('ledger').count()).toBe(1);
    await expect.poll(() => phone.getByTestId('invoices').count()).toBe(1);
    await expectNoHorizontalScroll(phone, 'billing at 390 px');
    await expectAccessible(phone, 'billing at 390 px');
    await screenshot(phone, 'billing-phone.png');
    expect(await phone.getByTestId('plans').count()).toBe(1);
    await phone.close();
  });
});
