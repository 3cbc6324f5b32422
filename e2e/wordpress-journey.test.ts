// The journey a WordPress admin takes through Igny8 inside wp-admin, in Chromium, against the real server (its local
// AI provider, its jobs in process) and a real WordPress with the plugin connected: keywords imported from a CSV file
// in the Planner's import dialog (the columns previewed first), clustered (the estimate first, in its dialog), ideas
// generated for a cluster in the Clusters view and one queued to the tasks in the Ideas view, the article written (its
// cost first), edited in the editor, saved, approved and published, the publication on the Publishing screen with its
// WordPress link, and the post on WordPress's front end with the sentence typed in the editor; then an automation run
// started (its estimate first) and watched live, stage by stage, to its end.
//
// What is clicked is named by the widget's English catalogues (packages/widget/locales/en), by key: `SEL` below.
import { hasChromium } from '@igny8/test-support/browser';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavySuitesHere } from '../packages/server/test/helpers/heavy.js';
import { wordpressReady } from './helpers/wordpress.js';
import { type ConnectedSite, openIgny8Page, startConnectedSite, widgetText } from './helpers/wp-admin.js';

const ready = hasChromium && wordpressReady;
// CI installs PHP, WordPress and Chromium and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!ready && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP, WordPress or Chromium is missing');
const run = ready && heavySuitesHere;

const t = widgetText('en');
/** `s` matched as written in a pattern. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue's sentence as a pattern: `param` is captured, the rest is matched as written. */
const pattern = (key: string, param: string, params: Record<string, string> = {}) =>
  new RegExp(
    `^${t(key, { ...params, [param]: '\u0000' })
      .split('\u0000')
      .map(literal)
      .join('(.+)')}$`,
  );

/** What the journey clicks and reads, in one place: roles with the catalogue's names, and the screens' test ids. */
const SEL = {
  tab: (w: Locator, route: string) => w.getByRole('tab', { name: t(`tabs.${route}`), exact: true }),
  button: (w: Locator, key: string, params?: Record<string, string | number>) =>
    w.getByRole('button', { name: t(key, params), exact: true }),
  /** A modal dialog, by its title. */
  dialog: (w: Locator, title: string) => w.getByRole('dialog', { name: title, exact: true }),
  /** A Planner list table's row action: "Generate ideas “Roses”". */
  rowAction: (w: Locator, actionKey: string, name: string) =>
    w.getByRole('button', { name: t('table.action', { action: t(actionKey), name }), exact: true }),
  /** A Writer list's row action: "Generate “How to prune roses”". */
  writerAction: (w: Locator, actionKey: string, title: string) =>
    w.getByRole('button', { name: t('writer.act', { action: t(actionKey), title }), exact: true }),
  /**
   * The names of a Planner list's rows, in order, read from one of their row actions ("Edit “how to prune roses”"):
   * every row of a view has it.
   */
  rowNames: async (w: Locator, actionKey: string) => {
    const name = pattern('table.action', 'name', { action: t(actionKey) });
    const labels = await w.getByRole('button', { name }).evaluateAll((bs) => bs.map((b) => b.ariaLabel ?? ''));
    return labels.map((l) => name.exec(l)?.[1] ?? '');
  },
};

// Eight keywords of two topics, as a keyword tool exports them (header row, volume, difficulty).
const CSV = [
  'Keyword,Search Volume,KD',
  'how to prune roses,2400,32',
  'when to prune roses,1900,28',
  'pruning climbing roses,880,35',
  'rose pruning tools,590,22',
  'how to start composting,3600,30',
  'compost bin for garden,1600,41',
  'what to put in compost,1300,25',
  'composting kitchen scraps,720,27',
].join('\n');
const SENTENCE = 'Our own rose beds bloomed twice after this spring pruning.';

let site: ConnectedSite;
let page: Page;
let widget: Locator;
/** Every request the page made to the Igny8 API: method and path, in order. */
const sent: string[] = [];
const wasSent = (method: string, pattern: RegExp) => sent.some((r) => r.startsWith(`${method} `) && pattern.test(r));
const errors: string[] = [];

beforeAll(async () => {
  if (!run) return;
  site = await startConnectedSite({ siteName: 'Rose Garden Blog', credits: 5000 });
  page = await site.adminPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.api.url) sent.push(`${request.method()} ${url.pathname}`);
  });
}, 240_000);

