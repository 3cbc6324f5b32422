// The Writer screen in a real browser against the fake API: the tasks (generating one says its cost first, then
// shows its progress, then the content it wrote), the contents by status, approving and publishing, and the editor
// (toolbar, HTML view, the server's SEO score and a live estimate while editing, meta meters, search preview, link
// report, images, revisions, saving).
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
import type { FakeRoutes } from '../helpers/fake/common.js';
import { publishingState } from '../helpers/fake/publishing.js';
import {
  contentId,
  type FakeContent,
  imageId,
  scoreOf,
  taskId,
  writerRoutes,
  writerState,
} from '../helpers/fake/writer.js';

/** The score and the checks the editor shows. */
async function shownSeo(page: Page) {
  const score = Number(await page.getByTestId('score').textContent());
  const checks = await page
    .locator('[data-check]')
    .evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-check'), status: el.getAttribute('data-status') })),
    );
  return { score, checks };
}
const serverView = (seo: Awaited<ReturnType<typeof scoreOf>>) => ({
  score: seo.score,
  checks: seo.checks.map((c) => ({ id: c.id, status: c.status })),
});
// The checks the live estimate makes as the server does, for this text (it has no stemmer and no stop words, and
// judges readability by sentence length only, so readability and the length may differ).
const ESTIMATED_AS_THE_SERVER = [
  'focus_keyword_set',
  'focus_in_title',
  'focus_in_introduction',
  'focus_in_subheading',
  'focus_in_slug',
  'focus_in_meta_description',
  'keyword_density',
  'meta_title_length',
  'meta_description_length',
  'single_h1',
  'heading_order',
  'internal_links',
  'external_links',
  'image_alt',
];
const asTheServer = (view: { checks: { id: string | null; status: string | null }[] }) =>
  view.checks.filter((c) => ESTIMATED_AS_THE_SERVER.includes(c.id as string));

