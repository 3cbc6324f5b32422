import { operatorLogin } from '../../../auth/operators.js';
import { presentCost, setCost } from '../../../domain/billing/costs.js';
import { runRenewals } from '../../../domain/billing/maintenance.js';
import { createPackage, updatePackage } from '../../../domain/billing/packages.js';
import { approvePayment, listPayments, rejectPayment } from '../../../domain/billing/payments.js';
import * as admin from '../../../domain/operator/console.js';
import type { HandlerGroup } from '../../handler.js';

export const adminHandlers: HandlerGroup = {
  operatorLogin: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`operator-login:${ctx.ip}`, `operator-login:${body.email.toLowerCase()}`]);
    return { data: await operatorLogin(deps, body) };
  },
  adminListAccounts: async ({ db, query }) => admin.listAccounts(db, query),
  adminGetAccount: async ({ db, params }) => ({ data: await admin.getAccount(db, params.account_id) }),
  adminAdjustCredits: async ({ db, params, body, principal }) => ({
    data: await admin.adjustCredits(db, {
      accountId: params.account_id,
      operatorId: principal.operatorId as string,
      pool: body.pool,
      amount: body.amount,
      reason: body.reason,
    }),
  }),
  adminSetAccountStatus: async ({ db, params, body, principal }) => ({
    data: await admin.setAccountStatus(db, {
      accountId: params.account_id,
      operatorId: principal.operatorId as string,
      status: body.status,
      reason: body.reason,
    }),
  }),
  adminSetAccountAi: async ({ db, params, body, principal, deps }) => ({
    data: await admin.setAccountAi(db, deps.ai, {
      accountId: params.account_id,
      operatorId: principal.operatorId as string,
      settings: body,
    }),
  }),
  adminListPayments: async ({ db, query }) => listPayments(db, query),
  adminApprovePayment: async ({ db, params, principal, deps }) => {
    const payment = await approvePayment(db, {
      paymentId: params.payment_id,
      operatorId: principal.operatorId as string,
      now: deps.now(),
    });
    await admin.audit(db, {
      accountId: null,
      operatorId: principal.operatorId as string,
      action: 'payment.approve',
      data: { payment_id: payment.id },
    });
    return { data: payment };
  },
  adminRejectPayment: async ({ db, params, body, principal }) => {
    const payment = await rejectPayment(db, {
      paymentId: params.payment_id,
      operatorId: principal.operatorId as string,
      reason: body.reason,
    });
    await admin.audit(db, {
      accountId: null,
      operatorId: principal.operatorId as string,
      action: 'payment.reject',
      data: { payment_id: payment.id, reason: body.reason },
    });
    return { data: payment };
  },
  adminUpsertPlan: async ({ db, params, body, principal }) => ({
    data: await admin.upsertPlan(db, { code: params.plan_code, operatorId: principal.operatorId as string, ...body }),
  }),
  adminSetCreditCost: async ({ db, body, principal }) => {
    const cost = await setCost(db, body);
    await admin.audit(db, {
      accountId: null,
      operatorId: principal.operatorId as string,
      action: 'credit_cost.set',
      data: { ...body },
    });
    return { data: presentCost(cost) };
  },
  adminCreateCreditPackage: async ({ db, body, principal }) => {
    const created = await createPackage(db, body);
    await admin.audit(db, {
      accountId: null,
      operatorId: principal.operatorId as string,
      action: 'credit_package.create',
      data: { ...body },
    });
    return { data: created };
  },
  adminUpdateCreditPackage: async ({ db, params, body, principal }) => {
    const updated = await updatePackage(db, params.package_id, body);
    await admin.audit(db, {
      accountId: null,
      operatorId: principal.operatorId as string,
      action: 'credit_package.update',
      data: { id: params.package_id, ...body },
    });
    return { data: updated };
  },
  adminRunRenewals: async ({ deps }) => ({
    data: await runRenewals({
      owner: deps.db.owner,
      app: deps.db.app,
      now: deps.now,
      graceDays: deps.config.billing.graceDays,
    }),
  }),
};
