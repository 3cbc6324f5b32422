// A WordPress list table for any screen: check column with select-all, bulk actions + Apply, sortable column headers
// (buttons, with aria-sort), row actions under the primary column that show on hover and focus, "N items" and
// first/previous/next page links at the top, an inline row (Quick Edit) or a detail row under a row. Below 782 px
// (wp-admin's breakpoint) the secondary columns stack under the primary one, each with its name. Every word it shows
// comes from `text`, so a screen passes its own catalogue's; `useCursorPages` pages a list by the API's cursors.
import type { Page } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type AsyncState, useAsync } from '../../use-async.js';

export interface Column<T> {
  id: string;
  label: string;
  cell: (row: T) => ComponentChildren;
  /** Sortable: clicking the header asks for this column's order. */
  sortable?: boolean;
  num?: boolean;
}

export interface RowAction {
  label: string;
  run: () => void;
  /** A disclosure (show/hide): its state. */
  expanded?: boolean;
  danger?: boolean;
}

export interface Sort {
  by: string;
  order: 'asc' | 'desc';
}

export interface ListTableText {
  selectAll: string;
  select: (name: string) => string;
  /** A row action's accessible name, e.g. `Edit “compost bin”`. */
  action: (action: string, name: string) => string;
  bulkLabel: string;
  bulk: string;
  apply: string;
  pages: string;
  first: string;
  previous: string;
  next: string;
  page: (n: number) => string;
  /** "N items", or "more than N" while other pages follow. */
  items: (n: number, more: boolean) => string;
}

export interface CursorPages<T> extends AsyncState<Page<T>> {
  rows: T[];
  /** 1-based. */
  page: number;
  /** Rows on this page and the pages before it. */
  seen: number;
  hasNext: boolean;
  first: () => void;
  previous: () => void;
  next: () => void;
}

/**
 * One page at a time by the API's cursors (keyset pages: a `next_cursor` means at least one more row). Back to page
 * one whenever `deps` (filters, sort) change.
 */
export function useCursorPages<T>(
  load: (cursor: string | undefined) => PromiseLike<Page<T>>,
  deps: unknown[],
  size: number,
): CursorPages<T> {
  const key = JSON.stringify(deps);
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({ key, cursors: [undefined] });
  const cursors = state.key === key ? state.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];
  const async = useAsync(() => Promise.resolve(load(cursor)), [key, cursor]);
  const rows = async.data?.data ?? [];
  const nextCursor = async.data?.meta.next_cursor;
  const go = (to: (string | undefined)[]) => setState({ key, cursors: to });
  return {
    ...async,
    rows,
    page: cursors.length,
    seen: (cursors.length - 1) * size + rows.length,
    hasNext: typeof nextCursor === 'string',
    first: () => go([undefined]),
    previous: () => go(cursors.slice(0, -1)),
    next: () => nextCursor && go([...cursors, nextCursor]),
  };
}

export interface ListTableProps<T> {
  caption: string;
  /** The first column is the primary one (row actions, always shown). */
  columns: Column<T>[];
  rows: T[];
  id: (row: T) => string;
  name: (row: T) => string;
  text: ListTableText;
  empty: string;
  actions?: (row: T) => RowAction[];
  selected?: Set<string>;
  onSelect?: (ids: Set<string>) => void;
  bulk?: { id: string; label: string }[];
  onBulk?: (action: string, ids: string[]) => void;
  sort?: Sort;
  onSort?: (sort: Sort) => void;
  /** Shown instead of the row (an inline edit form). */
  replace?: (row: T) => ComponentChildren;
  /** Shown under the row (an expanded row). */
  detail?: (row: T) => ComponentChildren;
  pages?: CursorPages<T>;
  /** More controls in the top bar (filters). */
  children?: ComponentChildren;
  busy?: boolean;
}

