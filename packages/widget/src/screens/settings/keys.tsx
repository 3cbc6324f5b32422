// API keys (administrators): the account's keys, creating one (its secret shown once, with Copy), revoking one after
// a confirmation. A key made here reaches this site only, as the session does.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import {
  Card,
  Form,
  fieldErrors,
  Guarded,
  Outcome,
  type Role,
  Row,
  roleName,
  rolesUpTo,
  Secret,
  useAccess,
  useConfirm,
  useSave,
} from './ui.js';

type Key = Schemas['ApiKey'];
const DAYS = ['30', '90', '365', ''] as const;

export default function KeysSection() {
  const { client, siteId, i18n } = useWidget();
  const { t } = i18n;
  const access = useAccess();
  const keys = useAsync(
    async () => (access.admin ? await client.apiKeys.list({ limit: 100 }) : undefined),
    [access.admin],
  );
  const save = useSave();
  const made = useSave();
  const [confirm, ask] = useConfirm();
  const [secret, setSecret] = useState<Schemas['ApiKeyCreated'] | null>(null);
  const [form, setForm] = useState<{ name: string; role: Role; days: string }>({
    name: '',
    role: 'editor',
    days: '90',
  });
  const title = t('settings.nav.keys');
  if (!access.admin) return <Card title={title}>{null}</Card>;
  if (keys.error) return <ErrorNotice error={keys.error} onRetry={keys.reload} />;
  if (!keys.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const errors = fieldErrors(made.error, t);
  const status = (k: Key) =>
    k.revoked_at
      ? t('settings.keys.revoked')
      : k.expires_at && Date.parse(k.expires_at) <= Date.now()
        ? t('settings.keys.expired')
        : t('settings.keys.active');
  const create = () =>
    made.run(async () => {
      setSecret(null);
      const days = Number(form.days);
      const created = await client.apiKeys.create({
        name: form.name.trim(),
        role: form.role,
        site_id: siteId,
        ...(days ? { expires_at: new Date(Date.now() + days * 86_400_000).toISOString() } : {}),
      });
      setSecret(created);
      setForm({ ...form, name: '' });
      keys.reload();
    }, t('settings.keys.created'));
  return (
    <Card title={title}>
      <p class="description">{t('settings.keys.intro')}</p>
      <Outcome save={made} />
      {secret && (
        <Secret value={secret.secret} label={t('settings.keys.secret', { name: secret.api_key.name })}>
          <p>
            <strong>{t('settings.keys.once')}</strong>
          </p>
        </Secret>
      )}
      <Form save={made} onSubmit={create} label={t('settings.keys.new')}>
        <Guarded>
          <div class="ft">
            <Row id="igny8-key-name" label={t('settings.keys.name')} error={errors.name}>
              {(p) => (
                <input
                  type="text"
                  {...p}
                  required
                  maxLength={120}
                  value={form.name}
                  onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
                />
              )}
            </Row>
            <Row id="igny8-key-role" label={t('settings.team.role')} error={errors.role}>
              {(p) => (
                <select
                  {...p}
                  value={form.role}
                  onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Role })}
                >
                  {rolesUpTo(access.role).map((r) => (
                    <option key={r} value={r}>
                      {roleName(t, r)}
                    </option>
                  ))}
                </select>
              )}
            </Row>
            <Row id="igny8-key-expiry" label={t('settings.keys.expiry')} error={errors.expires_at}>
              {(p) => (
                <select {...p} value={form.days} onChange={(e) => setForm({ ...form, days: e.currentTarget.value })}>
                  {DAYS.map((d) => (
                    <option key={d} value={d}>
                      {d ? t('settings.keys.days', { days: Number(d) }) : t('settings.keys.never')}
                    </option>
                  ))}
                </select>
              )}
            </Row>
          </div>
          <button type="submit" class="button primary" disabled={made.busy}>
            {t('settings.keys.create')}
          </button>
        </Guarded>
      </Form>
      <h3>{t('settings.keys.list')}</h3>
      <Outcome save={save} />
      {keys.data.data.length === 0 ? (
        <p class="muted">{t('settings.keys.none')}</p>
      ) : (
        <div class="scroll">
          <table data-testid="keys">
            <caption class="visually-hidden">{t('settings.keys.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.keys.name')}</th>
                <th scope="col">{t('settings.team.role')}</th>
                <th scope="col">{t('settings.keys.status')}</th>
                <th scope="col" class="narrow">
                  {t('settings.keys.site')}
                </th>
                <th scope="col" class="narrow">
                  {t('settings.keys.used')}
                </th>
                <th scope="col" class="narrow">
                  {t('settings.team.expires')}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.data.map((k) => (
                <tr key={k.id}>
                  <td>
                    <strong>{k.name}</strong>
                    <div class="muted code">{k.prefix}…</div>
                    {!k.revoked_at && (
                      <div class="row-actions">
                        <button
                          type="button"
                          class="linkish danger"
                          aria-label={t('settings.keys.revokeWho', { name: k.name })}
                          onClick={() =>
                            ask({
                              text: t('settings.keys.revokeAsk', { name: k.name }),
                              label: t('settings.revoke'),
                              run: () =>
                                save.run(async () => {
                                  await client.apiKeys.revoke(k.id);
                                  keys.reload();
                                }, t('settings.keys.revokedDone')),
                            })
                          }
                        >
                          {t('settings.revoke')}
                        </button>
                      </div>
                    )}
                  </td>
                  <td>{roleName(t, k.role)}</td>
                  <td>{status(k)}</td>
                  <td class="narrow">
                    {t(
                      (k.site_id === null
                        ? 'settings.keys.allSites'
                        : k.site_id === siteId
                          ? 'settings.team.thisSite'
                          : 'settings.keys.otherSite') as MessageKey,
                    )}
                  </td>
                  <td class="narrow">{k.last_used_at ? i18n.date(k.last_used_at) : t('settings.keys.neverUsed')}</td>
                  <td class="narrow">{k.expires_at ? i18n.date(k.expires_at) : t('settings.keys.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirm}
    </Card>
  );
}
