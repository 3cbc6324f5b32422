// The month calendar: what is scheduled and published, by day in the site's timezone. A table with one Tab stop (the
// focused day): arrow keys move a day or a week (mirrored right to left), Home/End to the week's ends, Page Up/Down
// a month; each day's posts are buttons that open their details. Under 600 px an agenda (the month's days that have
// posts, as a list) replaces the grid.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { Dialog } from '../../components/dialog.js';
import type { Item } from './index.js';
import type { Clock } from './time.js';

// Days are `YYYY-MM-DD` keys, so the grid needs no timezone arithmetic of its own.
/** A day key as a Date at UTC midnight (formatted with `timeZone: 'UTC'`). */
const utcDay = (key: string) => new Date(`${key}T00:00:00Z`);
/** The day key `n` days after `key` (negative: before). */
const addDays = (key: string, n: number) => new Date(utcDay(key).getTime() + n * 86_400_000).toISOString().slice(0, 10);

const CSS = `.cal{table-layout:fixed;min-width:560px}.cal th{text-align:center;color:var(--igny8-muted-text)}
.cal td{vertical-align:top;height:84px;border:1px solid var(--igny8-border);padding:4px;overflow:hidden}
.cal td.out{background:var(--igny8-background)}.cal td.out .num{color:var(--igny8-muted-text)}
.cal td[aria-current] .num,.agenda .today{background:var(--igny8-primary);color:var(--igny8-on-primary);border-radius:999px;padding:0 6px}
.cal ul,.agenda,.agenda ul{list-style:none;margin:0;padding:0}.cal li,.agenda li{margin:2px 0}
.post{display:block;width:100%;text-align:start;font-size:.92em;color:var(--igny8-text);background:var(--igny8-surface);cursor:pointer;
border:1px dashed var(--igny8-primary);border-inline-start-width:4px;border-radius:2px;padding:1px 4px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.post.published{border-style:solid;border-color:var(--igny8-success);background:var(--igny8-background)}
.agenda h3{font-size:1em;margin:var(--igny8-spacing) 0 4px}.agenda .post{white-space:normal}
.legend{display:flex;gap:var(--igny8-spacing);margin:var(--igny8-spacing) 0 0}.legend .post{display:inline-block;width:auto}`;

/** The locale's first day of the week (0 = Sunday), Monday where the browser does not say. */
function weekStart(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } };
    const info = l.getWeekInfo?.() ?? (l as unknown as { weekInfo?: { firstDay: number } }).weekInfo;
    return (info?.firstDay ?? 1) % 7;
  } catch {
    return 1;
  }
}

const daysIn = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};
const shiftMonth = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
};

