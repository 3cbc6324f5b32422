// Who is calling: resolved from the bearer credential inside the request's tenant transaction,
// so the role is read fresh (a removed member or a revoked key loses access at once).
import type { Knex } from 'knex';
import { setTenant } from '../db/tenant.js';
import { AppError, UnauthorizedError } from '../errors.js';
import type { AccessTokens } from './access-tokens.js';
import type { Role } from './roles.js';
import { API_KEY_PREFIX, hashToken } from './secrets.js';

export interface Principal {
  /** `operator`: the platform operator on /v1/admin/* (accountId is empty; operatorId is set). */
  kind: 'user' | 'api_key' | 'operator' | 'widget';
  userId: string | null;
  accountId: string;
  role: Role;
  apiKeyId: string | null;
  /** An API key restricted to one site. */
  siteId: string | null;
  operatorId?: string;
  /** A widget session's feature allowlist. */
  features?: string[];
  /** `suspended` and `cancelled` accounts are read-only (billing aside). */
  accountStatus?: 'trial' | 'active' | 'suspended' | 'cancelled';
}

export function bearerToken(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1])
    throw new UnauthorizedError('UNAUTHENTICATED', 'Send an access token or API key as `Authorization: Bearer …`.');
  return match[1];
}

export async function authenticate(
  trx: Knex.Transaction,
  token: string,
  tokens: AccessTokens,
  now: Date,
): Promise<Principal> {
  if (token.startsWith(API_KEY_PREFIX)) return authenticateApiKey(trx, token, now);
  let claims: Awaited<ReturnType<AccessTokens['verify']>>;
  try {
    claims = await tokens.verify(token);
  } catch (err) {
    // Not a user's access token: perhaps a widget session (another audience); else the first error. An expired
    // widget session says so (TOKEN_EXPIRED), not "invalid": that is what tells the widget to renew it.
    const widget = await tokens.verifyWidget(token).catch((e: unknown) => e as Error);
    if (widget instanceof Error) throw (widget as { code?: string }).code === 'TOKEN_EXPIRED' ? widget : err;
    return authenticateWidget(trx, widget);
  }
  await setTenant(trx, { accountId: claims.accountId, userId: claims.userId });
  const row = await trx('memberships')
    .join('users', 'users.id', 'memberships.user_id')
    .where({ 'memberships.account_id': claims.accountId, 'memberships.user_id': claims.userId })
    .join('accounts', 'accounts.id', 'memberships.account_id')
    .first('memberships.role', 'users.password_version', 'accounts.status');
  if (!row) throw new UnauthorizedError('TOKEN_INVALID', 'You are no longer a member of this account.');
  // A password change ends every session that began before it, and none that began after it.
  if (row.password_version !== claims.passwordVersion) {
    throw new UnauthorizedError('TOKEN_INVALID', 'The session ended when the password changed; sign in again.');
  }
  return {
    kind: 'user',
    userId: claims.userId,
    accountId: claims.accountId,
    role: row.role,
    apiKeyId: null,
    siteId: null,
    accountStatus: row.status,
  };
}

async function authenticateApiKey(trx: Knex.Transaction, token: string, now: Date): Promise<Principal> {
  const hash = hashToken(token);
  const { rows } = await trx.raw('select igny8_api_key_account(?) as account_id', [hash]);
  const accountId = rows[0]?.account_id as string | null;
  if (!accountId) throw new UnauthorizedError('TOKEN_INVALID', 'Unknown API key.');
  await setTenant(trx, { accountId });
  const key = await trx('api_keys').where({ secret_hash: hash }).first();
  if (!key) throw new UnauthorizedError('TOKEN_INVALID', 'Unknown API key.');
  if (key.revoked_at) throw new UnauthorizedError('API_KEY_REVOKED', 'This API key was revoked.');
  if (key.expires_at && new Date(key.expires_at) <= now)
    throw new UnauthorizedError('TOKEN_EXPIRED', 'This API key has expired.');
  // Recorded at most once a minute, to keep hot keys from writing on every request.
  if (!key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > 60_000) {
    await trx('api_keys').where({ id: key.id }).update({ last_used_at: now });
  }
  const account = await trx('accounts').where({ id: accountId }).first('status');
  return {
    kind: 'api_key',
    userId: null,
    accountId,
    role: key.role,
    apiKeyId: key.id,
    siteId: key.site_id,
    accountStatus: account?.status,
  };
}

/**
 * The operator, from an operator token. Any other credential is refused: a tenant's token or API
 * key with 403 OPERATOR_ONLY (it is valid, just not here), anything else with 401.
 */
export async function authenticateOperator(
  trx: Knex.Transaction,
  token: string,
  tokens: AccessTokens,
  now: Date,
): Promise<Principal> {
  let operatorId: string;
  try {
    ({ operatorId } = await tokens.verifyOperator(token));
  } catch (err) {
    const tenant = await authenticate(trx, token, tokens, now).catch(() => undefined);
    if (tenant)
      throw new AppError('OPERATOR_ONLY', 'This route is for the platform operator; tenant credentials are refused.');
    throw err;
  }
  const exists = await trx('operators').where({ id: operatorId }).first('id');
  if (!exists) throw new UnauthorizedError('TOKEN_INVALID', 'This operator no longer exists.');
  const principal: Principal = {
    kind: 'operator',
    userId: null,
    accountId: '',
    role: 'owner',
    apiKeyId: null,
    siteId: null,
    operatorId,
  };
  await enterAs(trx, principal);
  return principal;
}

/**
 * Gives a transaction the data access of a principal resolved earlier (in another transaction of
 * the same request): the operator's view, or the principal's tenant.
 */
export async function enterAs(trx: Knex.Transaction, principal: Principal): Promise<void> {
  if (principal.kind === 'operator') {
    await trx.raw(
      "select set_config('app.operator', 'on', true), set_config('app.account_id', '', true), set_config('app.user_id', '', true)",
    );
    return;
  }
  await setTenant(trx, { accountId: principal.accountId, userId: principal.userId });
}

async function authenticateWidget(
  trx: Knex.Transaction,
  w: Awaited<ReturnType<AccessTokens['verifyWidget']>>,
): Promise<Principal> {
  await setTenant(trx, { accountId: w.accountId });
  const account = await trx('accounts').where({ id: w.accountId }).first('status');
  const site = await trx('sites').where({ id: w.siteId }).first('id');
  if (!account || !site) throw new UnauthorizedError('TOKEN_INVALID', 'The widget session’s site no longer exists.');
  return {
    kind: 'widget',
    userId: null,
    accountId: w.accountId,
    role: w.role,
    apiKeyId: null,
    siteId: w.siteId,
    features: w.features,
    accountStatus: account.status,
  };
}
