// The contents, filtered by status with WordPress's status links and their counts; each opens in the editor, a
// draft or one in review is approved, an approved one published to WordPress.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { useAction, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import type { ListProps } from './ui.js';
import { all, failed, ListTable, pending, RowActions, Subsub } from './ui.js';

type Status = Schemas['ContentStatus'];

export function Contents({ onOpen, say }: ListProps) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  const list = useAsync(() => all(client.contents.list(siteId, { limit: 100 })), [siteId]);
  const action = useAction(list.reload);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const rows = list.data ?? [];
  const of = (s: string) => rows.filter((c) => s === 'all' || c.status === s);
  const label = (s: Status) => t(`writer.status.${s}` as MessageKey);
  const shown = of(status);
  return (
    pending(list, i18n) ?? (
      <>
        {failed(action)}
        <Subsub
          label={t('writer.status')}
          current={status}
          onSelect={setStatus}
          items={(['all', 'draft', 'review', 'approved', 'published'] as const).map((s) => [
            s,
            s === 'all' ? t('writer.all') : label(s),
            of(s).length,
          ])}
        />
        {shown.length ? (
          <ListTable
            key={status}
            testid="contents"
            head={['writer.title', 'writer.seo', 'writer.words', 'tabs.publishing', 'writer.date']}
            num={[1, 2]}
            rows={shown}
            cells={(c) => {
              const act = (
                key: MessageKey,
                work: () => Promise<unknown>,
                done: MessageKey,
              ): [MessageKey, () => void, boolean] => [
                key,
                () =>
                  action.run(c.id, async () => {
                    await work();
                    say(t(done, { title: c.title }));
                  }),
                action.busy === c.id,
              ];
              return [
                <>
                  <strong>
                    <button type="button" class="linkish" onClick={() => onOpen(c.id)}>
                      {c.title}
                    </button>
                    {c.status !== 'published' && <span class="muted"> — {label(c.status)}</span>}
                  </strong>
                  <RowActions
                    title={c.title}
                    items={[
                      ['writer.edit', () => onOpen(c.id)],
                      (c.status === 'draft' || c.status === 'review') &&
                        act(
                          'writer.approve',
                          () => client.contents.update(siteId, c.id, { status: 'approved' }),
                          'writer.approvedOne',
                        ),
                      c.status === 'approved' &&
                        c.publish_status !== 'publishing' &&
                        act('writer.publishNow', () => client.contents.publish(siteId, c.id, {}), 'writer.sending'),
                    ]}
                  />
                </>,
                i18n.number(c.seo_score),
                i18n.number(c.word_count),
                t(`writer.publish.${c.publish_status}`),
                i18n.date(c.updated_at),
              ];
            }}
          />
        ) : (
          <p class="muted">{t('writer.none')}</p>
        )}
      </>
    )
  );
}
