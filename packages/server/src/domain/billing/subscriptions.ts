// Plans and subscriptions. One subscription per account; its plan is the account's plan. Periods are
// calendar months. A paid subscription invoice resets plan credits; an unpaid one past its grace
// period makes the subscription past_due and takes the plan credits to 0 (bonus credits stay).
import type { Knex } from 'knex';
import { count } from '../../db/count.js';
import { AppError, PlanLimitError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/index.js';
import { lockAccount } from '../tenancy/accounts.js';
import { emitEvent } from '../webhooks/outbox.js';
import { post, resetPlanCredits } from './credits.js';
import { createInvoice, type InvoiceRow, invoiceNumber, presentInvoice } from './invoices.js';
import { notify } from './notifications.js';
import { type PlanRow, presentPlan } from './plans.js';

export interface SubscriptionRow {
  id: string;
  account_id: string;
  plan_id: string;
  status: 'trialing' | 'active' | 'past_due' | 'cancelled';
  current_period_start: Date;
  current_period_end: Date;
  pending_plan_id: string | null;
  past_due_since: Date | null;
}

/** The same day next month (the last day when the month is shorter), in UTC. */
export function addMonth(date: Date): Date {
  const next = new Date(date);
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, last));
  return next;
}

const plan = (trx: Knex.Transaction, id: string) => trx('plans').where({ id }).first() as Promise<PlanRow>;

export async function presentSubscription(trx: Knex.Transaction, s: SubscriptionRow) {
  return {
    id: s.id,
    plan: presentPlan(await plan(trx, s.plan_id)),
    status: s.status,
    current_period_start: s.current_period_start.toISOString(),
    current_period_end: s.current_period_end.toISOString(),
    pending_plan: s.pending_plan_id ? presentPlan(await plan(trx, s.pending_plan_id)) : null,
    past_due_since: s.past_due_since?.toISOString() ?? null,
  };
}

export async function findSubscription(trx: Knex.Transaction, accountId: string, lock = false) {
  const q = trx('subscriptions').where({ account_id: accountId });
  if (lock) q.forNoKeyUpdate();
  return (await q.first()) as SubscriptionRow | undefined;
}

/** At sign-up: the free plan, active, with its credits granted. */
export async function startSubscription(trx: Knex.Transaction, accountId: string, planRow: PlanRow, now: Date) {
  await trx('subscriptions').insert({
    account_id: accountId,
    plan_id: planRow.id,
    status: 'active',
    current_period_start: now,
    current_period_end: addMonth(now),
  });
  await resetPlanCredits(trx, {
    accountId,
    credits: planRow.credits_per_month,
    reason: `${planRow.name} plan credits`,
  });
}

/** Refuses a plan the account already uses more than. */
async function assertFits(trx: Knex.Transaction, accountId: string, target: PlanRow) {
  const sites = await count(trx('sites').where({ account_id: accountId }));
  const users = await count(trx('memberships').where({ account_id: accountId }));
  const {
    rows: [{ sectors }],
  } = await trx.raw(
    'select coalesce(max(c), 0)::int as sectors from (select count(*) as c from site_sectors where account_id = ? group by site_id) s',
    [accountId],
  );
  if (sites > target.max_sites) {
    throw new PlanLimitError(
      'sites',
      target.max_sites,
      `The ${target.name} plan allows ${target.max_sites} site(s); delete sites first.`,
    );
  }
  if (users > target.max_users) {
    throw new PlanLimitError(
      'users',
      target.max_users,
      `The ${target.name} plan allows ${target.max_users} user(s); remove members first.`,
    );
  }
  if (sectors > target.max_sectors_per_site) throw new PlanLimitError('sectors_per_site', target.max_sectors_per_site);
}

async function setPlan(trx: Knex.Transaction, sub: SubscriptionRow, planId: string) {
  await trx('subscriptions')
    .where({ id: sub.id })
    .update({ plan_id: planId, pending_plan_id: null, updated_at: trx.fn.now() });
  await trx('accounts').where({ id: sub.account_id }).update({ plan_id: planId, updated_at: trx.fn.now() });
}

/**
 * Moves the account to another plan. An upgrade applies now, with an invoice for the price
 * difference over what is left of the period; a downgrade waits for the end of the period. Each change is audited
 * (`plan.changed`, `{ from, to, effective }`; choosing the current plan again cancels a pending downgrade, `cancelled`).
 */
