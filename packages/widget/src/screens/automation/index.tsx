// Automation: the seven stages run on the server, unattended. Three views, as a WordPress admin page has them: Run
// (the estimate and Start, then the run live, stage by stage, with Pause, Resume, Stop and Retry), Settings (what
// runs, how much at once, the schedule, the publishing cadence) and History (past runs and a run's log).
// Live: each event of the run's stream (the SDK's `runEvents`, or `pollRunEvents` where a stream cannot pass) reads the
// run again — the server keeps its stage counters as items finish — one read at a time, so a burst of events costs
// one read more, not one each.
import type { Schemas } from '@igny8/sdk';
import { pollRunEvents, runEvents } from '@igny8/sdk/events';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import {
  DIALOG_CSS,
  Dialog,
  diff,
  FORM_CSS,
  Form,
  Notice,
  Table,
  Upgrade,
  useAction,
  useAsync,
  useSave,
  useValues,
  type Values,
  Wait,
  when,
} from '../../components/index.js';
import { useWidget } from '../../context.js';

type Run = Schemas['AutomationRun'];
type RunEvent = Schemas['AutomationRunEvent'];
type Config = Schemas['AutomationConfig'];
type Stage = Schemas['AutomationStage'];

const STAGES: Stage[] = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'];
const ENDED = ['completed', 'failed', 'cancelled'];
// The API's batch limits of the stages after the clustering (which always takes every new keyword at once).
const BATCH_MAX = [50, 500, 20, 50, 50, 500];
const REASONS = ['requested', 'insufficient_credits', 'credits', 'retry'];

const CSS =
  '.au-stages li{display:grid;grid-template-columns:11em 7em minmax(6em,1fr) 17em;align-items:center;gap:4px 8px}' +
  '.au-stages .pill{justify-self:start}.au-stages .muted:empty{display:none}.pill.au-run{color:var(--igny8-primary);border-color:var(--igny8-primary)}' +
  '.au .igny8-dialog{max-width:min(960px,calc(100vw - 32px))}.au-pager{justify-content:flex-end}' +
  '@media (max-width:782px){.au-stages li{grid-template-columns:1fr auto}.au-stages :is(progress,.muted){grid-column:1/-1}}';

type Tr = (key: string, params?: Record<string, string | number>) => string;

/**
 * What each view needs: the widget, `t` for this screen's keys (`automation.` + key), `tt` for any key, and the words
 * of a stage, a status (a run's, a stage's) and its pill.
 */
function useScreen() {
  const widget = useWidget();
  const tt = widget.i18n.t as Tr;
  const t: Tr = (k, params) => tt(`automation.${k}`, params);
  return {
    ...widget,
    t,
    tt,
    stage: (s: Stage | null) => (s ? t(`stage.${s}`) : ''),
    state: (s: string) => t(`s.${s}`),
    pill: (s: string) => `pill ${({ completed: 'ok', failed: 'bad', running: 'au-run' } as Values)[s] ?? ''}`,
    /** When a run started (or was asked for, before it started). */
    started: (r: Run) => when(widget.i18n.locale, r.started_at ?? r.created_at),
  };
}

const dots = (parts: unknown[]) => parts.filter(Boolean).join(' · ');

