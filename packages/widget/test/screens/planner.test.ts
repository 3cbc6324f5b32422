// The Planner screen in a real browser against the fake API: the keywords list table (select-all and bulk archive,
// row delete after a confirmation, sorting with aria-sort, cursor pages, search), Quick Edit, the CSV import (a preview
// of the detected columns before anything is sent; refused rows as a warning; the plan's limit with its upgrade path
// to the Billing tab), clustering (its estimate first, its summary after), clusters, idea generation and ideas with
// their outline queued to tasks. axe-core on every state, 390 px without horizontal scroll, and the docs' screenshots.
// Also: the preview's column detection against the server's own, header by header.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectColumns, type Field, HEADERS, previewCsv } from '../../src/screens/planner/csv-preview.js';
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
import { accepted, ok, SITE } from '../helpers/fake/common.js';

// The server's own CSV reading, for the parity check: loaded by path, as the widget does not depend on the server.
interface ServerCsv {
  parseKeywordCsv(text: string): {
    headerDetected: boolean;
    columns: Record<string, unknown>;
    rows: { phrase: string }[];
  };
  detectColumns(header: string[]): Map<number, string> | null;
}
const { parseKeywordCsv, detectColumns: serverDetect } = (await import(
  /* @vite-ignore */ new URL('../../../server/src/domain/planner/csv-import.ts', import.meta.url).href
)) as ServerCsv;

const FEATURES = ['overview', 'keywords', 'billing'];
// Hosts without the Billing tab: a partner that sells plans itself, and one that names no page at all.
const PARTNER_PAGES = {
  '/partner': hostPage({
    locale: 'en',
    features: ['keywords'],
    brand: { upgradeUrl: 'https://partner.example/upgrade', terms: { plan: 'package' } },
    initialRoute: 'planner',
  }),
  '/owner': hostPage({ locale: 'en', features: ['keywords'], initialRoute: 'planner' }),
};

const csv = (text: string) => ({ name: 'keywords.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('the import preview reads columns as the server does', () => {
  it('maps every header name of the server to the same field', () => {
    for (const [field, names] of Object.entries(HEADERS) as [Field, string][]) {
      for (const name of names.split('|')) {
        const header = field === 'phrase' ? [` ${name.toUpperCase()} `] : ['Keyword', name];
        const server = serverDetect(header);
        const fields = detectColumns(header);
        expect(fields?.[header.length - 1], `${field}: ${name}`).toBe(field);
        expect(server?.get(header.length - 1), `server ${field}: ${name}`).toBe(field);
      }
    }
    expect(detectColumns(['foo', 'bar'])).toBeNull();
    expect(serverDetect(['foo', 'bar'])).toBeNull();
  });

  it('finds the same columns and rows as the server in typical files', () => {
    const files = [
      '\uFEFFKeyword;Search Volume;KD %;CPC (USD);Intent\r\ncompost bin;1,200;34;0.45;commercial\r\n',
      'compost bin,100\nworm farm,50\n',
      'Keyword\tVolume\tNotes\n"compost, bin"\t10\t"said ""hi"""\nbad "quote,1\t2\n\nworm farm\t5\tx\n',
      'keyword,volume\n"unclosed,5\nok row,7\n',
    ];
    for (const text of files) {
      const mine = previewCsv(text);
      const server = parseKeywordCsv(text);
      expect(mine.header !== null).toBe(server.headerDetected);
      const named = Object.fromEntries(
        mine.fields.flatMap((f, i) => (f ? [[f, mine.header ? (mine.header[i] ?? '') : `column ${i + 1}`]] : [])),
      );
      expect(named).toEqual(server.columns);
      const phrase = mine.fields.indexOf('phrase');
      expect(mine.rows.map((r) => r[phrase])).toEqual(server.rows.slice(0, 5).map((r) => r.phrase));
    }
  });
});

