// Billing: the balance by pool, credits used per day (an SVG chart with its data as a table), the ledger and the
// invoices (PDF, paying an open one) page by page; plan change and credit packages are the second view, a chunk of
// their own. The partner's words for credits and the plan (`{Credits}`, `{Plan}`) and its plan name are used.
import type { Schemas } from '@igny8/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { DIALOG_CSS, Dialog } from '../../components/dialog.js';
import { Chart } from './chart.js';

export type Invoice = Schemas['Invoice'];
export type Tr = (key: string, params?: Record<string, string | number>) => string;
/** What an action answered, said in the status line; with an invoice, a way to pay it. */
export interface Said {
  text: string;
  invoice?: Invoice | null;
}

export const CSS = `${DIALOG_CSS}
.switch{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--igny8-spacing)}
.switch [aria-pressed=true]{background:var(--igny8-primary);color:var(--igny8-on-primary)}
.wrap{overflow-x:auto}.tablenav{display:flex;align-items:center;justify-content:flex-end;gap:4px;margin-block:var(--igny8-spacing)}
.st tbody tr:nth-child(odd){background:var(--igny8-background)}.plus{color:var(--igny8-success)}.igny8-dialog input[type=text]{width:100%}
@media (max-width:782px){.st thead th+th{display:none}.st td+td{display:block;border:0;padding-block:0 4px;text-align:start}
.st td+td::before{content:attr(data-colname) ": ";color:var(--igny8-muted-text)}}`;

/** The words of this screen: `billing.<key>`. */
export function useT(): Tr {
  const { i18n } = useWidget();
  return (k, params) => i18n.t(`billing.${k}` as MessageKey, params);
}

export function useMoney(): (cents: number, currency: string) => string {
  const { i18n } = useWidget();
  return (cents, currency) => new Intl.NumberFormat(i18n.locale, { style: 'currency', currency }).format(cents / 100);
}