function RunView() {
  const { client, siteId, i18n, t, tt, stage, state, pill } = useScreen();
  const [run, setRun] = useState<Run | null>();
  const [said, say] = useState('');
  // The run shown, for the stream's callbacks; when the latest event said was written (nothing older is said).
  const current = useRef<Run | null>(null);
  const since = useRef(0);
  const show = (r: Run | null, fresh?: boolean) => {
    const was = current.current;
    // The run's end is said once it is read (its last events may never be taken: the stream closes with it).
    if (r && was?.id === r.id && !ENDED.includes(was.status) && ENDED.includes(r.status)) {
      say(t(`ev.run.${r.status}`));
    }
    current.current = r;
    if (fresh && r) since.current = Date.parse(r.updated_at);
    setRun(r);
  };
  const [mode, setMode] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const on = !!run && !ENDED.includes(run.status);
  const first = useAsync(
    async () => show((await client.automation.runs(siteId, { limit: 1 })).data[0] ?? null, true),
    [siteId],
  );
  // Estimated again when a run ends: it changed the backlog.
  const estimate = useAsync(() => (on ? Promise.resolve(undefined) : client.automation.estimate(siteId)), [siteId, on]);
  // One read at a time; asked again while one is under way, it reads once more when that one is done.
  const reading = useRef(0);
  const pull = async () => {
    if (reading.current) {
      reading.current = 2;
      return;
    }
    do {
      reading.current = 1;
      const id = current.current?.id;
      const r = id && (await client.automation.run(siteId, id).catch(() => null));
      if (r && r.id === current.current?.id) show(r);
    } while (reading.current === 2);
    reading.current = 0;
  };
  const act = useAction(() => void pull());

  useEffect(() => {
    const id = run?.id;
    if (!on || !id) return;
    const abort = new AbortController();
    const { signal } = abort;
    let last: string | undefined;
    const take = (e: RunEvent) => {
      last = e.id;
      void pull();
      const at = Date.parse(e.created_at);
      // The stages' ends, a pause and a resumption are said, not each item, nor the past the stream replays.
      if (at > since.current && /^(stage\.(fi|sk)|run\.(p|r))/.test(e.type)) {
        since.current = at;
        say(
          e.type[0] === 's'
            ? `${stage(e.stage)}: ${state(e.type === 'stage.skipped' ? 'skipped' : 'completed')}`
            : t(`ev.${e.type}`),
        );
      }
    };
    void (async () => {
      try {
        setMode('');
        try {
          for await (const e of runEvents<RunEvent>(client, siteId, id, { signal, maxRetries: 2, retryMs: 1000 })) {
            take(e.data);
          }
        } catch {
          if (signal.aborted) return;
          // The stream cannot pass (a proxy that buffers it): the same events by polling, from the last one seen.
          setMode('poll');
          for await (const e of pollRunEvents<RunEvent>(client, siteId, id, { signal, after: last })) take(e);
        }
        setMode('');
        void pull();
      } catch {
        if (!signal.aborted) setMode('lost');
      }
    })();
    return () => abort.abort();
  }, [run?.id, on, attempt]);

  if (run === undefined) return <Wait x={first} />;
  const n = i18n.number;
  const e = estimate.data;
  const button = (text: string, onClick: () => void, off?: boolean) => (
    <button type="button" class="button" disabled={!!act.busy || off} onClick={onClick}>
      {text}
    </button>
  );
  const action = (a: 'pause' | 'resume' | 'retry' | 'cancel') => () =>
    act.run(a, () => client.automation[a](siteId, run?.id as string));
  return (
    <>
      <p class="visually-hidden" role="status" data-testid="announce">
        {said}
      </p>
      {act.failure !== undefined && <ErrorNotice error={act.failure} />}
      {run ? (
        <section class="card" aria-labelledby="au-run" data-testid="run" data-status={run.status}>
          <h2 id="au-run" tabIndex={-1} ref={heading}>
            {t(on ? 'current' : 'last')}
          </h2>
          <p>
            <strong>{state(run.status)}</strong>{' '}
            <span class="muted">
              · {dots([t(`trigger.${run.trigger}`), run.started_at && when(i18n.locale, run.started_at)])}
            </span>
          </p>
          {run.status === 'paused' && run.pause_reason === 'insufficient_credits' && (
            <p class="notice warning">
              {t('pausedCredits')} <Upgrade text={t('buy')} />
            </p>
          )}
          {run.status === 'failed' && run.error && <p class="notice error">{run.error.message}</p>}
          <ol class="clusters au-stages" aria-label={t('col.stage')}>
            {run.stages.map((s) => {
              const max = s.total || 1;
              return (
                <li key={s.stage} data-stage={s.stage} data-state={s.status}>
                  <strong>{stage(s.stage)}</strong>
                  <span class={pill(s.status)}>{state(s.status)}</span>
                  <progress
                    aria-label={stage(s.stage)}
                    {...(s.status === 'running' && !s.total
                      ? {}
                      : { value: s.status === 'completed' ? max : s.done + s.failed + s.skipped, max })}
                  />
                  <span class="muted">
                    {dots([
                      s.total > 0 && t('counts', { done: s.done, total: s.total }),
                      s.failed > 0 && t('failed', { count: s.failed }),
                      s.credits > 0 && t('credits', { count: s.credits }),
                    ])}
                  </span>
                </li>
              );
            })}
          </ol>
          {mode === 'poll' && on && <p class="muted">{t('polling')}</p>}
          {mode === 'lost' && (
            <p class="notice error" role="alert">
              {t('lost')} {button(tt('common.retry'), () => setAttempt(attempt + 1))}
            </p>
          )}
          <p class="row">
            {/* Queued or running: it can be paused. */}
            {on &&
              run.status !== 'paused' &&
              button(t(run.pause_requested ? 'pausingShort' : 'pause'), action('pause'), run.pause_requested)}
            {run.status === 'paused' && button(t('resume'), action('resume'))}
            {run.status === 'failed' && button(t('retry'), action('retry'))}
            {on && button(`${t('stop')}…`, () => setAsking(true))}
          </p>
        </section>
      ) : (
        <p class="notice">{t('none')}</p>
      )}
      {!on && (
        <section class="card" aria-labelledby="au-estimate">
          <h2 id="au-estimate">{t('estimate')}</h2>
          {!e ? (
            <Wait x={estimate} />
          ) : (
            <>
              {Table(
                'estimate',
                [t('col.stage'), t('col.items'), tt('term.Credits')],
                [
                  ...e.stages.map((s) => (
                    <tr key={s.stage} data-stage={s.stage}>
                      <td>{stage(s.stage)}</td>
                      {s.enabled ? (
                        <>
                          <td>{n(s.items)}</td>
                          <td>{n(s.credits)}</td>
                        </>
                      ) : (
                        <td colSpan={2} class="muted">
                          {t('off')}
                        </td>
                      )}
                    </tr>
                  )),
                  <tr key="total">
                    <td>{t('total')}</td>
                    <td />
                    <td data-testid="estimate-total">
                      <strong>{n(e.total)}</strong>
                    </td>
                  </tr>,
                ],
              )}
              <p data-testid="balance">{t('balance', { available: e.available, required: e.required })}</p>
              {!e.can_start && (
                <p class="notice warning">
                  {t('short')} <Upgrade text={t('buy')} />
                </p>
              )}
              <button
                type="button"
                class="button primary"
                disabled={!e.can_start || !!act.busy}
                onClick={() =>
                  act.run('start', async () => {
                    try {
                      show(await client.automation.start(siteId), true);
                      say(t('ev.run.started'));
                    } catch (error) {
                      // Another run holds the site (AUTOMATION_RUN_ACTIVE): show it.
                      first.reload();
                      throw error;
                    }
                  })
                }
              >
                {t('start')}
              </button>
            </>
          )}
        </section>
      )}
      {asking && (
        <Dialog
          title={t('stopAsk')}
          confirm={t('stop')}
          onConfirm={() => {
            setAsking(false);
            // Its buttons go with the run: the card's heading keeps the focus.
            void action('cancel')().then(() => heading.current?.focus());
          }}
          onClose={() => setAsking(false)}
        >
          <p>{t('stopText')}</p>
        </Dialog>
      )}
    </>
  );
}

