// Notifications, newest first, with how many are unread and a way to mark each one read (any role may).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Card, Outcome, useSave } from './ui.js';

type Item = Schemas['Notification'];
// Counted from one page of unread ones; beyond it the count says "100+".
const LIMIT = 100;

export default function NotificationsSection() {
  const { client, i18n } = useWidget();
  const { t } = i18n;
  const [only, setOnly] = useState(false);
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState<{ count: number; more: boolean }>({ count: 0, more: false });
  const list = useAsync(async () => {
    const [all, open] = await Promise.all([
      client.notifications.list({ limit: LIMIT, ...(only ? { unread: true } : {}) }),
      client.notifications.list({ limit: LIMIT, unread: true }),
    ]);
    setItems(all.data);
    setUnread({ count: open.data.length, more: open.hasNextPage() });
  }, [only]);
  const save = useSave();
  const read = (n: Item) =>
    save.run(async () => {
      const updated = await client.notifications.markRead(n.id);
      setItems((old) => (only ? old.filter((x) => x.id !== n.id) : old.map((x) => (x.id === n.id ? updated : x))));
      setUnread((u) => ({ ...u, count: Math.max(0, u.count - 1) }));
    }, t('settings.note.marked'));
  const count = `${i18n.number(unread.count)}${unread.more ? '+' : ''}`;
  const filter = (on: boolean, label: string) => (
    <li>
      <button type="button" class="linkish" aria-current={only === on ? 'true' : undefined} onClick={() => setOnly(on)}>
        {label}
      </button>
    </li>
  );
  return (
    <Card title={t('settings.nav.notifications')} open>
      <ul class="subsubsub" aria-label={t('settings.note.filter')}>
        {filter(false, t('settings.note.all'))}
        {filter(true, t('settings.note.unread', { count }))}
      </ul>
      <p class="visually-hidden" aria-live="polite" data-testid="unread">
        {t('settings.note.unreadCount', { count })}
      </p>
      <Outcome save={save} />
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : list.loading && items.length === 0 ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted">{t('settings.note.none')}</p>
      ) : (
        <div class="scroll">
          <table data-testid="notifications">
            <caption class="visually-hidden">{t('settings.nav.notifications')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.note.title')}</th>
                <th scope="col" class="narrow">
                  {t('settings.note.date')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('settings.note.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id}>
                  <td>
                    {n.read_at ? n.title : <strong>{n.title}</strong>}
                    {!n.read_at && <span class="visually-hidden"> ({t('settings.note.isUnread')})</span>}
                    <div class="muted">{n.body}</div>
                  </td>
                  <td class="narrow">{i18n.date(n.created_at)}</td>
                  <td>
                    {!n.read_at && (
                      <button
                        type="button"
                        class="button"
                        disabled={save.busy}
                        aria-label={t('settings.note.markWho', { title: n.title })}
                        onClick={() => read(n)}
                      >
                        {t('settings.note.mark')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
