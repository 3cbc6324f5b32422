// The audit log over HTTP: the account's events for its owners (the role is the spec's, checked by the router).
import { listAuditEvents } from '../../../domain/audit/list.js';
import type { HandlerGroup } from '../../handler.js';

export const auditHandlers: HandlerGroup = {
  listAuditEvents: async ({ db, actor, query }) => listAuditEvents(db, actor.accountId, query),
};
