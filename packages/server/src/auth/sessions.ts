// Sessions: a short-lived access token plus an opaque refresh token that rotates on every use.
// Refresh tokens are stored hashed and grouped in families; presenting a token that was already
// rotated means it was stolen or replayed, so the whole family is revoked.
import type { Knex } from 'knex';
import { withTenant } from '../db/tenant.js';
import type { AppDeps } from '../deps.js';
import { loadAccount } from '../domain/tenancy/accounts.js';
import { UnauthorizedError } from '../errors.js';
import type { Role } from './roles.js';
import { hashToken, newToken, REFRESH_TOKEN_PREFIX } from './secrets.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  /** Incremented by every password change; access tokens carry the version they were issued under. */
  password_version: number;
  created_at: Date;
}

export const presentUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  created_at: u.created_at.toISOString(),
});

async function storeRefreshToken(
  db: Knex | Knex.Transaction,
  deps: AppDeps,
  input: { userId: string; accountId: string; familyId: string },
) {
  const token = newToken(REFRESH_TOKEN_PREFIX);
  const expiresAt = new Date(deps.now().getTime() + deps.config.jwt.refreshTtlDays * 86_400_000);
  await db('refresh_tokens').insert({
    family_id: input.familyId,
    user_id: input.userId,
    account_id: input.accountId,
    token_hash: hashToken(token),
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

/**
 * Issues a new session (access + refresh token) for a member of an account. `record` runs in the same tenant
 * transaction as the refresh token's insert (the sign-in's audit event: both or neither).
 */
export async function issueSession(
  deps: AppDeps,
  input: {
    user: UserRow;
    accountId: string;
    role: Role;
    familyId?: string;
    record?: (trx: Knex.Transaction) => Promise<void>;
  },
) {
  const familyId = input.familyId ?? crypto.randomUUID();
  const { refresh, account } = await withTenant(deps.db.app, { accountId: input.accountId }, async (trx) => {
    const refresh = await storeRefreshToken(trx, deps, {
      userId: input.user.id,
      accountId: input.accountId,
      familyId,
    });
    const account = await loadAccount(trx, input.accountId);
    await input.record?.(trx);
    return { refresh, account };
  });
  const accessToken = await deps.tokens.sign({
    userId: input.user.id,
    accountId: input.accountId,
    role: input.role,
    passwordVersion: input.user.password_version,
  });
  return {
    access_token: accessToken,
    token_type: 'Bearer' as const,
    expires_in: deps.tokens.ttlSeconds,
    refresh_token: refresh.token,
    refresh_expires_at: refresh.expiresAt.toISOString(),
    user: presentUser(input.user),
    account,
    role: input.role,
  };
}

export async function revokeFamily(db: Knex | Knex.Transaction, familyId: string, reason: string) {
  await db('refresh_tokens')
    .where({ family_id: familyId })
    .whereNull('revoked_at')
    .update({ revoked_at: db.fn.now(), revoked_reason: reason });
}

export async function revokeAllForUser(db: Knex | Knex.Transaction, userId: string, reason: string) {
  await db('refresh_tokens')
    .where({ user_id: userId })
    .whereNull('revoked_at')
    .update({ revoked_at: db.fn.now(), revoked_reason: reason });
}

/** Rotates a refresh token. Reuse of a rotated token revokes its family. */
export async function rotateRefreshToken(deps: AppDeps, token: string) {
  const db = deps.db.app;
  const now = deps.now();
  const outcome = await db.transaction(async (trx) => {
    const row = await trx('refresh_tokens')
      .where({ token_hash: hashToken(token) })
      .forNoKeyUpdate()
      .first();
    if (!row) return { error: new UnauthorizedError('TOKEN_INVALID', 'Unknown refresh token.') };
    if (row.rotated_at || row.revoked_at) {
      await revokeFamily(trx, row.family_id, 'reuse_detected');
      return {
        error: new UnauthorizedError(
          'REFRESH_TOKEN_REUSED',
          'This refresh token was already used; every session from it has been ended. Sign in again.',
        ),
      };
    }
    if (new Date(row.expires_at) <= now)
      return { error: new UnauthorizedError('TOKEN_EXPIRED', 'The refresh token has expired; sign in again.') };
    await trx('refresh_tokens').where({ id: row.id }).update({ rotated_at: now });
    return { row };
  });
  // The revocation above must persist even though the request fails, so it is thrown only now.
  if ('error' in outcome) throw outcome.error;
  const { row } = outcome;
  const user = (await db('users').where({ id: row.user_id }).first()) as UserRow | undefined;
  const membership = await withTenant(db, { accountId: row.account_id, userId: row.user_id }, (trx) =>
    trx('memberships').where({ account_id: row.account_id, user_id: row.user_id }).first('role'),
  );
  if (!user || !membership) {
    await revokeFamily(db, row.family_id, 'membership_ended');
    throw new UnauthorizedError('TOKEN_INVALID', 'You are no longer a member of this account.');
  }
  return issueSession(deps, { user, accountId: row.account_id, role: membership.role, familyId: row.family_id });
}
