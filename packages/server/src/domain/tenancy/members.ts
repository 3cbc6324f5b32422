import type { Knex } from 'knex';
import { type Role, roleAtLeast, seesAllSites } from '../../auth/roles.js';
import { hashToken, INVITE_TOKEN_PREFIX, newToken } from '../../auth/secrets.js';
import { count } from '../../db/count.js';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError, PlanLimitError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Mailer, MailMessage } from '../../mail/mailer.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import type { Clock, TenantTransactions } from '../ports.js';
import { lockAccount } from './accounts.js';

const INVITE_TTL_MS = 7 * 86_400_000;

const presentMember = (m: {
  id: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}) => ({
  id: m.id,
  user_id: m.user_id,
  email: m.email,
  name: m.name,
  role: m.role,
  created_at: m.created_at.toISOString(),
});

const presentInvitation = (i: {
  id: string;
  email: string;
  role: Role;
  status: string;
  expires_at: Date;
  created_at: Date;
}) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: i.status as 'pending' | 'accepted' | 'revoked',
  expires_at: i.expires_at.toISOString(),
  created_at: i.created_at.toISOString(),
});

const memberQuery = (trx: Knex.Transaction, accountId: string) =>
  trx('memberships')
    .join('users', 'users.id', 'memberships.user_id')
    .where('memberships.account_id', accountId)
    .select(
      'memberships.id',
      'memberships.user_id',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.created_at',
    );

export async function listMembers(trx: Knex.Transaction, accountId: string, page: { limit: number; cursor?: string }) {
  const result = await paginate<Parameters<typeof presentMember>[0]>(memberQuery(trx, accountId), {
    table: 'memberships',
    ...page,
  });
  return { data: result.data.map(presentMember), meta: result.meta };
}

/** Only an owner may hand out or take away `owner`; nobody may hand out more than they have. */
function assertCanAssign(actor: Actor, role: Role) {
  if (!roleAtLeast(actor.role, role)) {
    throw new AppError('INSUFFICIENT_ROLE', `Your role (${actor.role}) cannot grant ${role}.`);
  }
}

/**
 * A credential scoped to one site (a site-restricted API key, a widget session) reaches that site only, so it may not
 * hand out, change or take away a role that reaches every site (admin, owner): it manages editors and viewers, who
 * see the sites granted them. Otherwise a key given for one site could invite an admin of the whole account.
 */
function assertWithinSite(actor: Actor, role: Role) {
  if (actor.siteId && seesAllSites(role)) {
    throw new AppError(
      'FORBIDDEN',
      `A credential scoped to one site cannot grant or change the ${role} role, which reaches every site; it manages editors and viewers.`,
    );
  }
}

/** What an invitation needs: the clock, the mail transport, the address the link points at, and a log. */
export interface InvitationDeps {
  now: Clock;
  mailer: Mailer;
  publicUrl: string;
  logger: Pick<Logger, 'warn'>;
}

/**
 * Invites someone: the invitation is written in one short transaction, then mailed with none open (a slow mail server
 * holds no connection of ours, nor the account's lock). A mail the server does not take withdraws the invitation, in
 * another transaction, and answers 503: nothing half-done is left, and the admin tries again.
 */
export async function inviteMember(
  tenant: TenantTransactions,
  deps: InvitationDeps,
  actor: Actor,
  input: { email: string; role: Role },
) {
  const { invitation, mail } = await tenant((trx) => createInvitation(deps, trx, actor, input));
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    deps.logger.warn({ err, invitation_id: invitation.id }, 'invitation not mailed: withdrawn');
    await tenant((trx) => withdrawInvitation(trx, actor, invitation.id));
    throw new AppError(
      'UNAVAILABLE',
      'The invitation could not be mailed (the mail server did not take it), so it was withdrawn; try again.',
    );
  }
  return invitation;
}

async function withdrawInvitation(trx: Knex.Transaction, actor: Actor, id: string) {
  const [withdrawn] = await trx('invitations')
    .where({ id, status: 'pending' })
    .update({ status: 'revoked' })
    .returning(['id', 'email', 'role']);
  if (!withdrawn) return;
  await recordAudit(trx, {
    actor,
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: id,
    data: { email: withdrawn.email, role: withdrawn.role, reason: 'not_mailed' },
  });
}

