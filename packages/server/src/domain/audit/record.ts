// Writing the audit log: one row per action, in the transaction of the change itself, so an action that rolls back
// records nothing and one that commits cannot go unrecorded. The row names the actor as it was then (an email, a
// key's name, a site's name: a later rename or deletion does not rewrite history), what was acted on, what changed
// and the address the request came from. `audit_events` is append-only (migration 0021).
import { isIP } from 'node:net';
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { type Actor, jobActor } from '../actor.js';

export type AuditAction = components['schemas']['AuditAction'];
export type AuditActorType = components['schemas']['AuditActorType'];

/** What an event is about (`target_type`); its id is `target_id`. */
export type AuditTargetType =
  | 'account'
  | 'api_key'
  | 'invitation'
  | 'member'
  | 'payment'
  | 'site'
  | 'subscription'
  | 'user'
  | 'webhook_endpoint';

export interface AuditEntry {
  /**
   * Who acted, as the domain function was given it. It is recorded as: `user` → user (label: the email); `api_key` →
   * api_key (the key's name); `widget` → user, the person behind the session (the issuing user and their email when
   * a user issued it, else no id and the session's subject, e.g. `wordpress:<site>:<WordPress user id>`); `site` →
   * site (the site's name); `operator` → operator (the operator's email); `job` → user when the job works for the
   * person who started it (it does what they asked), else system — the server on its own account, as when it
   * disables a failing webhook endpoint (`systemActor`).
   */
  actor: Actor;
  action: AuditAction;
  targetType?: AuditTargetType | null;
  targetId?: string | null;
  /** What changed, e.g. `{ from, to }`. Never a secret: keys that look like one are refused (see `assertNoSecrets`). */
  data?: Record<string, unknown>;
  /** The request's address; by default the actor's (set by the router). */
  ip?: string | null;
  /**
   * The account whose log it goes in; by default the actor's. Required for the operator, whose actor has no account:
   * the operator's actions on an account go in that account's log.
   */
  accountId?: string;
}

/** The actor of what the server does on its own in an account (no person asked): recorded as `system`. */
export const systemActor = (accountId: string): Actor => jobActor(accountId, null, null);

/**
 * Records one event in `trx` (the change's own transaction). The transaction must see the account: a tenant
 * transaction of that account, or the operator's.
 */
export async function recordAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<void> {
  const accountId = entry.accountId ?? entry.actor.accountId;
  if (!accountId) throw new Error(`recordAudit(${entry.action}): no account to record it in`);
  await insertEvent(trx, accountId, entry);
}

/** The operator's actions on the platform itself (plans, credit costs, packages): no account's log, the operator's. */
export type PlatformAuditAction = 'plan.upsert' | 'credit_cost.set' | 'credit_package.create' | 'credit_package.update';

/** Records an operator's action on the platform's catalogue (`account_id` null: only the operator sees it). */
export async function recordPlatformAudit(
  trx: Knex.Transaction,
  entry: { actor: Actor; action: PlatformAuditAction | AuditAction; data: Record<string, unknown> },
): Promise<void> {
  await insertEvent(trx, null, entry);
}

async function insertEvent(
  trx: Knex.Transaction,
  accountId: string | null,
  entry: Omit<AuditEntry, 'action'> & { action: string },
): Promise<void> {
  const data = entry.data ?? {};
  assertNoSecrets(data);
  const who = await actorOf(trx, entry.actor);
  await trx('audit_events').insert({
    account_id: accountId,
    action: entry.action,
    actor_type: who.type,
    actor_id: who.id,
    actor_label: who.label,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    data: JSON.stringify(data),
    ip: normalizeIp(entry.ip === undefined ? entry.actor.ip : entry.ip),
  });
}

interface RecordedActor {
  type: AuditActorType;
  id: string | null;
  label: string | null;
}

const USER_SUBJECT = /^user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The actor as the log records it, labelled as it is now (see `AuditEntry.actor`). */
async function actorOf(trx: Knex.Transaction, actor: Actor): Promise<RecordedActor> {
  switch (actor.kind) {
    case 'user':
      return userActor(trx, actor.userId);
    case 'api_key': {
      const key = actor.apiKeyId ? await trx('api_keys').where({ id: actor.apiKeyId }).first('name') : undefined;
      return { type: 'api_key', id: actor.apiKeyId, label: key?.name ?? null };
    }
    case 'widget': {
      const issuer = actor.userId ?? USER_SUBJECT.exec(actor.subject ?? '')?.[1] ?? null;
      if (issuer) return userActor(trx, issuer);
      return { type: 'user', id: null, label: actor.subject || null };
    }
    case 'site': {
      const site = actor.siteId ? await trx('sites').where({ id: actor.siteId }).first('name') : undefined;
      return { type: 'site', id: actor.siteId, label: site?.name ?? null };
    }
    case 'operator': {
      const id = actor.operatorId ?? null;
      const operator = id ? await trx('operators').where({ id }).first('email') : undefined;
      return { type: 'operator', id, label: operator?.email ?? null };
    }
    case 'job':
      return actor.userId ? userActor(trx, actor.userId) : { type: 'system', id: null, label: null };
  }
}

async function userActor(trx: Knex.Transaction, userId: string | null): Promise<RecordedActor> {
  const user = userId ? await trx('users').where({ id: userId }).first('email') : undefined;
  return { type: 'user', id: userId, label: user?.email ?? null };
}

/** An address PostgreSQL's `inet` takes, IPv4 written plainly (not `::ffff:1.2.3.4`); anything else is no address. */
export function normalizeIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return isIP(plain) ? plain : null;
}

const SECRET_KEY = /secret|password|token|hash/i;

/**
 * Refuses data with a key that names a secret (a password, a token, a signing secret, a hash), at any depth: a
 * programming error, caught by the tests of whoever records it, never a row in the log.
 */
export function assertNoSecrets(value: unknown, path = 'data'): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) assertNoSecrets(item, `${path}[${i}]`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) throw new Error(`Audit data must not carry secrets (${path}.${key}).`);
    assertNoSecrets(item, `${path}.${key}`);
  }
}
