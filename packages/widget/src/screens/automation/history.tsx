// The History view: the site's runs, newest first, a page at a time (a WordPress list table), and a run's log — its
// events from the poll endpoint, a page at a time — opened from its row.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { I18n, MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import type { Run, RunEvent } from './live.js';
import { stageName, when } from './run.js';

const RUNS_PAGE = 20;
const LOG_PAGE = 50;

const CSS = `
.au-list tbody tr:nth-child(odd){background:color-mix(in srgb,var(--igny8-background) 45%,var(--igny8-surface))}
.au-actions{opacity:0}
tr:hover .au-actions,tr:focus-within .au-actions{opacity:1}
.au-pager{justify-content:flex-end}
@media (max-width:782px){.au-actions{opacity:1}.au-wide{display:none}}
`;

/** Pages walked by cursor: the cursor of each page seen, so "previous" goes back without the API going backwards. */
function usePages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    cursor: cursors.at(-1),
    first: cursors.length === 0,
    next: (cursor: string) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

function Pager(props: { first: boolean; more: boolean; onPrevious: () => void; onNext: () => void; label: string }) {
  const { i18n } = useWidget();
  if (props.first && !props.more) return null;
  return (
    <nav class="row au-pager" aria-label={props.label}>
      <button type="button" class="button" disabled={props.first} onClick={props.onPrevious}>
        {i18n.t('common.previous')}
      </button>
      <button type="button" class="button" disabled={!props.more} onClick={props.onNext}>
        {i18n.t('common.next')}
      </button>
    </nav>
  );
}

const sum = (run: Run, key: 'done' | 'credits') => run.stages.reduce((n, s) => n + s[key], 0);

export default function HistoryView() {
  const { client, siteId, i18n } = useWidget();
  const pages = usePages();
  const list = useAsync(
    async () =>
      await client.automation.runs(siteId, { limit: RUNS_PAGE, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
    [siteId, pages.cursor],
  );
  const [open, setOpen] = useState<Run | null>(null);
  const t = i18n.t;
  const close = () => {
    const id = open?.id;
    setOpen(null);
    // Back to the row the log was opened from.
    setTimeout(() => root.current?.querySelector<HTMLElement>(`[data-log="${id}"]`)?.focus());
  };
  const root = useRef<HTMLDivElement>(null);
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (!list.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const runs = list.data.data;
  const next = list.data.meta.next_cursor;
  const pager = (
    <Pager
      label={t('automation.history')}
      first={pages.first}
      more={next !== null}
      onPrevious={pages.previous}
      onNext={() => next && pages.next(next)}
    />
  );
  return (
    <div ref={root}>
      <style>{CSS}</style>
      <section class="card" aria-labelledby="au-history">
        <h2 id="au-history">{t('automation.history')}</h2>
        {runs.length === 0 ? (
          <p class="muted">{t('automation.noRuns')}</p>
        ) : (
          <>
            {pager}
            <div class="au-scroll">
              <table class="au-list" data-testid="runs">
                <thead>
                  <tr>
                    <th scope="col">{t('automation.col.started')}</th>
                    <th scope="col">{t('automation.col.status')}</th>
                    <th scope="col" class="au-wide">
                      {t('automation.col.trigger')}
                    </th>
                    <th scope="col" class="au-wide">
                      {t('automation.col.finished')}
                    </th>
                    <th scope="col" class="num">
                      {t('automation.col.items')}
                    </th>
                    <th scope="col" class="num">
                      {t('automation.col.creditsUsed')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {runs.map((r) => (
                    <tr key={r.id} data-run={r.id}>
                      <td>
                        <strong>{when(i18n.locale, r.started_at ?? r.created_at)}</strong>
                        <div class="au-actions">
                          <button
                            type="button"
                            class="linkish"
                            data-log={r.id}
                            aria-expanded={open?.id === r.id}
                            aria-label={t('automation.viewLogOf', {
                              date: when(i18n.locale, r.started_at ?? r.created_at),
                            })}
                            onClick={() => setOpen(open?.id === r.id ? null : r)}
                          >
                            {t('automation.viewLog')}
                          </button>
                        </div>
                      </td>
                      <td>
                        <span
                          class={`pill${r.status === 'completed' ? ' ok' : r.status === 'failed' ? ' au-bad' : ''}`}
                        >
                          {t(`automation.status.${r.status}` as MessageKey)}
                        </span>
                      </td>
                      <td class="au-wide">{t(`automation.trigger.${r.trigger}` as MessageKey)}</td>
                      <td class="au-wide">{r.finished_at ? when(i18n.locale, r.finished_at) : '—'}</td>
                      <td class="num">{i18n.number(sum(r, 'done'))}</td>
                      <td class="num">{i18n.number(sum(r, 'credits'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pager}
          </>
        )}
      </section>
      {open && <RunLog key={open.id} run={open} onClose={close} />}
    </div>
  );
}

const REASONS = ['requested', 'insufficient_credits', 'credits', 'retry'];

/** What an event says beyond its type: its message, its reason, its counts or credits. */
function details(e: RunEvent, i18n: I18n): string {
  const d = e.data as Record<string, unknown>;
  const out: string[] = [];
  if (typeof d.message === 'string') out.push(d.message);
  if (typeof d.reason === 'string') {
    out.push(REASONS.includes(d.reason) ? i18n.t(`automation.reason.${d.reason}` as MessageKey) : d.reason);
  }
  if (e.type === 'stage.finished' && typeof d.total === 'number') {
    out.push(i18n.t('automation.counts', { done: Number(d.done), total: d.total }));
  }
  if (typeof d.credits === 'number' && d.credits > 0) out.push(i18n.t('automation.creditsUsed', { count: d.credits }));
  return out.join(' · ');
}

function RunLog({ run, onClose }: { run: Run; onClose: () => void }) {
  const { client, siteId, i18n } = useWidget();
  const pages = usePages();
  const t = i18n.t;
  const events = useAsync(
    () =>
      client.automation.events(siteId, run.id, { limit: LOG_PAGE, ...(pages.cursor ? { after: pages.cursor } : {}) }),
    [run.id, pages.cursor],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const list = events.data ?? [];
  const last = list.at(-1)?.id;
  const time = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section class="card" aria-labelledby="au-log" data-testid="log">
      <h2 id="au-log" tabIndex={-1} ref={heading}>
        {t('automation.logOf', { date: when(i18n.locale, run.started_at ?? run.created_at) })}
      </h2>
      {events.error !== undefined && <ErrorNotice error={events.error} onRetry={events.reload} />}
      {events.loading && <p aria-busy="true">{t('common.loading')}</p>}
      {!events.loading && list.length === 0 && <p class="muted">{t('automation.noEvents')}</p>}
      {list.length > 0 && (
        <div class="au-scroll">
          <table class="au-list">
            <thead>
              <tr>
                <th scope="col">{t('automation.col.time')}</th>
                <th scope="col">{t('automation.col.event')}</th>
                <th scope="col" class="au-wide">
                  {t('automation.col.stage')}
                </th>
                <th scope="col">{t('automation.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((e) => (
                <tr key={e.id} data-type={e.type}>
                  <td>{time.format(new Date(e.created_at))}</td>
                  <td>{t(`automation.ev.${e.type}` as MessageKey)}</td>
                  <td class="au-wide">{stageName(t, e.stage)}</td>
                  <td>{details(e, i18n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row">
        <Pager
          label={t('automation.log')}
          first={pages.first}
          more={list.length === LOG_PAGE}
          onPrevious={pages.previous}
          onNext={() => last && pages.next(last)}
        />
        <button type="button" class="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