export default function Billing() {
  const { client, i18n, brand } = useWidget();
  const t = useT();
  // Bumped after a change (plan, purchase, payment) so everything shown loads again.
  const [version, setVersion] = useState(0);
  const { data, error, reload } = useAsync(
    () => Promise.all([client.billing.balance(), client.billing.subscription()]),
    [version],
  );
  const [view, setView] = useState<'usage' | 'plans'>('usage');
  const [said, setSaid] = useState<Said | null>(null);
  const [paying, setPaying] = useState<Invoice | null>(null);
  const [plans, setPlans] = useState<{ Plans?: typeof import('./plans.js').Plans; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  // When the button that started an action went away with the reload (a plan now current), focus goes to what it said.
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (said && !(status.current?.getRootNode() as ShadowRoot | undefined)?.activeElement) status.current?.focus();
  }, [data]);
  useEffect(() => {
    if (view === 'plans' && !plans.Plans)
      import('./plans.js').then(
        (m) => setPlans({ Plans: m.Plans }),
        (e: unknown) => setPlans({ error: e }),
      );
  }, [view, attempt]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (!data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [balance, subscription] = data;
  const done = (s: Said) => {
    setSaid(s);
    setVersion((v) => v + 1);
  };
  const planName = brand.planName || subscription.plan.name;
  const row = (label: string, value: string | number) => (
    <>
      <dt>{label}</dt>
      <dd>{typeof value === 'number' ? i18n.number(value) : value}</dd>
    </>
  );
  return (
    <div class="stack">
      <style>{CSS}</style>
      <section class="card" aria-labelledby="igny8-balance">
        <h2 id="igny8-balance">{t('balance')}</h2>
        <p class="big" data-testid="available">
          {t('available', { count: balance.available_credits })}
        </p>
        {subscription.status === 'past_due' && (
          <p class="notice error">{t('pastDue', { date: i18n.date(subscription.past_due_since ?? '') })}</p>
        )}
        {subscription.pending_plan && (
          <p class="notice">
            {t('pendingPlan', {
              name: subscription.pending_plan.name,
              date: i18n.date(subscription.current_period_end),
            })}
          </p>
        )}
        <dl class="grid" data-testid="balance">
          <div>
            {row(i18n.t('term.Plan'), planName)}
            {balance.period_end && row(t('periodEnd'), i18n.date(balance.period_end))}
          </div>
          <div>
            {row(
              t('planCredits'),
              t('ofTotal', { count: balance.plan_credits, total: balance.plan_credits_per_period }),
            )}
            <dd>
              <progress
                value={balance.plan_credits}
                max={balance.plan_credits_per_period || 1}
                aria-label={t('planCredits')}
              />
            </dd>
          </div>
          <div>
            {row(t('bonusCredits'), balance.bonus_credits)}
            {row(t('reserved'), balance.reserved_credits)}
          </div>
        </dl>
      </section>
      <div class="switch">
        {/* biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, not a form's fieldset. */}
        <div class="row" role="group" aria-label={t('view')}>
          {(['usage', 'plans'] as const).map((v) => (
            <button
              type="button"
              class="button"
              key={v}
              aria-pressed={view === v}
              onClick={() => {
                setView(v);
                setSaid(null);
              }}
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <div class={said ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
        {said && (
          <p>
            {said.text}
            {said.invoice?.status === 'pending' && (
              <>
                {' '}
                <button type="button" class="button" onClick={() => setPaying(said.invoice ?? null)}>
                  {t('payNow')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {view === 'usage' ? (
        <>
          <Chart />
          <Ledger version={version} />
          <Invoices version={version} pay={setPaying} />
        </>
      ) : plans.Plans ? (
        <plans.Plans subscription={subscription} done={done} />
      ) : plans.error ? (
        <ErrorNotice error={plans.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      )}
      {paying && <Pay invoice={paying} onClose={() => setPaying(null)} done={done} />}
    </div>
  );
}

/** A list read page by page with the API's cursors (kept, so "previous" goes back the way it came). */
function usePaged<T>(
  load: (cursor?: string) => PromiseLike<{ data: T[]; meta: { next_cursor: string | null } }>,
  version: number,
) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const state = useAsync(async () => load(cursors[cursors.length - 1]), [cursors, version]);
  const next = state.data?.meta.next_cursor;
  return {
    ...state,
    page: cursors.length,
    next: next ? () => setCursors([...cursors, next]) : undefined,
    prev: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : undefined,
  };
}

function Pager({ paged, label }: { paged: ReturnType<typeof usePaged<unknown>>; label: string }) {
  const { i18n } = useWidget();
  const t = useT();
  return (
    <nav class="tablenav" aria-label={label}>
      <span class="muted">{t('page', { page: paged.page })}</span>
      <button
        type="button"
        class="button"
        aria-label={i18n.t('common.previous')}
        disabled={!paged.prev}
        onClick={paged.prev}
      >
        ‹
      </button>
      <button
        type="button"
        class="button"
        aria-label={i18n.t('common.next')}
        disabled={!paged.next}
        onClick={paged.next}
      >
        ›
      </button>
    </nav>
  );
}

/** A striped list table that stacks its secondary columns under the first on narrow screens. */
function Table(props: { id: string; cols: string[]; rows: (string | preact.JSX.Element)[][]; testid: string }) {
  return (
    <div class="wrap">
      <table class="st" aria-labelledby={props.id} data-testid={props.testid}>
        <thead>
          <tr>
            {props.cols.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, i) => (
                <td key={props.cols[i]} data-colname={props.cols[i]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Ledger({ version }: { version: number }) {
  const { client, i18n } = useWidget();
  const t = useT();
  const paged = usePaged((cursor) => client.billing.ledger({ limit: 10, ...(cursor ? { cursor } : {}) }), version);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="card" aria-labelledby="igny8-ledger">
      <h2 id="igny8-ledger">{t('ledger')}</h2>
      {paged.error ? (
        <ErrorNotice error={paged.error} onRetry={paged.reload} />
      ) : !paged.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : (
        <>
          <Table
            id="igny8-ledger"
            testid="ledger"
            cols={[t('colDate'), t('colKind'), t('colDescription'), t('colAmount'), t('colBalance')]}
            rows={paged.data.data.map((e) => [
              when.format(new Date(e.created_at)),
              t(`kind.${e.kind}`),
              `${e.reason ?? e.reservation_key?.split(':')[0] ?? ''} (${t(`pool.${e.pool}`)})`,
              <span class={e.amount > 0 ? 'plus' : undefined}>
                {e.amount > 0 ? '+' : ''}
                {i18n.number(e.amount)}
              </span>,
              i18n.number(e.balance_after),
            ])}
          />
          <Pager paged={paged} label={t('ledger')} />
        </>
      )}
    </section>
  );
}

function Invoices({ version, pay }: { version: number; pay: (invoice: Invoice) => void }) {
  const { client, i18n } = useWidget();
  const t = useT();
  const money = useMoney();
  const paged = usePaged((cursor) => client.billing.invoices({ limit: 10, ...(cursor ? { cursor } : {}) }), version);
  const [failure, setFailure] = useState<unknown>();
  // The PDF needs the session's token, so it is fetched (not linked) and handed to the browser as a file.
  const pdf = async (invoice: Invoice) => {
    setFailure(undefined);
    try {
      const bytes = await client.billing.invoicePdf(invoice.id);
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${invoice.number}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <section class="card" aria-labelledby="igny8-invoices">
      <h2 id="igny8-invoices">{t('invoices')}</h2>
      {failure !== undefined && <ErrorNotice error={failure} />}
      {paged.error ? (
        <ErrorNotice error={paged.error} onRetry={paged.reload} />
      ) : !paged.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : paged.data.data.length ? (
        <>
          <Table
            id="igny8-invoices"
            testid="invoices"
            cols={[t('colNumber'), t('colDate'), t('colTotal'), t('colStatus'), t('colActions')]}
            rows={paged.data.data.map((inv) => [
              <>
                <strong>{inv.number}</strong> <span class="muted">{inv.lines[0]?.description}</span>
              </>,
              i18n.date(inv.created_at),
              money(inv.total_cents, inv.currency),
              <span class={inv.status === 'paid' ? 'pill ok' : 'pill'}>{t(`status.${inv.status}`)}</span>,
              <span class="row">
                <button type="button" class="button" onClick={() => pdf(inv)}>
                  {t('pdf')}
                  <span class="visually-hidden"> {inv.number}</span>
                </button>
                {inv.status === 'pending' && (
                  <button type="button" class="button primary" onClick={() => pay(inv)}>
                    {t('pay')}
                    <span class="visually-hidden"> {inv.number}</span>
                  </button>
                )}
              </span>,
            ])}
          />
          <Pager paged={paged} label={t('invoices')} />
        </>
      ) : (
        <p class="muted">{t('noInvoices')}</p>
      )}
    </section>
  );
}

/** Paying an invoice: by card (a Stripe Checkout page to go to) or by bank transfer (the operator approves it). */
function Pay({ invoice, onClose, done }: { invoice: Invoice; onClose: () => void; done: (s: Said) => void }) {
  const { client } = useWidget();
  const t = useT();
  const money = useMoney();
  const [method, setMethod] = useState<'stripe' | 'manual'>('stripe');
  const [reference, setReference] = useState('');
  const [state, setState] = useState<{ busy?: boolean; error?: unknown; checkout?: string }>({});
  const submit = async () => {
    setState({ busy: true });
    try {
      const here = location.href;
      const payment = await client.billing.payInvoice(
        invoice.id,
        method === 'stripe'
          ? { method, success_url: here, cancel_url: here }
          : { method, ...(reference.trim() ? { reference: reference.trim() } : {}) },
      );
      if (payment.checkout_url) return setState({ checkout: payment.checkout_url });
      onClose();
      done({ text: t('transferRecorded', { number: invoice.number }) });
    } catch (error) {
      setState({ error });
    }
  };
  const amount = money(invoice.total_cents, invoice.currency);
  if (state.checkout) {
    return (
      <Dialog title={t('payTitle', { number: invoice.number, amount })} onClose={onClose}>
        <p>
          <a class="button primary" href={state.checkout}>
            {t('checkout')}
          </a>
        </p>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('payTitle', { number: invoice.number, amount })}
      confirm={t('pay')}
      onConfirm={submit}
      onClose={onClose}
      busy={state.busy}
    >
      {state.error !== undefined && <ErrorNotice error={state.error} />}
      <fieldset>
        <legend>{t('method')}</legend>
        {(['stripe', 'manual'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="igny8-pay" checked={method === m} onChange={() => setMethod(m)} />
            {t(`method.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === 'manual' && (
        <label>
          {t('reference')}
          <input type="text" maxLength={200} value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
        </label>
      )}
    </Dialog>
  );
}
