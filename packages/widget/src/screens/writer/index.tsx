// Writer: the site's contents by status, with their SEO score, length and where they stand in publishing; a draft or
// one in review is approved here, an approved one published to WordPress.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAction, useAsync } from '../../use-async.js';

type ContentStatus = Schemas['ContentStatus'];
type Summary = Schemas['ContentSummary'];

const STATUSES: ContentStatus[] = ['draft', 'review', 'approved', 'published'];

export default function Writer() {
  const { client, siteId, i18n } = useWidget();
  const [status, setStatus] = useState<ContentStatus | ''>('');
  const { data, error, loading, reload } = useAsync(
    async () => await client.contents.list(siteId, { limit: 50, ...(status ? { status } : {}) }),
    [siteId, status],
  );
  const action = useAction(reload);
  const act = (content: Summary, work: () => Promise<unknown>) => action.run(content.id, work);
  return (
    <section class="card" aria-labelledby="igny8-writer">
      <h2 id="igny8-writer">{i18n.t('writer.contents')}</h2>
      <form class="row" aria-label={i18n.t('keywords.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {i18n.t('keywords.status')}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as ContentStatus | '')}>
            <option value="">{i18n.t('keywords.any')}</option>
            {STATUSES.map((s) => (
              <option value={s} key={s}>
                {i18n.t(`writer.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {action.failure !== undefined && <ErrorNotice error={action.failure} />}
      {error ? (
        <ErrorNotice error={error} onRetry={reload} />
      ) : loading || !data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : data.data.length === 0 ? (
        <p class="muted">{i18n.t('writer.none')}</p>
      ) : (
        <table data-testid="contents">
          <thead>
            <tr>
              <th scope="col">{i18n.t('writer.title')}</th>
              <th scope="col">{i18n.t('keywords.status')}</th>
              <th scope="col">{i18n.t('writer.seo')}</th>
              <th scope="col">{i18n.t('writer.words')}</th>
              <th scope="col">
                <span class="visually-hidden">{i18n.t('writer.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.data.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>
                  {i18n.t(`writer.status.${c.status}` as MessageKey)}
                  {c.publish_status !== 'not_published' && (
                    <span class="muted"> · {i18n.t(`writer.publish.${c.publish_status}` as MessageKey)}</span>
                  )}
                </td>
                <td>{i18n.number(c.seo_score)}</td>
                <td>{i18n.number(c.word_count)}</td>
                <td>
                  {(c.status === 'draft' || c.status === 'review') && (
                    <button
                      type="button"
                      disabled={action.busy === c.id}
                      aria-label={i18n.t('writer.approveTitle', { title: c.title })}
                      onClick={() => act(c, () => client.contents.update(siteId, c.id, { status: 'approved' }))}
                    >
                      {i18n.t('writer.approve')}
                    </button>
                  )}
                  {c.status === 'approved' && c.publish_status !== 'publishing' && (
                    <button
                      type="button"
                      disabled={action.busy === c.id}
                      aria-label={i18n.t('writer.publishTitle', { title: c.title })}
                      onClick={() => act(c, () => client.contents.publish(siteId, c.id, {}))}
                    >
                      {i18n.t('writer.publishNow')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
