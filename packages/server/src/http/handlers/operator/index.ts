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
      operatorId: actor.operatorId as string,
      pool: body.pool,
      amount: body.amount,
      reason: body.reason,
    }),
  }),
  adminSetAccountStatus: async ({ db, params, body, actor }) => ({
    data: await admin.setAccountStatus(db, {
      accountId: params.account_id,
      operatorId: actor.operatorId as string,
      status: body.status,
      reason: body.reason,
    }),
  }),
  adminSetAccountAi: async ({ db, params, body, actor, deps }) => ({
    data: await admin.setAccountAi(db, deps.ai, {
      accountId: params.account_id,
      operatorId: actor.operatorId as string,
      settings: body,
    }),
  }),
  adminListPayments: async ({ db, query }) => listPayments(db, query),
  adminApprovePayment: async ({ db, params, actor, deps }) => ({
    data: await admin.approvePaymentAudited(db, actor.operatorId as string, params.payment_id, deps.now()),
  }),
  adminRejectPayment: async ({ db, params, body, actor }) => ({
    data: await admin.rejectPaymentAudited(db, actor.operatorId as string, params.payment_id, body.reason),
  }),
  adminUpsertPlan: async ({ db, params, body, actor }) => ({
    data: await admin.upsertPlan(db, { code: params.plan_code, operatorId: actor.operatorId as string, ...body }),
  }),
  adminSetCreditCost: async ({ db, body, actor }) => ({
    data: await admin.setCreditCost(db, actor.operatorId as string, body),
  }),
  adminCreateCreditPackage: async ({ db, body, actor }) => ({
    data: await admin.createCreditPackage(db, actor.operatorId as string, body),
  }),
  adminUpdateCreditPackage: async ({ db, params, body, actor }) => ({
    data: await admin.updateCreditPackage(db, actor.operatorId as string, params.package_id, body),
  }),
  adminListPublications: async ({ db, query }) => publications.listAllPublications(db, query),
  adminRedrivePublication: async ({ db, params, body, deps }) => ({
    data: await publications.redriveAsOperator(db, { queue: deps.jobs, now: deps.now }, params.publication_id, body),
  }),
  adminRunRenewals: async ({ deps }) => ({ data: await runRenewals(billingMaintenance(deps)) }),
};
