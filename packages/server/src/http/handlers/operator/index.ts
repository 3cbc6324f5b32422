import { operatorLogin } from '../../../auth/operators.js';
import { billingMaintenance } from '../../../deps.js';
import { runRenewals } from '../../../domain/billing/maintenance.js';
import { listPayments } from '../../../domain/billing/payments.js';
import * as admin from '../../../domain/operator/console.js';
import * as publications from '../../../domain/publishing/publications.js';
import type { HandlerGroup } from '../../handler.js';

export const adminHandlers: HandlerGroup = {
  operatorLogin: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`operator-login:${ctx.ip}`, `operator-login:${body.email.toLowerCase()}`]);
    return { data: await operatorLogin(deps, body) };
  },
  adminListAccounts: async ({ db, query }) => admin.listAccounts(db, query),
  adminGetAccount: async ({ db, params }) => ({ data: await admin.getAccount(db, params.account_id) }),
  adminAdjustCredits: async ({ db, params, body, actor }) => ({
    data: await admin.adjustCredits(db, {
      accountId: params.account_id,
      operator: actor,
      pool: body.pool,
      amount: body.amount,
      reason: body.reason,
    }),
  }),
  adminSetAccountStatus: async ({ db, params, body, actor }) => ({
    data: await admin.setAccountStatus(db, {
      accountId: params.account_id,
      operator: actor,
      status: body.status,
      reason: body.reason,
    }),
  }),
  adminSetAccountAi: async ({ db, params, body, actor, deps }) => ({
    data: await admin.setAccountAi(db, deps.ai, {
      accountId: params.account_id,
      operator: actor,
      settings: body,
    }),
  }),
  adminListPayments: async ({ db, query }) => listPayments(db, query),
  adminApprovePayment: async ({ db, params, actor, deps }) => ({
    data: await admin.approvePaymentAudited(db, actor, params.payment_id, deps.now()),
  }),
  adminRejectPayment: async ({ db, params, body, actor }) => ({
    data: await admin.rejectPaymentAudited(db, actor, params.payment_id, body.reason),
  }),
  adminUpsertPlan: async ({ db, params, body, actor }) => ({
    data: await admin.upsertPlan(db, { code: params.plan_code, operator: actor, ...body }),
  }),
  adminSetCreditCost: async ({ db, body, actor }) => ({
    data: await admin.setCreditCost(db, actor, body),
  }),
  adminCreateCreditPackage: async ({ db, body, actor }) => ({
    data: await admin.createCreditPackage(db, actor, body),
  }),
  adminUpdateCreditPackage: async ({ db, params, body, actor }) => ({
    data: await admin.updateCreditPackage(db, actor, params.package_id, body),
  }),
  adminListPublications: async ({ db, query }) => publications.listAllPublications(db, query),
  adminRedrivePublication: async ({ db, params, body, deps }) => ({
    data: await publications.redriveAsOperator(db, { queue: deps.jobs, now: deps.now }, params.publication_id, body),
  }),
  adminRunRenewals: async ({ deps }) => ({ data: await runRenewals(billingMaintenance(deps)) }),
};
