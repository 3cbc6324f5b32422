// Sign-up, sign-in and password flows. These run before a tenant is known, so each sets the
// tenant itself as soon as it knows it.

import type { Knex } from 'knex';
import { count } from '../db/count.js';
import { setTenant, withTenant } from '../db/tenant.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/actor.js';
import { recordAudit } from '../domain/audit/index.js';
import { startSubscription } from '../domain/billing/subscriptions.js';
import { validTimezone } from '../domain/tenancy/accounts.js';
import { AppError, PlanLimitError, UnauthorizedError } from '../errors.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import type { Role } from './roles.js';
import { hashToken, newToken, RESET_TOKEN_PREFIX } from './secrets.js';
import { issueSession, revokeAllForUser, revokeFamily, type UserRow } from './sessions.js';

const RESET_TTL_MS = 60 * 60 * 1000;

const findUserByEmail = (deps: AppDeps, email: string) =>
  deps.db.app('users').whereRaw('lower(email) = lower(?)', [email]).first() as Promise<UserRow | undefined>;

export async function signup(
  deps: AppDeps,
  input: { email: string; password: string; name: string; account_name?: string; timezone?: string },
) {
  if (input.timezone && !validTimezone(input.timezone)) {
    throw new AppError('UNPROCESSABLE', `Unknown timezone ${input.timezone}.`, { field: 'timezone' });
  }
  const passwordHash = await hashPassword(input.password);
  const accountId = crypto.randomUUID();
  let user: UserRow;
  try {
    user = await withTenant(deps.db.app, { accountId }, async (trx) => {
      const [created] = await trx('users')
        .insert({
          email: input.email.trim(),
          name: input.name,
          password_hash: passwordHash,
          password_changed_at: deps.now(),
        })
        .returning('*');
      const free = await trx('plans').where({ code: 'free' }).first();
      await trx('accounts').insert({
        id: accountId,
        name: input.account_name ?? input.name,
        status: 'trial',
        plan_id: free.id,
        timezone: input.timezone ?? 'UTC',
      });
      await trx('memberships').insert({ account_id: accountId, user_id: created.id, role: 'owner' });
      await startSubscription(trx, accountId, free, deps.now());
      return created as UserRow;
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new AppError('EMAIL_TAKEN', 'An account with this email already exists; sign in instead.');
    }
    throw err;
  }
  return issueSession(deps, { user, accountId, role: 'owner' });
}

/** A person acting for themselves before any principal exists (signing in, accepting an invitation, a reset). */
const personActor = (accountId: string, userId: string, role: Role, ip: string | null): Actor => ({
  kind: 'user',
  accountId,
  userId,
  role,
  siteId: null,
  apiKeyId: null,
  ip,
});

/** `ip`: the request's address, for the audit log. */
export async function login(
  deps: AppDeps,
  input: { email: string; password: string; account_id?: string },
  ip: string | null = null,
) {
  const user = await findUserByEmail(deps, input.email);
  // Compare against a dummy hash for unknown users so the answer takes the same time.
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok) throw new UnauthorizedError('INVALID_CREDENTIALS', 'The email or password is wrong.');
  const memberships = await withTenant(deps.db.app, { accountId: null, userId: user.id }, (trx) =>
    trx('memberships').where({ user_id: user.id }).orderBy('created_at').select('account_id', 'role'),
  );
  const chosen = input.account_id ? memberships.find((m) => m.account_id === input.account_id) : memberships[0];
  if (!chosen) {
    throw new AppError(
      'FORBIDDEN',
      input.account_id ? 'You are not a member of that account.' : 'You are not a member of any account.',
    );
  }
  const role = chosen.role as Role;
  return issueSession(deps, {
    user,
    accountId: chosen.account_id,
    role,
    // The sign-in is recorded in the account it opens, with the session it starts.
    record: (trx) =>
      recordAudit(trx, { actor: personActor(chosen.account_id, user.id, role, ip), action: 'auth.login' }),
  });
}

export async function logout(deps: AppDeps, refreshToken: string) {
  const row = await deps.db
    .app('refresh_tokens')
    .where({ token_hash: hashToken(refreshToken) })
    .first('family_id');
  if (row) await revokeFamily(deps.db.app, row.family_id, 'logout');
}

