// Publishing: contents sent to the site's WordPress over the signed bridge — one Publication per content, sent now,
// at a date the server keeps or at the automation's cadence, retried with back-off, then failed on a list to send
// again — and what WordPress reports back about those posts.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as due from './due.js';
export * as events from './events.js';
export * as payload from './payload.js';
export * as publications from './publications.js';
export * as retract from './retract.js';
export * as send from './send.js';