/** The form's values: the config, with the stages as checkboxes and a schedule and cadence to edit even when off. */
const toValues = (c: Config): Values => ({
  ...c,
  on: Object.fromEntries(STAGES.map((s) => [s, c.enabled_stages.includes(s)])),
  schedule: { frequency: '', time: '09:00', weekday: 1, day_of_month: 1, ...c.schedule },
  cadence: !!c.publishing_cadence,
  publishing_cadence: { posts_per_day: 2, window_start: '09:00', window_end: '17:00', ...c.publishing_cadence },
});

/** The request the values stand for (of which only what changed is sent). */
function toRequest({ on, cadence, schedule: s, publishing_cadence, ...rest }: Values): Values {
  return {
    ...rest,
    enabled_stages: STAGES.filter((x) => on[x]),
    schedule: s.frequency
      ? {
          frequency: s.frequency,
          time: s.time,
          ...(s.frequency === 'weekly' ? { weekday: s.weekday } : {}),
          ...(s.frequency === 'monthly' ? { day_of_month: s.day_of_month } : {}),
        }
      : null,
    publishing_cadence: cadence ? publishing_cadence : null,
  };
}

function SettingsView() {
  const { client, siteId, i18n, t, tt, stage } = useScreen();
  const { v, set, saved, reset } = useValues();
  const load = useAsync(async () => reset(toValues(await client.automation.config(siteId))), [siteId]);
  const s = useSave();
  if (!v) return <Wait x={load} />;
  const often = v.schedule.frequency;
  const number = (k: string, min: number, max: number, l = t(k)) => ({ k, l, t: 'number', min, max });
  const weekday = new Intl.DateTimeFormat(i18n.locale, { weekday: 'long', timeZone: 'UTC' });
  const f = [
    { l: t('stages'), g: STAGES.map((x) => ({ k: `on.${x}`, l: stage(x), t: 'checkbox' })) },
    {
      l: t('batch'),
      g: STAGES.slice(1).map((x, i) => number(`batch_sizes.${x}`, 1, BATCH_MAX[i] as number, stage(x))),
    },
    number('ideas_per_cluster', 1, 10),
    number('in_article_images', 0, 10),
    number('min_keywords', 1, 1000),
    { k: 'auto_approve.enabled', l: t('approve'), t: 'checkbox' },
    v.auto_approve.enabled && { k: 'auto_approve.no_failed_checks', l: t('noFailed'), t: 'checkbox' },
    v.auto_approve.enabled && number('auto_approve.min_seo_score', 0, 100, t('minSeo')),
    {
      k: 'schedule.frequency',
      l: t('frequency'),
      o: ['', 'daily', 'weekly', 'monthly'].map((x): [string, string] => [x, t(`freq.${x || 'off'}`)]),
    },
    often === 'weekly' && {
      k: 'schedule.weekday',
      l: t('weekday'),
      // 2024-01-01 was a Monday (ISO day 1).
      o: [1, 2, 3, 4, 5, 6, 7].map((d): [number, string] => [d, weekday.format(Date.UTC(2024, 0, d))]),
    },
    often === 'monthly' && {
      k: 'schedule.day_of_month',
      l: t('day'),
      o: [
        ...Array.from({ length: 31 }, (_, i): [number, string] => [i + 1, i18n.number(i + 1)]),
        ['last', t('lastDay')] as [string, string],
      ],
    },
    often && { k: 'schedule.time', l: t('col.time'), t: 'time', h: t('tz') },
    { k: 'cadence', l: t('cadence'), t: 'checkbox' },
    v.cadence && number('publishing_cadence.posts_per_day', 1, 48, t('perDay')),
    v.cadence && { k: 'publishing_cadence.window_start', l: t('from'), t: 'time' },
    v.cadence && { k: 'publishing_cadence.window_end', l: t('until'), t: 'time' },
  ];
  return (
    <section class="card" aria-labelledby="au-settings">
      <h2 id="au-settings">{tt('tabs.settings')}</h2>
      <p class="muted">{t('next')}</p>
      <Notice s={s} />
      <Form
        f={f}
        v={v}
        set={set}
        s={s}
        label={tt('tabs.settings')}
        submit={() =>
          s.run(async () => {
            const body = diff(toRequest(v), toRequest(saved));
            if (Object.keys(body).length) reset(toValues(await client.automation.updateConfig(siteId, body)));
          })
        }
      />
    </section>
  );
}

