// The plans side by side (price, credits, limits) with a change to one after a confirmation — an upgrade now with a
// prorated invoice, a downgrade at the period's end, as the API answers — and the credit packages, each bought as
// an invoice to pay. A partner that sells plans itself (`brand.upgradeUrl`) has its page linked instead.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Dialog } from '../../components/dialog.js';
import { type Said, useMoney, useT } from './index.js';

type Plan = Schemas['Plan'];
type Package = Schemas['CreditPackage'];

const CSS = `.compare th,.compare td{text-align:center}.compare th[scope=row]{text-align:start}
.compare .current{background:var(--igny8-background)}`;

export function Plans({ subscription, done }: { subscription: Schemas['Subscription']; done: (s: Said) => void }) {
  const { client, i18n, brand } = useWidget();
  const t = useT();
  const money = useMoney();
  const { data, error, reload } = useAsync(
    () => Promise.all([client.plans.list(), client.billing.creditPackages()]),
    [],
  );
  // The plan or the package whose purchase waits for the user's confirmation.
  const [ask, setAsk] = useState<{ plan: Plan } | { pack: Package } | null>(null);
  const [state, setState] = useState<{ busy?: boolean; error?: unknown }>({});
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (!data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [plans, packages] = data;
  const current = subscription.plan;
  const nameOf = (p: Plan) => (p.code === current.code && brand.planName) || p.name;
  const end = i18n.date(subscription.current_period_end);

  const confirm = async () => {
    if (!ask) return;
    setState({ busy: true });
    try {
      let said: Said;
      if ('plan' in ask) {
        const name = nameOf(ask.plan);
        const { invoice, subscription: s } = await client.billing.changePlan({ plan: ask.plan.code });
        said = {
          invoice,
          text: invoice
            ? t('changedInvoice', {
                name,
                number: invoice.number,
                amount: money(invoice.total_cents, invoice.currency),
              })
            : s.pending_plan
              ? t('pendingPlan', { name, date: i18n.date(s.current_period_end) })
              : t('changed', { name }),
        };
      } else {
        const invoice = await client.billing.purchasePackage(ask.pack.id);
        said = {
          invoice,
          text: t('invoiceCreated', { number: invoice.number, amount: money(invoice.total_cents, invoice.currency) }),
        };
      }
      setAsk(null);
      setState({});
      done(said);
    } catch (e) {
      setState({ error: e });
    }
  };

  const rows: [string, (p: Plan) => string][] = [
    [t('price'), (p) => (p.price_cents ? t('perMonth', { price: money(p.price_cents, p.currency) }) : t('free'))],
    [t('creditsPerMonth'), (p) => i18n.number(p.credits_per_month)],
    [t('sites'), (p) => i18n.number(p.max_sites)],
    [t('users'), (p) => i18n.number(p.max_users)],
    [t('keywords'), (p) => i18n.number(p.max_keywords)],
    [t('sectors'), (p) => i18n.number(p.max_sectors_per_site)],
  ];
  const open = (next: typeof ask) => {
    setState({});
    setAsk(next);
  };
  let dialog = null;
  if (ask) {
    const common = { busy: state.busy, onConfirm: confirm, onClose: () => setAsk(null) };
    const failure = state.error !== undefined && <ErrorNotice error={state.error} />;
    if ('plan' in ask) {
      const up = ask.plan.price_cents > current.price_cents;
      dialog = (
        <Dialog title={t('switchTitle', { name: nameOf(ask.plan) })} confirm={t('switch')} {...common}>
          {failure}
          <p>{up ? t('upgradeText', { count: ask.plan.credits_per_month }) : t('downgradeText', { date: end })}</p>
        </Dialog>
      );
    } else {
      const amount = money(ask.pack.price_cents, ask.pack.currency);
      dialog = (
        <Dialog title={t('buyTitle', { name: ask.pack.name, amount })} confirm={t('buy')} {...common}>
          {failure}
          <p>{t('buyText', { amount, count: ask.pack.credits })}</p>
        </Dialog>
      );
    }
  }

  return (
    <>
      <style>{CSS}</style>
      <section class="card" aria-labelledby="igny8-plans">
        <h2 id="igny8-plans">{t('plans')}</h2>
        {brand.upgradeUrl && (
          <p>
            <a class="button primary" href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
              {t('changePlan')}
            </a>
          </p>
        )}
        <div class="wrap">
          <table class="compare" aria-labelledby="igny8-plans" data-testid="plans">
            <thead>
              <tr>
                <td />
                {plans.map((p) => (
                  <th scope="col" key={p.code} class={p.code === current.code ? 'current' : undefined}>
                    {nameOf(p)}
                    {p.code === current.code && (
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
                  <th scope="row">{label}</th>
                  {plans.map((p) => (
                    <td key={p.code} class={p.code === current.code ? 'current' : undefined}>
                      {value(p)}
                    </td>
                  ))}
                </tr>
              ))}
              {!brand.upgradeUrl && (
                <tr>
                  <td />
                  {plans.map((p) => (
                    <td key={p.code} class={p.code === current.code ? 'current' : undefined}>
                      {p.code === current.code ? null : subscription.pending_plan?.code === p.code ? (
                        <span class="muted">{t('startsOn', { date: end })}</span>
                      ) : (
                        <button type="button" class="button" onClick={() => open({ plan: p })}>
                          {t('switchTo', { name: nameOf(p) })}
                        </button>
                      )}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="igny8-packages">
        <h2 id="igny8-packages">{t('packages')}</h2>
        <p class="muted">{t('packagesText')}</p>
        {packages.length ? (
          <ul class="grid" style="list-style:none;padding:0" data-testid="packages">
            {packages.map((p) => (
              <li key={p.id} class="card">
                <strong>{p.name}</strong>
                <p class="big">{t('packCredits', { count: p.credits })}</p>
                <p>{money(p.price_cents, p.currency)}</p>
                <button type="button" class="button primary" onClick={() => open({ pack: p })}>
                  {t('buy')}
                  <span class="visually-hidden"> {p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('noPackages')}</p>
        )}
      </section>
      {dialog}
    </>
  );
}
