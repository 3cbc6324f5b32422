// The Automation screen in a real browser against the fake API: the estimate, a run followed live over server-sent
// events (and by polling when the stream cannot pass, and across a dropped connection), pause, resume, cancel and
// retry, the settings form, the history and a run's log, at desktop and phone widths.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectAccessible,
  expectNoHorizontalScroll,
  type OpenWidget,
  openScreen,
  openWidget,
  screenshot,
} from '../helpers/browser.js';
import { type AutomationFakeOptions, automationRoutes } from '../helpers/fake/automation.js';
import type { FakeRoutes } from '../helpers/fake/common.js';
import { SITE } from '../helpers/fake/common.js';

const RUNS = `${SITE}/automation/runs`;
const STAGE_NAMES = ['Clustering', 'Ideas', 'Tasks', 'Articles', 'Image prompts', 'Images', 'Review'];
const SLOW = 10_000;

async function open(
  fake?: AutomationFakeOptions,
  { viewport, routes = [] }: { viewport?: { width: number; height: number }; routes?: FakeRoutes[] } = {},
): Promise<OpenWidget> {
  const w = await openWidget(
    { locale: 'en', initialRoute: 'automation' },
    { ...(viewport ? { viewport } : {}), api: { routes: [...routes, ...(fake ? [automationRoutes(fake)] : [])] } },
  );
  await openScreen(w.page, 'Automation', 'automation');
  return w;
}

/** The run card's status (`data-status`) and each stage row's state, as the page shows them. */
const runStatus = (page: Page) => page.getByTestId('run').getAttribute('data-status');
const stageStates = (page: Page) =>
  page
    .locator('[data-testid="run"] li[data-stage]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
const requests = (w: OpenWidget, method: string, suffix: string) =>
  w.api.requests.filter((r) => r.method === method && r.path.startsWith(RUNS) && r.path.endsWith(suffix));

/** Records every text the live region says (a screen reader hears each change). */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('.igny8-host')?.shadowRoot as ShadowRoot;
    const region = root.querySelector('[data-testid="announce"]') as HTMLElement;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}
const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

async function startRun(w: OpenWidget): Promise<void> {
  const before = requests(w, 'POST', '/runs').length;
  await w.page.getByRole('button', { name: 'Start run' }).click();
  await expect.poll(() => requests(w, 'POST', '/runs').length).toBe(before + 1);
}