async function createInvitation(
  deps: Pick<InvitationDeps, 'now' | 'publicUrl'>,
  trx: Knex.Transaction,
  actor: Actor,
  input: { email: string; role: Role },
) {
  assertCanAssign(actor, input.role);
  assertWithinSite(actor, input.role);
  const { plan, account } = await lockAccount(trx, actor.accountId);
  const existing = await trx('memberships')
    .join('users', 'users.id', 'memberships.user_id')
    .where('memberships.account_id', actor.accountId)
    .whereRaw('lower(users.email) = lower(?)', [input.email])
    .first('memberships.id');
  if (existing) throw new AppError('ALREADY_MEMBER', `${input.email} is already a member.`);
  // A new invitation to the same address replaces the pending one.
  const replaced = await trx('invitations')
    .where({ account_id: actor.accountId, status: 'pending' })
    .whereRaw('lower(email) = lower(?)', [input.email])
    .update({ status: 'revoked' })
    .returning(['id', 'email', 'role']);
  const members = await count(trx('memberships').where({ account_id: actor.accountId }));
  const pending = await count(
    trx('invitations').where({ account_id: actor.accountId, status: 'pending' }).where('expires_at', '>', deps.now()),
  );
  if (members + pending >= plan.max_users) throw new PlanLimitError('users', plan.max_users);
  const token = newToken(INVITE_TOKEN_PREFIX);
  const [row] = await trx('invitations')
    .insert({
      account_id: actor.accountId,
      email: input.email.trim(),
      role: input.role,
      token_hash: hashToken(token),
      invited_by: actor.userId,
      expires_at: new Date(deps.now().getTime() + INVITE_TTL_MS),
    })
    .returning('*');
  for (const old of replaced) {
    await recordAudit(trx, {
      actor,
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: old.id,
      data: { email: old.email, role: old.role, replaced_by: row.id },
    });
  }
  await recordAudit(trx, {
    actor,
    action: 'member.invited',
    targetType: 'invitation',
    targetId: row.id,
    data: { email: row.email, role: row.role, expires_at: row.expires_at.toISOString() },
  });
  const link = `${deps.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
  const mail: MailMessage = {
    to: input.email,
    subject: `You are invited to ${account.name} on Igny8`,
    text: `You have been invited to join ${account.name} on Igny8 as ${input.role}.\n\nAccept within 7 days:\n${link}\n\nToken: ${token}\n`,
  };
  return { invitation: presentInvitation(row), mail };
}

export async function listInvitations(
  trx: Knex.Transaction,
  accountId: string,
  page: { limit: number; cursor?: string },
) {
  const q = trx('invitations').where({ account_id: accountId, status: 'pending' }).select('invitations.*');
  const result = await paginate<Parameters<typeof presentInvitation>[0]>(q, { table: 'invitations', ...page });
  return { data: result.data.map(presentInvitation), meta: result.meta };
}

export async function revokeInvitation(trx: Knex.Transaction, actor: Actor, id: string) {
  const pending = await trx('invitations').where({ id, status: 'pending' }).first('role');
  if (!pending) throw new NotFoundError('Invitation');
  assertWithinSite(actor, pending.role);
  const [revoked] = await trx('invitations')
    .where({ id, status: 'pending' })
    .update({ status: 'revoked' })
    .returning(['id', 'email', 'role']);
  if (!revoked) throw new NotFoundError('Invitation');
  await recordAudit(trx, {
    actor,
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: id,
    data: { email: revoked.email, role: revoked.role },
  });
}

async function findMember(trx: Knex.Transaction, accountId: string, id: string) {
  // FOR UPDATE (not NO KEY UPDATE): removeMember deletes the row it locks here.
  const m = await memberQuery(trx, accountId).where('memberships.id', id).forUpdate('memberships').first();
  if (!m) throw new NotFoundError('Member');
  return m;
}

async function assertNotLastOwner(trx: Knex.Transaction, accountId: string) {
  const owners = await count(trx('memberships').where({ account_id: accountId, role: 'owner' }));
  if (owners <= 1) throw new AppError('LAST_OWNER', 'An account needs at least one owner.');
}

export async function updateMemberRole(trx: Knex.Transaction, actor: Actor, id: string, role: Role) {
  await lockAccount(trx, actor.accountId);
  const member = await findMember(trx, actor.accountId, id);
  // Changing an owner, or making one, takes an owner.
  assertCanAssign(actor, role);
  assertCanAssign(actor, member.role);
  assertWithinSite(actor, role);
  assertWithinSite(actor, member.role);
  if (member.role === 'owner' && role !== 'owner') await assertNotLastOwner(trx, actor.accountId);
  await trx('memberships').where({ id }).update({ role, updated_at: trx.fn.now() });
  if (member.role !== role) {
    await recordAudit(trx, {
      actor,
      action: 'member.role_changed',
      targetType: 'member',
      targetId: id,
      data: { user_id: member.user_id, email: member.email, from: member.role, to: role },
    });
  }
  return presentMember({ ...member, role });
}

export async function removeMember(trx: Knex.Transaction, actor: Actor, id: string) {
  await lockAccount(trx, actor.accountId);
  const member = await findMember(trx, actor.accountId, id);
  assertCanAssign(actor, member.role);
  assertWithinSite(actor, member.role);
  if (member.role === 'owner') await assertNotLastOwner(trx, actor.accountId);
  await trx('site_user_access').where({ account_id: actor.accountId, user_id: member.user_id }).delete();
  await trx('memberships').where({ id }).delete();
  await trx('refresh_tokens')
    .where({ account_id: actor.accountId, user_id: member.user_id })
    .whereNull('revoked_at')
    .update({
      revoked_at: trx.fn.now(),
      revoked_reason: 'membership_ended',
    });
  await recordAudit(trx, {
    actor,
    action: 'member.removed',
    targetType: 'member',
    targetId: id,
    data: { user_id: member.user_id, email: member.email, role: member.role },
  });
}
