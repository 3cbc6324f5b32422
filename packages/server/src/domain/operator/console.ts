// The operator's view across accounts. Runs in transactions with app.operator set (row-level
// security lets the operator see every tenant); every change is audited: an action on an account in that account's
// log (its owners see what the operator did), one on the catalogue in the operator's own (no account).
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { type AccountAiSettings, type AiRegistry, DEFAULT_PROMPTS, templateVariables } from '../../ai/index.js';
import { count } from '../../db/count.js';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { recordAudit, recordPlatformAudit } from '../audit/index.js';
import { presentBalance } from '../billing/balance.js';
import { presentCost, setCost } from '../billing/costs.js';
import { type Pool, post } from '../billing/credits.js';
import { createPackage, updatePackage } from '../billing/packages.js';
import { approvePayment, rejectPayment } from '../billing/payments.js';
import { presentPlan } from '../billing/plans.js';
import { findSubscription, presentSubscription } from '../billing/subscriptions.js';
import { type AccountRow, loadAccount } from '../tenancy/accounts.js';

/** The operator's id, for the columns that name who decided (`decided_by`, the ledger's actor). */
const operatorIdOf = (operator: Actor) => operator.operatorId as string;

async function adminAccount(trx: Knex.Transaction, accountId: string) {
  const sub = await findSubscription(trx, accountId);
  return {
    account: await loadAccount(trx, accountId),
    balance: await presentBalance(trx, accountId),
    subscription: sub ? await presentSubscription(trx, sub) : null,
    members: await count(trx('memberships').where({ account_id: accountId })),
  };
}

export async function listAccounts(trx: Knex.Transaction, page: { limit: number; cursor?: string }) {
  const result = await paginate<AccountRow>(trx('accounts').select('accounts.*'), { table: 'accounts', ...page });
  const data = [];
  for (const a of result.data) data.push(await adminAccount(trx, a.id));
  return { data, meta: result.meta };
}

export async function getAccount(trx: Knex.Transaction, accountId: string) {
  const exists = await trx('accounts').where({ id: accountId }).first('id');
  if (!exists) throw new NotFoundError('Account');
  return adminAccount(trx, accountId);
}

export async function adjustCredits(
  trx: Knex.Transaction,
  input: { accountId: string; operator: Actor; pool: Pool; amount: number; reason: string },
) {
  await getAccount(trx, input.accountId);
  await post(trx, {
    accountId: input.accountId,
    kind: input.amount > 0 ? 'grant' : 'adjustment',
    pool: input.pool,
    amount: input.amount,
    reason: input.reason,
    actor: `operator:${operatorIdOf(input.operator)}`,
  });
  await recordAudit(trx, {
    actor: input.operator,
    accountId: input.accountId,
    action: 'credits.adjusted',
    targetType: 'account',
    targetId: input.accountId,
    data: { pool: input.pool, amount: input.amount, reason: input.reason },
  });
  return presentBalance(trx, input.accountId);
}

export async function setAccountStatus(
  trx: Knex.Transaction,
  input: { accountId: string; operator: Actor; status: AccountRow['status']; reason: string },
) {
  const before = await trx('accounts').where({ id: input.accountId }).first('status');
  if (!before) throw new NotFoundError('Account');
  await trx('accounts').where({ id: input.accountId }).update({ status: input.status, updated_at: trx.fn.now() });
  await recordAudit(trx, {
    actor: input.operator,
    accountId: input.accountId,
    action: 'account.status_changed',
    targetType: 'account',
    targetId: input.accountId,
    data: { from: before.status, to: input.status, reason: input.reason },
  });
  return adminAccount(trx, input.accountId);
}

export async function upsertPlan(
  trx: Knex.Transaction,
  input: {
    code: string;
    operator: Actor;
    name: string;
    price_cents: number;
    currency?: string;
    credits_per_month: number;
    max_sites: number;
    max_users: number;
    max_keywords: number;
    max_sectors_per_site: number;
    is_public?: boolean;
  },
) {
  const { code, operator, ...fields } = input;
  const [row] = await trx('plans')
    .insert({ code, ...fields, currency: fields.currency ?? 'USD' })
    .onConflict('code')
    .merge({ ...fields, updated_at: trx.fn.now() })
    .returning('*');
  await recordPlatformAudit(trx, { actor: operator, action: 'plan.upsert', data: { code, ...fields } });
  return presentPlan(row);
}

/**
 * Sets an account's AI choice. Names must be configured providers (a stale name would be ignored at
 * run time, but refusing it here tells the operator now); template overrides may use only the
 * variables the default template has.
 */
