// Publishing: the site's publications as a WordPress admin follows them — a list table filtered by status (the queue
// by date, what is published with its WordPress link and what it went out without, what failed with the reason and a
// way to send it again, what was taken down) or a month calendar of what is scheduled and published; times in the
// site's timezone. A published post can be unpublished (to a draft or the Trash), a scheduled one unscheduled, each
// after a confirmation that also shows the post's details.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { DIALOG_CSS, Dialog, useAction, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';

type Publication = Schemas['Publication'];
/** How the screen groups publications: `scheduled` is the queue (waiting for a date, or WordPress's `future`). */
type Kind = 'scheduled' | 'sending' | 'published' | 'failed' | 'retracted';
interface Item {
  p: Publication;
  title: string;
  kind: Kind;
  /** When it is (to be) published, failed or was taken down. */
  at: string;
}
type T = (k: string, params?: Record<string, string | number>) => string;

const FILTERS = ['all', 'scheduled', 'published', 'failed', 'retracted'] as const;

const CSS = `${DIALOG_CSS}.ra{display:flex;gap:8px;opacity:0}tr:hover .ra,tr:focus-within .ra{opacity:1}.cal{table-layout:fixed;min-width:560px}.cal td{height:84px;border:1px solid var(--igny8-border);padding:4px;background:var(--igny8-surface)}.cal .out{background:var(--igny8-background);color:var(--igny8-muted-text)}ul.posts,.agenda{list-style:none;margin:0;padding:0}ul.subsubsub{padding:0}.pl .notice{margin:4px 0}.cal [aria-current] b{background:var(--igny8-primary);color:var(--igny8-on-primary);border-radius:9px;padding:0 6px}.post{border:1px dashed var(--igny8-primary);border-inline-start-width:4px;padding:1px 4px}li .post{display:block;width:100%;text-align:start;background:none;cursor:pointer}.post.published{border-style:solid;border-color:var(--igny8-success)}.agenda{display:none}@media (max-width:599px){.calw{display:none}.agenda{display:block}}@media (max-width:782px){.ra{opacity:1}.pl thead th+th{display:none}.pl td+td{display:block;border:0;padding-block:0 4px}.pl td+td::before{content:attr(data-colname) ": ";color:var(--igny8-muted-text)}}`;

/** Every item of a list, page after page (up to 1000, far more than a site publishes in a while). */
async function all<I>(list: AsyncIterable<I>): Promise<I[]> {
  const out: I[] = [];
  for await (const item of list) if (out.push(item) >= 1000) break;
  return out;
}

