// The Writer screen in a real browser against the fake API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, type OpenWidget, openScreen, openWidget } from '../helpers/browser.js';

describe.skipIf(!browserAvailable())('Writer', () => {
  let w: OpenWidget;
  beforeAll(async () => {
    w = await openWidget({ locale: 'en' });
    await openScreen(w.page, 'Writer', 'writer');
  });
  afterAll(() => w?.close());

  it('lists the contents by status, approves one in review and publishes an approved one', async () => {
    const { page, api } = w;
    await expect.poll(() => page.getByTestId('contents').locator('tbody tr').count()).toBe(3);
    await expectAccessible(page, 'writer');
    await page.getByLabel('Status').selectOption('review');
    await expect.poll(() => page.getByTestId('contents').locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Approve Water roses' }).click();
    await expect.poll(() => page.getByText('No contents yet.').count()).toBe(1);
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Publish Feed roses' }).click();
    await expect.poll(() => page.getByTestId('contents').textContent()).toContain('publishing…');
    expect(
      api.requests.some(
        (r) => r.method === 'PATCH' && r.path.endsWith('/contents/44444444-4444-4444-8444-000000000002'),
      ),
    ).toBe(true);
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/publish'))).toBe(true);
  });
});