afterAll(async () => {
  if (!run) return;
  await site?.close();
});

/** Waits for what `read` answers to pass `check`, for up to `timeout` ms. */
const until = (read: () => Promise<unknown>, timeout = 30_000) => expect.poll(read, { timeout, interval: 250 });

describe.skipIf(!run)('a WordPress admin’s journey through Igny8 in wp-admin', () => {
  let cluster = '';
  let idea = '';
  let title = '';
  let postUrl = '';

  it('imports a CSV of keywords through the file picker: the columns previewed first, then the result', async () => {
    ({ widget } = await openIgny8Page(page, site.wp, { route: 'planner', timeout: 60_000 }));
    expect(await SEL.tab(widget, 'planner').getAttribute('aria-selected')).toBe('true');
    // The Planner opens on its Keywords view, empty.
    expect(await SEL.button(widget, 'view.keywords').getAttribute('aria-current')).toBe('true');
    await until(() => widget.getByText(t('table.empty'), { exact: true }).count()).toBe(1);

    await SEL.button(widget, 'import.open').click();
    const dialog = SEL.dialog(widget, t('import.open'));
    await dialog.waitFor();
    // Nothing to import until a file is chosen.
    expect(await SEL.button(dialog, 'import.start').count()).toBe(0);
    await dialog.getByLabel(t('import.choose'), { exact: true }).setInputFiles({
      name: 'rose-keywords.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    const preview = dialog.getByTestId('preview');
    await until(() => preview.count()).toBe(1);
    expect(await dialog.textContent()).toContain('rose-keywords.csv');
    expect(await dialog.getByTestId('import').textContent()).toContain(t('import.header'));
    expect(
      await preview.getByRole('columnheader').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-field'))),
    ).toEqual(['phrase', 'volume', 'difficulty']);
    expect(await preview.getByRole('row').nth(1).textContent()).toContain('how to prune roses');
    // Only a preview: nothing was sent yet.
    expect(wasSent('POST', /\/keywords\/import$/)).toBe(false);

    await SEL.button(dialog, 'import.start').click();
    // The result: the counts, all eight imported, none refused (a refusal would make it a warning).
    const result = dialog.getByTestId('import');
    await until(() => result.textContent(), 60_000).toContain(`${t('import.rows')}8`);
    const text = await result.textContent();
    expect(text).toContain(`${t('import.imported')}8`);
    expect(text).toContain(`${t('import.duplicates')}0`);
    expect(text).toContain(`${t('import.refused')}0`);
    expect(await dialog.getByTestId('refused').count()).toBe(0);
    expect(wasSent('POST', /\/keywords\/import$/)).toBe(true);
    await SEL.button(dialog, 'common.close').click();
    await until(() => dialog.count()).toBe(0);
    // The list behind it shows them.
    await until(async () => (await SEL.rowNames(widget, 'keywords.edit')).length).toBe(8);
    expect(await SEL.rowNames(widget, 'keywords.edit')).toContain('how to prune roses');
  }, 120_000);

  it('clusters them: the estimate first, the work once confirmed, then its summary', async () => {
    await SEL.button(widget, 'keywords.cluster').click();
    const dialog = SEL.dialog(widget, t('keywords.cluster'));
    const runCard = dialog.getByTestId('run');
    await until(() => runCard.textContent()).toContain(`${t('cluster.items')}8`);
    expect(await runCard.textContent()).toContain(t('charge.cost'));
    expect(wasSent('POST', /\/billing\/estimate$/)).toBe(true);
    expect(wasSent('POST', /\/clusterings$/)).toBe(false);

    await SEL.button(dialog, 'charge.confirm').click();
    const summary = dialog.getByTestId('cluster-summary');
    await until(() => summary.count(), 90_000).toBe(1);
    const made = Number(
      new RegExp(`${literal(t('cluster.made'))}(\\d+)`).exec((await summary.textContent()) ?? '')?.[1],
    );
    expect(made).toBeGreaterThan(0);
    expect(wasSent('POST', /\/clusterings$/)).toBe(true);
    await SEL.button(dialog, 'common.close').click();
    await until(() => dialog.count()).toBe(0);

    await SEL.button(widget, 'view.clusters').click();
    expect(await SEL.button(widget, 'view.clusters').getAttribute('aria-current')).toBe('true');
    await until(async () => (await SEL.rowNames(widget, 'ideas.generate')).length).toBe(made);
    cluster = (await SEL.rowNames(widget, 'ideas.generate'))[0] ?? '';
    expect(cluster).not.toBe('');
  }, 120_000);

  it('generates ideas for a cluster (the cost first) and queues one to the writing tasks', async () => {
    await SEL.rowAction(widget, 'ideas.generate', cluster).click();
    const dialog = SEL.dialog(widget, t('table.action', { action: t('ideas.generate'), name: cluster }));
    const runCard = dialog.getByTestId('run');
    await until(() => runCard.textContent()).toContain(`${t('view.ideas')}3`);
    expect(await runCard.textContent()).toContain(t('charge.cost'));
    expect(wasSent('POST', /\/clusters\/[^/]+\/ideas$/)).toBe(false);
    await SEL.button(dialog, 'charge.confirm').click();
    await until(() => runCard.textContent(), 90_000).toContain(`${t('ideas.made')}3`);
    expect(wasSent('POST', /\/clusters\/[^/]+\/ideas$/)).toBe(true);
    await SEL.button(dialog, 'common.close').click();
    await until(() => dialog.count()).toBe(0);

    await SEL.button(widget, 'view.ideas').click();
    await until(async () => (await SEL.rowNames(widget, 'ideas.outline')).length).toBe(3);
    idea = (await SEL.rowNames(widget, 'ideas.outline'))[0] ?? '';
    expect(idea).not.toBe('');
    await SEL.rowAction(widget, 'ideas.queue', idea).click();
    await until(() => widget.getByText(t('ideas.queued', { count: 1 }), { exact: true }).count()).toBe(1);
    // Queued: the row no longer offers it.
    await until(() => SEL.rowAction(widget, 'ideas.queue', idea).count()).toBe(0);
  }, 150_000);

  it('writes the article in the Writer (the cost first), edits the text, saves and approves it', async () => {
    await SEL.tab(widget, 'writer').click();
    await SEL.button(widget, 'writer.tasks').click();
    const tasks = widget.getByTestId('tasks');
    await until(() => tasks.textContent()).toContain(idea);
    await SEL.writerAction(widget, 'writer.generate', idea).click();
    const dialog = SEL.dialog(widget, t('writer.act', { action: t('writer.generate'), title: idea }));
    const cost = dialog.getByTestId('cost');
    await until(() => cost.textContent()).toMatch(/\d/);
    expect(await cost.locator('[aria-busy]').count()).toBe(0);
    expect(wasSent('POST', /\/billing\/estimate$/)).toBe(true);
    expect(wasSent('POST', /\/tasks\/[^/]+\/generate$/)).toBe(false);
    await SEL.button(dialog, 'writer.generate').click();
    const generated = widget.getByTestId('generated');
    await until(() => generated.count(), 180_000).toBe(1);
    expect(wasSent('POST', /\/tasks\/[^/]+\/generate$/)).toBe(true);
    await SEL.button(generated, 'writer.edit').click();

    const body = widget.getByRole('textbox', { name: t('writer.body'), exact: true });
    await until(() => body.textContent()).not.toBe('');
    title = await widget.getByLabel(t('writer.title'), { exact: true }).inputValue();
    expect(title).not.toBe('');
    // At the end of the text: a paragraph of the admin's own.
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(SENTENCE);
    const state = widget.getByTestId('save-state');
    await until(() => state.textContent()).toBe(t('writer.unsaved'));
    const saved = page.waitForRequest((r) => r.method() === 'PATCH' && /\/contents\/[^/]+$/.test(r.url()));
    await SEL.button(widget, 'common.save').click();
    const contentPath = new URL((await saved).url()).pathname;
    await until(() => state.textContent()).toBe(t('common.saved'));
    // What the server keeps is the edited text.
    const stored = (await site.asOwner('GET', contentPath)).body as { data: { html: string } };
    expect(stored.data.html).toContain(SENTENCE);
    await SEL.button(widget, 'writer.approve').click();
    await until(() => state.textContent()).toBe(t('writer.approvedOne', { title }));
    const approved = (await site.asOwner('GET', contentPath)).body as { data: { status: string } };
    expect(approved.data.status).toBe('approved');
  }, 240_000);

  it('publishes it; the Publishing screen shows it published with its WordPress link, and the post is on the site', async () => {
    await SEL.button(widget, 'writer.back').click();
    await SEL.button(widget, 'writer.contents').click();
    await until(() => widget.getByTestId('contents').textContent()).toContain(title);
    await SEL.writerAction(widget, 'writer.publishNow', title).click();
    await until(() => widget.getByText(t('writer.sending', { title }), { exact: true }).count()).toBe(1);

    // The Publishing screen, opened again until the publication has gone out (it lists what is there when opened;
    // while sending, the title has no link yet).
    const table = widget.getByTestId('pub-all');
    const row = table.getByRole('row').filter({ hasText: title });
    const link = row.getByRole('link', { name: title, exact: true });
    await until(async () => {
      await SEL.tab(widget, 'overview').click();
      await SEL.tab(widget, 'publishing').click();
      await table.waitFor({ timeout: 15_000 });
      return row.getByRole('cell').nth(1).textContent({ timeout: 5_000 });
    }, 120_000).toBe(t('publishing.published'));
    postUrl = (await link.getAttribute('href')) ?? '';
    expect(postUrl.startsWith(site.wp.url)).toBe(true);

    // The link opens the post on WordPress's front end, with the title and the admin's sentence.
    const [post] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await post.waitForLoadState();
    expect(post.url()).toBe(postUrl);
    // WordPress's texturize turns straight quotes and dashes typographic: compare without them.
    const plain = (s: string) => s.replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ');
    const text = plain((await post.locator('body').textContent()) ?? '');
    expect(text).toContain(plain(title));
    expect(text).toContain(SENTENCE);
    await post.close();
  }, 180_000);

  it('starts an automation run (the estimate first) and watches it live, stage by stage, to its end', async () => {
    await SEL.tab(widget, 'automation').click();
    const estimate = widget.getByTestId('estimate');
    await until(() => estimate.count()).toBe(1);
    // One row per stage (and the total).
    expect(await estimate.locator('tr[data-stage]').count()).toBe(7);
    expect(wasSent('POST', /\/automation\/estimate$/)).toBe(true);
    expect(wasSent('POST', /\/automation\/runs$/)).toBe(false);
    await SEL.button(widget, 'automation.start').click();

    const runCard = widget.getByTestId('run');
    await until(() => runCard.getAttribute('data-status')).toMatch(/^(queued|running|completed)$/);
    expect(wasSent('POST', /\/automation\/runs$/)).toBe(true);
    // Each stage row's states, as seen while watching.
    const seen = new Map<string, string[]>();
    const end = Date.now() + 180_000;
    let status = '';
    while (Date.now() < end) {
      status = (await runCard.getAttribute('data-status')) ?? '';
      const states = await runCard
        .locator('li[data-stage]')
        .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-stage'), li.getAttribute('data-state')]));
      for (const [stage, state] of states as [string, string][]) {
        const list = seen.get(stage) ?? [];
        if (list.at(-1) !== state) seen.set(stage, [...list, state]);
      }
      if (/^(completed|failed|cancelled|paused)$/.test(status)) break;
      await page.waitForTimeout(150);
    }
    const history = Object.fromEntries(seen);
    expect(status, JSON.stringify(history)).toBe('completed');
    // At least two stages changed state while the page watched (live, not one reload at the end).
    expect([...seen.values()].filter((states) => states.length > 1).length, JSON.stringify(history)).toBeGreaterThan(1);
    // Every stage ended done or skipped.
    for (const [stage, states] of seen) expect(states.at(-1), stage).toMatch(/^(completed|skipped)$/);
    await until(() => widget.getByTestId('announce').textContent()).toBe(t('automation.ev.run.completed'));

    // What the run wrote waits for review in the Writer.
    await SEL.tab(widget, 'writer').click();
    const inReview = widget.getByRole('button', {
      name: new RegExp(`^${literal(t('writer.status.review'))} \\((\\d+)\\)$`),
    });
    await until(() => inReview.textContent()).not.toMatch(/\(0\)/);
    expect(errors).toEqual([]);
  }, 240_000);
});
