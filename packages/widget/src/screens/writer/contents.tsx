// The contents, filtered by status with WordPress's status links and their counts; each opens in the editor, a
// draft or one in review is approved, an approved one published to WordPress.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAction, useAsync } from '../../use-async.js';
import { all, PAGE_SIZE, Pager, Subsub } from './ui.js';

type Status = Schemas['ContentStatus'];
const STATUSES: Status[] = ['draft', 'review', 'approved', 'published'];

export function Contents({ onOpen }: { onOpen: (id: string) => void }) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(() => all(client.contents.list(siteId, { limit: 100 })), [siteId]);
  const action = useAction(list.reload);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [page, setPage] = useState(0);
  const contents = list.data ?? [];
  const shown = status === 'all' ? contents : contents.filter((c) => c.status === status);
  const rows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const label = (s: Status) => i18n.t(`writer.status.${s}` as MessageKey);
  const act = (id: string, work: () => Promise<unknown>) => action.run(id, work);
  return (
    <>
      {action.failure !== undefined && <ErrorNotice error={action.failure} />}
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : list.loading && !list.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : (
        <>
          <Subsub
            label={i18n.t('writer.filter')}
            current={status}
            onSelect={(s) => {
              setStatus(s);
              setPage(0);
            }}
            items={[
              { id: 'all' as const, label: i18n.t('writer.all'), count: contents.length },
              ...STATUSES.map((s) => ({
                id: s,
                label: label(s),
                count: contents.filter((c) => c.status === s).length,
              })),
            ]}
          />
          <Pager count={shown.length} page={page} onPage={setPage} />
          {shown.length === 0 ? (
            <p class="muted">{i18n.t('writer.none')}</p>
          ) : (
            <div class="wrap">
              <table class="list" data-testid="contents">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('writer.title')}</th>
                    <th scope="col" class="sec num">
                      {i18n.t('writer.seo')}
                    </th>
                    <th scope="col" class="sec num">
                      {i18n.t('writer.words')}
                    </th>
                    <th scope="col" class="sec">
                      {i18n.t('writer.wordpress')}
                    </th>
                    <th scope="col" class="sec">
                      {i18n.t('writer.date')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => {
                    const publish = i18n.t(`writer.publish.${c.publish_status}` as MessageKey);
                    return (
                      <tr key={c.id}>
                        <td>
                          <strong>
                            <button type="button" class="linkish row-title" onClick={() => onOpen(c.id)}>
                              {c.title}
                            </button>
                            {c.status !== 'published' && <span class="muted"> — {label(c.status)}</span>}
                          </strong>
                          <div class="mob muted">
                            {i18n.t('writer.seo')} {i18n.number(c.seo_score)} ·{' '}
                            {i18n.t('writer.wordCount', { count: c.word_count })} · {publish}
                          </div>
                          <div class="ra">
                            <button
                              type="button"
                              class="linkish"
                              aria-label={i18n.t('writer.editTitle', { title: c.title })}
                              onClick={() => onOpen(c.id)}
                            >
                              {i18n.t('writer.edit')}
                            </button>
                            {(c.status === 'draft' || c.status === 'review') && (
                              <button
                                type="button"
                                class="linkish"
                                disabled={action.busy === c.id}
                                aria-label={i18n.t('writer.approveTitle', { title: c.title })}
                                onClick={() =>
                                  act(c.id, () => client.contents.update(siteId, c.id, { status: 'approved' }))
                                }
                              >
                                {i18n.t('writer.approve')}
                              </button>
                            )}
                            {c.status === 'approved' && c.publish_status !== 'publishing' && (
                              <button
                                type="button"
                                class="linkish"
                                disabled={action.busy === c.id}
                                aria-label={i18n.t('writer.publishTitle', { title: c.title })}
                                onClick={() => act(c.id, () => client.contents.publish(siteId, c.id, {}))}
                              >
                                {i18n.t('writer.publishNow')}
                              </button>
                            )}
                          </div>
                        </td>
                        <td class="sec num">{i18n.number(c.seo_score)}</td>
                        <td class="sec num">{i18n.number(c.word_count)}</td>
                        <td class="sec">{publish}</td>
                        <td class="sec">{i18n.date(c.updated_at)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
