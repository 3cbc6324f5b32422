// The operator's view across accounts. Runs in transactions with app.operator set (row-level
// security lets the operator see every tenant); every change is audited.
import type { components } from '@igny8/contract/openapi';
import type { Knex } from 'knex';
import { type AccountAiSettings, type AiRegistry, DEFAULT_PROMPTS, templateVariables } from '../../ai/index.js';
import { count } from '../../db/count.js';
import { paginate } from '../../db/pagination.js';
import { AppError, NotFoundError } from '../../errors.js';
import { presentBalance } from '../billing/balance.js';
import { presentCost, setCost } from '../billing/costs.js';
import { type Pool, post } from '../billing/credits.js';
import { createPackage, updatePackage } from '../billing/packages.js';
import { approvePayment, rejectPayment } from '../billing/payments.js';
import { presentPlan } from '../billing/plans.js';
import { findSubscription, presentSubscription } from '../billing/subscriptions.js';
import { type AccountRow, loadAccount } from '../tenancy/accounts.js';

export async function audit(
  trx: Knex.Transaction,
  e: { accountId: string | null; operatorId: string; action: string; data: Record<string, unknown> },
) {
  await trx('audit_events').insert({
    account_id: e.accountId,
    actor_type: 'operator',
    actor_id: e.operatorId,
    action: e.action,
    data: JSON.stringify(e.data),
  });
}

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
  input: { accountId: string; operatorId: string; pool: Pool; amount: number; reason: string },
) {
  await getAccount(trx, input.accountId);
  await post(trx, {
    accountId: input.accountId,
    kind: input.amount > 0 ? 'grant' : 'adjustment',
    pool: input.pool,
    amount: input.amount,
    reason: input.reason,
    actor: `operator:${input.operatorId}`,
  });
  await audit(trx, {
    accountId: input.accountId,
    operatorId: input.operatorId,
    action: 'credits.adjust',
    data: { pool: input.pool, amount: input.amount, reason: input.reason },
  });
  return presentBalance(trx, input.accountId);
}

export async function setAccountStatus(
  trx: Knex.Transaction,
  input: { accountId: string; operatorId: string; status: AccountRow['status']; reason: string },
) {
  const before = await trx('accounts').where({ id: input.accountId }).first('status');
  if (!before) throw new NotFoundError('Account');
  await trx('accounts').where({ id: input.accountId }).update({ status: input.status, updated_at: trx.fn.now() });
  await audit(trx, {
    accountId: input.accountId,
    operatorId: input.operatorId,
    action: 'account.status',
    data: { from: before.status, to: input.status, reason: input.reason },
  });
  return adminAccount(trx, input.accountId);
}

export async function upsertPlan(
  trx: Knex.Transaction,
  input: {
    code: string;
    operatorId: string;
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
  const { code, operatorId, ...fields } = input;
  const [row] = await trx('plans')
    .insert({ code, ...fields, currency: fields.currency ?? 'USD' })
    .onConflict('code')
    .merge({ ...fields, updated_at: trx.fn.now() })
    .returning('*');
  await audit(trx, { accountId: null, operatorId, action: 'plan.upsert', data: { code, ...fields } });
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
  input: { accountId: string; operatorId: string; settings: AccountAiSettings },
) {
  await getAccount(trx, input.accountId);
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
  await audit(trx, {
    accountId: input.accountId,
    operatorId: input.operatorId,
    action: 'account.ai',
    data: { ...settings },
  });
  return {
    // As stored: JSON, where a template left undefined is no key at all.
    settings: JSON.parse(JSON.stringify(settings)) as AccountAiSettingsBody,
    available_providers: ai.names,
    effective: ai.providersFor(empty ? undefined : settings).chains,
  };
}

type AccountAiSettingsBody = components['schemas']['AccountAiSettings'];

/** The operator's actions on billing's catalogue and payments, each audited in the same transaction. */
export async function approvePaymentAudited(trx: Knex.Transaction, operatorId: string, paymentId: string, now: Date) {
  const payment = await approvePayment(trx, { paymentId, operatorId, now });
  await audit(trx, { accountId: null, operatorId, action: 'payment.approve', data: { payment_id: payment.id } });
  return payment;
}

export async function rejectPaymentAudited(
  trx: Knex.Transaction,
  operatorId: string,
  paymentId: string,
  reason: string,
) {
  const payment = await rejectPayment(trx, { paymentId, operatorId, reason });
  await audit(trx, { accountId: null, operatorId, action: 'payment.reject', data: { payment_id: payment.id, reason } });
  return payment;
}

export async function setCreditCost(trx: Knex.Transaction, operatorId: string, input: Parameters<typeof setCost>[1]) {
  const cost = await setCost(trx, input);
  await audit(trx, { accountId: null, operatorId, action: 'credit_cost.set', data: { ...input } });
  return presentCost(cost);
}

export async function createCreditPackage(
  trx: Knex.Transaction,
  operatorId: string,
  input: Parameters<typeof createPackage>[1],
) {
  const created = await createPackage(trx, input);
  await audit(trx, { accountId: null, operatorId, action: 'credit_package.create', data: { ...input } });
  return created;
}

export async function updateCreditPackage(
  trx: Knex.Transaction,
  operatorId: string,
  packageId: string,
  input: Parameters<typeof updatePackage>[2],
) {
  const updated = await updatePackage(trx, packageId, input);
  await audit(trx, { accountId: null, operatorId, action: 'credit_package.update', data: { id: packageId, ...input } });
  return updated;
}