export async function changeSubscription(
  trx: Knex.Transaction,
  input: { actor: Actor; accountId: string; planCode: string; now: Date; graceDays: number },
) {
  await lockAccount(trx, input.accountId);
  const sub = await findSubscription(trx, input.accountId, true);
  if (!sub) throw new AppError('CONFLICT', 'This account has no subscription.');
  const target = (await trx('plans').where({ code: input.planCode }).first()) as PlanRow | undefined;
  if (!target) throw new AppError('UNPROCESSABLE', `No plan named ${input.planCode}.`, { field: 'plan' });
  const current = await plan(trx, sub.plan_id);
  const audit = (data: Record<string, unknown>) =>
    recordAudit(trx, {
      actor: input.actor,
      accountId: input.accountId,
      action: 'plan.changed',
      targetType: 'subscription',
      targetId: sub.id,
      data,
    });
  if (target.id === current.id) {
    if (sub.pending_plan_id) {
      await trx('subscriptions').where({ id: sub.id }).update({ pending_plan_id: null });
      const pending = await plan(trx, sub.pending_plan_id);
      await audit({ from: current.code, to: current.code, effective: 'now', cancelled: pending.code });
    }
    return {
      subscription: await presentSubscription(trx, (await findSubscription(trx, input.accountId)) as SubscriptionRow),
      invoice: null,
    };
  }
  await assertFits(trx, input.accountId, target);
  let invoice: InvoiceRow | null = null;
  if (target.price_cents > current.price_cents) {
    await setPlan(trx, sub, target.id);
    const span = sub.current_period_end.getTime() - sub.current_period_start.getTime();
    const left = Math.max(0, sub.current_period_end.getTime() - input.now.getTime());
    const prorated = Math.round(((target.price_cents - current.price_cents) * left) / span);
    if (prorated > 0) {
      invoice = await createInvoice(trx, {
        accountId: input.accountId,
        kind: 'subscription',
        currency: target.currency,
        lines: [
          {
            description: `Upgrade from ${current.name} to ${target.name}, prorated to ${sub.current_period_end.toISOString().slice(0, 10)}`,
            quantity: 1,
            unitCents: prorated,
          },
        ],
        periodStart: input.now,
        periodEnd: sub.current_period_end,
        dueAt: new Date(input.now.getTime() + input.graceDays * 86_400_000),
        planId: target.id,
      });
    } else {
      await resetPlanCredits(trx, {
        accountId: input.accountId,
        credits: target.credits_per_month,
        reason: `${target.name} plan credits`,
      });
    }
    await audit({ from: current.code, to: target.code, effective: 'now' });
  } else {
    await trx('subscriptions').where({ id: sub.id }).update({ pending_plan_id: target.id, updated_at: trx.fn.now() });
    await audit({ from: current.code, to: target.code, effective: 'period_end' });
  }
  const fresh = (await findSubscription(trx, input.accountId)) as SubscriptionRow;
  return {
    subscription: await presentSubscription(trx, fresh),
    invoice: invoice
      ? presentInvoice(invoice, await trx('invoice_lines').where({ invoice_id: invoice.id }).orderBy('position'))
      : null,
  };
}

/**
 * What paying an invoice does: a subscription invoice resets plan credits to its plan's amount and
 * makes the subscription active again; a package invoice adds its bonus credits. Runs once: the
 * invoice is locked and must still be pending.
 */
export async function markInvoicePaid(trx: Knex.Transaction, invoiceId: string, now: Date): Promise<boolean> {
  const invoice = await trx('invoices').where({ id: invoiceId }).forNoKeyUpdate().first();
  if (!invoice || invoice.status === 'paid') return false;
  await trx('invoices').where({ id: invoiceId }).update({ status: 'paid', paid_at: now, updated_at: trx.fn.now() });
  if (invoice.kind === 'subscription' && invoice.plan_id) {
    const p = await plan(trx, invoice.plan_id);
    await resetPlanCredits(trx, {
      accountId: invoice.account_id,
      credits: p.credits_per_month,
      reason: `${p.name} plan credits (invoice paid)`,
    });
    await trx('subscriptions')
      .where({ account_id: invoice.account_id })
      .update({ status: 'active', past_due_since: null, updated_at: trx.fn.now() });
  }
  if (invoice.kind === 'credit_package' && invoice.bonus_credits) {
    await post(trx, {
      accountId: invoice.account_id,
      kind: 'purchase',
      pool: 'bonus',
      amount: invoice.bonus_credits,
      reason: `credit package (invoice ${invoice.number})`,
    });
  }
  await notify(trx, {
    accountId: invoice.account_id,
    kind: 'invoice.paid',
    title: 'Invoice paid',
    body: `Invoice ${invoice.number} is paid. Thank you.`,
    data: { invoice_id: invoice.id },
    dedupeKey: `invoice.paid:${invoice.id}`,
  });
  // Every way an invoice is paid (the operator approving a transfer, Stripe's webhook) comes through here, once.
  await emitEvent(trx, {
    accountId: invoice.account_id,
    type: 'invoice.paid',
    at: now,
    data: {
      account_id: invoice.account_id,
      invoice_id: invoice.id,
      number: invoiceNumber(invoice.number),
      total_cents: invoice.total_cents,
      currency: invoice.currency,
    },
  });
  return true;
}

