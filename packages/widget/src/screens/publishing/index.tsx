// Publishing: the site's publications as a WordPress admin follows them — a list table filtered by status (the queue
// by date, what is published with its WordPress link and what it went out without, what failed with the reason and a
// way to send it again, what was taken down) or a month calendar of what is scheduled and published; times in the
// site's timezone. A published post can be unpublished (to a draft or the Trash), a scheduled one unscheduled.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAction, useAsync } from '../../use-async.js';
import { DIALOG_CSS, Dialog } from '../../components/dialog.js';
import { type Clock, clock } from './time.js';

export type Publication = Schemas['Publication'];
/** How the screen groups publications: `scheduled` is the queue (waiting for a date, or WordPress's `future`). */
export type Kind = 'scheduled' | 'sending' | 'published' | 'failed' | 'retracted';
export interface Item {
  p: Publication;
  title: string;
  kind: Kind;
  /** When it is (to be) published, failed or was taken down. */
  at: string;
}

const FILTERS = ['all', 'scheduled', 'published', 'failed', 'retracted'] as const;
type Filter = (typeof FILTERS)[number];

const CSS = `${DIALOG_CSS}
ul.subsubsub{list-style:none;margin:0 0 var(--igny8-spacing);padding:0;display:flex;flex-wrap:wrap;gap:4px;color:var(--igny8-muted-text)}
.subsubsub li+li::before{content:"|";margin-inline-end:4px}.subsubsub [aria-current]{color:var(--igny8-text);text-decoration:none}
.pl .row-actions{opacity:0;font-size:.92em;display:flex;flex-wrap:wrap;gap:8px;margin-block-start:4px}
.pl tr:hover .row-actions,.pl tr:focus-within .row-actions{opacity:1}
.pl tr:nth-child(2n){background:var(--igny8-background)}.pl .notice{margin:4px 0 0}
.switch{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--igny8-spacing)}
.switch [aria-pressed=true]{background:var(--igny8-primary);color:var(--igny8-on-primary)}
@media (max-width:782px){.pl .row-actions{opacity:1}.pl thead th+th{display:none}
.pl td+td{display:block;border:0;padding-block:0 4px}.pl td+td::before{content:attr(data-colname) ": ";color:var(--igny8-muted-text)}}`;

function kindOf(p: Publication): Kind {
  if (p.status === 'pending') return p.scheduled_at ? 'scheduled' : 'sending';
  if (p.status === 'published' && p.wordpress_status === 'future') return 'scheduled';
  return p.status;
}

function atOf(p: Publication, kind: Kind): string {
  const at = { scheduled: p.scheduled_at, published: p.published_at, failed: p.failed_at, retracted: p.retracted_at };
  return (kind !== 'sending' && at[kind]) || p.updated_at;
}

/** Every item of a list, page after page (up to `cap`, far more than a site publishes in a while). */
async function all<T>(list: AsyncIterable<T>, cap = 1000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) if (out.push(item) >= cap) break;
  return out;
}

