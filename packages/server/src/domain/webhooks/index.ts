// Webhooks: events sent to the account's endpoints — the outbox written in the change's own transaction, endpoints
// and their rotating Standard Webhooks secrets, the delivery worker (through the pinned SSRF guard of src/net) and its retry schedule,
// the delivery log and replay.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as deliver from './deliver.js';
export * as deliveries from './deliveries.js';
export * as deliveryRow from './delivery-row.js';
export * as emitSites from './emit-sites.js';
export * as endpoints from './endpoints.js';
export * as outbox from './outbox.js';
export * as ports from './ports.js';
export * as signing from './signing.js';