/** Previous and next page, by the cursors seen (newest first), so going back needs no cursor from the API. */
function Pager({ p, set, next }: { p: string[]; set: (p: string[]) => void; next: string | null | undefined }) {
  const { tt } = useScreen();
  if (!p.length && !next) return null;
  return (
    <p class="row au-pager">
      <button type="button" class="button" disabled={!p.length} onClick={() => set(p.slice(1))}>
        {tt('common.previous')}
      </button>
      <button type="button" class="button" disabled={!next} onClick={() => next && set([next, ...p])}>
        {tt('common.next')}
      </button>
    </p>
  );
}

function HistoryView() {
  const { client, siteId, i18n, t, tt, state, pill, started } = useScreen();
  const [pages, setPages] = useState<string[]>([]);
  const list = useAsync(
    async () => await client.automation.runs(siteId, { limit: 20, ...(pages[0] ? { cursor: pages[0] } : {}) }),
    [siteId, pages[0]],
  );
  const [open, setOpen] = useState<Run | null>(null);
  if (!list.data) return <Wait x={list} />;
  const runs = list.data.data;
  const sum = (r: Run, k: 'done' | 'credits') => i18n.number(r.stages.reduce((x, s) => x + s[k], 0));
  return (
    <section class="card" aria-labelledby="au-history">
      <h2 id="au-history">{t('history')}</h2>
      {runs.length ? (
        <>
          <Pager p={pages} set={setPages} next={list.data.meta.next_cursor} />
          {Table(
            'runs',
            [
              t('col.started'),
              t('col.status'),
              t('col.trigger'),
              t('col.finished'),
              t('col.items'),
              tt('term.Credits'),
            ],
            runs.map((r) => {
              const date = started(r);
              return (
                <tr key={r.id}>
                  <td>
                    <strong>{date}</strong>
                    <div class="row-actions">
                      <button
                        type="button"
                        class="linkish"
                        aria-label={tt('common.of', { action: t('viewLog'), name: date })}
                        onClick={() => setOpen(r)}
                      >
                        {t('viewLog')}
                      </button>
                    </div>
                  </td>
                  <td>
                    <span class={pill(r.status)}>{state(r.status)}</span>
                  </td>
                  <td>{t(`trigger.${r.trigger}`)}</td>
                  <td>{r.finished_at ? when(i18n.locale, r.finished_at) : '—'}</td>
                  <td>{sum(r, 'done')}</td>
                  <td>{sum(r, 'credits')}</td>
                </tr>
              );
            }),
          )}
        </>
      ) : (
        <p class="muted">{t('none')}</p>
      )}
      {open && (
        <Log
          run={open}
          title={tt('common.of', { action: t('log'), name: started(open) })}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

/** A run's log in a dialog: its events from the poll endpoint, 50 at a time. */
function Log({ run, title, onClose }: { run: Run; title: string; onClose: () => void }) {
  const { client, siteId, i18n, t, stage } = useScreen();
  const [pages, setPages] = useState<string[]>([]);
  const events = useAsync(
    () => client.automation.events(siteId, run.id, { limit: 50, ...(pages[0] ? { after: pages[0] } : {}) }),
    [run.id, pages[0]],
  );
  const list = events.data ?? [];
  const time = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'medium' });
  const details = (e: RunEvent): ComponentChildren => {
    const d = e.data as Values;
    return dots([
      typeof d.message === 'string' && d.message,
      typeof d.reason === 'string' && (REASONS.includes(d.reason) ? t(`reason.${d.reason}`) : d.reason),
      e.type === 'stage.finished' && typeof d.total === 'number' && t('counts', d),
      d.credits > 0 && t('credits', { count: d.credits }),
    ]);
  };
  return (
    <Dialog title={title} onClose={onClose}>
      {!events.data && <Wait x={events} />}
      {Table(
        'log',
        [t('col.time'), t('col.event'), t('col.details')],
        list.map((e) => (
          <tr key={e.id}>
            <td>{time.format(new Date(e.created_at))}</td>
            <td>{dots([stage(e.stage), t(`ev.${e.type}`)])}</td>
            <td>{details(e)}</td>
          </tr>
        )),
      )}
      <Pager p={pages} set={setPages} next={list.length === 50 ? list.at(-1)?.id : null} />
    </Dialog>
  );
}

const VIEWS = { run: RunView, settings: SettingsView, history: HistoryView };

export default function Automation() {
  const { t, tt } = useScreen();
  const [view, setView] = useState<keyof typeof VIEWS>('run');
  const View = VIEWS[view];
  return (
    <div class="au">
      <style>{FORM_CSS + DIALOG_CSS + CSS}</style>
      <nav aria-label={t('nav')}>
        <ul class="subsubsub">
          {(['run', 'settings', 'history'] as const).map((x) => (
            <li key={x}>
              <button type="button" aria-current={x === view ? 'true' : undefined} onClick={() => setView(x)}>
                {x === 'settings' ? tt('tabs.settings') : t(x)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <View />
    </div>
  );
}
