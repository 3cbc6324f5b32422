// Billing: plans, credit costs and the exactly-once ledger (reserve, capture, release), charged runs any module
// starts, budgets, subscriptions and renewals, invoices and their PDFs, payments (manual and Stripe), usage.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as balance from './balance.js';
export * as budgets from './budgets.js';
export * as chargedRuns from './charged-runs.js';
export * as costs from './costs.js';
export * as credits from './credits.js';
export * as invoicePdf from './invoice-pdf.js';
export * as invoices from './invoices.js';
export * as maintenance from './maintenance.js';
export * as notifications from './notifications.js';
export * as packages from './packages.js';
export * as payments from './payments.js';
export * as plans from './plans.js';
export * as stripeGateway from './stripe-gateway.js';
export * as subscriptions from './subscriptions.js';
export * as usage from './usage.js';
