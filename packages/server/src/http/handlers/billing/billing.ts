import { listLedger, presentBalance } from '../../../domain/billing/balance.js';
import { estimateForAccount, setSiteBudget, siteBudget } from '../../../domain/billing/budgets.js';
import { listCosts, presentCost } from '../../../domain/billing/costs.js';
import { renderInvoicePdf } from '../../../domain/billing/invoice-pdf.js';
import { getInvoice, invoicePdfInput, listInvoices } from '../../../domain/billing/invoices.js';
import { listNotifications, markRead } from '../../../domain/billing/notifications.js';
import { listActivePackages, purchasePackage } from '../../../domain/billing/packages.js';
import { listPayments, payInvoice } from '../../../domain/billing/payments.js';
import { changeSubscription, findSubscription, presentSubscription } from '../../../domain/billing/subscriptions.js';
import { listUsage, usageSummary } from '../../../domain/billing/usage.js';
import { NotFoundError } from '../../../errors.js';
import type { HandlerGroup } from '../../handler.js';

export const billingHandlers: HandlerGroup = {
  getBalance: async ({ db, actor }) => ({ data: await presentBalance(db, actor.accountId) }),
  listLedger: async ({ db, actor, query }) => listLedger(db, actor.accountId, query),
  listCreditCosts: async ({ db }) => ({ data: (await listCosts(db)).map(presentCost) }),
  estimateCost: async ({ db, actor, body }) => ({ data: await estimateForAccount(db, actor, body) }),
  listUsage: async ({ db, actor, query }) => listUsage(db, actor.accountId, query),
  getUsageSummary: async ({ db, actor, query, deps }) => ({
    data: await usageSummary(db, actor.accountId, { from: query.from, to: query.to, now: deps.now() }),
  }),
  getSubscription: async ({ db, actor }) => {
    const sub = await findSubscription(db, actor.accountId);
    if (!sub) throw new NotFoundError('Subscription');
    return { data: await presentSubscription(db, sub) };
  },
  changeSubscription: async ({ db, actor, body, deps }) => ({
    data: await changeSubscription(db, {
      actor,
      accountId: actor.accountId,
      planCode: body.plan,
      now: deps.now(),
      graceDays: deps.config.billing.graceDays,
    }),
  }),
  listCreditPackages: async ({ db }) => ({ data: await listActivePackages(db) }),
  purchaseCreditPackage: async ({ db, actor, params, deps }) => ({
    data: await purchasePackage(db, {
      accountId: actor.accountId,
      packageId: params.package_id,
      now: deps.now(),
      graceDays: deps.config.billing.graceDays,
    }),
  }),
  listInvoices: async ({ db, actor, query }) => listInvoices(db, actor.accountId, query),
  getInvoice: async ({ db, params }) => ({ data: await getInvoice(db, params.invoice_id) }),
  getInvoicePdf: async ({ db, params, deps }) => {
    const input = await invoicePdfInput(db, params.invoice_id, deps.config.billing.seller);
    return {
      file: { contentType: 'application/pdf', body: await renderInvoicePdf(input), filename: `${input.number}.pdf` },
    };
  },
  payInvoice: async ({ db, params, body, deps }) => ({
    data: await payInvoice(db, {
      invoiceId: params.invoice_id,
      method: body.method,
      reference: body.reference,
      successUrl: body.success_url,
      cancelUrl: body.cancel_url,
      publicUrl: deps.config.publicUrl,
      stripe: deps.stripe,
    }),
  }),
  listPayments: async ({ db, actor, query }) => listPayments(db, { ...query, accountId: actor.accountId }),
  getSiteBudget: async ({ db, actor, params, deps }) => ({
    data: await siteBudget(db, actor, params.site_id, deps.now()),
  }),
  setSiteBudget: async ({ db, actor, params, body, deps }) => ({
    data: await setSiteBudget(db, actor, params.site_id, body.monthly_credit_cap, deps.now()),
  }),
  // A person's list leaves out the kinds they chose not to see in the app; an API key sees the account's whole list.
  listNotifications: async ({ db, actor, query }) =>
    listNotifications(db, actor.accountId, query, actor.kind === 'user' ? actor.userId : null),
  markNotificationRead: async ({ db, params, deps }) => ({
    data: await markRead(db, params.notification_id, deps.now()),
  }),
};
