// The WordPress connection: its status and what WordPress last reported, a one-time connection code for the plugin
// (shown once, with Copy and its expiry), and Test and Sync. Not shown when the partner's sites are not WordPress.
import type { Schemas } from '@igny8/sdk';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ConnectionStatus } from '../../components/connection-status.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Card, dateTime, Guarded, Outcome, Secret, useSave } from './ui.js';

const SEO: Record<string, string> = {
  yoast: 'Yoast SEO',
  rank_math: 'Rank Math',
  aioseo: 'All in One SEO',
  seopress: 'SEOPress',
};

export default function WordPressSection() {
  const { client, siteId, i18n } = useWidget();
  const { t } = i18n;
  const [integration, setIntegration] = useState<Schemas['Integration'] | null>(null);
  const [code, setCode] = useState<Schemas['ConnectionCode'] | null>(null);
  const load = useAsync(async () => setIntegration(await client.integrations.get(siteId)), [siteId]);
  const save = useSave();
  if (load.error) return <ErrorNotice error={load.error} onRetry={load.reload} />;
  if (!integration) return <p aria-busy="true">{t('common.loading')}</p>;
  const i = integration;
  const when = (v: string | null) => (v ? dateTime(i18n.locale, v) : '—');
  const connected = i.status !== 'not_connected';
  const act = (work: () => Promise<Schemas['Integration']>, done: string) =>
    save.run(async () => setIntegration(await work()), done);
  const facts: [string, string][] = [
    [t('settings.wp.address'), i.wordpress_url ?? '—'],
    [
      t('settings.wp.versions'),
      t('settings.wp.versionsValue', { wp: i.wp_version ?? '—', plugin: i.plugin_version ?? '—' }),
    ],
    [t('settings.wp.seo'), i.seo_plugin ? (SEO[i.seo_plugin] ?? t('settings.wp.noSeo')) : '—'],
    [t('settings.wp.checked'), when(i.last_checked_at)],
    [
      t('settings.wp.synced'),
      i.synced_at
        ? t('settings.wp.syncedValue', {
            date: when(i.synced_at),
            categories: i.metadata.categories.length,
            tags: i.metadata.tags.length,
            authors: i.metadata.authors.length,
          })
        : '—',
    ],
  ];
  return (
    <Card title={t('settings.nav.wordpress')}>
      <p>
        {t('settings.wp.status')} <ConnectionStatus state={i.status} />
      </p>
      {i.last_error && (
        <p class="notice error" data-testid="last-error">
          {t('settings.wp.lastError', { error: i.last_error })}
        </p>
      )}
      {connected && (
        <dl class="ft">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt class="th">{term}</dt>
              <dd class="td">{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <Outcome save={save} />
      {code && (
        <Secret value={code.code} label={t('settings.wp.code')}>
          <p>
            <strong>{t('settings.wp.codeOnce')}</strong> {t('settings.wp.codeExpires', { date: when(code.expires_at) })}
          </p>
          <p>{t('settings.wp.codeHow')}</p>
        </Secret>
      )}
      <Guarded>
        <div class="row">
          <button
            type="button"
            class="button primary"
            disabled={save.busy}
            onClick={() =>
              save.run(async () => setCode(await client.integrations.connectionCode(siteId)), t('settings.wp.codeMade'))
            }
          >
            {t('settings.wp.getCode')}
          </button>
          <button
            type="button"
            class="button"
            disabled={save.busy || !connected}
            onClick={() => act(() => client.integrations.test(siteId), t('settings.wp.tested'))}
          >
            {t('settings.wp.test')}
          </button>
          <button
            type="button"
            class="button"
            disabled={save.busy || !connected}
            onClick={() => act(() => client.integrations.sync(siteId), t('settings.wp.syncDone'))}
          >
            {t('settings.wp.sync')}
          </button>
        </div>
        {!connected && <p class="description">{t('settings.wp.connectFirst')}</p>}
      </Guarded>
    </Card>
  );
}