describe.skipIf(!browserAvailable())('Automation', () => {
  describe('a run, live', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await open();
    });
    afterAll(() => w?.close());

    it('shows the last run and, before Start, each stage’s items and credits, the total and the balance', async () => {
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
      expect(await w.page.getByRole('heading', { name: 'Last run' }).count()).toBe(1);
      const estimate = w.page.getByTestId('estimate');
      await expect.poll(() => estimate.count()).toBe(1);
      const row = (stage: string) =>
        estimate.locator(`tr[data-stage="${stage}"]`).evaluate((tr) => [...tr.children].map((c) => c.textContent));
      expect(await row('content')).toEqual(['Articles', '3', '120']);
      expect(await row('images')).toEqual(['Images', '6', '48']);
      expect(await row('tasks')).toEqual(['Tasks', '3', '0']);
      expect(await w.page.getByTestId('estimate-total').textContent()).toBe('194');
      // 1.2 × 194, rounded up: what a run needs available.
      expect(await w.page.getByTestId('balance').textContent()).toBe(
        'Available: 12,345 credits. Needed to start: 233 (the total plus 20%).',
      );
      expect(w.api.requests.some((r) => r.method === 'POST' && r.path === `${SITE}/automation/estimate`)).toBe(true);
      await expectAccessible(w.page, 'automation run view, before a start');
    });

    it('starts a run and its stage bars advance live from the event stream to done', async () => {
      await listen(w.page);
      await startRun(w);
      // Live: a stage under way, part done, before the run has ended.
      await w.page.waitForFunction(
        () => {
          const root = document.querySelector('.igny8-host')?.shadowRoot;
          const row = root?.querySelector('li[data-state="running"] progress');
          return root?.querySelector('[data-testid="run"]')?.getAttribute('data-status') === 'running' && row;
        },
        undefined,
        { timeout: SLOW, polling: 10 },
      );
      await expect.poll(() => stageStates(w.page), { timeout: SLOW }).toEqual(Array(7).fill('completed'));
      await expect.poll(() => runStatus(w.page)).toBe('completed');
      const articles = w.page.locator('[data-testid="run"] li[data-stage="content"]');
      expect(await articles.textContent()).toContain('3 of 3 done');
      expect(await articles.textContent()).toContain('120 credits used');
      expect(await articles.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 3]);
      // The clustering's counters are keywords: known from its stage's end.
      expect(await w.page.locator('li[data-stage="cluster"]').textContent()).toContain('10 of 12 done');
      // Fed by the stream (with the session's token), not by polling.
      const stream = w.api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/events'));
      expect(stream.length).toBeGreaterThan(0);
      expect(stream.every((r) => r.auth?.startsWith('Bearer tok-'))).toBe(true);
      expect(requests(w, 'GET', '/events/poll')).toHaveLength(0);
      // Stage completions are announced, not each item.
      const heard = await said(w.page);
      expect(heard[0]).toBe('Run started');
      for (const name of STAGE_NAMES) expect(heard).toContain(`${name}: Completed`);
      expect(heard.at(-1)).toBe('Run completed');
      expect(heard.length).toBeLessThanOrEqual(9);
      await expectAccessible(w.page, 'automation run view, a run completed');
    });
  });

  describe('short of credits', () => {
    it('keeps Start off, says what is missing and leads to Billing', async () => {
      const w = await open({ available: 200 });
      try {
        const start = w.page.getByRole('button', { name: 'Start run' });
        await expect.poll(() => start.count(), { timeout: SLOW }).toBe(1);
        expect(await start.isDisabled()).toBe(true);
        expect(await w.page.getByText('Not enough credits to start.').count()).toBe(1);
        expect(await w.page.getByTestId('balance').textContent()).toContain(
          'Available: 200 credits. Needed to start: 233',
        );
        await expectAccessible(w.page, 'automation run view, short of credits');
        await w.page.getByRole('button', { name: 'Buy credits' }).click();
        await expect
          .poll(() => w.page.getByRole('tab', { name: 'Billing' }).getAttribute('aria-selected'))
          .toBe('true');
        expect(requests(w, 'POST', '/runs')).toHaveLength(0);
      } finally {
        await w.close();
      }
    });
  });

  describe('pause, resume, retry and cancel', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await open({ stepMs: 200, failAt: 'images' });
    });
    afterAll(() => w?.close());

    it('pauses (after the items in flight) and resumes, the buttons following the state', async () => {
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
      await startRun(w);
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('running');
      expect(await w.page.getByRole('heading', { name: 'Before you start' }).count()).toBe(0);
      await expectAccessible(w.page, 'automation run view, running');
      await screenshot(w.page, 'automation-run-desktop.png');
      await w.page.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => requests(w, 'POST', '/pause').length).toBe(1);
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('paused');
      expect(await w.page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
      expect(await w.page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
      expect(await w.page.getByRole('button', { name: 'Stop run…' }).count()).toBe(1);
      await expect.poll(() => w.page.getByTestId('announce').textContent()).toBe('Run paused');
      const frozen = await stageStates(w.page);
      await new Promise((r) => setTimeout(r, 500));
      expect(await stageStates(w.page)).toEqual(frozen);
      await expectAccessible(w.page, 'automation run view, paused');

      await w.page.getByRole('button', { name: 'Resume' }).click();
      await expect.poll(() => requests(w, 'POST', '/resume').length).toBe(1);
      await expect.poll(() => runStatus(w.page)).toBe('running');
      expect(await w.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
      expect(await w.page.getByRole('button', { name: 'Resume' }).count()).toBe(0);
    });

    it('shows a failed run with its reason, and Retry runs it again from the failed stage', async () => {
      await expect.poll(() => runStatus(w.page), { timeout: SLOW * 2 }).toBe('failed');
      expect(await w.page.locator('li[data-stage="images"]').getAttribute('data-state')).toBe('failed');
      expect(await w.page.locator('li[data-stage="content"]').getAttribute('data-state')).toBe('completed');
      expect(await w.page.getByTestId('run').textContent()).toContain('The automation stopped at the images stage');
      expect(await w.page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
      expect(await w.page.getByRole('button', { name: 'Stop run…' }).count()).toBe(0);
      await expect.poll(() => w.page.getByTestId('announce').textContent()).toBe('Run failed');
      await expectAccessible(w.page, 'automation run view, failed');

      await w.page.getByRole('button', { name: 'Retry from the failed stage' }).click();
      await expect.poll(() => requests(w, 'POST', '/retry').length).toBe(1);
      await expect.poll(() => runStatus(w.page)).toBe('running');
      expect(await w.page.getByRole('button', { name: 'Retry from the failed stage' }).count()).toBe(0);
      await expect.poll(() => stageStates(w.page), { timeout: SLOW * 2 }).toEqual(Array(7).fill('completed'));
      // The retried stage counts its items once, its failures forgotten by the retry.
      expect(await w.page.locator('li[data-stage="images"]').textContent()).toContain('6 of 6 done');
      expect(await w.page.locator('li[data-stage="images"]').textContent()).not.toContain('failed');
    });

    it('asks before stopping: Escape keeps the run and gives the focus back; confirming cancels it', async () => {
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
      await startRun(w);
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('running');
      const cancel = w.page.getByRole('button', { name: 'Stop run…' });
      await cancel.click();
      const dialog = w.page.getByRole('dialog', { name: 'Stop this run?' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.textContent()).toContain('a stopped run cannot be resumed');
      await expect
        .poll(() =>
          w.page.evaluate(() => document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.textContent),
        )
        .toBe('Stop run');
      await expectAccessible(w.page, 'automation cancel dialog');
      await w.page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect
        .poll(() =>
          w.page.evaluate(() => document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.textContent),
        )
        .toBe('Stop run…');
      expect(requests(w, 'POST', '/cancel')).toHaveLength(0);

      await cancel.click();
      await dialog.getByRole('button', { name: 'Stop run' }).click();
      await expect.poll(() => requests(w, 'POST', '/cancel').length).toBe(1);
      await expect.poll(() => runStatus(w.page)).toBe('cancelled');
      expect(await w.page.getByRole('button', { name: 'Stop run…' }).count()).toBe(0);
      expect(await w.page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
      await expect.poll(() => w.page.getByTestId('announce').textContent()).toBe('Run stopped');
      // Ended: the estimate and Start are back.
      await expect.poll(() => w.page.getByRole('button', { name: 'Start run' }).count()).toBe(1);
    });
  });

  describe('when the stream cannot pass', () => {
    it('falls back to polling from the last event seen and still follows the run to its end', async () => {
      const streams: (string | null)[] = [];
      // The first stream request gets a proxy's page instead of an event stream.
      const w = await open({ stepMs: 100, streamFailures: 1, streams });
      try {
        await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
        // An ended run is shown as stored: nothing to follow.
        expect(streams).toHaveLength(0);
        await startRun(w);
        await expect
          .poll(() => w.page.getByText('checking every few seconds instead').count(), { timeout: SLOW })
          .toBe(1);
        await expect.poll(() => requests(w, 'GET', '/events/poll').length).toBeGreaterThan(0);
        expect(requests(w, 'GET', '/events/poll').every((r) => r.auth?.startsWith('Bearer tok-'))).toBe(true);
        await expect.poll(() => stageStates(w.page), { timeout: SLOW * 2 }).toEqual(Array(7).fill('completed'));
        expect(streams).toEqual([null]);
        // Every event once: the counters are the run's.
        expect(await w.page.locator('li[data-stage="content"]').textContent()).toContain('3 of 3 done');
        expect(await w.page.locator('li[data-stage="images"]').textContent()).toContain('6 of 6 done');
        expect(await w.page.getByText('checking every few seconds instead').count()).toBe(0);
      } finally {
        await w.close();
      }
    });
  });

  describe('a dropped stream', () => {
    it('reconnects with Last-Event-ID and takes every event once', async () => {
      const streams: (string | null)[] = [];
      // The first connection drops after 8 events, without `event: end`.
      const w = await open({ dropAfter: 8, streams });
      try {
        await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
        await startRun(w);
        // The new run is followed (the last run's completed stages are no longer shown) and its stream reopened.
        await expect.poll(() => streams.length, { timeout: SLOW }).toBe(2);
        await expect.poll(() => stageStates(w.page), { timeout: SLOW }).toEqual(Array(7).fill('completed'));
        expect(streams).toHaveLength(2);
        expect(streams[0]).toBeNull();
        expect(streams[1]).toMatch(/^\d+$/);
        const images = await w.page.locator('li[data-stage="images"]').textContent();
        expect(images).toContain('6 of 6 done');
        expect(images).toContain('48 credits used');
        expect(await w.page.locator('li[data-stage="ideas"]').textContent()).toContain('2 of 2 done');
        expect(requests(w, 'GET', '/events/poll')).toHaveLength(0);
      } finally {
        await w.close();
      }
    });
  });

  describe('settings', () => {
    let w: OpenWidget;
    const refusal: FakeRoutes = async ({ method, path, body }) => {
      if (method !== 'PATCH' || path !== `${SITE}/automation/config`) return undefined;
      const input = await body();
      if (input?.min_keywords !== 999) return undefined;
      return {
        status: 400,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request body is not valid.',
          details: {
            issues: [{ path: ['min_keywords'], code: 'too_big', message: 'More than this site will ever have.' }],
          },
        },
      };
    };
    beforeAll(async () => {
      w = await open(undefined, { routes: [refusal] });
      await w.page.getByRole('button', { name: 'Settings' }).click();
    });
    afterAll(() => w?.close());

    const patches = () => w.api.requests.filter((r) => r.method === 'PATCH' && r.path === `${SITE}/automation/config`);
    const batch = (name: string) => w.page.getByRole('group', { name: 'Items worked on at once' }).getByLabel(name);

    it('shows the settings the API has', async () => {
      await expect.poll(() => w.page.getByRole('heading', { name: 'Settings', exact: true }).count()).toBe(1);
      expect(await w.page.getByRole('checkbox', { name: 'Review' }).isChecked()).toBe(true);
      expect(await batch('Articles').inputValue()).toBe('3');
      expect(await w.page.getByLabel('Ideas per cluster').inputValue()).toBe('3');
      expect(await w.page.getByLabel('Run automatically').inputValue()).toBe('daily');
      expect(await w.page.getByLabel('Time', { exact: true }).inputValue()).toBe('09:00');
      expect(await w.page.getByLabel('Posts per day').count()).toBe(0);
      await expectAccessible(w.page, 'automation settings');
    });

    it('shows the API’s refusal of a value out of range at its field', async () => {
      await batch('Ideas').fill('0');
      await w.page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => patches().length).toBe(1);
      expect(patches()[0]?.body).toEqual({
        batch_sizes: { cluster: 1, ideas: 0, tasks: 100, content: 3, image_prompts: 5, images: 5, review: 100 },
      });
      const ideas = batch('Ideas');
      await expect.poll(() => ideas.getAttribute('aria-invalid')).toBe('true');
      expect(await ideas.evaluate((el) => el.getAttribute('aria-describedby'))).toBeTruthy();
      expect(await w.page.getByText('Enter a whole number from 1 to 50.').count()).toBe(1);
      await expect
        .poll(() => w.page.evaluate(() => document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.id))
        .toBe('f-batch_sizes.ideas');
      expect(await w.page.getByTestId('saved').count()).toBe(0);
      await expectAccessible(w.page, 'automation settings with an error');
    });

    it('saves what changed as the PATCH body and says so', async () => {
      await batch('Ideas').fill('10');
      await w.page.getByRole('checkbox', { name: 'Review' }).uncheck();
      await w.page.getByLabel('Run automatically').selectOption('weekly');
      await w.page.getByLabel('Day of the week').selectOption({ label: 'Wednesday' });
      await w.page.getByLabel('Time', { exact: true }).fill('07:30');
      await w.page.getByRole('checkbox', { name: 'Auto-approve articles' }).check();
      await w.page.getByLabel('Lowest SEO score to approve').fill('85');
      await w.page.getByRole('checkbox', { name: 'Spread approved articles over the day' }).check();
      await w.page.getByLabel('Posts per day').fill('4');
      await w.page.getByLabel('From').fill('08:00');
      await w.page.getByLabel('Until').fill('18:00');
      await w.page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => patches().length).toBe(2);
      expect(patches()[1]?.body).toEqual({
        enabled_stages: ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images'],
        batch_sizes: { cluster: 1, ideas: 10, tasks: 100, content: 3, image_prompts: 5, images: 5, review: 100 },
        auto_approve: { enabled: true, min_seo_score: 85, no_failed_checks: true },
        schedule: { frequency: 'weekly', time: '07:30', weekday: 3 },
        publishing_cadence: { posts_per_day: 4, window_start: '08:00', window_end: '18:00' },
      });
      await expect.poll(() => w.page.getByTestId('saved').textContent()).toBe('Saved.');
      expect(await batch('Ideas').getAttribute('aria-invalid')).toBeNull();
      await expectAccessible(w.page, 'automation settings saved');
      await screenshot(w.page, 'automation-config-desktop.png');
    });

    it('shows the API’s refusal at the field it names', async () => {
      await w.page.getByLabel('Minimum new keywords').fill('999');
      await w.page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => patches().length).toBe(3);
      expect(patches()[2]?.body).toEqual({ min_keywords: 999 });
      const field = w.page.getByLabel('Minimum new keywords');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      expect(await w.page.getByText('Enter a whole number from 1 to 1,000.').count()).toBe(1);
      expect(await w.page.getByRole('alert').textContent()).toContain('Some values are not valid.');
      expect(await w.page.getByTestId('saved').count()).toBe(0);
      await expectAccessible(w.page, 'automation settings refused');
    });

    it('sends the schedule cleared as null', async () => {
      await w.page.getByLabel('Minimum new keywords').fill('5');
      await w.page.getByLabel('Run automatically').selectOption('');
      await w.page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => patches().length).toBe(4);
      expect(patches()[3]?.body).toEqual({ schedule: null });
      await expect.poll(() => w.page.getByTestId('saved').count()).toBe(1);
    });
  });

  describe('history', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await open();
      await w.page.getByRole('button', { name: 'History' }).click();
    });
    afterAll(() => w?.close());

    it('lists the runs with their status, trigger, times, items and credits used', async () => {
      const table = w.page.getByTestId('runs');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((c) => c.textContent)));
      expect(cells[0]?.[0]).toBe('Completed');
      expect(cells[0]?.[1]).toBe('Scheduled');
      expect(cells[0]?.slice(3)).toEqual(['30', '194']);
      expect(cells[1]?.[0]).toBe('Failed');
      expect(cells[1]?.[1]).toBe('Started manually');
      expect(cells[2]?.[0]).toBe('Stopped');
      expect(cells.every((c) => c[2] && c[2] !== '—')).toBe(true);
      await expectAccessible(w.page, 'automation history');
    });

    it('opens a run’s log, a page at a time from the poll endpoint, and closes it back to its row', async () => {
      const view = w.page.getByRole('button', { name: /^View log: / }).first();
      await view.click();
      const log = w.page.getByRole('dialog', { name: /^Log: / });
      await expect.poll(() => log.locator('tbody tr').count(), { timeout: SLOW }).toBe(50);
      // A modal dialog: the focus is in it.
      await expect
        .poll(() =>
          w.page.evaluate(
            () => !!document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.closest('dialog[open]'),
          ),
        )
        .toBe(true);
      expect(await log.locator('tbody tr').first().textContent()).toContain('Run started');
      const polls = () => w.api.requests.filter((r) => r.path.endsWith('/events/poll'));
      expect(polls()).toHaveLength(1);
      await screenshot(w.page, 'automation-history-desktop.png');
      await expectAccessible(w.page, 'automation run log');

      await log.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => log.locator('tbody tr').count()).toBe(2);
      expect(await log.locator('tbody tr').last().textContent()).toContain('Run completed');
      expect(polls()).toHaveLength(2);
      expect(await log.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      await log.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => log.locator('tbody tr').count()).toBe(50);

      await log.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => log.count()).toBe(0);
      await expect
        .poll(() =>
          w.page.evaluate(() =>
            document.querySelector('.igny8-host')?.shadowRoot?.activeElement?.getAttribute('aria-label'),
          ),
        )
        .toMatch(/^View log: /);
    });
  });

  describe('at 390 px', () => {
    let w: OpenWidget;
    beforeAll(async () => {
      w = await open({ stepMs: 150 }, { viewport: { width: 390, height: 844 } });
    });
    afterAll(() => w?.close());

    it('fits every view without a sideways scroll', async () => {
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('completed');
      await expectNoHorizontalScroll(w.page, 'automation run view, phone');
      await startRun(w);
      await expect.poll(() => runStatus(w.page), { timeout: SLOW }).toBe('running');
      await expectNoHorizontalScroll(w.page, 'automation run view running, phone');
      await expectAccessible(w.page, 'automation run view, phone');
      await screenshot(w.page, 'automation-run-phone.png');

      await w.page.getByRole('button', { name: 'Settings' }).click();
      await expect.poll(() => w.page.getByRole('heading', { name: 'Settings', exact: true }).count()).toBe(1);
      await w.page.getByRole('checkbox', { name: 'Spread approved articles over the day' }).check();
      await w.page.getByLabel('Run automatically').selectOption('monthly');
      await expectNoHorizontalScroll(w.page, 'automation settings, phone');

      await w.page.getByRole('button', { name: 'History' }).click();
      await expect.poll(() => w.page.getByTestId('runs').locator('tbody tr').count()).toBe(4);
      await expectNoHorizontalScroll(w.page, 'automation history, phone');
      await w.page
        .getByRole('button', { name: /^View log: / })
        .last()
        .click();
      await expect
        .poll(() => w.page.getByTestId('log').locator('tbody tr').count(), { timeout: SLOW })
        .toBeGreaterThan(0);
      await expectNoHorizontalScroll(w.page, 'automation run log, phone');
      await expectAccessible(w.page, 'automation history, phone');
    });
  });
});
