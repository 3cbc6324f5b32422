// The Publishing screen in a real browser against the fake API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, type OpenWidget, openScreen, openWidget } from '../helpers/browser.js';

describe.skipIf(!browserAvailable())('Publishing', () => {
  let w: OpenWidget;
  beforeAll(async () => {
    w = await openWidget({ locale: 'en' });
    await openScreen(w.page, 'Publishing', 'publishing');
  });
  afterAll(() => w?.close());

  it('shows what is scheduled, published (with its WordPress link) and failed, and sends a failed one again', async () => {
    const { page, api } = w;
    await expect.poll(() => page.getByTestId('scheduled').textContent()).toContain('Water roses');
    expect(await page.getByRole('link', { name: 'Prune roses' }).getAttribute('href')).toBe(
      'https://blog.example/prune-roses/',
    );
    expect(await page.getByTestId('failed').textContent()).toContain('WordPress did not answer: timeout.');
    await expectAccessible(page, 'publishing');
    await page.getByRole('button', { name: 'Send again' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Feed roses' }).count()).toBe(1);
    expect(await page.getByText('Nothing failed.').count()).toBe(1);
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/redrive'))).toBe(true);
  });
});