export function ListTable<T>(p: ListTableProps<T>) {
  const { text, columns, rows, selected, pages } = p;
  const [action, setAction] = useState('');
  const ids = rows.map(p.id);
  const picked = selected ? ids.filter((id) => selected.has(id)) : [];
  const all = picked.length > 0 && picked.length === ids.length;
  const span = columns.length + (selected ? 1 : 0);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    p.onSelect?.(next);
  };
  const sortBy = (by: string) =>
    p.onSort?.({ by, order: p.sort?.by === by && p.sort.order === 'asc' ? 'desc' : 'asc' });
  return (
    <div class="lt-wrap">
      <div class="tablenav">
        {p.bulk && (
          <div class="row">
            <label>
              <span class="visually-hidden">{text.bulkLabel}</span>
              <select value={action} onChange={(e) => setAction(e.currentTarget.value)}>
                <option value="">{text.bulk}</option>
                {p.bulk.map((b) => (
                  <option value={b.id} key={b.id}>
                    {b.label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              class="button"
              disabled={p.busy}
              onClick={() => {
                if (!action || !picked.length) return;
                setAction('');
                p.onBulk?.(action, picked);
              }}
            >
              {text.apply}
            </button>
          </div>
        )}
        {p.children}
        {pages && (
          <nav class="row pager" aria-label={text.pages}>
            <span aria-live="polite">{text.items(pages.seen, pages.hasNext)}</span>
            <button
              type="button"
              class="button"
              aria-label={text.first}
              disabled={pages.page < 2}
              onClick={pages.first}
            >
              «
            </button>
            <button
              type="button"
              class="button"
              aria-label={text.previous}
              disabled={pages.page < 2}
              onClick={pages.previous}
            >
              ‹
            </button>
            <span aria-current="page">{text.page(pages.page)}</span>
            <button type="button" class="button" aria-label={text.next} disabled={!pages.hasNext} onClick={pages.next}>
              ›
            </button>
          </nav>
        )}
      </div>
      <div class="lt-scroll">
        <table class="lt" aria-busy={p.busy || pages?.loading ? 'true' : undefined}>
          <caption class="visually-hidden">{p.caption}</caption>
          <thead>
            <tr>
              {selected && (
                <td class="check">
                  <input
                    type="checkbox"
                    aria-label={text.selectAll}
                    checked={all}
                    indeterminate={picked.length > 0 && !all}
                    onChange={(e) => p.onSelect?.(new Set(e.currentTarget.checked ? ids : []))}
                  />
                </td>
              )}
              {columns.map((c, i) => {
                const sorted = p.sort?.by === c.id ? p.sort.order : undefined;
                return (
                  <th
                    scope="col"
                    key={c.id}
                    class={`${i ? 'sec' : 'prim'}${c.num ? ' num' : ''}`}
                    aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sortable ? (
                      <button type="button" class="sort" onClick={() => sortBy(c.id)}>
                        {c.label}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}</span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={span} class="muted">
                  {p.empty}
                </td>
              </tr>
            )}
            {rows.map((row) => {
              const id = p.id(row);
              const name = p.name(row);
              const replaced = p.replace?.(row);
              if (replaced)
                return (
                  <tr key={id} class="inline">
                    <td colSpan={span}>{replaced}</td>
                  </tr>
                );
              const detail = p.detail?.(row);
              const actions = p.actions?.(row) ?? [];
              return [
                <tr key={id} data-id={id}>
                  {selected && (
                    <td class="check">
                      <input
                        type="checkbox"
                        aria-label={text.select(name)}
                        checked={selected.has(id)}
                        onChange={(e) => toggle(id, e.currentTarget.checked)}
                      />
                    </td>
                  )}
                  {columns.map((c, i) => (
                    <td key={c.id} class={`${i ? 'sec' : 'prim'}${c.num ? ' num' : ''}`} data-colname={c.label}>
                      {i ? c.cell(row) : <strong>{c.cell(row)}</strong>}
                      {!i && actions.length > 0 && (
                        <div class="row-actions">
                          {actions.map((a) => (
                            <button
                              type="button"
                              key={a.label}
                              class={a.danger ? 'linkish danger' : 'linkish'}
                              aria-label={text.action(a.label, name)}
                              aria-expanded={a.expanded}
                              disabled={p.busy}
                              onClick={a.run}
                            >
                              {a.label}
                            </button>
                          ))}
                        </div>
                      )}
                    </td>
                  ))}
                </tr>,
                detail ? (
                  <tr key={`${id}-detail`} class="detail">
                    <td colSpan={span}>{detail}</td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The list table's look (wp-admin's), for the screen's own `<style>`. */
export const LIST_TABLE_CSS = `
.tablenav { display: flex; flex-wrap: wrap; align-items: center; gap: var(--igny8-spacing); margin-block: var(--igny8-spacing); }
.tablenav .row { margin: 0; align-items: center; }
.tablenav .pager { margin-inline-start: auto; }
.pager .button { min-width: 30px; padding-inline: 6px; }
[dir="rtl"] .pager .button { transform: scaleX(-1); }
.lt-scroll { overflow-x: auto; }
.lt { border: 1px solid var(--igny8-border); }
.lt caption { caption-side: top; }
.lt thead th, .lt thead td { border-block-end: 1px solid var(--igny8-border); white-space: nowrap; }
.lt tbody tr:nth-child(odd of :not(.detail)) { background: var(--igny8-background); }
.lt td { vertical-align: top; }
.lt .check { width: 2.2em; }
.lt .sort { font: inherit; font-weight: 600; color: var(--igny8-primary); background: none; border: 0; padding: 0; cursor: pointer; }
.lt th.num .sort { text-align: end; }
.row-actions { display: flex; flex-wrap: wrap; gap: 4px 10px; margin-block-start: 4px; font-size: .92em; opacity: 0; }
.lt tr:hover .row-actions, .lt tr:focus-within .row-actions { opacity: 1; }
.linkish.danger { color: var(--igny8-danger); }
.lt .inline td, .lt .detail td { background: var(--igny8-surface); }
@media (max-width: 782px) {
  .lt, .lt thead, .lt tbody { display: block; }
  .lt tr { display: flex; flex-wrap: wrap; align-items: flex-start; }
  .lt thead .sec { display: none; }
  .lt .prim, .lt .inline td, .lt .detail td { flex: 1; }
  .lt tbody tr { border-block-end: 1px solid var(--igny8-border); }
  .lt tbody td { border: 0; }
  .lt tbody td.sec { flex-basis: 100%; padding-block: 0 4px; padding-inline-start: calc(var(--igny8-spacing) * 5); text-align: start; }
  .lt tbody td.sec::before { content: attr(data-colname) ": "; font-weight: 600; }
  .row-actions { opacity: 1; }
  .tablenav .pager { margin-inline-start: 0; }
}
`;
