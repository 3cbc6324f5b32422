import type { Knex } from 'knex';
import { type Role, roleAtLeast } from '../../auth/roles.js';
import { API_KEY_PREFIX, hashToken, newToken } from '../../auth/secrets.js';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import { findVisibleSite } from './sites.js';

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  site_id: string | null;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const presentApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  role: k.role,
  site_id: k.site_id,
  expires_at: iso(k.expires_at),
  last_used_at: iso(k.last_used_at),
  revoked_at: iso(k.revoked_at),
  created_at: k.created_at.toISOString(),
});

const COLUMNS = [
  'id',
  'name',
  'prefix',
  'role',
  'site_id',
  'expires_at',
  'last_used_at',
  'revoked_at',
  'created_at',
].map((c) => `api_keys.${c}`);

export async function createApiKey(
  trx: Knex.Transaction,
  actor: Actor,
  input: { name: string; role?: Role; site_id?: string; expires_at?: string },
  now: Date,
) {
  const role = input.role ?? 'editor';
  if (!roleAtLeast(actor.role, role)) {
    throw new AppError('INSUFFICIENT_ROLE', `Your role (${actor.role}) cannot create a ${role} key.`);
  }
  if (input.site_id) await findVisibleSite(trx, actor, input.site_id);
  else if (actor.siteId) throw new AppError('FORBIDDEN', 'A site-restricted key can only create keys for its site.');
  if (input.expires_at && new Date(input.expires_at) <= now) {
    throw new AppError('UNPROCESSABLE', 'expires_at must be in the future.', { field: 'expires_at' });
  }
  const secret = newToken(API_KEY_PREFIX);
  const [row] = await trx('api_keys')
    .insert({
      account_id: actor.accountId,
      name: input.name,
      prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
      secret_hash: hashToken(secret),
      role,
      site_id: input.site_id ?? actor.siteId,
      created_by: actor.userId,
      expires_at: input.expires_at ?? null,
    })
    .returning(COLUMNS.map((c) => c.replace('api_keys.', '')));
  await recordAudit(trx, {
    actor,
    action: 'api_key.created',
    targetType: 'api_key',
    targetId: row.id,
    data: { name: row.name, role: row.role, site_id: row.site_id, expires_at: iso(row.expires_at) },
  });
  return { api_key: presentApiKey(row), secret };
}

/**
 * The keys the actor may see: the account's (row-level security), or, for an actor restricted to a site (a key or
 * a widget session), the keys of that site only, as it may create only those: not another site's, nor one that
 * reaches the whole account.
 */
function visibleKeys(trx: Knex.Transaction, actor: Actor): Knex.QueryBuilder {
  const q = trx('api_keys');
  if (actor.siteId) q.where('api_keys.site_id', actor.siteId);
  return q;
}

export async function listApiKeys(trx: Knex.Transaction, actor: Actor, page: { limit: number; cursor?: string }) {
  const result = await paginate<ApiKeyRow>(visibleKeys(trx, actor).select(COLUMNS), { table: 'api_keys', ...page });
  return { data: result.data.map(presentApiKey), meta: result.meta };
}

export async function getApiKey(trx: Knex.Transaction, actor: Actor, id: string) {
  const row = await visibleKeys(trx, actor).where({ id }).first(COLUMNS);
  if (!row) throw new NotFoundError('API key');
  return presentApiKey(row);
}

/** Revokes a key (again: nothing changes, nothing is recorded). */
export async function revokeApiKey(trx: Knex.Transaction, actor: Actor, id: string, now: Date) {
  const row = await visibleKeys(trx, actor).where({ id }).first('id', 'name', 'revoked_at');
  if (!row) throw new NotFoundError('API key');
  if (row.revoked_at) return;
  await trx('api_keys').where({ id }).update({ revoked_at: now });
  await recordAudit(trx, {
    actor,
    action: 'api_key.revoked',
    targetType: 'api_key',
    targetId: id,
    data: { name: row.name },
  });
}