export interface RenewalReport {
  renewed: number;
  invoiced: number;
  downgraded: number;
  past_due: number;
}

/**
 * One account's renewals up to `now`: each period that has ended starts the next (applying a
 * pending downgrade) with an invoice, or with fresh credits on a free plan; a subscription invoice
 * unpaid past its due date makes the subscription past_due and empties the plan pool.
 */
export async function renewAccount(
  trx: Knex.Transaction,
  accountId: string,
  now: Date,
  graceDays: number,
  report: RenewalReport,
) {
  let sub = await findSubscription(trx, accountId, true);
  if (!sub || sub.status === 'cancelled') return;
  while (sub.current_period_end <= now) {
    if (sub.pending_plan_id) {
      await setPlan(trx, sub, sub.pending_plan_id);
      report.downgraded++;
    }
    const start = sub.current_period_end;
    const end = addMonth(start);
    await trx('subscriptions')
      .where({ id: sub.id })
      .update({ current_period_start: start, current_period_end: end, updated_at: trx.fn.now() });
    sub = (await findSubscription(trx, accountId, true)) as SubscriptionRow;
    const p = await plan(trx, sub.plan_id);
    if (p.price_cents === 0) {
      await resetPlanCredits(trx, {
        accountId,
        credits: p.credits_per_month,
        reason: `${p.name} plan credits (renewal)`,
      });
      report.renewed++;
    } else {
      await createInvoice(trx, {
        accountId,
        kind: 'subscription',
        currency: p.currency,
        lines: [
          {
            description: `${p.name} plan, ${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`,
            quantity: 1,
            unitCents: p.price_cents,
          },
        ],
        periodStart: start,
        periodEnd: end,
        dueAt: new Date(start.getTime() + graceDays * 86_400_000),
        planId: p.id,
      });
      report.invoiced++;
    }
  }
  if (sub.status !== 'past_due') {
    const overdue = await trx('invoices')
      .where({ account_id: accountId, kind: 'subscription', status: 'pending' })
      .where('due_at', '<', now)
      .first('id', 'number');
    if (overdue) {
      await trx('subscriptions')
        .where({ id: sub.id })
        .update({ status: 'past_due', past_due_since: now, updated_at: trx.fn.now() });
      const { plan: planLeft } = await trx('credit_balances')
        .where({ account_id: accountId })
        .first({ plan: 'plan_credits' })
        .then((r) => r ?? { plan: 0 });
      if (planLeft > 0)
        await post(trx, {
          accountId,
          kind: 'expiry',
          pool: 'plan',
          amount: -planLeft,
          reason: 'subscription past due',
        });
      await notify(trx, {
        accountId,
        kind: 'subscription.past_due',
        title: 'Payment overdue',
        body: `Invoice ${overdue.number} is past due. Plan credits are paused until it is paid; bonus credits still work.`,
        data: { invoice_id: overdue.id },
        dedupeKey: `subscription.past_due:${overdue.id}`,
      });
      report.past_due++;
    }
  }
}

/** Accounts whose subscription has a period to renew or an invoice past due. */
export async function accountsToRenew(db: Knex, now: Date): Promise<string[]> {
  const { rows } = await db.raw(
    `select s.account_id from subscriptions s
      where s.status <> 'cancelled'
        and (s.current_period_end <= ?
             or (s.status <> 'past_due' and exists (
                  select 1 from invoices i where i.account_id = s.account_id and i.kind = 'subscription'
                    and i.status = 'pending' and i.due_at < ?)))`,
    [now, now],
  );
  return rows.map((r: { account_id: string }) => r.account_id);
}
