// Billing: the balance by pool; credits used per day (an inline SVG chart, its numbers as a table); the plans side by
// side (a change after a confirmation: an upgrade now with a prorated invoice, a downgrade at the period's end) and
// the credit packages (an invoice to pay); the invoices (PDF fetched with the session's token, paying an open one) and
// the ledger, page by page. The partner's words (`{Credits}`, `{Plan}`), plan name and plan page (`brand.upgradeUrl`,
// linked instead of a change here) are used.
import type { Schemas } from '@igny8/sdk';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { type AsyncState, DIALOG_CSS, Dialog, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';

type Invoice = Schemas['Invoice'];
type Plan = Schemas['Plan'];
type Cell = string | number | JSX.Element;
/** What an action answered, said in the status line: with an invoice to pay, a button to pay it; paying by card, the
 * link to the Checkout page. */
interface Said {
  text: string;
  invoice?: Invoice | null;
  href?: string | null;
}
/** A payment (`inv`: the dialog asks how), purchase or plan change waiting for the user's confirmation. */
interface Ask {
  title: string;
  ok: string;
  text?: string;
  inv?: Invoice;
  run?: () => Promise<Said>;
}

const CSS = `${DIALOG_CSS}.nav{display:flex;align-items:center;justify-content:flex-end;gap:4px;margin-block-start:8px}
.chart{width:100%;height:auto;max-height:240px;direction:ltr}.chart rect{fill:var(--igny8-primary)}
.chart line{stroke:var(--igny8-border)}.chart text{fill:var(--igny8-muted-text);font-size:12px}ul.pk{list-style:none;padding:0}.cmp :is(th,td){white-space:nowrap}
@media (max-width:600px){.chart text{font-size:20px}}@media (max-width:782px){.st thead th+th{display:none}
.st td+td{display:block;border:0;padding-block:0 4px}.st td+td::before{content:attr(data-colname) ": ";color:var(--igny8-muted-text)}}`;

function useT() {
  const { i18n, client, brand } = useWidget();
  return {
    i18n,
    client,
    brand,
    t: (k: string, params?: Record<string, string | number>) => i18n.t(`billing.${k}` as MessageKey, params),
    money: (cents: number, currency: string) =>
      new Intl.NumberFormat(i18n.locale, { style: 'currency', currency }).format(cents / 100),
    cell: (v: Cell) => (typeof v === 'number' ? i18n.number(v) : v),
  };
}

/** A load as the user sees it: the error with a retry, "Loading…", or what loaded. */
function Load<T>({ s, children }: { s: AsyncState<T>; children: (data: T) => JSX.Element }) {
  const { i18n } = useWidget();
  if (s.error) return <ErrorNotice error={s.error} onRetry={s.reload} />;
  return s.data ? children(s.data) : <p aria-busy="true">{i18n.t('common.loading')}</p>;
}

export default function Billing() {
  const { t, i18n, client, brand, money, cell } = useT();
  // Usage, invoices and the ledger are the account's admins' (the API refuses them below): said once, not asked for.
  const { role } = useWidget();
  const admin = !role || role === 'admin' || role === 'owner';
  // Bumped after a change (plan, purchase, payment) so everything shown loads again.
  const [version, setVersion] = useState(0);
  const main = useAsync(
    () =>
      Promise.all([
        client.billing.balance(),
        client.billing.subscription(),
        client.plans.list(),
        client.billing.creditPackages(),
      ]),
    [version],
  );
  const [said, setSaid] = useState<Said | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [state, setState] = useState<{ busy?: boolean; error?: unknown }>({});
  // How the invoice asked about is paid: by card (a Stripe Checkout page) or by bank transfer (the operator approves).
  const [method, setMethod] = useState<'stripe' | 'manual'>('stripe');
  const [reference, setReference] = useState('');
  // When the button that started an action went away with the reload (a plan now current), focus goes to what it said.
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (said && !(status.current?.getRootNode() as ShadowRoot | undefined)?.activeElement) status.current?.focus();
  }, [main.data]);
  const open = (a: Ask) => {
    setState({});
    setMethod('stripe');
    setReference('');
    setAsk(a);
  };
  const pay = async (inv: Invoice): Promise<Said> => {
    const here = location.href;
    // An empty reference is left out (JSON drops an undefined).
    const { checkout_url } = await client.billing.payInvoice(
      inv.id,
      method === 'stripe'
        ? { method, success_url: here, cancel_url: here }
        : { method, reference: reference.trim() || undefined },
    );
    return { text: checkout_url ? '' : t('transferRecorded', { number: inv.number }), href: checkout_url };
  };
  const confirm = async () => {
    const a = ask as Ask;
    setState({ busy: true });
    try {
      const s = await (a.inv ? pay(a.inv) : (a.run as () => Promise<Said>)());
      setAsk(null);
      setSaid(s);
      setVersion((v) => v + 1);
    } catch (error) {
      setState({ error });
    }
  };
  // The PDF needs the session's token, so it is fetched (not linked) and handed to the browser as a file.
  const pdf = async (inv: Invoice) => {
    setState({});
    try {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([await client.billing.invoicePdf(inv.id)], { type: 'application/pdf' }));
      a.download = `${inv.number}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
    } catch (error) {
      setState({ error });
    }
  };
  const due = (inv: Invoice) => t('invoiceDue', { number: inv.number, amount: money(inv.total_cents, inv.currency) });
  const button = (label: string, name: string, onClick: () => void, cls = 'button') => (
    <button type="button" class={cls} onClick={onClick}>
      {label}
      {name && <span class="visually-hidden"> {name}</span>}
    </button>
  );
  const payButton = (inv: Invoice, cls?: string) =>
    button(
      t('pay'),
      inv.number,
      () => open({ inv, ok: t('pay'), title: `${inv.number} (${money(inv.total_cents, inv.currency)})` }),
      cls,
    );
  // What the last action (in the dialog, or a PDF) failed with.
  const failure = state.error !== undefined && <ErrorNotice error={state.error} />;
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Load s={main}>
      {([b, sub, plans, packs]) => {
        const cur = sub.plan.code;
        const nameOf = (p: Plan) => (p.code === cur && brand.planName) || p.name;
        const end = i18n.date(sub.current_period_end);
        const rows: [string, (p: Plan) => Cell][] = [
          [t('price'), (p) => money(p.price_cents, p.currency)],
          [t('creditsPerMonth'), (p) => p.credits_per_month],
          [t('sites'), (p) => p.max_sites],
          [t('users'), (p) => p.max_users],
          [t('keywords'), (p) => p.max_keywords],
          [t('sectors'), (p) => p.max_sectors_per_site],
        ];
        // The last row: a switch to each other plan, unless the partner sells plans on its own page.
        if (!brand.upgradeUrl)
          rows.push([
            '',
            (p) => {
              const name = nameOf(p);
              return p.code === cur
                ? ''
                : sub.pending_plan?.code === p.code
                  ? t('startsOn', { date: end })
                  : button(t('switchTo', { name }), '', () =>
                      open({
                        title: name,
                        ok: t('switchTo', { name }),
                        text:
                          p.price_cents > sub.plan.price_cents
                            ? t('upgradeText', { count: p.credits_per_month })
                            : t('downgradeText', { date: end }),
                        run: async () => {
                          const { invoice, subscription: s } = await client.billing.changePlan({ plan: p.code });
                          const text = s.pending_plan
                            ? t('pendingPlan', { name, date: i18n.date(s.current_period_end) })
                            : t('changed', { name });
                          return { invoice, text: invoice ? `${text} ${due(invoice)}` : text };
                        },
                      }),
                    );
            },
          ]);
        return (
          <div class="stack">
            <style>{CSS}</style>
            <section class="card">
              <h2>{i18n.t('term.Credits')}</h2>
              <p class="big" data-testid="available">
                {t('available', { count: b.available_credits })}
              </p>
              {sub.status === 'past_due' && (
                <p class="notice error">{t('pastDue', { date: i18n.date(sub.past_due_since ?? '') })}</p>
              )}
              {sub.pending_plan && <p class="notice">{t('pendingPlan', { name: sub.pending_plan.name, date: end })}</p>}
              <dl class="grid" data-testid="balance">
                {(
                  [
                    [i18n.t('term.Plan'), brand.planName || sub.plan.name],
                    [t('periodEnd'), b.period_end ? i18n.date(b.period_end) : ''],
                    [
                      t('planCredits'),
                      <>
                        {cell(b.plan_credits)} / {cell(b.plan_credits_per_period)}
                        <progress
                          value={b.plan_credits}
                          max={b.plan_credits_per_period || 1}
                          aria-label={t('planCredits')}
                        />
                      </>,
                    ],
                    [t('bonusCredits'), b.bonus_credits],
                    [t('kind.reserve'), b.reserved_credits],
                  ] as [string, Cell][]
                ).map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{cell(v)}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <div class={said ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
              {said && (
                <p>
                  {said.text} {said.invoice?.status === 'pending' && payButton(said.invoice)}
                  {said.href && (
                    <a class="button primary" href={said.href}>
                      {t('checkout')}
                    </a>
                  )}
                </p>
              )}
            </div>
            {!ask && failure}
            {admin ? <Chart /> : <p class="notice warning">{i18n.t('error.INSUFFICIENT_ROLE')}</p>}
            <section class="card">
              <h2>{i18n.t('term.Plan')}</h2>
              {brand.upgradeUrl && (
                <p>
                  <a class="button primary" href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
                    {t('changePlan')}
                  </a>
                </p>
              )}
              <div class="table-wrap">
                <table class="cmp" data-testid="plans">
                  <thead>
                    <tr>
                      <td />
                      {plans.map((p) => (
                        <th scope="col" key={p.code}>
                          {nameOf(p)}
                          {p.code === cur && (
                            <>
                              {' '}
                              <span class="pill ok">{t('current')}</span>
                            </>
                          )}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(([label, value]) => (
                      <tr key={label}>
                        {label ? <th scope="row">{label}</th> : <td />}
                        {plans.map((p) => (
                          <td key={p.code}>{cell(value(p))}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section class="card">
              <h2>{t('packages')}</h2>
              {packs.length ? (
                <ul class="grid pk" data-testid="packages">
                  {packs.map((p) => {
                    const title = `${p.name} (${money(p.price_cents, p.currency)})`;
                    return (
                      <li key={p.id} class="card">
                        <strong>{title}</strong>
                        <p class="big">
                          {cell(p.credits)} {i18n.t('term.credits')}
                        </p>
                        {button(
                          t('buy'),
                          p.name,
                          () =>
                            open({
                              title,
                              ok: t('buy'),
                              text: t('buyText', { count: p.credits }),
                              run: async () => {
                                const invoice = await client.billing.purchasePackage(p.id);
                                return { invoice, text: due(invoice) };
                              },
                            }),
                          'button primary',
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p class="muted">{t('none')}</p>
              )}
            </section>
            {admin && (
              <>
                <Paged
                  title={t('invoices')}
                  testid="invoices"
                  version={version}
                  load={client.billing.invoices}
                  cols={['colNumber', 'colDate', 'colTotal', 'colStatus']}
                  row={(inv) => [
                    <>
                      <strong>{inv.number}</strong> <span class="muted">{inv.lines[0]?.description}</span>
                      <span class="row">
                        {button(t('pdf'), inv.number, () => pdf(inv))}
                        {inv.status === 'pending' && payButton(inv, 'button primary')}
                      </span>
                    </>,
                    i18n.date(inv.created_at),
                    money(inv.total_cents, inv.currency),
                    <span class={inv.status === 'paid' ? 'pill ok' : 'pill'}>{t(`status.${inv.status}`)}</span>,
                  ]}
                />
                <Paged
                  title={t('ledger')}
                  testid="ledger"
                  version={version}
                  load={client.billing.ledger}
                  cols={['colDate', 'colDescription', 'colAmount', 'colBalance']}
                  row={(e) => [
                    when.format(new Date(e.created_at)),
                    [t(`kind.${e.kind}`), e.reason ?? e.reservation_key?.split(':')[0]].filter(Boolean).join(': '),
                    (e.amount > 0 ? '+' : '') + i18n.number(e.amount),
                    e.balance_after,
                  ]}
                />
              </>
            )}
            {ask && (
              <Dialog
                title={ask.title}
                confirm={ask.ok}
                onConfirm={confirm}
                onClose={() => setAsk(null)}
                busy={state.busy}
              >
                {failure}
                {ask.inv ? (
                  <>
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
                        <input
                          type="text"
                          maxLength={200}
                          value={reference}
                          onInput={(e) => setReference(e.currentTarget.value)}
                        />
                      </label>
                    )}
                  </>
                ) : (
                  <p>{ask.text}</p>
                )}
              </Dialog>
            )}
          </div>
        );
      }}
    </Load>
  );
}

/** A list table read page by page with the API's cursors (kept, so "previous" goes back the way it came); on narrow
 * screens its secondary columns stack under the first. */
function Paged<T>(props: {
  title: string;
  testid: string;
  version: number;
  /** A list method of the SDK, asked for 10 at a time from a cursor. */
  load: (query: { limit: number; cursor?: string }) => PromiseLike<{ data: T[]; meta: { next_cursor: string | null } }>;
  cols: string[];
  row: (item: T) => Cell[];
}) {
  const { t, i18n, cell } = useT();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const s = useAsync(async () => props.load({ limit: 10, cursor: cursors.at(-1) }), [cursors, props.version]);
  const next = s.data?.meta.next_cursor;
  const cols = props.cols.map((c) => t(c));
  return (
    <section class="card">
      <h2>{props.title}</h2>
      <Load s={s}>
        {({ data }) =>
          data.length ? (
            <>
              <div class="table-wrap">
                <table class="st" data-testid={props.testid}>
                  <thead>
                    <tr>
                      {cols.map((c) => (
                        <th scope="col" key={c}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.map((item, r) => (
                      <tr key={r}>
                        {props.row(item).map((v, i) => (
                          <td key={cols[i]} data-colname={cols[i]}>
                            {cell(v)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav class="nav" aria-label={props.title}>
                <button
                  type="button"
                  class="button"
                  aria-label={i18n.t('common.previous')}
                  disabled={cursors.length < 2}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  ‹
                </button>
                {cursors.length}
                <button
                  type="button"
                  class="button"
                  aria-label={i18n.t('common.next')}
                  disabled={!next}
                  onClick={() => setCursors([...cursors, next ?? undefined])}
                >
                  ›
                </button>
              </nav>
            </>
          ) : (
            <p class="muted">{t('none')}</p>
          )
        }
      </Load>
    </section>
  );
}

const DAYS = 30;
const W = 600;
const H = 190;
// Room for the value labels on the start side, and the dates below (for phones' bigger text too).
const SIDE = 60;
const TOP = 20;
const BOTTOM = 30;

/**
 * Credits used per day over the last 30 days (UTC days, as the API counts them): an SVG bar chart, one bar per day with
 * its <title>, time running right to left in RTL, that screen readers get as one image with a summary; its numbers are
 * a table behind a disclosure.
 */
function Chart() {
  const { t, i18n, client, cell } = useT();
  const today = new Date().toISOString().slice(0, 10);
  const days = Array.from({ length: DAYS }, (_, i) =>
    new Date(Date.parse(today) - (DAYS - 1 - i) * 864e5).toISOString().slice(0, 10),
  );
  const from = days[0] as string;
  const s = useAsync(() => client.billing.usageSummary({ from, to: today }), [from]);
  const day = new Intl.DateTimeFormat(i18n.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (i: number) => day.format(new Date(days[i] as string));
  return (
    <section class="card">
      <h2>{t('usage')}</h2>
      <Load s={s}>
        {(rows) => {
          // The summary has a row per day and operation: the chart adds them up per day.
          const values = days.map((d) => rows.reduce((sum, r) => sum + (r.day === d ? r.credits : 0), 0));
          const most = Math.max(...values);
          // A round top for the axis (1, 2, 5 × 10ⁿ).
          const p = 10 ** Math.floor(Math.log10(Math.max(most, 1)));
          const top = ([1, 2, 5, 10].find((f) => f * p >= most) ?? 10) * p;
          const rtl = i18n.dir === 'rtl';
          const step = (W - SIDE - 8) / DAYS;
          // x from the start side (the right in RTL); text-anchor `start` or `end` from that side too.
          const x = (v: number) => (rtl ? W - v : v);
          const anchor = (start: boolean) => (start !== rtl ? 'start' : 'end');
          const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / top);
          const summary = t('chartSummary', {
            from: label(0),
            to: label(DAYS - 1),
            total: values.reduce((a, v) => a + v, 0),
          });
          return (
            <>
              <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="chart">
                {[0, top / 2, top].map((v) => (
                  <g key={v}>
                    <line x1={x(SIDE - 8)} x2={x(W - 8)} y1={y(v)} y2={y(v)} />
                    <text x={x(SIDE - 12)} y={y(v) + 4} text-anchor={anchor(false)}>
                      {i18n.number(v)}
                    </text>
                  </g>
                ))}
                {values.map((v, i) => (
                  <rect
                    key={i}
                    x={x(SIDE + (i + (rtl ? 0.85 : 0.15)) * step)}
                    y={y(v)}
                    width={step * 0.7}
                    height={y(0) - y(v)}
                  >
                    <title>
                      {label(i)}: {i18n.number(v)}
                    </title>
                  </rect>
                ))}
                <text x={x(SIDE)} y={H - 4} text-anchor={anchor(true)}>
                  {label(0)}
                </text>
                <text x={x(W - 8)} y={H - 4} text-anchor={anchor(false)}>
                  {label(DAYS - 1)}
                </text>
              </svg>
              <details>
                <summary class="linkish">{t('table')}</summary>
                <div class="table-wrap">
                  <table data-testid="usage-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('colDate')}</th>
                        <th scope="col" class="num">
                          {i18n.t('term.Credits')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {values.map((v, i) => (
                        <tr key={i}>
                          <th scope="row">{label(i)}</th>
                          <td class="num">{cell(v)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          );
        }}
      </Load>
    </section>
  );
}
