// Overview: which site this is, the plan, the credits left, and whether WordPress is connected.
import { ConnectionStatus } from '../components/connection-status.js';
import { ErrorNotice } from '../components/error-notice.js';
import { useAsync } from '../components/index.js';
import { useWidget } from '../context.js';

export default function Overview() {
  const { client, siteId, i18n, brand } = useWidget();
  const { data, error, loading, reload } = useAsync(
    () =>
      Promise.all([
        client.sites.get(siteId),
        client.account.get(),
        client.billing.balance(),
        // A session without the overview's integration access still shows the rest.
        brand.hideWordPress ? undefined : client.integrations.get(siteId).catch(() => undefined),
      ]),
    [siteId],
  );
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading || !data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [site, account, balance, integration] = data;
  return (
    <div class="grid">
      <section class="card" aria-labelledby="igny8-site">
        <h2 id="igny8-site">{i18n.t('overview.site')}</h2>
        <dl>
          <dt class="visually-hidden">{i18n.t('overview.site')}</dt>
          <dd class="big" data-testid="site-name">
            {site.name}
          </dd>
          <dt>{i18n.t('overview.url')}</dt>
          <dd>
            {site.url ? (
              <a href={site.url} target="_blank" rel="noopener noreferrer">
                {site.url}
              </a>
            ) : (
              <span class="muted">{i18n.t('overview.noUrl')}</span>
            )}
          </dd>
          {!brand.hideWordPress && (
            <>
              <dt>{i18n.t('overview.connection')}</dt>
              <dd>
                <ConnectionStatus state={integration?.status ?? 'unknown'} />
              </dd>
            </>
          )}
        </dl>
      </section>
      <section class="card" aria-labelledby="igny8-credits">
        <h2 id="igny8-credits">{i18n.t('overview.credits')}</h2>
        <p class="big" data-testid="credits">
          {i18n.number(balance.available_credits)}
        </p>
        <dl>
          <dt>{i18n.t('overview.plan')}</dt>
          <dd>{brand.planName || account.plan.name}</dd>
          {balance.reserved_credits > 0 && (
            <dd class="muted">{i18n.t('overview.reserved', { count: balance.reserved_credits })}</dd>
          )}
          {balance.period_end && (
            <dd class="muted">{i18n.t('overview.periodEnd', { date: i18n.date(balance.period_end) })}</dd>
          )}
        </dl>
      </section>
    </div>
  );
}
