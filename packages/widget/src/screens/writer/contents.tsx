// The contents, filtered by status with WordPress's status links and their counts; each opens in the editor, a
// draft or one in review is approved, an approved one published to WordPress.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAction, useAsync } from '../../use-async.js';
import { all, ListTable, RowActions, Subsub } from './ui.js';

type Status = Schemas['ContentStatus'];
const STATUSES: Status[] = ['draft', 'review', 'approved', 'published'];

export function Contents({
  onOpen,
  say,
}: {
  onOpen: (id: string) => void;
  say: (text: string, focus?: boolean) => void;
}) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(() => all(client.contents.list(siteId, { limit: 100 })), [siteId]);
  const action = useAction(list.reload);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const contents = list.data ?? [];
  const shown = status === 'all' ? contents : contents.filter((c) => c.status === status);
  const label = (s: Status) => i18n.t(`writer.status.${s}` as MessageKey);
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
            onSelect={setStatus}
            items={[
              { id: 'all' as const, label: i18n.t('writer.all'), count: contents.length },
              ...STATUSES.map((s) => ({
                id: s,
                label: label(s),
                count: contents.filter((c) => c.status === s).length,
              })),
            ]}
          />
          {shown.length === 0 ? (
            <p class="muted">{i18n.t('writer.none')}</p>
          ) : (
            <ListTable
              key={status}
              testid="contents"
              head={[
                i18n.t('writer.title'),
                i18n.t('writer.seo'),
                i18n.t('writer.words'),
                i18n.t('writer.wordpress'),
                i18n.t('writer.date'),
              ]}
              num={[1, 2]}
              rows={shown}
              cells={(c) => {
                const publish = i18n.t(`writer.publish.${c.publish_status}` as MessageKey);
                const act = (work: () => Promise<unknown>, done: MessageKey) => () =>
                  action.run(c.id, async () => {
                    await work();
                    say(i18n.t(done, { title: c.title }));
                  });
                return [
                  <>
                    <strong>
                      <button type="button" class="linkish" onClick={() => onOpen(c.id)}>
                        {c.title}
                      </button>
                      {c.status !== 'published' && <span class="muted"> — {label(c.status)}</span>}
                    </strong>
                    <div class="mob muted">
                      {i18n.t('writer.seo')} {i18n.number(c.seo_score)} ·{' '}
                      {i18n.t('writer.wordCount', { count: c.word_count })} · {publish}
                    </div>
                    <RowActions
                      title={c.title}
                      items={[
                        ['writer.edit', () => onOpen(c.id)],
                        (c.status === 'draft' || c.status === 'review') && [
                          'writer.approve',
                          act(() => client.contents.update(siteId, c.id, { status: 'approved' }), 'writer.approvedOne'),
                          action.busy === c.id,
                        ],
                        c.status === 'approved' &&
                          c.publish_status !== 'publishing' && [
                            'writer.publishNow',
                            act(() => client.contents.publish(siteId, c.id, {}), 'writer.sending'),
                            action.busy === c.id,
                          ],
                      ]}
                    />
                  </>,
                  i18n.number(c.seo_score),
                  i18n.number(c.word_count),
                  publish,
                  i18n.date(c.updated_at),
                ];
              }}
            />
          )}
        </>
      )}
    </>
  );
}
