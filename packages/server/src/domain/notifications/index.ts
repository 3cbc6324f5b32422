// Notifications by email: each person's preferences per kind (with defaults by role), and the email outbox that
// `notify()` (domain/billing/notifications.ts) fills in the notification's own transaction and the worker sends.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as emails from './emails.js';
export * as preferences from './preferences.js';
