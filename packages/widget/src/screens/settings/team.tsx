// The team: the account's members with their roles (and whether they reach this site), inviting someone, changing a
// role, removing a member (after a confirmation), and the pending invitations. Changes need an administrator; a
// session with a lower role sees the team with the controls disabled or left out, and why.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import {
  Card,
  Form,
  fieldErrors,
  Guarded,
  isAdmin,
  Outcome,
  type Role,
  Row,
  roleName,
  rolesUpTo,
  useAccess,
  useConfirm,
  useSave,
} from './ui.js';

type Member = Schemas['Member'];

export default function TeamSection() {
  const { client, siteId, i18n } = useWidget();
  const { t } = i18n;
  const access = useAccess();
  const roles = rolesUpTo(access.role);
  const team = useAsync(
    () =>
      Promise.all([
        client.members.list({ limit: 100 }),
        // Admin-only reads; a lower role sees the members alone.
        access.admin ? client.invitations.list({ limit: 100 }) : undefined,
        access.admin ? client.sites.listAccess(siteId).catch(() => undefined) : undefined,
      ]),
    [siteId, access.admin],
  );
  const save = useSave();
  const [confirm, ask] = useConfirm();
  const [roleOf, setRoleOf] = useState<Record<string, Role>>({});
  const [invite, setInvite] = useState<{ email: string; role: Role }>({ email: '', role: 'editor' });
  const invited = useSave();
  if (team.error) return <ErrorNotice error={team.error} onRetry={team.reload} />;
  if (!team.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const [members, invitations, siteAccess] = team.data;
  const pending = invitations?.data.filter((i) => i.status === 'pending') ?? [];
  const reached = (m: Member) =>
    isAdmin(m.role)
      ? t('settings.team.allSites')
      : siteAccess?.some((a) => a.user_id === m.user_id)
        ? t('settings.team.thisSite')
        : t('settings.team.noAccess');
  // Only an owner hands out or takes away `owner`.
  const canChange = (m: Member) => access.admin && (m.role !== 'owner' || access.role === 'owner');
  const after = (work: () => Promise<unknown>, done: string) =>
    save.run(async () => {
      await work();
      team.reload();
    }, done);
  const errors = fieldErrors(invited.error, t);
  const sendInvite = () =>
    invited.run(
      async () => {
        await client.members.invite({ email: invite.email.trim(), role: invite.role });
        setInvite({ ...invite, email: '' });
        team.reload();
      },
      t('settings.team.invited', { email: invite.email.trim() }),
    );
  return (
    <Card title={t('settings.nav.team')}>
      <Outcome save={save} />
      <div class="scroll">
        <table data-testid="members">
          <caption class="visually-hidden">{t('settings.team.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.team.name')}</th>
              <th scope="col">{t('settings.team.role')}</th>
              {siteAccess && (
                <th scope="col" class="narrow">
                  {t('settings.team.access')}
                </th>
              )}
              <th scope="col" class="narrow">
                {t('settings.team.added')}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => {
              const who = m.name || m.email;
              const picked = roleOf[m.id] ?? m.role;
              return (
                <tr key={m.id}>
                  <td>
                    <strong>{who}</strong>
                    {m.name && <div class="muted">{m.email}</div>}
                    {canChange(m) && (
                      <div class="row-actions">
                        <button
                          type="button"
                          class="linkish danger"
                          aria-label={t('settings.team.removeWho', { name: who })}
                          onClick={() =>
                            ask({
                              text: t('settings.team.removeAsk', { name: who }),
                              label: t('settings.team.remove'),
                              run: () => after(() => client.members.remove(m.id), t('settings.team.removed')),
                            })
                          }
                        >
                          {t('settings.team.remove')}
                        </button>
                      </div>
                    )}
                  </td>
                  <td>
                    {canChange(m) ? (
                      <div class="row">
                        <select
                          aria-label={t('settings.team.roleOf', { name: who })}
                          value={picked}
                          onChange={(e) => setRoleOf({ ...roleOf, [m.id]: e.currentTarget.value as Role })}
                        >
                          {(roles.includes(m.role) ? roles : [m.role, ...roles]).map((r) => (
                            <option key={r} value={r}>
                              {roleName(t, r)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          class="button"
                          disabled={picked === m.role || save.busy}
                          aria-label={t('settings.team.changeWho', { name: who })}
                          onClick={() =>
                            after(() => client.members.update(m.id, { role: picked }), t('settings.team.changed'))
                          }
                        >
                          {t('settings.team.change')}
                        </button>
                      </div>
                    ) : (
                      <>
                        {roleName(t, m.role)}
                        {access.admin && <div class="muted">{t('settings.team.ownerOnly')}</div>}
                      </>
                    )}
                  </td>
                  {siteAccess && <td class="narrow">{reached(m)}</td>}
                  <td class="narrow">{i18n.date(m.created_at)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('settings.team.invite')}</h3>
      <Outcome save={invited} />
      <Form save={invited} onSubmit={sendInvite} label={t('settings.team.invite')}>
        <Guarded>
          <div class="ft">
            <Row id="igny8-invite-email" label={t('settings.team.email')} error={errors.email}>
              {(p) => (
                <input
                  type="email"
                  {...p}
                  required
                  autocomplete="off"
                  maxLength={254}
                  value={invite.email}
                  onInput={(e) => setInvite({ ...invite, email: e.currentTarget.value })}
                />
              )}
            </Row>
            <Row id="igny8-invite-role" label={t('settings.team.role')} error={errors.role}>
              {(p) => (
                <select
                  {...p}
                  value={invite.role}
                  onChange={(e) => setInvite({ ...invite, role: e.currentTarget.value as Role })}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {roleName(t, r)}
                    </option>
                  ))}
                </select>
              )}
            </Row>
          </div>
          <button type="submit" class="button primary" disabled={invited.busy}>
            {t('settings.team.send')}
          </button>
          <p class="description">{t('settings.team.inviteHelp')}</p>
        </Guarded>
      </Form>
      {invitations && (
        <>
          <h3>{t('settings.team.pending')}</h3>
          {pending.length === 0 ? (
            <p class="muted">{t('settings.team.noPending')}</p>
          ) : (
            <div class="scroll">
              <table data-testid="invitations">
                <caption class="visually-hidden">{t('settings.team.pending')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('settings.team.email')}</th>
                    <th scope="col">{t('settings.team.role')}</th>
                    <th scope="col" class="narrow">
                      {t('settings.team.expires')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((inv) => (
                    <tr key={inv.id}>
                      <td>
                        {inv.email}
                        <div class="row-actions">
                          <button
                            type="button"
                            class="linkish danger"
                            aria-label={t('settings.team.revokeWho', { email: inv.email })}
                            onClick={() =>
                              ask({
                                text: t('settings.team.revokeAsk', { email: inv.email }),
                                label: t('settings.revoke'),
                                run: () => after(() => client.invitations.revoke(inv.id), t('settings.team.revoked')),
                              })
                            }
                          >
                            {t('settings.revoke')}
                          </button>
                        </div>
                      </td>
                      <td>{roleName(t, inv.role)}</td>
                      <td class="narrow">{i18n.date(inv.expires_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {confirm}
    </Card>
  );
}
