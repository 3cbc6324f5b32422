// The audit log: who did what in an account — sign-ins, API keys, members and their sites, the plan, the operator's
// actions, WordPress connections, webhook endpoints — recorded in the change's own transaction, append-only, listed
// to the account's owners (docs/audit.md).
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).
//
// What other modules call (the small API):
//   recordAudit(trx, { actor, action, targetType?, targetId?, data?, ip?, accountId? })
//     e.g. a webhook endpoint change: recordAudit(trx, { actor, action: 'webhook_endpoint.created',
//       targetType: 'webhook_endpoint', targetId: endpoint.id, data: { url, events } }) — never the signing secret;
//     the delivery worker disabling a failing one: recordAudit(trx, { actor: systemActor(accountId),
//       action: 'webhook_endpoint.disabled', targetType: 'webhook_endpoint', targetId, data: { reason: 'failing' } }).
//   systemActor(accountId): the server acting on its own (recorded as `system`).
//   recordPlatformAudit(trx, { actor, action, data }): the operator's actions on the catalogue (no account's log).

export * as list from './list.js';
export * as record from './record.js';
export {
  type AuditAction,
  type AuditEntry,
  type AuditTargetType,
  recordAudit,
  recordPlatformAudit,
  systemActor,
} from './record.js';