export async function setAccountAi(
  trx: Knex.Transaction,
  ai: AiRegistry,
  input: { accountId: string; operator: Actor; settings: AccountAiSettings },
) {
  const before = await trx('accounts').where({ id: input.accountId }).first('ai_settings');
  if (!before) throw new NotFoundError('Account');
  const { settings } = input;
  const names = [settings.provider, ...Object.values(settings.chains ?? {}).flat()].filter((n): n is string =>
    Boolean(n),
  );
  const unknown = names.filter((n) => !ai.names.includes(n));
  if (unknown.length) {
    throw new AppError('UNPROCESSABLE', `Unknown AI provider(s): ${unknown.join(', ')}.`, {
      available: ai.names,
    });
  }
  for (const [task, template] of Object.entries(settings.templates ?? {})) {
    const base = DEFAULT_PROMPTS[task];
    if (!base)
      throw new AppError('UNPROCESSABLE', `No prompt template named ${task}.`, {
        available: Object.keys(DEFAULT_PROMPTS),
      });
    const allowed = new Set([...templateVariables(base.user), ...templateVariables(base.system ?? '')]);
    const used = [...templateVariables(template?.user ?? ''), ...templateVariables(template?.system ?? '')];
    const strange = used.filter((v) => !allowed.has(v));
    if (strange.length) {
      throw new AppError('UNPROCESSABLE', `The ${task} template uses unknown variables: ${strange.join(', ')}.`, {
        allowed: [...allowed],
      });
    }
  }
  const empty = !settings.provider && !settings.chains && !settings.templates;
  await trx('accounts')
    .where({ id: input.accountId })
    .update({ ai_settings: empty ? null : JSON.stringify(settings), updated_at: trx.fn.now() });
  await recordAudit(trx, {
    actor: input.operator,
    accountId: input.accountId,
    action: 'account.ai_settings_changed',
    targetType: 'account',
    targetId: input.accountId,
    // As stored: JSON (a template left undefined is no key), empty settings none at all.
    data: { from: before.ai_settings ?? null, to: empty ? null : JSON.parse(JSON.stringify(settings)) },
  });
  return {
    // As stored: JSON, where a template left undefined is no key at all.
    settings: JSON.parse(JSON.stringify(settings)) as AccountAiSettingsBody,
    available_providers: ai.names,
    effective: ai.providersFor(empty ? undefined : settings).chains,
  };
}

type AccountAiSettingsBody = components['schemas']['AccountAiSettings'];

/**
 * A decision on a payment, in the log of the payment's account. Payments outlive their account (billing.md): the
 * decision on one whose account is gone goes in the operator's own log.
 */
async function auditPayment(
  trx: Knex.Transaction,
  operator: Actor,
  action: 'payment.approved' | 'payment.rejected',
  payment: { id: string; invoice_id: string; amount_cents: number; currency: string },
  reason?: string,
) {
  const row = await trx('payments')
    .leftJoin('accounts', 'accounts.id', 'payments.account_id')
    .where('payments.id', payment.id)
    .first('accounts.id as account_id');
  const data = {
    payment_id: payment.id,
    invoice_id: payment.invoice_id,
    amount_cents: payment.amount_cents,
    currency: payment.currency,
    ...(reason === undefined ? {} : { reason }),
  };
  if (!row?.account_id) {
    await recordPlatformAudit(trx, { actor: operator, action, data });
    return;
  }
  await recordAudit(trx, {
    actor: operator,
    accountId: row.account_id,
    action,
    targetType: 'payment',
    targetId: payment.id,
    data,
  });
}

/** The operator's actions on billing's catalogue and payments, each audited in the same transaction. */
export async function approvePaymentAudited(trx: Knex.Transaction, operator: Actor, paymentId: string, now: Date) {
  const payment = await approvePayment(trx, { paymentId, operatorId: operatorIdOf(operator), now });
  await auditPayment(trx, operator, 'payment.approved', payment);
  return payment;
}

export async function rejectPaymentAudited(trx: Knex.Transaction, operator: Actor, paymentId: string, reason: string) {
  const payment = await rejectPayment(trx, { paymentId, operatorId: operatorIdOf(operator), reason });
  await auditPayment(trx, operator, 'payment.rejected', payment, reason);
  return payment;
}

export async function setCreditCost(trx: Knex.Transaction, operator: Actor, input: Parameters<typeof setCost>[1]) {
  const cost = await setCost(trx, input);
  await recordPlatformAudit(trx, { actor: operator, action: 'credit_cost.set', data: { ...input } });
  return presentCost(cost);
}

export async function createCreditPackage(
  trx: Knex.Transaction,
  operator: Actor,
  input: Parameters<typeof createPackage>[1],
) {
  const created = await createPackage(trx, input);
  await recordPlatformAudit(trx, { actor: operator, action: 'credit_package.create', data: { ...input } });
  return created;
}

export async function updateCreditPackage(
  trx: Knex.Transaction,
  operator: Actor,
  packageId: string,
  input: Parameters<typeof updatePackage>[2],
) {
  const updated = await updatePackage(trx, packageId, input);
  await recordPlatformAudit(trx, {
    actor: operator,
    action: 'credit_package.update',
    data: { id: packageId, ...input },
  });
  return updated;
}