function useNarrow(): boolean {
  const [query] = useState(() => matchMedia('(max-width: 599px)'));
  const [narrow, setNarrow] = useState(query.matches);
  useEffect(() => {
    const change = () => setNarrow(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return narrow;
}

export function Calendar({ items, time, onRetract }: { items: Item[]; time: Clock; onRetract: (item: Item) => void }) {
  const { i18n } = useWidget();
  const t = (k: string) => i18n.t(`publishing.${k}` as MessageKey);
  const inZone = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(i18n.locale, { ...options, timeZone: time.zone });
  const keys = inZone({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const dayOf = (value: string | Date) => {
    const parts: Record<string, string> = {};
    for (const p of keys.formatToParts(new Date(value))) parts[p.type] = p.value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
  const clockTime = inZone({ timeStyle: 'short' });
  const today = dayOf(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  // The day that is the Tab stop (where focus last was in this month).
  const [focus, setFocus] = useState<string | null>(null);
  const narrow = useNarrow();
  // The post whose details are open.
  const [open, setOpen] = useState<Item | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  // A day of another month that keyboard focus moves to once that month is drawn.
  const pending = useRef<string | null>(null);
  const cell = (day: string) => grid.current?.querySelector<HTMLElement>(`[data-day="${day}"]`);
  useEffect(() => {
    const day = pending.current && cell(pending.current);
    if (!day) return;
    day.focus();
    pending.current = null;
  });

  const byDay = new Map<string, Item[]>();
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    if (item.kind !== 'scheduled' && item.kind !== 'published') continue;
    const day = dayOf(item.at);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const utc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(i18n.locale, { ...options, timeZone: 'UTC' });
  const longDate = utc({ dateStyle: 'full' });
  const dayNumber = utc({ day: 'numeric' });
  const first = `${month}-01`;
  const start = weekStart(i18n.locale);
  const column = (key: string) => (utcDay(key).getUTCDay() - start + 7) % 7;
  const gridStart = addDays(first, -column(first));
  const weeks = Math.ceil((column(first) + daysIn(month)) / 7);
  const stop = focus?.startsWith(month) ? focus : today.startsWith(month) ? today : first;
  const go = (to: string, day: string | null = null) => {
    setMonth(to);
    setFocus(day);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const day = (e.target as HTMLElement).dataset.day;
    if (!day) return;
    const forward = i18n.dir === 'rtl' ? -1 : 1;
    const moves: Record<string, () => string> = {
      ArrowRight: () => addDays(day, forward),
      ArrowLeft: () => addDays(day, -forward),
      ArrowDown: () => addDays(day, 7),
      ArrowUp: () => addDays(day, -7),
      Home: () => addDays(day, -column(day)),
      End: () => addDays(day, 6 - column(day)),
      PageUp: () => sameDay(day, -1),
      PageDown: () => sameDay(day, 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move();
    go(next.slice(0, 7), next);
    // A day of the month shown takes focus now; another month's, once it is drawn.
    if (next.startsWith(month)) cell(next)?.focus();
    else pending.current = next;
  };
  const sameDay = (day: string, n: number) => {
    const to = shiftMonth(day.slice(0, 7), n);
    return `${to}-${String(Math.min(Number(day.slice(8)), daysIn(to))).padStart(2, '0')}`;
  };

  const posts = (list: Item[]) => (
    <ul>
      {list.map((item) => (
        <li key={item.p.id}>
          <button type="button" class={`post ${item.kind}`} onClick={() => setOpen(item)}>
            <span class="visually-hidden">{t(item.kind)}: </span>
            {clockTime.format(new Date(item.at))} {item.title}
          </button>
        </li>
      ))}
    </ul>
  );
  const days = [...byDay.keys()].filter((k) => k.startsWith(month));
  const prev = i18n.dir === 'rtl' ? '›' : '‹';
  const next = i18n.dir === 'rtl' ? '‹' : '›';
  return (
    <section class="card" aria-labelledby="igny8-cal-month">
      <style>{CSS}</style>
      <div class="switch">
        <h2 id="igny8-cal-month" aria-live="polite">
          {utc({ month: 'long', year: 'numeric' }).format(utcDay(first))}
        </h2>
        <div class="row">
          <button type="button" class="button" aria-label={t('prevMonth')} onClick={() => go(shiftMonth(month, -1))}>
            {prev}
          </button>
          <button type="button" class="button" onClick={() => go(today.slice(0, 7))}>
            {t('today')}
          </button>
          <button type="button" class="button" aria-label={t('nextMonth')} onClick={() => go(shiftMonth(month, 1))}>
            {next}
          </button>
        </div>
      </div>
      {narrow ? (
        days.length ? (
          <ol class="agenda" data-testid="agenda">
            {days.map((day) => (
              <li key={day}>
                <h3>
                  {longDate.format(utcDay(day))}
                  {day === today && <span class="today"> {t('today')}</span>}
                </h3>
                {posts(byDay.get(day) ?? [])}
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('noneThisMonth')}</p>
        )
      ) : (
        <div style="overflow-x:auto">
          <table class="cal" ref={grid} aria-labelledby="igny8-cal-month" onKeyDown={onKeyDown}>
            <thead>
              <tr>
                {Array.from({ length: 7 }, (_, i) => {
                  const d = utcDay(addDays(gridStart, i));
                  return (
                    <th scope="col" key={i} abbr={utc({ weekday: 'long' }).format(d)}>
                      {utc({ weekday: 'short' }).format(d)}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: weeks }, (_, w) => (
                <tr key={w}>
                  {Array.from({ length: 7 }, (_, i) => {
                    const day = addDays(gridStart, w * 7 + i);
                    const list = byDay.get(day);
                    return (
                      <td
                        key={day}
                        data-day={day}
                        class={day.startsWith(month) ? undefined : 'out'}
                        tabIndex={day === stop ? 0 : -1}
                        aria-current={day === today ? 'date' : undefined}
                        onFocus={(e) => e.target === e.currentTarget && day.startsWith(month) && setFocus(day)}
                      >
                        <span class="num" aria-hidden="true">
                          {dayNumber.format(utcDay(day))}
                        </span>
                        <span class="visually-hidden">{longDate.format(utcDay(day))}</span>
                        {list && posts(list)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="legend muted">
        <span class="post scheduled">{t('scheduled')}</span>
        <span class="post published">{t('published')}</span>
      </p>
      {open && (
        <Dialog
          title={open.title}
          confirm={t(open.p.status === 'pending' ? 'unschedule' : 'retract')}
          onConfirm={() => {
            setOpen(null);
            onRetract(open);
          }}
          onClose={() => setOpen(null)}
        >
          <p>
            {t(open.kind)} · {time.dateTime(open.at)}
          </p>
          {open.p.url && (
            <p>
              <a href={open.p.url} target="_blank" rel="noopener noreferrer">
                {t('viewPost')}
              </a>
            </p>
          )}
          {open.p.warnings.map((w) => (
            <p key={`${w.code}:${w.url}`} class="notice warning">
              {w.message}
            </p>
          ))}
        </Dialog>
      )}
    </section>
  );
}
