// Who is calling: the bearer credential is verified first (no database), then checked inside the
// request's tenant transaction, so the role is read fresh on every request (a removed member, a changed
// password or a revoked key loses access at once). The check is one statement (igny8_enter_user /
// igny8_enter_api_key, migration 0008) that also sets the tenant, and it usually travels with the BEGIN.
import type { Knex } from 'knex';
import { hexLiteral, setTenant, uuidLiteral } from '../db/tenant.js';
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
  /** A widget session's subject: who it was issued for (the audit log names the person behind it). */
  subject?: string;
  /** `suspended` and `cancelled` accounts are read-only (billing aside). */
  accountStatus?: 'trial' | 'active' | 'suspended' | 'cancelled';
}

export function bearerToken(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1])
    throw new UnauthorizedError('UNAUTHENTICATED', 'Send an access token or API key as `Authorization: Bearer …`.');
  return match[1];
}

/**
 * What a bearer credential claims, checked without the database: an access token's or a widget session's
 * signature and lifetime, or an API key's hash. `resolveCredential` then checks it against the database.
 */
export type Credential =
  | { kind: 'user'; claims: AccessClaims }
  | { kind: 'api_key'; hash: string }
  | { kind: 'widget'; claims: WidgetClaims };

type AccessClaims = Awaited<ReturnType<AccessTokens['verify']>>;
type WidgetClaims = Awaited<ReturnType<AccessTokens['verifyWidget']>>;

/**
 * Verified access tokens, so a token's HMAC is computed once rather than on every request. Only the
 * signature check is remembered: the claims are still checked against the database on every request (the
 * membership, its role, the password version), and the token's own expiry on every use.
 */
const verified = new WeakMap<AccessTokens, Map<string, { claims: AccessClaims; exp: number }>>();
const VERIFIED_MAX = 10_000;

function expiryOf(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload?.exp === 'number' ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

async function verifyAccess(tokens: AccessTokens, token: string, now: Date): Promise<AccessClaims> {
  let cache = verified.get(tokens);
  if (!cache) {
    cache = new Map();
    verified.set(tokens, cache);
  }
  const hit = cache.get(token);
  // Expired as jose counts it: exp at or before the current second.
  if (hit && hit.exp > Math.floor(now.getTime() / 1000)) return hit.claims;
  if (hit) cache.delete(token);
  const claims = await tokens.verify(token);
  const exp = expiryOf(token);
  if (exp !== undefined) {
    if (cache.size >= VERIFIED_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(token, { claims, exp });
  }
  return claims;
}

export async function readCredential(token: string, tokens: AccessTokens, now: Date): Promise<Credential> {
  if (token.startsWith(API_KEY_PREFIX)) return { kind: 'api_key', hash: hashToken(token) };
  try {
    return { kind: 'user', claims: await verifyAccess(tokens, token, now) };
  } catch (err) {
    // Not a user's access token: perhaps a widget session (another audience); else the first error. An expired
    // widget session says so (TOKEN_EXPIRED), not "invalid": that is what tells the widget to renew it.
    const widget = await tokens.verifyWidget(token).catch((e: unknown) => e as Error);
    if (widget instanceof Error) throw (widget as { code?: string }).code === 'TOKEN_EXPIRED' ? widget : err;
    return { kind: 'widget', claims: widget };
  }
}

/**
 * The statement that sets the tenant of a credential and reads what it is checked against, with its values
 * as literals so that it can travel with the BEGIN (db/tenant.ts); undefined when it cannot.
 */
export function enterStatement(credential: Credential): string | undefined {
  if (credential.kind === 'user') {
    const account = uuidLiteral(credential.claims.accountId);
    const user = uuidLiteral(credential.claims.userId);
    return account && user && account !== "''" && user !== "''"
      ? `select * from igny8_enter_user(${account}, ${user})`
      : undefined;
  }
  if (credential.kind === 'api_key') {
    const hash = hexLiteral(credential.hash);
    return hash ? `select * from igny8_enter_api_key(${hash})` : undefined;
  }
  return undefined;
}

/**
 * The principal that the rows of `enterStatement` give a user's or an API key's credential, checked as every
 * request checks it (throws 401 when they refuse it). `recordUse` is the API key whose last use is due to be
 * recorded (at most once a minute, so that hot keys do not write on every request).
 */
export function principalOfEntered(
  credential: Exclude<Credential, { kind: 'widget' }>,
  rows: Record<string, unknown>[],
  now: Date,
): { principal: Principal; recordUse?: string } {
  if (credential.kind === 'api_key') {
    const key = rows[0] as
      | {
          id: string;
          account_id: string;
          role: Role;
          site_id: string | null;
          expires_at: Date | null;
          last_used_at: Date | null;
          revoked_at: Date | null;
          account_status: Principal['accountStatus'];
        }
      | undefined;
    if (!key) throw new UnauthorizedError('TOKEN_INVALID', 'Unknown API key.');
    if (key.revoked_at) throw new UnauthorizedError('API_KEY_REVOKED', 'This API key was revoked.');
    if (key.expires_at && new Date(key.expires_at) <= now)
      throw new UnauthorizedError('TOKEN_EXPIRED', 'This API key has expired.');
    const due = !key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > 60_000;
    return {
      principal: {
        kind: 'api_key',
        userId: null,
        accountId: key.account_id,
        role: key.role,
        apiKeyId: key.id,
        siteId: key.site_id,
        accountStatus: key.account_status,
      },
      ...(due ? { recordUse: key.id } : {}),
    };
  }
  const { claims } = credential;
  const row = rows[0] as
    | { role: Role; password_version: number; account_status: Principal['accountStatus'] }
    | undefined;
  if (!row) throw new UnauthorizedError('TOKEN_INVALID', 'You are no longer a member of this account.');
  // A password change ends every session that began before it, and none that began after it.
  if (row.password_version !== claims.passwordVersion) {
    throw new UnauthorizedError('TOKEN_INVALID', 'The session ended when the password changed; sign in again.');
  }
  return {
    principal: {
      kind: 'user',
      userId: claims.userId,
      accountId: claims.accountId,
      role: row.role,
      apiKeyId: null,
      siteId: null,
      accountStatus: row.account_status,
    },
  };
}

/**
 * The principal of a credential, checked inside the request's transaction. `entered` holds the rows of
 * `enterStatement` when they came with the BEGIN; without them the statement runs here.
 */
export async function resolveCredential(
  trx: Knex.Transaction,
  credential: Credential,
  now: Date,
  entered?: Record<string, unknown>[],
): Promise<Principal> {
  if (credential.kind === 'widget') return authenticateWidget(trx, credential.claims);
  const rows =
    entered ??
    (credential.kind === 'api_key'
      ? (await trx.raw('select * from igny8_enter_api_key(?)', [credential.hash])).rows
      : (
          await trx.raw('select * from igny8_enter_user(?::uuid, ?::uuid)', [
            credential.claims.accountId,
            credential.claims.userId,
          ])
        ).rows);
  const { principal, recordUse } = principalOfEntered(credential, rows, now);
  if (recordUse) await trx('api_keys').where({ id: recordUse }).update({ last_used_at: now });
  return principal;
}

export async function authenticate(
  trx: Knex.Transaction,
  token: string,
  tokens: AccessTokens,
  now: Date,
): Promise<Principal> {
  return resolveCredential(trx, await readCredential(token, tokens, now), now);
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

async function authenticateWidget(trx: Knex.Transaction, w: WidgetClaims): Promise<Principal> {
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
    subject: w.subject,
    accountStatus: account.status,
  };
}
