// What the Planner's three views share: one WordPress list table (check column with select-all, bulk actions + Apply,
// sortable headers as buttons with aria-sort, row actions under the primary column shown on hover and focus, "N items"
// and cursor page links, a detail row under a row; below 782 px the secondary columns stack under the primary one, each
// with its name), a run of an operation with its progress and summary, the charged run (its estimate first), the
// upgrade path and label → value facts.
import type { Page, Schemas } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { Dialog, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import { describeError } from '../../errors.js';
import type { MessageKey } from '../../i18n/index.js';

export type Operation = Schemas['Operation'];
type Params = Record<string, string | number>;

/** The widget, and `t` for keys built at run time (`status.${s}`). */
export function useT() {
  const w = useWidget();
  return [(key: string, params?: Params) => w.i18n.t(key as MessageKey, params), w] as const;
}

/** A column: its label, its cell, the sort it asks for when its header is clicked, whether it holds numbers. */
export interface Col<T> {
  l: string;
  c: (row: T) => ComponentChildren;
  sort?: string;
  num?: boolean;
}
/** A row action: it runs `run`; without one it opens and closes the row's detail (a disclosure: aria-expanded). */
export interface Act {
  l: string;
  run?: () => void;
  danger?: boolean;
}
export type Sort = [by: string, order: 'asc' | 'desc'];

export function Table<T extends { id: string }>(p: {
  caption: string;
  /**
   * One page of the list: `query` has the page size, the sort, the filters (those set) and the API's cursor. Back to
   * page 1 when the site, the sort or a filter changes; the same page again when `tick` does.
   */
  load: (query: Record<string, any>) => PromiseLike<Page<T>>;
  filters?: Record<string, string>;
  tick?: number;
  cols: Col<T>[];
  name: (row: T) => string;
  acts: (row: T) => Act[];
  /** Shown in a row under the row while its disclosure is open (a form, its keywords, its outline). */
  detail: (row: T, close: () => void) => ComponentChildren;
  bulk?: [id: string, label: string][];
  onBulk?: (action: string, rows: T[]) => void;
  /** The sort to start with, when the columns can be sorted. */
  sort?: Sort;
  busy?: boolean;
  /** Filters, in the top bar. */
  children?: ComponentChildren;
}) {
  const [t, { siteId }] = useT();
  const [sort, setSort] = useState(p.sort);
  const [open, setOpen] = useState<string | null>(null);
  // Unset filters (and no sort) are left out of the request.
  const query = Object.fromEntries(
    Object.entries({ limit: 25, sort: sort?.[0], order: sort?.[1], ...p.filters }).filter(([, v]) => v),
  );
  const key = JSON.stringify([siteId, query]);
  const [at, setAt] = useState<[string, (string | undefined)[]]>([key, [undefined]]);
  const cursors = at[0] === key ? at[1] : [undefined];
  const page = cursors.length;
  const cursor = cursors[page - 1];
  const res = useAsync(() => Promise.resolve(p.load({ ...query, cursor })), [key, cursor, p.tick]);
  const rows = res.data?.data ?? [];
  const next = res.data?.meta.next_cursor;
  // The selection belongs to the rows it was made on: a reload clears it.
  const [sel, setSel] = useState<[unknown, string[]]>([null, []]);
  const picked = sel[0] === res.data ? sel[1] : [];
  const pick = (ids: string[]) => setSel([res.data, ids]);
  const [action, setAction] = useState('');
  const go = (to: (string | undefined)[]) => setAt([key, to]);
  const n = (page - 1) * 25 + rows.length;
  const all = rows.length > 0 && picked.length === rows.length;
  const span = p.cols.length + (p.bulk ? 1 : 0);
  const pager = (label: string, arrow: string, off: boolean, to: () => void) => (
    <button type="button" class="button" aria-label={label} disabled={off} onClick={to}>
      {arrow}
    </button>
  );
  const check = (label: string, checked: boolean, on: (checked: boolean) => void, mixed?: boolean) => (
    <td>
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        indeterminate={mixed}
        onChange={(e) => on(e.currentTarget.checked)}
      />
    </td>
  );
  if (res.error !== undefined) return <Failure error={res.error} retry={res.reload} />;
  return (
    <>
      <div class="row">
        {p.bulk && (
          <>
            {select(t('table.bulk'), t('table.bulk'), action, p.bulk, setAction)}
            <button
              type="button"
              class="button"
              disabled={p.busy}
              onClick={() => {
                setAction('');
                if (action && picked.length)
                  p.onBulk?.(
                    action,
                    rows.filter((r) => picked.includes(r.id)),
                  );
              }}
            >
              {t('table.apply')}
            </button>
          </>
        )}
        {p.children}
        <nav class="row pager" aria-label={t('table.pages')}>
          <span aria-live="polite">
            {t(next ? 'table.itemsMore' : n === 1 ? 'table.one' : 'keywords.count', { count: n })}
          </span>
          {pager(t('table.first'), '«', page < 2, () => go([undefined]))}
          {pager(t('common.previous'), '‹', page < 2, () => go(cursors.slice(0, -1)))}
          <span aria-current="page">{t('table.page', { page })}</span>
          {pager(t('common.next'), '›', !next, () => go([...cursors, next as string]))}
        </nav>
      </div>
      <div class="table-wrap">
        <table class="lt" aria-busy={p.busy || res.loading ? 'true' : undefined}>
          <caption class="visually-hidden">{p.caption}</caption>
          <thead>
            <tr>
              {p.bulk &&
                check(
                  t('table.selectAll'),
                  all,
                  (on) => pick(on ? rows.map((r) => r.id) : []),
                  picked.length > 0 && !all,
                )}
              {p.cols.map((c, i) => {
                const s = sort?.[0] === c.sort ? sort?.[1] : undefined;
                return (
                  <th
                    scope="col"
                    key={c.l}
                    class={(i ? 'sec' : '') + (c.num ? ' num' : '')}
                    aria-sort={s && (s === 'asc' ? 'ascending' : 'descending')}
                  >
                    {c.sort ? (
                      <button
                        type="button"
                        class="linkish"
                        onClick={() => setSort([c.sort as string, s === 'asc' ? 'desc' : 'asc'])}
                      >
                        {c.l}
                        <span aria-hidden="true">{s === 'asc' ? ' ▲' : s ? ' ▼' : ' ⇅'}</span>
                      </button>
                    ) : (
                      c.l
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
                  {t(res.loading ? 'common.loading' : 'table.empty')}
                </td>
              </tr>
            )}
            {rows.map((r) => {
              const name = p.name(r);
              const shut = open !== r.id;
              return [
                <tr key={r.id} data-id={r.id}>
                  {p.bulk &&
                    check(t('table.select', { name }), picked.includes(r.id), (on) =>
                      pick(on ? [...picked, r.id] : picked.filter((id) => id !== r.id)),
                    )}
                  {p.cols.map((c, i) => (
                    <td key={c.l} class={(i ? 'sec' : 'prim') + (c.num ? ' num' : '')} data-colname={c.l}>
                      {i ? (
                        c.c(r)
                      ) : (
                        <>
                          <strong>{c.c(r)}</strong>
                          <div class="ra">
                            {p.acts(r).map((a) => (
                              <button
                                type="button"
                                key={a.l}
                                class={a.danger ? 'linkish danger' : 'linkish'}
                                aria-label={t('table.action', { action: a.l, name })}
                                aria-expanded={a.run ? undefined : !shut}
                                disabled={p.busy}
                                onClick={a.run ?? (() => setOpen(shut ? r.id : null))}
                              >
                                {a.l}
                              </button>
                            ))}
                          </div>
                        </>
                      )}
                    </td>
                  ))}
                </tr>,
                !shut && (
                  <tr key={`${r.id}+`} class="detail">
                    <td colSpan={span}>{p.detail(r, () => setOpen(null))}</td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Where more of the plan (or credits) come from: the Billing screen, the partner's page, or the account owner. */
export function UpgradePath({ credits }: { credits?: boolean }) {
  const [t, { brand, canShow, navigate }] = useT();
  const label = t(credits ? 'upgrade.credits' : 'upgrade.plan');
  return (
    <p>
      {canShow('billing') ? (
        <button type="button" class="button primary" onClick={() => navigate('billing')}>
          {label}
        </button>
      ) : brand.upgradeUrl ? (
        <a class="button primary" href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        t(credits ? 'upgrade.askCredits' : 'upgrade.ask')
      )}
    </p>
  );
}

/** An error, with the upgrade path when the plan's limit or the credits are what stopped it. */
export function Failure({ error, retry }: { error: unknown; retry?: () => void }) {
  const [, { i18n }] = useT();
  const code = describeError(error, i18n).code;
  return (
    <>
      <ErrorNotice error={error} onRetry={retry} />
      {code === 'PLAN_LIMIT_REACHED' && <UpgradePath />}
      {code === 'INSUFFICIENT_CREDITS' && <UpgradePath credits />}
    </>
  );
}

/**
 * An action's outcome, said in a live region (also where focus waits when the row acted on goes away); `tick` counts
 * the reloads of the list, one after each action.
 */
export function useAct() {
  const [s, set] = useState<{ busy?: boolean; text?: string; warn?: boolean; error?: unknown }>({});
  const [tick, setTick] = useState(0);
  const reload = () => setTick((n) => n + 1);
  const live = useRef<HTMLDivElement>(null);
  const run = async (work: () => Promise<string | [text: string, warn: boolean]>) => {
    set({ busy: true });
    try {
      const r = await work();
      set(typeof r === 'string' ? { text: r } : { text: r[0], warn: r[1] });
    } catch (error) {
      set({ error });
    }
    reload();
  };
  const shown = (
    <div aria-live="polite" class="live" tabIndex={-1} ref={live}>
      {s.text && (
        <div class={s.warn ? 'notice warning' : 'notice success'}>
          <p>{s.text}</p>
        </div>
      )}
      {s.error !== undefined && <Failure error={s.error} />}
    </div>
  );
  return { busy: s.busy, run, say: (text: string) => set({ text }), shown, live, tick, reload };
}

/** A filter of the table's top bar: "All …", then each option. */
export const select = (
  label: string,
  all: string,
  value: string,
  options: [value: string, label: string][],
  set: (v: string) => void,
) => (
  <select aria-label={label} value={value} onChange={(e) => set(e.currentTarget.value)}>
    <option value="">{all}</option>
    {options.map(([v, l]) => (
      <option value={v} key={v}>
        {l}
      </option>
    ))}
  </select>
);

/** The options of a filter: each value, with its words from `prefix.value`. */
export const options = (t: (key: string) => string, prefix: string, values: string[]): [string, string][] =>
  values.map((v) => [v, t(`${prefix}.${v}`)]);

/** Label → value pairs, by the label's key (counts without plural forms to get wrong). */
export function Facts({ rows }: { rows: [key: string, value: number | string][] }) {
  const [t, { i18n }] = useT();
  return (
    <dl>
      {rows.map(([k, v]) => [
        <dt key={k}>{t(k)}</dt>,
        <dd key={`${k}=`}>{typeof v === 'number' ? i18n.number(v) : v}</dd>,
      ])}
    </dl>
  );
}

/** Moves focus into `ref` when it appears; the returned function gives focus back to where it was. */
export function useFocusIn<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    back.current = ((ref.current as E).getRootNode() as ShadowRoot).activeElement as HTMLElement;
    ref.current?.focus();
  }, []);
  return [ref, () => back.current?.isConnected && back.current.focus()] as const;
}

type Stage = { done: number; total: number } | { op: Operation } | { error: unknown } | null;

/**
 * A dialog that starts an operation and follows it: `children` until it starts (the estimate, the file's preview),
 * then its progress, then its summary. `v` changing (another file) starts over.
 */
export function Run(p: {
  title: string;
  id: string;
  v?: unknown;
  head?: ComponentChildren;
  children: ComponentChildren;
  /** The start button's text, when it may start. */
  go?: string | false;
  start: () => Promise<Operation>;
  summary: (op: Operation) => ComponentChildren;
  onClose: () => void;
  onDone?: () => void;
}) {
  const [t, { client }] = useT();
  const [stage, setStage] = useState<[unknown, Stage]>([p.v, null]);
  const s = stage[0] === p.v ? stage[1] : null;
  const set = (to: Stage) => setStage([p.v, to]);
  const start = async () => {
    set({ done: 0, total: 0 });
    try {
      const op = await client.operations.wait((await p.start()).id, {
        intervalMs: 400,
        onProgress: (o) => set(o.progress),
      });
      set({ op });
      p.onDone?.();
    } catch (error) {
      set({ error });
    }
  };
  return (
    <Dialog title={p.title} confirm={(!s && p.go) || undefined} onConfirm={start} onClose={p.onClose}>
      {p.head}
      <div aria-live="polite" data-testid={p.id}>
        {!s ? (
          p.children
        ) : 'done' in s ? (
          <>
            <p>{t('run.busy')}</p>
            <progress aria-label={p.title} value={s.total ? s.done : undefined} max={s.total || undefined} />
          </>
        ) : 'op' in s ? (
          p.summary(s.op)
        ) : (
          <Failure error={s.error} />
        )}
      </div>
    </Dialog>
  );
}

/** Charged work: the estimate first (what it covers, its cost, the balance); the run only once confirmed. */
export function Charged(
  p: Omit<Parameters<typeof Run>[0], 'children' | 'go' | 'id'> & {
    /** What it covers (its label's key, its quantity, whether there are more), the estimate; null: nothing to do. */
    prepare: () => Promise<[label: string, n: number, estimate: Schemas['Estimate'], more?: boolean] | null>;
    nothing?: string;
  },
) {
  const [t, { i18n }] = useT();
  const { data, error, loading } = useAsync(p.prepare, []);
  const plus = data?.[3] ? '+' : '';
  const credits = (count: number, more = '') => t('charge.credits', { count: i18n.number(count) + more });
  return (
    <Run {...p} id="run" go={data?.[2].sufficient && t('charge.confirm')}>
      {error !== undefined ? (
        <Failure error={error} />
      ) : loading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : data ? (
        <>
          <Facts
            rows={[
              [data[0], i18n.number(data[1]) + plus],
              ['charge.cost', credits(data[2].credits, plus)],
              ['charge.available', credits(data[2].available_credits)],
            ]}
          />
          {!data[2].sufficient && (
            <div class="notice error" role="alert">
              <p>{t('charge.short')}</p>
              <UpgradePath credits />
            </div>
          )}
        </>
      ) : (
        <p>{p.nothing}</p>
      )}
    </Run>
  );
}