export async function changePassword(
  deps: AppDeps,
  principal: Principal,
  input: { current_password: string; new_password: string },
  ip: string | null = null,
) {
  if (!principal.userId) throw new AppError('FORBIDDEN', 'API keys have no password.');
  const user = (await deps.db.app('users').where({ id: principal.userId }).first()) as UserRow;
  if (!(await verifyPassword(input.current_password, user.password_hash))) {
    throw new UnauthorizedError('INVALID_CREDENTIALS', 'The current password is wrong.');
  }
  await setPassword(deps, user.id, input.new_password, 'password_changed', ip);
}

async function setPassword(
  deps: AppDeps,
  userId: string,
  password: string,
  reason: 'password_changed' | 'password_reset',
  ip: string | null,
) {
  const passwordHash = await hashPassword(password);
  await deps.db.app.transaction(async (trx) => {
    // The new version ends every access token issued under the old one (see auth/principal.ts).
    await trx('users')
      .where({ id: userId })
      .update({
        password_hash: passwordHash,
        password_version: trx.raw('password_version + 1'),
        password_changed_at: deps.now(),
        updated_at: trx.fn.now(),
      });
    await revokeAllForUser(trx, userId, reason);
    await recordPasswordChange(trx, userId, reason === 'password_reset' ? 'reset' : 'change', ip);
  });
}

/**
 * A password opens every account its user is a member of, so its change is recorded in each of them (each owner sees
 * that a member's password changed, and whether by the member or by a reset link), in the change's transaction.
 */
async function recordPasswordChange(
  trx: Knex.Transaction,
  userId: string,
  method: 'change' | 'reset',
  ip: string | null,
) {
  await setTenant(trx, { accountId: null, userId });
  const memberships = await trx('memberships').where({ user_id: userId }).select('account_id', 'role');
  for (const m of memberships) {
    await setTenant(trx, { accountId: m.account_id, userId });
    await recordAudit(trx, {
      actor: personActor(m.account_id, userId, m.role, ip),
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: userId,
      data: { method },
    });
  }
}

/** The job that mails a reset link (jobs/auth.ts): retried, so a mail server's hiccup or a restart loses nothing. */
export const PASSWORD_RESET_MAIL_JOB = 'auth.password_reset_mail';

/**
 * Asks for a reset link to be mailed to a known address: a job, committed before the answer, makes the link and
 * mails it. The answer is the same, and as quick, whether or not the address is known (a mail server's pace must not
 * tell who has an account), and a mail server that refuses is no 500: the job tries again.
 */
export async function requestPasswordReset(deps: AppDeps, email: string) {
  const user = await findUserByEmail(deps, email);
  if (!user) return;
  await deps.db.app.transaction((trx) => deps.jobs.sendJob(trx, PASSWORD_RESET_MAIL_JOB, { user_id: user.id }));
}

/**
 * Makes a single-use reset token for the user and mails its link. The token exists only in the mail (its hash in
 * the table), so it is made here rather than in the request: nothing in the queue is a secret. A mail not sent
 * takes its token back and throws, for the job to try again with a new one.
 */
export async function sendPasswordResetMail(deps: AppDeps, userId: string) {
  const user = (await deps.db.app('users').where({ id: userId }).first('id', 'email')) as
    | Pick<UserRow, 'id' | 'email'>
    | undefined;
  if (!user) return;
  const token = newToken(RESET_TOKEN_PREFIX);
  const [row] = await deps.db
    .app('password_reset_tokens')
    .insert({
      user_id: user.id,
      token_hash: hashToken(token),
      expires_at: new Date(deps.now().getTime() + RESET_TTL_MS),
    })
    .returning('id');
  const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  try {
    await deps.mailer.send({
      to: user.email,
      subject: 'Reset your Igny8 password',
      text: `Someone asked to reset the password of your Igny8 account.\n\nTo choose a new password, open:\n${link}\n\nThe link works once, for an hour. If it was not you, ignore this message.\n\nToken: ${token}\n`,
    });
  } catch (err) {
    await deps.db.app('password_reset_tokens').where({ id: row.id }).delete();
    throw err;
  }
}