describe.skipIf(!browserAvailable())('Planner', () => {
  let w: OpenWidget;
  const urls: string[] = [];
  const requests = (method: string, path: string) =>
    w.api.requests.filter((r) => r.method === method && r.path === path);
  const keywordLists = () => urls.filter((u) => new URL(u).pathname.endsWith(`${SITE}/keywords`));
  const search = async (page: Page, text: string, rows: number) => {
    await page.getByRole('searchbox', { name: 'Search keywords' }).fill(text);
    await expect.poll(() => page.locator('table.lt tbody tr[data-id]').count()).toBe(rows);
  };
  const row = (page: Page, phrase: string) =>
    page.locator('tbody tr', { has: page.getByText(phrase, { exact: true }) });

  beforeAll(async () => {
    w = await openWidget({ locale: 'en', features: FEATURES, initialRoute: 'planner' }, { pages: PARTNER_PAGES });
    w.page.on('request', (r) => urls.push(r.url()));
    // What the page asked for before the listener was attached (the first list can go out that early under load).
    const earlier: string[] = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    urls.unshift(...earlier.filter((u) => !urls.includes(u)));
    await openScreen(w.page, 'Planner', 'planner');
  });
  afterAll(() => w?.close());

  it('lists keywords as a WordPress list table: "N items", page 1, views', async () => {
    const { page } = w;
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(25);
    expect(await page.getByRole('navigation', { name: 'Pages' }).textContent()).toContain('More than 25 items');
    expect(await page.locator('[aria-current="page"]', { hasText: 'Page 1' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Keywords' }).getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('button', { name: 'First page' }).isDisabled()).toBe(true);
    // The newest first, as wp-admin lists posts.
    expect(new URL(keywordLists().at(-1) as string).search).toContain('sort=created_at&order=desc');
    expect(w.errors).toEqual([]);
    await expectAccessible(page, 'planner keywords');
    await screenshot(page, 'planner-keywords-desktop.png');
  });

  it('sorts by a column header, sending sort and order and setting aria-sort', async () => {
    const { page } = w;
    const volume = page.getByRole('columnheader', { name: /Volume/ });
    expect(await volume.getAttribute('aria-sort')).toBeNull();
    await page.getByRole('button', { name: /^Volume/ }).click();
    await expect.poll(() => volume.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => keywordLists().some((u) => u.includes('sort=volume&order=asc'))).toBe(true);
    await page.getByRole('button', { name: /^Volume/ }).click();
    await expect.poll(() => volume.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => keywordLists().some((u) => u.includes('sort=volume&order=desc'))).toBe(true);
    expect(await page.getByRole('columnheader', { name: /Added/ }).getAttribute('aria-sort')).toBeNull();
    // The request is sent before its answer is drawn: wait for the rows, not only for the request.
    const volumes = async () =>
      (await page.locator('tbody td[data-colname="Volume"]').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
    const descending = (n: number[]) => n.length > 1 && n.every((v, i) => i === 0 || (n[i - 1] as number) >= v);
    await expect.poll(async () => descending(await volumes())).toBe(true);
    await expectAccessible(page, 'planner sorted');
  });

  it('pages by cursor: next sends the cursor, previous and first go back', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(5);
    expect(keywordLists().at(-1)).toContain('cursor=c25');
    expect(await page.getByRole('navigation', { name: 'Pages' }).textContent()).toContain('30 items');
    expect(await page.locator('[aria-current="page"]', { hasText: 'Page 2' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(25);
    expect(keywordLists().at(-1)).not.toContain('cursor=');
    await page.getByRole('button', { name: /^Added/ }).click();
    await expect.poll(() => page.locator('[aria-current="page"]').filter({ hasText: 'Page 1' }).count()).toBe(1);
  });

  it('searches (debounced), selects all and archives them in bulk with their ids', async () => {
    const { page, api } = w;
    const before = keywordLists().length;
    await page.getByRole('searchbox', { name: 'Search keywords' }).pressSequentially('garden tip 1', { delay: 20 });
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(10);
    // Debounced: a request for the phrase, not one per keystroke (twelve of them).
    const searches = keywordLists().slice(before);
    expect(searches.length).toBeLessThanOrEqual(2);
    expect(searches.at(-1)).toContain('q=garden+tip+1');
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    expect(await page.locator('tbody input[type="checkbox"]:checked').count()).toBe(10);
    await page.getByRole('combobox', { name: 'Bulk actions' }).selectOption('archive');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByText('Archived: 10.').count()).toBe(1);
    const sent = api.requests.filter((r) => r.path === `${SITE}/keywords/bulk`).at(-1)?.body as {
      update: { id: string; status: string }[];
    };
    expect(sent.update).toHaveLength(10);
    expect(sent.update.every((u) => u.status === 'archived')).toBe(true);
    const ids = await page
      .locator('tbody tr[data-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(sent.update.map((u) => u.id).sort()).toEqual(ids.sort());
    await expect.poll(() => page.locator('td[data-colname="Status"]', { hasText: 'Archived' }).count()).toBe(10);
    expect(await page.getByRole('checkbox', { name: 'Select all' }).isChecked()).toBe(false);
    await expectAccessible(page, 'planner after bulk archive');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('archived');
    await page.getByRole('searchbox', { name: 'Search keywords' }).fill('');
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(10);
    expect(keywordLists().at(-1)).toContain('status=archived');
    // Restored to new, one of them from its row.
    await row(page, 'garden tip 10').hover();
    await page.getByRole('button', { name: 'Restore “garden tip 10”' }).click();
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(9);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(25);
  });

  it('deletes a row only after its confirmation; Escape cancels and gives focus back', async () => {
    const { page } = w;
    await search(page, 'garden tip 4', 1);
    await page.getByRole('button', { name: 'Delete “garden tip 4”' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Delete permanently' });
    await expect.poll(() => confirm.count()).toBe(1);
    expect(await confirm.textContent()).toContain('garden tip 4');
    expect(await page.getByRole('button', { name: 'Delete permanently' }).evaluate((b) => b.matches(':focus'))).toBe(
      true,
    );
    await expectAccessible(page, 'planner delete confirmation');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete “garden tip 4”' }).evaluate((b) => b.matches(':focus'))).toBe(
      true,
    );
    const deletes = () =>
      requests('POST', `${SITE}/keywords/bulk`).filter((r) => (r.body as { delete?: string[] }).delete);
    expect(deletes()).toHaveLength(0);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => row(page, 'garden tip 4').count()).toBe(0);
    expect(deletes().map((r) => r.body)).toEqual([{ delete: ['00000000-0000-4000-8000-000000000004'] }]);
    expect(await page.getByText('Deleted: 1.').count()).toBe(1);
    await search(page, '', 25);
  });

  it('edits a keyword inline (Quick Edit), sending only what changed', async () => {
    const { page } = w;
    await search(page, 'garden tip 5', 1);
    await row(page, 'garden tip 5').hover();
    await page.getByRole('button', { name: 'Edit “garden tip 5”' }).click();
    const form = page.getByRole('form', { name: 'Edit “garden tip 5”' });
    await expect.poll(() => form.count()).toBe(1);
    await expectAccessible(page, 'planner quick edit');
    await form.getByLabel('Volume').fill('1234');
    await form.getByLabel('Intent').selectOption('transactional');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
    const patch = requests('PATCH', `${SITE}/keywords/00000000-0000-4000-8000-000000000005`).at(-1);
    expect(patch?.body).toEqual({ volume: 1234, intent: 'transactional' });
    await expect.poll(() => row(page, 'garden tip 5').locator('td[data-colname="Volume"]').textContent()).toBe('1,234');
    expect(await page.getByRole('button', { name: 'Edit “garden tip 5”' }).evaluate((b) => b.matches(':focus'))).toBe(
      true,
    );
    await search(page, '', 25);
  });

  it('adds a keyword', async () => {
    const { page, api } = w;
    await page.getByRole('button', { name: 'Add keyword', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add keyword' });
    await form.getByLabel('Keyword').fill('worm farm');
    await form.getByRole('button', { name: 'Add keyword' }).click();
    await expect.poll(() => page.getByText('Keyword added: worm farm').count()).toBe(1);
    expect(requests('POST', `${SITE}/keywords`).at(-1)?.body).toEqual({ phrase: 'worm farm' });
    // The form stays open, empty and focused, for the next keyword.
    expect(await form.getByLabel('Keyword').inputValue()).toBe('');
    expect(await form.getByLabel('Keyword').evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(api.requests.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add keyword', exact: true }).first().click();
    expect(await form.count()).toBe(0);
  });

  it('previews the detected columns and the first rows before any request, in a themed file picker', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await expect.poll(() => page.getByText('Choose a CSV file').count()).toBe(1);
    // The native control is hidden but focusable and labelled; the visible button is the widget's own.
    const input = page.getByLabel('Choose a CSV file');
    expect(await input.evaluate((el) => el.className)).toContain('visually-hidden');
    await input.setInputFiles(
      csv(
        'Keyword,Search Volume,KD,CPC,Notes\ncompost tea,100,10,0.5,x\nworm bin,50,,,\n,5,,,\nleaf mold,abc,,,\ncompost bin,10,,,\nmulch,20,,,\nbokashi,30,,,\n',
      ),
    );
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.count()).toBe(1);
    expect(await page.getByText('keywords.csv').count()).toBe(1);
    expect(await page.getByTestId('import').textContent()).toContain('Header row found.');
    const fields = await preview
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-field')));
    expect(fields).toEqual(['phrase', 'volume', 'difficulty', 'cpc', '']);
    expect(await preview.locator('thead th').allTextContents()).toEqual([
      'KeywordKeyword',
      'Search VolumeVolume',
      'KDDifficulty',
      'CPCCPC',
      'NotesNot imported',
    ]);
    expect(await preview.locator('tbody tr').count()).toBe(5);
    expect(await preview.locator('tbody tr').first().textContent()).toContain('compost tea');
    expect(requests('POST', `${SITE}/keywords/import`)).toHaveLength(0);
    await expectAccessible(page, 'planner import preview');
    await screenshot(page, 'planner-import-desktop.png');
  });

  it('imports with a progress bar; refused rows are a warning (never green) with line, reason and code', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const refused = page.locator('.notice.warning[data-testid="refused"]');
    await expect.poll(() => refused.count(), { timeout: 10_000 }).toBe(1);
    expect(requests('POST', `${SITE}/keywords/import`)).toHaveLength(1);
    expect(await page.getByTestId('import').locator('.notice.success').count()).toBe(0);
    const text = await refused.textContent();
    expect(text).toContain('Rows read7');
    expect(text).toContain('Imported4');
    expect(text).toContain('Duplicates1');
    expect(text).toContain('Refused2');
    expect(text).toContain('Line 4: no keyword');
    expect(text).toContain('Line 5: invalid volume — volume “abc” is not a number');
    expect(text).toContain('no keyword: 1 (lines 4–4)');
    expect(text).not.toContain('Upgrade');
    await expectAccessible(page, 'planner import result');
  });

  it('previews a file without a header row as the server reads it: keyword, then volume', async () => {
    const { page } = w;
    await page.getByLabel('Choose a CSV file').setInputFiles(csv('rose food,40\nrose pruning,30,spring\n'));
    await expect.poll(() => page.getByTestId('import').textContent()).toContain('No header row');
    const preview = page.getByTestId('preview');
    expect(await preview.locator('thead th').allTextContents()).toEqual([
      'Column 1Keyword',
      'Column 2Volume',
      'Column 3Not imported',
    ]);
    expect(await preview.locator('tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('preview').count()).toBe(0);
  });

  it('clustering shows its estimate first — before startClustering is sent — and its summary after', async () => {
    const { page, api } = w;
    await page.getByRole('button', { name: 'Run clustering' }).click();
    const run = page.getByTestId('run');
    await expect.poll(() => run.textContent()).toContain('New keywords');
    const estimate = requests('POST', '/v1/billing/estimate').at(-1);
    const newOnes = (estimate?.body as { quantity: number } | undefined)?.quantity ?? 0;
    expect(estimate?.body).toEqual({ operation: 'cluster_keywords', quantity: newOnes });
    expect(newOnes).toBeGreaterThan(10);
    expect(keywordLists().some((u) => u.includes('status=new') && u.includes('limit=100'))).toBe(true);
    const shown = await run.textContent();
    expect(shown).toContain(`New keywords${newOnes}`);
    expect(shown).toContain(`Cost${Math.ceil(newOnes / 10)} credits`);
    expect(shown).toContain('Available500 credits');
    expect(requests('POST', `${SITE}/clusterings`)).toHaveLength(0);
    await expectAccessible(page, 'planner clustering estimate');
    await screenshot(page, 'planner-clustering-desktop.png');
    await page.getByRole('button', { name: 'Confirm' }).click();
    const summary = page.getByTestId('cluster-summary');
    await expect.poll(() => summary.count(), { timeout: 10_000 }).toBe(1);
    const order = api.requests.map((r) => r.path);
    expect(order.lastIndexOf('/v1/billing/estimate')).toBeLessThan(order.indexOf(`${SITE}/clusterings`));
    const text = await summary.textContent();
    expect(text).toContain('Clusters made4');
    expect(text).toContain('Keywords left3');
    expect(text).toContain(`Credits spent${Math.ceil(newOnes / 10)}`);
    await expectAccessible(page, 'planner clustering summary');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('opens the clusters view and expands a cluster to its keywords', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Clusters', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Clusters' }).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(2);
    const show = page.getByRole('button', { name: 'Keywords “composting”' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    const list = page.getByTestId('cluster-keywords');
    await expect.poll(() => list.textContent()).toContain('compost bin');
    expect(await list.textContent()).toContain('how to compost');
    expect(await list.textContent()).not.toContain('raised garden bed');
    expect(keywordLists().at(-1)).toContain('cluster_id=22222222-2222-4222-8222-222222222222');
    expect(await show.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'planner clusters expanded');
  });

  it('generates ideas for a cluster: the cost first, then the ideas made and the cannibalization warning', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Generate ideas “composting”' }).click();
    const run = page.getByTestId('run');
    await expect.poll(() => run.textContent()).toContain('Ideas3');
    expect(await run.textContent()).toContain('Cost6 credits');
    expect(requests('POST', '/v1/billing/estimate').at(-1)?.body).toEqual({ operation: 'generate_ideas', quantity: 3 });
    expect(requests('POST', `${SITE}/clusters/22222222-2222-4222-8222-222222222222/ideas`)).toHaveLength(0);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => run.textContent(), { timeout: 10_000 }).toContain('Ideas made3');
    expect(requests('POST', `${SITE}/clusters/22222222-2222-4222-8222-222222222222/ideas`).at(-1)?.body).toEqual({
      count: 3,
    });
    expect(await run.textContent()).toContain('Credits spent6');
    const warning = page.locator('.notice.warning[data-testid="cannibalization"]');
    expect(await warning.textContent()).toContain('Same primary keyword “compost bin”: Compost idea 3, Compost idea 4');
    await expectAccessible(page, 'planner ideas generated');
    // Escape closes the dialog, and focus goes back to the row action that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => run.count()).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Generate ideas “composting”' }).evaluate((b) => b.matches(':focus')),
    ).toBe(true);
  });

  it('lists ideas with their outline on expand and queues them to tasks, by row and in bulk', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Ideas', exact: true }).click();
    await expect.poll(() => page.locator('table.lt tbody tr').count()).toBe(5);
    const first = row(page, 'How to start composting at home');
    await expect.poll(() => first.locator('td[data-colname="Cluster"]').textContent()).toBe('composting');
    await page.getByRole('button', { name: 'Outline “How to start composting at home”' }).click();
    const outline = page.getByTestId('outline');
    await expect.poll(() => outline.count()).toBe(1);
    expect(await outline.locator(':scope > ol > li').count()).toBe(3);
    expect(await outline.locator('ol > li').nth(1).locator('ul > li').allTextContents()).toEqual([
      'Tools',
      'Materials',
    ]);
    expect(await outline.textContent()).toContain('Secondary keywords: how to compost tips, best how to compost');
    await expectAccessible(page, 'planner idea outline');
    await screenshot(page, 'planner-ideas-desktop.png');
    await page.getByRole('button', { name: 'Queue to tasks “How to start composting at home”' }).click();
    await expect.poll(() => page.getByText('Queued to tasks: 1.').count()).toBe(1);
    expect(requests('POST', `${SITE}/ideas/55555555-0000-4000-8000-000000000001/queue`)).toHaveLength(1);
    await expect.poll(() => first.locator('td[data-colname="Status"]').textContent()).toBe('Queued');
    await page.getByRole('checkbox', { name: 'Select “Compost idea 3”' }).check();
    await page.getByRole('checkbox', { name: 'Select “Compost idea 4”' }).check();
    await page.getByRole('combobox', { name: 'Bulk actions' }).selectOption('queue');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByText('Queued to tasks: 2.').count()).toBe(1);
    expect(requests('POST', `${SITE}/ideas/55555555-0000-4000-8000-000000000003/queue`)).toHaveLength(1);
    expect(requests('POST', `${SITE}/ideas/55555555-0000-4000-8000-000000000004/queue`)).toHaveLength(1);
    await expectAccessible(page, 'planner ideas queued');
  });

  it('fits a phone: 390 px with no horizontal scroll, in each view', async () => {
    const phone = await newPage(w.browser, { width: 390, height: 844 });
    await phone.goto(w.api.url);
    await openScreen(phone, 'Planner', 'planner');
    await expect.poll(() => phone.locator('table.lt tbody tr').count()).toBe(25);
    await expectNoHorizontalScroll(phone, 'planner keywords at 390 px');
    await expectAccessible(phone, 'planner keywords at 390 px');
    // Secondary columns stack under the primary one, each with its name.
    expect(await phone.locator('thead th.sec').first().isVisible()).toBe(false);
    await screenshot(phone, 'planner-keywords-phone.png');
    await phone.getByRole('button', { name: 'Import CSV' }).click();
    await phone
      .getByLabel('Choose a CSV file')
      .setInputFiles(csv('Keyword,Volume,Difficulty,CPC,Intent,Country\nx,1,2,3,c,US\n'));
    await expect.poll(() => phone.getByTestId('preview').count()).toBe(1);
    await expectNoHorizontalScroll(phone, 'planner import preview at 390 px');
    await phone.getByRole('button', { name: 'Cancel' }).click();
    for (const view of ['Clusters', 'Ideas']) {
      await phone.getByRole('button', { name: view, exact: true }).click();
      await expect.poll(() => phone.locator('table.lt tbody tr').count()).toBeGreaterThan(1);
      await expectNoHorizontalScroll(phone, `planner ${view} at 390 px`);
    }
    await phone.close();
  });

  it('shows an import that hits the plan limit as a warning with the upgrade path, which opens the Billing tab', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Keywords', exact: true }).click();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const rows = Array.from({ length: 15 }, (_, i) => `new plant ${i},${i}`).join('\n');
    await page.getByLabel('Choose a CSV file').setInputFiles(csv(`keyword,volume\n${rows}\n`));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const refused = page.locator('.notice.warning[data-testid="refused"]');
    await expect.poll(() => refused.count(), { timeout: 10_000 }).toBe(1);
    const text = await refused.textContent();
    expect(text).toMatch(/the plan’s keyword limit: \d+ \(lines \d+–\d+\)/);
    await expectAccessible(page, 'planner plan-limit import');
    await refused.getByRole('button', { name: 'Upgrade your plan' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Billing' }).getAttribute('aria-selected')).toBe('true');
  });

  it('names the partner’s page, or the account owner, when there is no Billing tab', async () => {
    const partner = await newPage(w.browser);
    await partner.goto(`${w.api.url}/partner`);
    await openScreen(partner, 'Planner', 'planner');
    await partner.getByRole('button', { name: 'Import CSV' }).click();
    await partner.getByLabel('Choose a CSV file').setInputFiles(csv('keyword\nanother plant\n'));
    await partner.getByRole('button', { name: 'Import', exact: true }).click();
    const link = partner.getByRole('link', { name: 'Upgrade your package' });
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://partner.example/upgrade');
    await partner.goto(`${w.api.url}/owner`);
    await openScreen(partner, 'Planner', 'planner');
    await partner.getByRole('button', { name: 'Import CSV' }).click();
    await partner.getByLabel('Choose a CSV file').setInputFiles(csv('keyword\nyet another plant\n'));
    await partner.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => partner.getByTestId('refused').textContent(), { timeout: 10_000 })
      .toContain('Ask the account owner to upgrade the plan.');
    expect(await partner.getByRole('button', { name: /Upgrade/ }).count()).toBe(0);
    await partner.close();
  });
});

describe.skipIf(!browserAvailable())('Planner without enough credits', () => {
  let w: OpenWidget;
  beforeAll(async () => {
    w = await openWidget(
      { locale: 'en', features: FEATURES, initialRoute: 'planner' },
      {
        api: {
          routes: [
            async ({ path, method, body }) => {
              if (path === '/v1/billing/estimate' && method === 'POST') {
                const input = await body();
                return ok({ ...input, credits: 3, available_credits: 1, sufficient: false });
              }
              if (path === `${SITE}/clusterings`) return accepted({});
              return undefined;
            },
          ],
        },
      },
    );
    await openScreen(w.page, 'Planner', 'planner');
  });
  afterAll(() => w?.close());

  it('says so with the way to buy credits, and never starts the run', async () => {
    const { page, api } = w;
    await page.getByRole('button', { name: 'Run clustering' }).click();
    const run = page.getByTestId('run');
    await expect.poll(() => run.textContent()).toContain('Not enough credits.');
    expect(await run.textContent()).toContain('Cost3 credits');
    expect(await run.textContent()).toContain('Available1 credits');
    expect(await page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    await expectAccessible(page, 'planner insufficient credits');
    await page.getByRole('button', { name: 'Buy credits' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Billing' }).getAttribute('aria-selected')).toBe('true');
    expect(api.requests.some((r) => r.path === `${SITE}/clusterings`)).toBe(false);
  });
});