describe.skipIf(!browserAvailable())('Writer', () => {
  let w: OpenWidget;
  const state = writerState();
  const water = state.contents[1] as FakeContent;
  beforeAll(async () => {
    // The writer's routes first, with a state this file can read; writing "Prune roses" again finds no credits.
    const refused: FakeRoutes = ({ method, path }) =>
      method === 'POST' && path.endsWith(`/tasks/${taskId(4)}/generate`)
        ? { status: 402, error: { code: 'INSUFFICIENT_CREDITS', message: 'Not enough credits.' } }
        : undefined;
    w = await openWidget({ locale: 'en' }, { api: { routes: [refused, writerRoutes(publishingState(), state)] } });
    await openScreen(w.page, 'Writer', 'writer');
  });
  afterAll(() => w?.close());
  const body = () => w.page.getByRole('textbox', { name: 'Content' });
  const html = async () => {
    await w.page.getByRole('button', { name: 'HTML', exact: true }).click();
    const value = await w.page.getByRole('textbox', { name: 'Content' }).inputValue();
    await w.page.getByRole('button', { name: 'HTML', exact: true }).click();
    return value;
  };
  const patches = (id: string) =>
    w.api.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/contents/${id}`)).map((r) => r.body);

  it('lists the contents with WordPress’s status links and their counts, and filters by status', async () => {
    const { page } = w;
    const rows = page.getByTestId('contents').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const filters = page.getByRole('list', { name: 'Status' });
    expect((await filters.textContent())?.replace(/\s+/g, ' ')).toBe(
      'All (4)|Draft (1)|In review (1)|Approved (1)|Published (1)'.replace(/\|/g, ''),
    );
    expect(await page.getByText('4 items').count()).toBe(1);
    await expectAccessible(page, 'writer contents');
    await screenshot(page, 'writer-contents-desktop.png');
    await filters.getByRole('button', { name: /In review/ }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.textContent()).toContain('Water roses');
    expect(await filters.getByRole('button', { name: /In review/ }).getAttribute('aria-current')).toBe('true');
    await filters.getByRole('button', { name: /Published/ }).click();
    await expect.poll(() => rows.textContent()).toContain('Prune roses');
    await filters.getByRole('button', { name: /All/ }).click();
    await expect.poll(() => rows.count()).toBe(4);
  });

  it('approves a draft and publishes an approved content from their row actions', async () => {
    const { page, api } = w;
    await page.getByRole('button', { name: 'Approve “Plant bare-root roses”' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Status' }).textContent()).toContain('Approved (2)');
    expect(patches(contentId(4))).toEqual([{ status: 'approved' }]);
    expect(await page.locator('[data-focus-back]').textContent()).toBe('“Plant bare-root roses” was approved.');
    await page.getByRole('button', { name: 'Publish “Feed roses”' }).click();
    await expect.poll(() => page.getByTestId('contents').textContent()).toContain('Publishing…');
    expect(await page.locator('[data-focus-back]').textContent()).toBe('“Feed roses” is being published.');
    const publish = api.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith(`/contents/${contentId(3)}/publish`),
    );
    expect(publish?.body).toEqual({});
  });

  it('lists the tasks and generates one: the cost first, then the progress, then the new content', async () => {
    const { page, api } = w;
    await page.getByRole('list', { name: 'Writer' }).getByRole('button', { name: 'Tasks' }).click();
    const rows = page.getByTestId('tasks').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(2).textContent()).toContain('the AI provider is unavailable');
    await expectAccessible(page, 'writer tasks');
    await screenshot(page, 'writer-tasks-desktop.png');

    await page.getByRole('button', { name: 'Generate “Mulch roses in autumn”' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByTestId('cost').textContent())
      .toContain('About 22 credits for 1,500 words with images. Available: 12,345 credits.');
    const estimates = api.requests.filter((r) => r.path === '/v1/billing/estimate').map((r) => r.body);
    expect(estimates).toEqual([
      { operation: 'generate_content', quantity: 1500 },
      { operation: 'generate_image_prompts', quantity: 1 },
      { operation: 'generate_image', quantity: 3 },
    ]);
    // Nothing is started before the user says so.
    expect(api.requests.some((r) => r.path.endsWith('/generate'))).toBe(false);
    await expectAccessible(page, 'writer generate dialog');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    const progress = page.getByRole('status').filter({ has: page.locator('progress') });
    await expect.poll(() => progress.textContent()).toMatch(/Writing “Mulch roses in autumn”: [0-4] of 4 sections/);
    expect(await page.locator('progress').first().getAttribute('max')).toBe('4');
    const done = page.getByTestId('generated');
    await expect
      .poll(() => done.textContent(), { timeout: 15_000 })
      .toContain('“Mulch roses in autumn” is written: 1,480 words, 4 sections, 18 credits.');
    expect(await done.textContent()).toContain('Prune roses');
    await expect.poll(() => rows.first().textContent()).toContain('Written');
    await done.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Mulch roses in autumn');
    await page.getByRole('button', { name: 'Back' }).click();
  });

  it('says so in words when the credits run out as the generation starts', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Generate “Prune roses”' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('cost').textContent()).toContain('About 19 credits');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Not enough credits for this. Buy credits or wait for your plan to renew.');
    expect(await page.getByRole('alert').textContent()).toContain('req-402');
  });

  it('cancels a task, and deletes one after asking (Escape keeps it)', async () => {
    const { page, api } = w;
    await page.getByRole('list', { name: 'Writer' }).getByRole('button', { name: 'Tasks' }).click();
    const rows = page.getByTestId('tasks').locator('tbody tr');
    await page.getByRole('button', { name: 'Cancel “Best rose fertilizer”' }).click();
    await expect.poll(() => rows.nth(2).textContent()).toContain('Cancelled');
    expect(await page.locator('[data-focus-back]').textContent()).toBe('“Best rose fertilizer” was cancelled.');
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/cancel'))).toBe(true);
    const remove = page.getByRole('button', { name: 'Delete “Prune roses”' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Delete “Prune roses”');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent))
      .toBe('Delete');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await remove.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await remove.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    // The row went away with its button: focus is on the line that says what happened.
    const said = page.locator('[data-focus-back]');
    expect(await said.textContent()).toBe('“Prune roses” was deleted.');
    expect(await said.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      expect.stringMatching(/\/tasks\/66666666-6666-4666-8666-000000000004$/),
    ]);
  });

  it('opens a content in the editor with the server’s SEO score', async () => {
    const { page } = w;
    await page.getByRole('list', { name: 'Writer' }).getByRole('button', { name: 'Contents' }).click();
    await page.getByRole('button', { name: 'Edit “Water roses”' }).click();
    await expect.poll(() => body().textContent()).toContain('Summer heat dries the soil');
    expect(await shownSeo(page)).toEqual(serverView(await scoreOf(water)));
    expect(Number(await page.getByTestId('score').textContent())).toBe(water.seo_score);
    await expectAccessible(page, 'writer editor');
  });

  it('formats with the toolbar: Bold and Heading 2 change the html', async () => {
    const { page } = w;
    await body()
      .getByText('Summer heat dries')
      .dblclick({ position: { x: 4, y: 6 } });
    const bold = page.getByRole('button', { name: 'Bold' });
    await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
    expect(await html()).toMatch(/<p><strong>Summer\s?<\/strong>\s?heat/);
    await body().getByText('Give each plant').click();
    const h2 = page.getByRole('button', { name: 'Heading 2' });
    await h2.click();
    await expect.poll(() => h2.getAttribute('aria-pressed')).toBe('true');
    expect(await html()).toContain('<h2>Give each plant about ten litres a week, more in sandy soil.</h2>');
    await body().getByText('Give each plant').click();
    await h2.click();
    await expect.poll(() => h2.getAttribute('aria-pressed')).toBe('false');
    expect(await html()).toContain('<p>Give each plant about ten litres a week, more in sandy soil.</p>');
    expect(await page.getByTestId('save-state').textContent()).toBe('Unsaved changes');
    // Enter starts a paragraph, as in WordPress.
    await body().getByText('Give each plant').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Roses in pots dry out first.');
    expect(await html()).toContain('sandy soil.</p><p>Roses in pots dry out first.</p>');
  });

  it('edits in the HTML view and shows the edit in the visual view, without running what was typed', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    const source = page.getByRole('textbox', { name: 'Content' });
    const before = await source.inputValue();
    await source.fill(`${before}<p>Added in the HTML view.</p><img src="data:," alt="" onerror="window.__ran = 1">`);
    expect(await page.getByRole('toolbar').count()).toBe(0);
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    await expect.poll(() => body().locator('p', { hasText: 'Added in the HTML view.' }).count()).toBe(1);
    expect(await body().locator('img').getAttribute('onerror')).toBe(null);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    await source.fill(`${before}<p>Added in the HTML view.</p>`);
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    await expect.poll(() => body().locator('img').count()).toBe(0);
  });

  it('estimates the SEO score live while editing: the focus keyword typed into the first paragraph raises it', async () => {
    const { page } = w;
    const before = await shownSeo(page);
    expect(before.checks.find((c) => c.id === 'focus_in_introduction')?.status).toBe('warn');
    expect(await page.getByTestId('seo').textContent()).toContain('Estimate until saved');
    await body().getByText('heat dries the soil').click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Water roses in the morning. ');
    await expect
      .poll(() => page.locator('[data-check="focus_in_introduction"]').getAttribute('data-status'))
      .toBe('pass');
    const after = await shownSeo(page);
    expect(after.score).toBeGreaterThan(before.score);
    const server = serverView(await scoreOf({ ...water, html: await html() }));
    expect(asTheServer(after)).toEqual(asTheServer(server));
    expect(Math.abs(after.score - server.score)).toBeLessThanOrEqual(10);
  });

  it('measures the meta title and description and previews the search result as they are typed', async () => {
    const { page } = w;
    const meter = page.locator('#w-mt');
    expect(await meter.textContent()).toBe('11 characters (30–60): too short');
    expect(await meter.getAttribute('data-verdict')).toBe('short');
    const serp = page.getByTestId('serp');
    expect(await serp.textContent()).toContain('https://garden.example › water-roses');
    const metaTitle = page.getByLabel('Meta title');
    await metaTitle.fill('Water roses in summer: how often and how much');
    expect(await meter.textContent()).toBe('45 characters (30–60): good');
    expect(await serp.locator('.serp-t').textContent()).toBe('Water roses in summer: how often and how much');
    // Without a meta title the title stands in, and a search engine cuts a long one.
    await metaTitle.fill('');
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Water roses in summer: how often, how much, and at what time of the day');
    expect(await meter.getAttribute('data-verdict')).toBe('long');
    expect(await meter.textContent()).toBe('71 characters (30–60): too long');
    expect(await serp.locator('.serp-t').textContent()).toBe(
      'Water roses in summer: how often, how much, and at what time …',
    );
    await title.fill('Water roses');
    await metaTitle.fill('Water roses in summer: how often and how much');
    const description = page.getByLabel('Meta description');
    const md = page.locator('#w-md');
    expect(await md.textContent()).toBe('69 characters (120–160): too short');
    await description.fill(
      'How often and how much to water roses in the summer heat: early in the day, deep and at the roots, with mulch to keep the soil moist.',
    );
    expect(await md.textContent()).toBe('133 characters (120–160): good');
    expect(await serp.locator('.serp-d').textContent()).toContain('early in the day, deep and at the roots');
    const estimated = await shownSeo(page);
    expect(estimated.checks).toContainEqual({ id: 'meta_title_length', status: 'pass' });
    expect(estimated.checks).toContainEqual({ id: 'meta_description_length', status: 'pass' });
    expect(asTheServer(estimated)).toEqual(
      asTheServer(
        serverView(
          await scoreOf({
            ...water,
            html: await html(),
            meta_title: await metaTitle.inputValue(),
            meta_description: await description.inputValue(),
          }),
        ),
      ),
    );
  });

  it('reports internal and external links, and adds one with the keyboard only', async () => {
    const { page } = w;
    const links = page.getByTestId('links');
    expect(await links.getByTestId('links-internal').locator('h3').textContent()).toBe('Internal links (1)');
    expect(await links.getByTestId('links-external').locator('h3').textContent()).toBe('External links (1)');
    expect(await links.textContent()).toContain('Links added by the writer');
    // Keyboard only: the caret into the last list item, select two words, into the toolbar, to Link.
    await body().getByText('Mulch to keep').click();
    await page.keyboard.press('End');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Shift+Tab');
    const active = () =>
      page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Home');
    expect(await active()).toBe('Bold');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('Link');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('Quote');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('Bold');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('inputmode')))
      .toBe('url');
    expect(await page.getByLabel('Link URL').count()).toBe(1);
    await page.keyboard.type('https://garden.example/mulch/');
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('Link');
    await expect.poll(() => links.getByTestId('links-internal').locator('h3').textContent()).toBe('Internal links (2)');
    await expect.poll(() => page.getByRole('button', { name: 'Link' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('Italic');
    await page.keyboard.press('Space');
    expect(await active()).toBe('Italic');
    await expect.poll(() => page.getByRole('button', { name: 'Italic' }).getAttribute('aria-pressed')).toBe('true');
    const source = await html();
    expect(source).toContain('<a href="https://garden.example/mulch/">');
    expect(source).toMatch(/<a href="https:\/\/garden\.example\/mulch\/"><em>[^<]+<\/em><\/a>/);
  });

  it('saves only the changed fields, with the unsaved state shown until then', async () => {
    const { page } = w;
    await page.getByLabel('Title', { exact: true }).fill('Water roses in summer');
    expect(await page.getByTestId('save-state').textContent()).toBe('Unsaved changes');
    const sent = await html();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved.');
    const [patch] = patches(contentId(2));
    expect(Object.keys(patch as object).sort()).toEqual(['html', 'meta_description', 'meta_title', 'title']);
    expect(patch).toMatchObject({ title: 'Water roses in summer', html: sent });
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    // The server's new analysis is the one shown, no longer an estimate.
    expect(await shownSeo(page)).toEqual(serverView(await scoreOf(water)));
    expect(Number(await page.getByTestId('score').textContent())).toBe(water.seo_score);
    expect(await page.getByTestId('seo').textContent()).not.toContain('Estimate');
    await screenshot(page, 'writer-editor-desktop.png');
  });

  it('shows the images (by their signed links), saves an alt text and regenerates an image', async () => {
    const { page, api } = w;
    const featured = page.getByRole('group', { name: 'Featured image' });
    const inline = page.getByRole('group', { name: 'In-article image 1' });
    await expect.poll(() => featured.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    expect(await featured.locator('img').getAttribute('src')).toBe(state.images[0]?.url);
    expect(await inline.locator('img').getAttribute('src')).toBe(state.images[1]?.url);
    expect(await featured.locator('img').getAttribute('alt')).toBe('Watering can beside roses');
    // The signed links need no credentials: no file is fetched through the API.
    expect(api.requests.some((r) => r.path.endsWith('/file'))).toBe(false);
    await inline.getByLabel('Alt text').fill('Roses watered at the base');
    await inline.getByRole('button', { name: 'Save alt text' }).click();
    await expect.poll(() => inline.getByRole('status').textContent()).toBe('Saved.');
    const alt = api.requests.find((r) => r.method === 'PATCH' && r.path.endsWith(`/images/${imageId(2)}`));
    expect(alt?.body).toEqual({ alt_text: 'Roses watered at the base' });
    await featured.getByRole('button', { name: 'Regenerate' }).click();
    await expect.poll(() => featured.textContent()).toContain('Redrawing…');
    await expect
      .poll(() => featured.getByRole('status').last().textContent(), { timeout: 10_000 })
      .toBe('Image redrawn.');
    const regen = api.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/images/${imageId(1)}/regenerate`));
    expect(regen?.body).toEqual({});
    await expectAccessible(page, 'writer editor images');
  });

  it('lists the revisions, shows one, and restores it after asking', async () => {
    const { page, api } = w;
    const revisions = page.locator('.revs li');
    await expect.poll(() => revisions.count()).toBe(3);
    expect(await revisions.first().textContent()).toContain('#3 saved');
    await page.getByRole('button', { name: 'Restore revision 2' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore revision 2' });
    await expect.poll(() => confirm.textContent()).toContain('Watering roses');
    await expect.poll(() => confirm.textContent()).toContain('Old text.');
    expect(await confirm.textContent()).toContain('#2 ');
    await expectAccessible(page, 'writer revision');
    expect(api.requests.some((r) => r.path.endsWith('/restore'))).toBe(false);
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Watering roses');
    await expect.poll(() => body().textContent()).toBe('Old text.');
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/restore')).map((r) => r.path)).toEqual([
      expect.stringContaining(`/contents/${contentId(2)}/revisions/`),
    ]);
    await expect.poll(() => revisions.count()).toBe(4);
    expect(await revisions.first().textContent()).toContain('#4 restored');
  });

  it('approves from the editor', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('“Watering roses” was approved.');
    expect(patches(contentId(2)).at(-1)).toEqual({ status: 'approved' });
    expect(w.errors).toEqual([]);
  });

  it('fits a 390 px phone: the list and the editor', async () => {
    const phone = await newPage(w.browser, { width: 390, height: 844 });
    await phone.goto(w.api.url);
    await openScreen(phone, 'Writer', 'writer');
    await expect.poll(() => phone.getByTestId('contents').locator('tbody tr').count()).toBe(5);
    await expectNoHorizontalScroll(phone, 'writer contents at 390 px');
    await expectAccessible(phone, 'writer contents at 390 px');
    await phone.getByRole('button', { name: 'Edit “Watering roses”' }).click();
    await expect.poll(() => phone.getByTestId('score').count()).toBe(1);
    await expectNoHorizontalScroll(phone, 'writer editor at 390 px');
    await screenshot(phone, 'writer-editor-phone.png');
    await phone.context().close();
  });
});