export async function confirmPasswordReset(
  deps: AppDeps,
  input: { token: string; new_password: string },
  ip: string | null = null,
) {
  const now = deps.now();
  const row = await deps.db.app.transaction(async (trx) => {
    const found = await trx('password_reset_tokens')
      .where({ token_hash: hashToken(input.token) })
      .forNoKeyUpdate()
      .first();
    if (!found || found.used_at || new Date(found.expires_at) <= now) return undefined;
    await trx('password_reset_tokens').where({ id: found.id }).update({ used_at: now });
    return found;
  });
  if (!row) throw new AppError('RESET_TOKEN_INVALID', 'The reset link is invalid, used or expired; ask for a new one.');
  await setPassword(deps, row.user_id, input.new_password, 'password_reset', ip);
}

export async function acceptInvitation(
  deps: AppDeps,
  input: { token: string; name?: string; password: string },
  ip: string | null = null,
) {
  const tokenHash = hashToken(input.token);
  const { rows } = await deps.db.app.raw('select igny8_invitation_account(?) as account_id', [tokenHash]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw new AppError('INVITATION_INVALID', 'The invitation is invalid or was revoked.');
  const existing = await withTenant(deps.db.app, { accountId }, (trx) =>
    trx('invitations').where({ token_hash: tokenHash }).first(),
  );
  if (existing?.status !== 'pending' || new Date(existing.expires_at) <= deps.now()) {
    throw new AppError('INVITATION_INVALID', 'The invitation is invalid, used, revoked or expired.');
  }
  let user = await findUserByEmail(deps, existing.email);
  if (user) {
    if (!(await verifyPassword(input.password, user.password_hash))) {
      throw new UnauthorizedError('INVALID_CREDENTIALS', 'The password is wrong for the invited address.');
    }
  } else {
    if (!input.name)
      throw new AppError('VALIDATION_FAILED', 'A name is required for a new user.', {
        issues: [{ path: ['name'], message: 'Required' }],
      });
    if (input.password.length < 10)
      throw new AppError('VALIDATION_FAILED', 'The password needs 10 or more characters.', {
        issues: [{ path: ['password'], message: 'Too short' }],
      });
    const passwordHash = await hashPassword(input.password);
    try {
      [user] = await deps.db
        .app('users')
        .insert({ email: existing.email, name: input.name, password_hash: passwordHash })
        .returning('*');
    } catch (err) {
      if ((err as { code?: string }).code === '23505') user = await findUserByEmail(deps, existing.email);
      else throw err;
    }
  }
  const invited = user as UserRow;
  await withTenant(deps.db.app, { accountId, userId: invited.id }, async (trx) => {
    const locked = await trx('invitations').where({ id: existing.id, status: 'pending' }).forNoKeyUpdate().first();
    if (!locked) throw new AppError('INVITATION_INVALID', 'The invitation was already used.');
    const account = await trx('accounts').where({ id: accountId }).forNoKeyUpdate().first('plan_id');
    const plan = await trx('plans').where({ id: account.plan_id }).first('max_users');
    const n = await count(trx('memberships').where({ account_id: accountId }));
    if (await trx('memberships').where({ account_id: accountId, user_id: invited.id }).first()) {
      throw new AppError('ALREADY_MEMBER', 'You are already a member of this account.');
    }
    if (n >= plan.max_users) throw new PlanLimitError('users', plan.max_users);
    const [membership] = await trx('memberships')
      .insert({ account_id: accountId, user_id: invited.id, role: existing.role })
      .returning('id');
    await trx('invitations').where({ id: existing.id }).update({ status: 'accepted', accepted_at: deps.now() });
    await recordAudit(trx, {
      actor: personActor(accountId, invited.id, existing.role, ip),
      action: 'member.joined',
      targetType: 'member',
      targetId: membership.id,
      data: { user_id: invited.id, email: invited.email, role: existing.role, invitation_id: existing.id },
    });
  });
  return issueSession(deps, { user: invited, accountId, role: existing.role as Role });
}