export default function Publishing() {
  const { client, siteId, i18n } = useWidget();
  const t: T = (k, params) => i18n.t(`publishing.${k}` as MessageKey, params);
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
  const [calendar, setCalendar] = useState(false);
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  // The publication whose details are open, with its unpublishing (or unscheduling) to confirm.
  const [ask, setAsk] = useState<Item | null>(null);
  const [mode, setMode] = useState<'draft' | 'trash'>('draft');
  const [done, setDone] = useState('');
  const action = useAction(reload);
  // When an action's row went away with the reload (sent again, unpublished), focus goes to what it said.
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done && !(status.current?.getRootNode() as ShadowRoot | undefined)?.activeElement) status.current?.focus();
  }, [data]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  // Kept on screen while a reload after an action runs, so focus and scroll stay where they were.
  if (!data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [publications, contents, integration] = data;
  // The site's zone when this browser knows it (an IANA name, or an offset such as `+02:00` in recent browsers).
  const medium = { dateStyle: 'medium', timeStyle: 'short' } as const;
  let dateTime: Intl.DateTimeFormat;
  try {
    dateTime = new Intl.DateTimeFormat(i18n.locale, {
      ...medium,
      timeZone: integration?.metadata.timezone ?? undefined,
    });
  } catch {
    dateTime = new Intl.DateTimeFormat(i18n.locale, medium);
  }
  const zone = dateTime.resolvedOptions().timeZone;
  const when = (i: Item) => dateTime.format(new Date(i.at));
  const titles = new Map(contents.map((c) => [c.id, c.title]));
  const items: Item[] = publications.map((p) => {
    const kind: Kind =
      p.status === 'pending'
        ? p.scheduled_at
          ? 'scheduled'
          : 'sending'
        : p.status === 'published' && p.wordpress_status === 'future'
          ? 'scheduled'
          : p.status;
    return {
      p,
      kind,
      // `scheduled_at`, `published_at`, `failed_at`, `retracted_at`; one being sent has none of its own.
      at: (p as unknown as Record<string, string | null>)[`${kind}_at`] || p.updated_at,
      title: titles.get(p.content_id) ?? i18n.t('common.unknown'),
    };
  });
  const within = (i: Item, f: string) => f === 'all' || i.kind === f || (f === 'scheduled' && i.kind === 'sending');
  const shown = items
    .filter((i) => within(i, filter))
    // The queue comes soonest first; everything else newest first.
    .sort((a, b) => (filter === 'scheduled' ? a.at.localeCompare(b.at) : b.at.localeCompare(a.at)));
  const run = (item: Item, work: () => Promise<Publication>, message: (p: Publication) => string) =>
    action.run(item.p.id, async () => {
      setDone('');
      const p = await work();
      setAsk(null);
      setDone(message(p));
    });
  const open = (item: Item) => {
    setMode('draft');
    setAsk(item);
  };
  const warnings = (p: Publication) =>
    p.warnings.map((w) => (
      <p key={`${w.code}:${w.url}`} class="notice warning">
        {w.message}
      </p>
    ));
  const failure = action.failure !== undefined && <ErrorNotice error={action.failure} />;
  // A publication still waiting for its date is only cancelled: nothing is in WordPress to unpublish.
  const pending = ask?.p.status === 'pending';

  return (
    <div class="stack">
      <style>{CSS}</style>
      <ul class="subsubsub">
        {['list', 'calendar'].map((v) => (
          <li key={v}>
            <button
              type="button"
              aria-pressed={calendar === (v === 'calendar')}
              onClick={() => setCalendar(v === 'calendar')}
            >
              {t(v)}
            </button>
          </li>
        ))}
      </ul>
      <p class="muted">{t('timezone', { zone })}</p>
      {/* Said once an action is done; focus comes here when the row that started it went away. */}
      <p class={done ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
        {done}
      </p>
      {!ask && failure}
      {calendar ? (
        <Calendar items={items} zone={zone} t={t} open={open} />
      ) : (
        <section class="card">
          <h2>{t('title')}</h2>
          <ul class="subsubsub">
            {FILTERS.map((f) => (
              <li key={f}>
                <button type="button" aria-current={filter === f ? 'true' : undefined} onClick={() => setFilter(f)}>
                  {t(f)} ({i18n.number(items.filter((i) => within(i, f)).length)})
                </button>
              </li>
            ))}
          </ul>
          {shown.length ? (
            <div class="table-wrap">
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
                    const button = (label: string, onClick: () => void) => (
                      <button type="button" class="linkish" onClick={onClick}>
                        {label}
                        <span class="visually-hidden"> {title}</span>
                      </button>
                    );
                    return (
                      <tr key={p.id}>
                        <td>
                          <strong>
                            {p.url && kind !== 'retracted' ? (
                              <a href={p.url} target="_blank" rel="noopener noreferrer">
                                {title}
                              </a>
                            ) : (
                              title
                            )}
                          </strong>
                          {kind === 'failed' && p.last_error && <p class="notice error">{p.last_error.message}</p>}
                          {warnings(p)}
                          <div class="ra">
                            {(kind === 'published' || kind === 'scheduled') &&
                              button(t(p.status === 'pending' ? 'unschedule' : 'retract'), () => open(item))}
                            {kind === 'failed' &&
                              button(t('sendAgain'), () =>
                                run(
                                  item,
                                  () => client.publications.redrive(siteId, p.id, {}),
                                  () => t('sentAgain', { title }),
                                ),
                              )}
                          </div>
                        </td>
                        <td data-colname={t('colStatus')}>
                          {t(kind)}
                          {p.wordpress_status && !/^(publish|future)$/.test(p.wordpress_status) && (
                            <span class="muted"> · {t('wordpressStatus', { status: p.wordpress_status })}</span>
                          )}
                        </td>
                        <td data-colname={t('colDate')}>{when(item)}</td>
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
      )}
      {ask && (
        <Dialog
          title={ask.title}
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
          {failure}
          <p>
            {t(ask.kind)} · {when(ask)}{' '}
            {ask.p.url && (
              <a href={ask.p.url} target="_blank" rel="noopener noreferrer">
                {t('viewPost')}
              </a>
            )}
          </p>
          {warnings(ask.p)}
          {!pending && (
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

// The calendar's days are `YYYY-MM-DD` keys, so the grid needs no timezone arithmetic of its own: `new Date(key)` is
// the day at UTC midnight (formatted with `timeZone: 'UTC'`).
/** The day key `n` days after `key` (negative: before). */
const addDays = (key: string, n: number) => new Date(new Date(key).getTime() + n * 864e5).toISOString().slice(0, 10);
/** The same day `n` months after `key`, or that month's last day when it is shorter. */
const addMonths = (key: string, n: number) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  // Day 0 of a month is the last day of the month before (Date.UTC carries days and months over).
  const last = new Date(Date.UTC(y, m + n, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
};

/**
 * The month calendar: what is scheduled and published, by day in the site's timezone. A table with one Tab stop (the
 * focused day): arrow keys move a day or a week (mirrored right to left), Home/End to the week's ends, Page Up/Down a
 * month; each day's posts are buttons that open their details. Under 600 px an agenda (the month's days that have
 * posts, as a list) replaces the grid.
 */
function Calendar({ items, zone, t, open }: { items: Item[]; zone: string; t: T; open: (item: Item) => void }) {
  const { i18n } = useWidget();
  const format = (o: Intl.DateTimeFormatOptions, timeZone = 'UTC') =>
    new Intl.DateTimeFormat(i18n.locale, { ...o, timeZone });
  // Swedish dates are written `YYYY-MM-DD`: a day's key in the site's zone.
  const keys = new Intl.DateTimeFormat('sv', { timeZone: zone });
  const clock = format({ timeStyle: 'short' }, zone);
  const longDate = format({ dateStyle: 'full' });
  const today = keys.format(new Date());
  // The day that is the Tab stop; the month shown is its month.
  const [stop, setStop] = useState(today);
  const month = stop.slice(0, 7);
  const grid = useRef<HTMLTableElement>(null);
  // A day of another month that keyboard focus moves to once that month is drawn.
  const pending = useRef('');
  const cell = (day: string) => grid.current?.querySelector<HTMLElement>(`[data-day="${day}"]`);
  useEffect(() => {
    const day = pending.current && cell(pending.current);
    if (day) {
      day.focus();
      pending.current = '';
    }
  });
  const byDay = new Map<string, Item[]>();
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    if (item.kind !== 'scheduled' && item.kind !== 'published') continue;
    const day = keys.format(new Date(item.at));
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  // The locale's first day of the week (0 = Sunday), Monday where the browser does not say.
  let start = 1;
  try {
    const l = new Intl.Locale(i18n.locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    start = ((l.getWeekInfo?.() ?? l.weekInfo)?.firstDay ?? 1) % 7;
  } catch {}
  const first = `${month}-01`;
  const column = (key: string) => (new Date(key).getUTCDay() - start + 7) % 7;
  const gridStart = addDays(first, -column(first));
  // Another month, by its buttons: its Tab stop is today when today is in it, else its first day.
  const go = (day: string) => setStop(today.startsWith(day.slice(0, 7)) ? today : day);
  const onKeyDown = (e: KeyboardEvent) => {
    const day = (e.target as HTMLElement).dataset.day;
    if (!day) return;
    const forward = i18n.dir === 'rtl' ? -1 : 1;
    const days: Record<string, number> = {
      ArrowRight: forward,
      ArrowLeft: -forward,
      ArrowDown: 7,
      ArrowUp: -7,
      Home: -column(day),
      End: 6 - column(day),
    };
    const months: Record<string, number> = { PageUp: -1, PageDown: 1 };
    const next =
      e.key in days ? addDays(day, days[e.key] as number) : e.key in months && addMonths(day, months[e.key] as number);
    if (!next) return;
    e.preventDefault();
    setStop(next);
    // A day of the month shown takes focus now; another month's, once it is drawn.
    if (next.startsWith(month)) cell(next)?.focus();
    else pending.current = next;
  };
  const posts = (list: Item[] = []) => (
    <ul class="posts">
      {list.map((item) => (
        <li key={item.p.id}>
          <button type="button" class={`post ${item.kind}`} onClick={() => open(item)}>
            <span class="visually-hidden">{t(item.kind)}: </span>
            {clock.format(new Date(item.at))} {item.title}
          </button>
        </li>
      ))}
    </ul>
  );
  const days = [...byDay.keys()].filter((k) => k.startsWith(month));
  return (
    <section class="card">
      <div class="row">
        <h2 id="igny8-cal" aria-live="polite" style="flex:1">
          {format({ month: 'long', year: 'numeric' }).format(new Date(first))}
        </h2>
        {/* ‹ and › are mirrored by the browser in right-to-left text. */}
        <button type="button" class="button" aria-label={t('prevMonth')} onClick={() => go(addMonths(first, -1))}>
          ‹
        </button>
        <button type="button" class="button" onClick={() => setStop(today)}>
          {t('today')}
        </button>
        <button type="button" class="button" aria-label={t('nextMonth')} onClick={() => go(addMonths(first, 1))}>
          ›
        </button>
      </div>
      <div class="table-wrap calw">
        <table class="cal" ref={grid} aria-labelledby="igny8-cal" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              {[0, 1, 2, 3, 4, 5, 6].map((i) => (
                <th scope="col" key={i}>
                  {format({ weekday: 'short' }).format(new Date(addDays(gridStart, i)))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from(
              { length: Math.ceil((column(first) + +addDays(addMonths(first, 1), -1).slice(8)) / 7) },
              (_, w) => (
                <tr key={w}>
                  {[0, 1, 2, 3, 4, 5, 6].map((i) => {
                    const day = addDays(gridStart, w * 7 + i);
                    return (
                      <td
                        key={day}
                        data-day={day}
                        class={day.startsWith(month) ? undefined : 'out'}
                        tabIndex={day === stop ? 0 : -1}
                        aria-current={day === today ? 'date' : undefined}
                        onFocus={(e) => e.target === e.currentTarget && day.startsWith(month) && setStop(day)}
                      >
                        <b aria-hidden="true">{i18n.number(+day.slice(8))}</b>
                        <span class="visually-hidden">{longDate.format(new Date(day))}</span>
                        {byDay.has(day) && posts(byDay.get(day))}
                      </td>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {days.length ? (
        <ol class="agenda" data-testid="agenda">
          {days.map((day) => (
            <li key={day}>
              <h3>{longDate.format(new Date(day))}</h3>
              {posts(byDay.get(day))}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted agenda">{t('none')}</p>
      )}
      <p class="muted">
        <span class="post">{t('scheduled')}</span> <span class="post published">{t('published')}</span>
      </p>
    </section>
  );
}
