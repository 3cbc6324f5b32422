// Reading the audit log: the account's events, newest first, in keyset pages, by action, by actor and by time.
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import type { AuditAction, AuditActorType } from './record.js';

interface AuditEventRow {
  id: string;
  action: AuditAction;
  actor_type: AuditActorType;
  actor_id: string | null;
  actor_label: string | null;
  target_type: string | null;
  target_id: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  created_at: Date;
}

const presentEvent = (e: AuditEventRow) => ({
  id: e.id,
  action: e.action,
  actor: { type: e.actor_type, id: e.actor_id, label: e.actor_label },
  target_type: e.target_type,
  target_id: e.target_id,
  data: e.data,
  ip: e.ip,
  created_at: e.created_at.toISOString(),
});

export interface AuditQuery {
  limit: number;
  cursor?: string;
  action?: AuditAction;
  /** Only what this user, key, operator or site did. */
  actor_id?: string;
  /** From this instant, inclusive. */
  since?: string;
  /** Before this instant. */
  until?: string;
}

export async function listAuditEvents(trx: Knex.Transaction, accountId: string, query: AuditQuery) {
  const q = trx('audit_events')
    .where('audit_events.account_id', accountId)
    .select(
      'audit_events.id',
      'audit_events.action',
      'audit_events.actor_type',
      'audit_events.actor_id',
      'audit_events.actor_label',
      'audit_events.target_type',
      'audit_events.target_id',
      'audit_events.data',
      trx.raw('host(audit_events.ip) as ip'),
      'audit_events.created_at',
    );
  if (query.action) q.where('audit_events.action', query.action);
  if (query.actor_id) q.where('audit_events.actor_id', query.actor_id);
  if (query.since) q.where('audit_events.created_at', '>=', query.since);
  if (query.until) q.where('audit_events.created_at', '<', query.until);
  const page = await paginate<AuditEventRow>(q, {
    table: 'audit_events',
    limit: query.limit,
    cursor: query.cursor,
    orderBy: { column: 'created_at', type: 'timestamptz', direction: 'desc' },
  });
  return { data: page.data.map(presentEvent), meta: page.meta };
}
