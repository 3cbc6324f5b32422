// Publishing: the site's publications as a WordPress admin follows them — what is scheduled and when, what is
// published (with the post's link in WordPress, and what it went out without), and what failed (with the reason and a
// way to send it again).
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAction, useAsync } from '../../use-async.js';

type Publication = Awaited<ReturnType<ReturnType<typeof useWidget>['client']['publications']['get']>>;

export default function Publishing() {
  const { client, siteId, i18n } = useWidget();
  const { data, error, loading, reload } = useAsync(
    () =>
      Promise.all([
        client.publications.list(siteId, { limit: 100 }),
        // Titles, to say which article each publication is.
        client.contents.list(siteId, { limit: 100 }),
      ]),
    [siteId],
  );
  const action = useAction(reload);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading || !data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const [publications, contents] = data;
  const titles = new Map(contents.data.map((c) => [c.id, c.title]));
  const titleOf = (p: Publication) => titles.get(p.content_id) ?? i18n.t('common.unknown');
  const scheduled = publications.data
    .filter((p) => p.status === 'pending' && p.scheduled_at)
    .sort((a, b) => (a.scheduled_at ?? '').localeCompare(b.scheduled_at ?? ''));
  const published = publications.data.filter((p) => p.status === 'published');
  const failed = publications.data.filter((p) => p.status === 'failed');
  const redrive = (p: Publication) => action.run(p.id, () => client.publications.redrive(siteId, p.id, {}));
  return (
    <div class="stack">
      {action.failure !== undefined && <ErrorNotice error={action.failure} />}
      <section class="card" aria-labelledby="igny8-scheduled">
        <h2 id="igny8-scheduled">{i18n.t('publishing.scheduled')}</h2>
        {scheduled.length ? (
          <ul data-testid="scheduled">
            {scheduled.map((p) => (
              <li key={p.id}>
                <strong>{titleOf(p)}</strong> <span class="muted">{i18n.date(p.scheduled_at as string)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{i18n.t('publishing.noneScheduled')}</p>
        )}
      </section>
      <section class="card" aria-labelledby="igny8-published">
        <h2 id="igny8-published">{i18n.t('publishing.published')}</h2>
        {published.length ? (
          <ul data-testid="published">
            {published.map((p) => (
              <li key={p.id}>
                {p.url ? (
                  <a href={p.url} target="_blank" rel="noopener noreferrer">
                    {titleOf(p)}
                  </a>
                ) : (
                  <strong>{titleOf(p)}</strong>
                )}{' '}
                {p.wordpress_status && p.wordpress_status !== 'publish' && (
                  <span class="muted">{i18n.t('publishing.wordpressStatus', { status: p.wordpress_status })}</span>
                )}
                {p.warnings.map((w) => (
                  <p key={`${w.code}:${w.url}`} class="notice warning" role="note">
                    {w.message}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{i18n.t('publishing.nonePublished')}</p>
        )}
      </section>
      <section class="card" aria-labelledby="igny8-failed">
        <h2 id="igny8-failed">{i18n.t('publishing.failed')}</h2>
        {failed.length ? (
          <ul data-testid="failed">
            {failed.map((p) => (
              <li key={p.id}>
                <strong>{titleOf(p)}</strong>
                {p.last_error && <p class="notice error">{p.last_error.message}</p>}
                <button type="button" disabled={action.busy === p.id} onClick={() => redrive(p)}>
                  {i18n.t('publishing.sendAgain')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{i18n.t('publishing.noneFailed')}</p>
        )}
      </section>
    </div>
  );
}
