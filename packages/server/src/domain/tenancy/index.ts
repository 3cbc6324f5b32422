// Tenancy: accounts, members and invitations, sites and their sectors, API keys, industries, the caller.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as accounts from './accounts.js';
export * as apiKeys from './api-keys.js';
export * as industries from './industries.js';
export * as me from './me.js';
export * as members from './members.js';
export * as sites from './sites.js';
