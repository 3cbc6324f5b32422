// The Planner screen in a real browser against the fake API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, type OpenWidget, openScreen, openWidget } from '../helpers/browser.js';

describe.skipIf(!browserAvailable())('Planner', () => {
  let w: OpenWidget;
  beforeAll(async () => {
    w = await openWidget({ locale: 'en', initialRoute: 'planner' });
    await openScreen(w.page, 'Planner', 'planner');
  });
  afterAll(() => w?.close());

  it('lists keywords', async () => {
    await expect.poll(() => w.page.getByRole('cell', { name: 'raised garden bed' }).count()).toBe(1);
    expect(await w.page.getByRole('cell', { name: 'compost bin' }).count()).toBe(1);
    await expectAccessible(w.page, 'planner');
  });

  it('imports a CSV with a progress bar, then shows the counts and the refused lines', async () => {
    await w.page.getByLabel('CSV file to import').setInputFiles({
      name: 'keywords.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('keyword,volume\ncompost tea,100\nworm bin,50\ncompost bin,10\n,5\n'),
    });
    await expect.poll(() => w.page.getByTestId('job').textContent(), { timeout: 10_000 }).toContain('Imported 2 of 4');
    expect(await w.page.getByTestId('job').textContent()).toContain('Line 5: no keyword');
  });

  it('explains an API error in words, with the request id', async () => {
    await w.page.getByLabel('New keyword').fill('compost bin');
    await w.page.getByRole('button', { name: 'Add keyword' }).click();
    await expect.poll(() => w.page.getByRole('alert').textContent()).toContain('This site already has that keyword.');
    expect(await w.page.getByRole('alert').textContent()).toContain('req-409');
  });

  it('opens a cluster to list its keywords', async () => {
    await w.page.getByRole('button', { name: 'Show keywords of composting' }).click();
    await expect.poll(() => w.page.locator('.clusters td', { hasText: 'how to compost' }).count()).toBe(1);
  });
});
