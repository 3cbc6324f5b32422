// What the Writer's lists and its editor share: WordPress's status links (`subsubsub`), a list table with its
// "N items" line and pages, row actions, an operation's progress, and the styles (the shared dialog's too).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DIALOG_CSS } from '../../components/dialog.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';

export const CSS = `${DIALOG_CSS}
.ra .linkish + .linkish::before { content: "|"; margin-inline-end: 4px; color: var(--igny8-muted-text); }
.ra .linkish { text-decoration: none; font-weight: 400; }
.tablenav { display: flex; justify-content: flex-end; align-items: center; gap: 8px; margin-block: 8px;
  color: var(--igny8-muted-text); }
.ra { display: flex; flex-wrap: wrap; gap: 4px; opacity: 0; font-size: .92em; }
tr:hover .ra, tr:focus-within .ra { opacity: 1; }
.mob { display: none; }
@media (max-width: 782px) { .sec { display: none; } .ra { opacity: 1; } .mob { display: block; } }
`;

/** WordPress's status links: "All (3) | Draft (1) | …", the current one marked. */
export function Subsub<T extends string>(props: {
  label: string;
  items: { id: T; label: string; count?: number }[];
  current: T;
  onSelect: (id: T) => void;
}) {
  const { i18n } = useWidget();
  return (
    <ul class="subsubsub" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            aria-current={item.id === props.current ? 'true' : undefined}
            onClick={() => props.onSelect(item.id)}
          >
            {item.label}
            {item.count !== undefined && <span class="muted"> ({i18n.number(item.count)})</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

export const PAGE_SIZE = 20;

/** "N items" and, past one page, the previous and next page buttons. */
export function Pager({ count, page, onPage }: { count: number; page: number; onPage: (page: number) => void }) {
  const { i18n } = useWidget();
  const pages = Math.ceil(count / PAGE_SIZE);
  return (
    <div class="tablenav">
      <span>{count === 1 ? i18n.t('writer.item') : i18n.t('writer.items', { count })}</span>
      {pages > 1 && (
        <span class="row">
          <button type="button" class="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            <span aria-hidden="true">‹</span>
            <span class="visually-hidden">{i18n.t('common.previous')}</span>
          </button>
          {i18n.t('writer.page', { page: page + 1, pages })}
          <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
            <span aria-hidden="true">›</span>
            <span class="visually-hidden">{i18n.t('common.next')}</span>
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * A WordPress list table: "N items" with its pages, a header row, striped rows; the columns after the first (the
 * primary one, which carries the row actions) are hidden on narrow screens, where the primary cell sums them up.
 */
export function ListTable<T extends { id: string }>(props: {
  testid: string;
  head: string[];
  /** The columns (by index) holding numbers. */
  num: number[];
  rows: T[];
  cells: (row: T) => ComponentChildren[];
}) {
  const [page, setPage] = useState(0);
  const cls = (i: number) => (i ? (props.num.includes(i) ? 'sec num' : 'sec') : undefined);
  return (
    <>
      <Pager count={props.rows.length} page={page} onPage={setPage} />
      <div class="table-wrap">
        <table class="list" data-testid={props.testid}>
          <thead>
            <tr>
              {props.head.map((h, i) => (
                <th scope="col" key={h} class={cls(i)}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) => (
              <tr key={row.id}>
                {props.cells(row).map((cell, i) => (
                  <td key={i} class={cls(i)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A row's actions, each named with the row's title for screen readers ("Edit “Prune roses”"). */
export function RowActions(props: {
  title: string;
  items: (false | [key: MessageKey, run: () => void, disabled?: boolean, cls?: string])[];
}) {
  const { i18n } = useWidget();
  return (
    <div class="ra">
      {props.items.map(
        (item) =>
          item && (
            <button
              key={item[0]}
              type="button"
              class={`linkish ${item[3] ?? ''}`}
              disabled={item[2]}
              aria-label={i18n.t('writer.act', { action: i18n.t(item[0]), title: props.title })}
              onClick={item[1]}
            >
              {i18n.t(item[0])}
            </button>
          ),
      )}
    </div>
  );
}

/** Work under way, announced politely: what it is, and its progress when known. */
export function Progress({ text, done, total }: { text: string; done: number; total: number }) {
  return (
    <div class="notice stack" role="status">
      <p>{text}</p>
      <ProgressBar done={done} total={total} label={text} />
    </div>
  );
}

/**
 * How long a long-running operation is followed, and a signal that stops following it when the component goes away
 * (the work goes on on the server).
 */
export function useFollow() {
  const stop = useRef<AbortController>(undefined);
  stop.current ??= new AbortController();
  useEffect(() => () => stop.current?.abort(), []);
  return { signal: stop.current.signal, timeoutMs: 30 * 60_000 };
}

/** Every item of a list (its pages followed), up to `max`. */
export async function all<T>(items: AsyncIterable<T>, max = 2000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) if (out.push(item) >= max) break;
  return out;
}