export default function Publishing() {
  const { client, siteId, i18n } = useWidget();
  const { data, error, reload } = useAsync(
    () =>
      Promise.all([
        all(client.publications.list(siteId, { limit: 100 })),
        // Titles, to say which article each publication is.
        all(client.contents.list(siteId, { limit: 100 })),
        // The site's timezone, from the last sync; without it, the browser's.
        client.integrations.get(siteId).catch(() => undefined),
      ]),
    [siteId],
  );
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [filter, setFilter] = useState<Filter>('all');
  // The publication whose unpublishing (or unscheduling) waits for the user's confirmation.
  const [ask, setAsk] = useState<Item | null>(null);
  const [mode, setMode] = useState<'draft' | 'trash'>('draft');
  const [done, setDone] = useState('');
  const action = useAction(reload);
  // The calendar is its own chunk, loaded the first time it is asked for.
  const [calendar, setCalendar] = useState<{ Calendar?: typeof import('./calendar.js').Calendar; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  // When an action's row went away with the reload (sent again, unpublished), focus goes to what it said.
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done && !(status.current?.getRootNode() as ShadowRoot | undefined)?.activeElement) status.current?.focus();
  }, [data]);
  useEffect(() => {
    if (view === 'calendar' && !calendar.Calendar)
      import('./calendar.js').then(
        (m) => setCalendar({ Calendar: m.Calendar }),
        (e: unknown) => setCalendar({ error: e }),
      );
  }, [view, attempt]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  // Kept on screen while a reload after an action runs, so focus and scroll stay where they were.
  if (!data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [publications, contents, integration] = data;
  const time = clock(i18n.locale, integration?.metadata.timezone);
  const titles = new Map(contents.map((c) => [c.id, c.title]));
  const items: Item[] = publications.map((p) => {
    const kind = kindOf(p);
    return { p, kind, at: atOf(p, kind), title: titles.get(p.content_id) ?? i18n.t('common.unknown') };
  });
  const t = (k: string, params?: Record<string, string | number>) => i18n.t(`publishing.${k}` as MessageKey, params);

  const run = (item: Item, work: () => Promise<Publication>, message: (p: Publication) => string) =>
    action.run(item.p.id, async () => {
      setDone('');
      const p = await work();
      setAsk(null);
      setDone(message(p));
    });
  const redrive = (item: Item) =>
    run(
      item,
      () => client.publications.redrive(siteId, item.p.id, {}),
      () => t('sentAgain', { title: item.title }),
    );
  const open = (item: Item) => {
    setMode('draft');
    setAsk(item);
  };
  // A publication still waiting for its date is only cancelled: nothing is in WordPress to unpublish.
  const pending = ask?.p.status === 'pending';

  return (
    <div class="stack">
      <style>{CSS}</style>
      <div class="switch">
        {/* biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, not a form's fieldset. */}
        <div class="row" role="group" aria-label={t('view')}>
          {(['list', 'calendar'] as const).map((v) => (
            <button type="button" class="button" key={v} aria-pressed={view === v} onClick={() => setView(v)}>
              {t(v)}
            </button>
          ))}
        </div>
        <span class="muted">{t('timezone', { zone: time.zone })}</span>
      </div>
      {/* Said once an action is done; focus comes here when the row that started it went away. */}
      <p class={done ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
        {done}
      </p>
      {action.failure !== undefined && <ErrorNotice error={action.failure} />}
      {view === 'list' ? (
        <List t={t} items={items} filter={filter} setFilter={setFilter} time={time} open={open} redrive={redrive} />
      ) : calendar.Calendar ? (
        <calendar.Calendar items={items} time={time} onRetract={open} />
      ) : calendar.error ? (
        <ErrorNotice error={calendar.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      )}
      {ask && (
        <Dialog
          title={t(pending ? 'unscheduleTitle' : 'retractTitle', { title: ask.title })}
          confirm={t(pending ? 'unschedule' : 'retract')}
          busy={action.busy === ask.p.id}
          onClose={() => setAsk(null)}
          onConfirm={() =>
            run(
              ask,
              () => client.publications.retract(siteId, ask.p.id, { mode: pending ? 'draft' : mode }),
              (p) =>
                t(pending ? 'unscheduled' : 'retractedDone', { title: ask.title, status: p.wordpress_status ?? mode }),
            )
          }
        >
          {pending ? (
            <p>{t('unscheduleText')}</p>
          ) : (
            <fieldset>
              <legend>{t('modeLegend')}</legend>
              {(['draft', 'trash'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name="igny8-mode" checked={mode === m} onChange={() => setMode(m)} />
                  {t(`mode.${m}`)}
                </label>
              ))}
            </fieldset>
          )}
        </Dialog>
      )}
    </div>
  );
}

function List(props: {
  t: (k: string, params?: Record<string, string | number>) => string;
  items: Item[];
  filter: Filter;
  setFilter: (f: Filter) => void;
  time: Clock;
  open: (item: Item) => void;
  redrive: (item: Item) => void;
}) {
  const { i18n } = useWidget();
  const { t, items, filter, time } = props;
  const within = (i: Item, f: Filter) => f === 'all' || i.kind === f || (f === 'scheduled' && i.kind === 'sending');
  const count = (f: Filter) => items.filter((i) => within(i, f)).length;
  const shown = items
    .filter((i) => within(i, filter))
    // The queue comes soonest first; everything else newest first.
    .sort((a, b) => (filter === 'scheduled' ? a.at.localeCompare(b.at) : b.at.localeCompare(a.at)));
  const hidden = (title: string) => <span class="visually-hidden"> {title}</span>;
  return (
    <section class="card" aria-labelledby="igny8-pub-title">
      <h2 id="igny8-pub-title">{t('title')}</h2>
      <div class="switch">
        <ul class="subsubsub" aria-label={t('filter')}>
          {FILTERS.map((f) => (
            <li key={f}>
              <button
                type="button"
                class="linkish"
                aria-current={filter === f ? 'true' : undefined}
                onClick={() => props.setFilter(f)}
              >
                {t(f)} ({i18n.number(count(f))})
              </button>
            </li>
          ))}
        </ul>
        <span class="muted">{t('count', { count: shown.length })}</span>
      </div>
      {shown.length ? (
        <div style="overflow-x:auto">
          <table class="pl" data-testid={`pub-${filter}`}>
            <thead>
              <tr>
                <th scope="col">{t('colTitle')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colDate')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => {
                const { p, kind, title } = item;
                return (
                  <tr key={p.id}>
                    <td>
                      <strong>
                        {p.url && kind === 'published' ? (
                          <a href={p.url} target="_blank" rel="noopener noreferrer">
                            {title}
                          </a>
                        ) : (
                          title
                        )}
                      </strong>
                      {p.last_error && kind === 'failed' && <p class="notice error">{p.last_error.message}</p>}
                      {p.warnings.map((w) => (
                        <p key={`${w.code}:${w.url}`} class="notice warning">
                          {w.message}
                        </p>
                      ))}
                      <div class="row-actions">
                        {p.url && kind !== 'retracted' && (
                          <a href={p.url} target="_blank" rel="noopener noreferrer">
                            {t('viewPost')}
                            {hidden(title)}
                          </a>
                        )}
                        {(kind === 'published' || kind === 'scheduled') && (
                          <button type="button" class="linkish" onClick={() => props.open(item)}>
                            {t(p.status === 'pending' ? 'unschedule' : 'retract')}
                            {hidden(title)}
                          </button>
                        )}
                        {kind === 'failed' && (
                          <button type="button" class="linkish" onClick={() => props.redrive(item)}>
                            {t('sendAgain')}
                            {hidden(title)}
                          </button>
                        )}
                      </div>
                    </td>
                    <td data-colname={t('colStatus')}>
                      {t(kind)}
                      {p.wordpress_status && !/^(publish|future)$/.test(p.wordpress_status) && (
                        <span class="muted"> · {t('wordpressStatus', { status: p.wordpress_status })}</span>
                      )}
                    </td>
                    <td data-colname={t('colDate')}>{time.dateTime(item.at)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('none')}</p>
      )}
    </section>
  );
}
