// What the Writer's lists and its editor share: WordPress's status links (`subsubsub`), a list table with its
// "N items" line and pages, row actions, a loading or failed list, an operation's progress, and the list styles.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import type { ActionState } from '../../components/index.js';
import { DIALOG_CSS, ProgressBar } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { I18n, MessageKey } from '../../i18n/index.js';

export const CSS = `${DIALOG_CSS}.tablenav{display:flex;justify-content:flex-end;align-items:center;gap:8px;color:var(--igny8-muted-text)}.ra{display:flex;flex-wrap:wrap;gap:4px;opacity:0;font-size:.92em}.ra .linkish{text-decoration:none;font-weight:400}.ra .linkish+.linkish:before{content:"|";margin-inline-end:4px;color:var(--igny8-muted-text)}tr:hover .ra,tr:focus-within .ra{opacity:1}@media(max-width:782px){.sec{display:none}.ra{opacity:1}}`;

/**
 * What stands until `s.data` is there: its failure (with Try again when it can be read again) or the loading line;
 * null once it is there.
 */
export const pending = (s: { data?: unknown; error?: unknown; reload?: () => void }, i18n: I18n) =>
  s.error !== undefined ? (
    <ErrorNotice error={s.error} onRetry={s.reload} />
  ) : s.data === undefined ? (
    <p aria-busy="true">{i18n.t('common.loading')}</p>
  ) : null;

/** Why the last action failed, if it did. */
export const failed = (action: ActionState) => action.failure !== undefined && <ErrorNotice error={action.failure} />;

/** WordPress's status links: "All (3) | Draft (1) | …", the current one marked. */
export function Subsub<T extends string>(p: {
  label: string;
  items: [id: T, label: string, count?: number][];
  current: T;
  onSelect: (id: T) => void;
}) {
  const { i18n } = useWidget();
  return (
    <ul class="subsubsub" aria-label={p.label}>
      {p.items.map(([id, label, count]) => (
        <li key={id}>
          <button type="button" aria-current={id === p.current ? 'true' : undefined} onClick={() => p.onSelect(id)}>
            {label}
            {count !== undefined && <span class="muted"> ({i18n.number(count)})</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A WordPress list table: "N items" and, past 20 rows, its pages; a header row, striped rows; the columns after the
 * first (the primary one, which carries the row actions) are hidden on narrow screens, where the primary cell sums
 * them up.
 */
export function ListTable<T extends { id: string }>(p: {
  testid: string;
  head: MessageKey[];
  /** The columns (by index) holding numbers. */
  num: number[];
  rows: T[];
  cells: (row: T) => ComponentChildren[];
}) {
  const { i18n } = useWidget();
  const [page, setPage] = useState(0);
  const count = p.rows.length;
  const pages = Math.ceil(count / 20);
  const cls = (i: number) => (i ? (p.num.includes(i) ? 'sec num' : 'sec') : undefined);
  const go = (step: number, label: MessageKey, glyph: string) => (
    <button
      type="button"
      class="button"
      aria-label={i18n.t(label)}
      disabled={page + step < 0 || page + step >= pages}
      onClick={() => setPage(page + step)}
    >
      {glyph}
    </button>
  );
  return (
    <>
      <p class="tablenav">
        {i18n.t(count === 1 ? 'writer.item' : 'writer.items', { count })}
        {pages > 1 && (
          <>
            {go(-1, 'common.previous', '‹')}
            {i18n.t('writer.page', { page: page + 1, pages })}
            {go(1, 'common.next', '›')}
          </>
        )}
      </p>
      <div class="table-wrap">
        <table data-testid={p.testid}>
          <thead>
            <tr>
              {p.head.map((h, i) => (
                <th scope="col" key={h} class={cls(i)}>
                  {i18n.t(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.slice(page * 20, page * 20 + 20).map((row) => (
              <tr key={row.id}>
                {p.cells(row).map((cell, i) => (
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
export function RowActions(p: {
  title: string;
  items: (false | [key: MessageKey, run: () => void, disabled?: boolean, cls?: string])[];
}) {
  const { i18n } = useWidget();
  return (
    <div class="ra">
      {p.items.map(
        (item) =>
          item && (
            <button
              key={item[0]}
              type="button"
              class={`linkish ${item[3] ?? ''}`}
              disabled={item[2]}
              aria-label={i18n.t('writer.act', { action: i18n.t(item[0]), title: p.title })}
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
export const Progress = ({ text, done, total }: { text: string; done: number; total: number }) => (
  <div class="notice" role="status">
    <p>{text}</p>
    <ProgressBar done={done} total={total} label={text} />
  </div>
);

/**
 * Follows an operation to its end, its progress to `onProgress`, for 30 minutes at most; it stops following when the
 * component goes away (the work goes on on the server).
 */
export function useFollow() {
  const { client } = useWidget();
  const [stop] = useState(() => new AbortController());
  useEffect(() => () => stop.abort(), []);
  return (op: { id: string }, onProgress: (p: { done: number; total: number }) => void) =>
    client.operations.wait(op.id, { signal: stop.signal, timeoutMs: 18e5, onProgress: (o) => onProgress(o.progress) });
}

/** Every item of a list (its pages followed), up to 2,000. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) if (out.push(item) >= 2000) break;
  return out;
}

export interface ListProps {
  onOpen: (id: string) => void;
  /** Says what a row's action did; `focus` when the row goes away with the button that was focused. */
  say: (text: string, focus?: boolean) => void;
}
