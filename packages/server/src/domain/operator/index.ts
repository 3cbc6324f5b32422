// The operator's console: every account, credits, statuses, plans, costs, packages, payments — each change audited;
// and the platform's own upkeep (stored secrets sealed again after a rotation of the server secret).
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as console from './console.js';
export * as resealSecrets from './reseal-secrets.js';
