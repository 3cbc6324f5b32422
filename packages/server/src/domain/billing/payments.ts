// Paying invoices: by bank transfer (the operator approves) or through Stripe Checkout (a signed
// webhook reports the payment). Either way the invoice is paid once, by markInvoicePaid.
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { withTenant } from '../../db/tenant.js';
import { transaction } from '../../db/transaction-scope.js';
import { AppError, NotFoundError } from '../../errors.js';
import { findInvoice, invoiceNumber } from './invoices.js';
import type { PaymentEvent, StripeGateway } from './stripe-gateway.js';
import { markInvoicePaid } from './subscriptions.js';

interface PaymentRow {
  id: string;
  account_id: string;
  invoice_id: string;
  method: 'manual' | 'stripe';
  status: 'pending_approval' | 'pending' | 'succeeded' | 'failed' | 'refunded';
  amount_cents: number;
  currency: string;
  reference: string | null;
  checkout_url: string | null;
  created_at: Date;
  updated_at: Date;
}

export const presentPayment = (p: PaymentRow) => ({
  id: p.id,
  invoice_id: p.invoice_id,
  method: p.method,
  status: p.status,
  amount_cents: p.amount_cents,
  currency: p.currency,
  reference: p.reference,
  checkout_url: p.status === 'pending' ? p.checkout_url : null,
  created_at: p.created_at.toISOString(),
  updated_at: p.updated_at.toISOString(),
});

export async function payInvoice(
  trx: Knex.Transaction,
  input: {
    invoiceId: string;
    method: 'manual' | 'stripe';
    reference?: string;
    successUrl?: string;
    cancelUrl?: string;
    publicUrl: string;
    stripe: StripeGateway | undefined;
  },
) {
  const invoice = await findInvoice(trx, input.invoiceId, true);
  if (invoice.status !== 'pending') {
    throw new AppError('INVOICE_NOT_PAYABLE', `Invoice ${invoiceNumber(invoice.number)} is ${invoice.status}.`);
  }
  const open = await trx('payments')
    .where({ invoice_id: invoice.id })
    .whereIn('status', ['pending_approval', 'pending'])
    .first('id');
  if (open && input.method === 'manual') {
    throw new AppError('CONFLICT', 'A payment of this invoice is already waiting.', { payment_id: open.id });
  }
  if (input.method === 'stripe' && !input.stripe) {
    throw new AppError('PAYMENTS_NOT_CONFIGURED', 'Card payments are not set up on this server; pay by bank transfer.');
  }
  const [payment] = await trx('payments')
    .insert({
      account_id: invoice.account_id,
      invoice_id: invoice.id,
      method: input.method,
      status: input.method === 'manual' ? 'pending_approval' : 'pending',
      amount_cents: invoice.total_cents,
      currency: invoice.currency,
      reference: input.reference ?? null,
    })
    .returning('*');
  if (input.method === 'manual') return presentPayment(payment);
  const session = await (input.stripe as StripeGateway).createCheckoutSession({
    invoiceId: invoice.id,
    invoiceNumber: invoiceNumber(invoice.number),
    accountId: invoice.account_id,
    amountCents: invoice.total_cents,
    currency: invoice.currency,
    description: `Igny8 invoice ${invoiceNumber(invoice.number)}`,
    successUrl: input.successUrl ?? `${input.publicUrl}/billing/paid?invoice=${invoice.id}`,
    cancelUrl: input.cancelUrl ?? `${input.publicUrl}/billing/cancelled?invoice=${invoice.id}`,
    customerEmail: invoice.customer_email ?? undefined,
    idempotencyKey: `payment:${payment.id}`,
  });
  const [updated] = await trx('payments')
    .where({ id: payment.id })
    .update({ stripe_session_id: session.id, checkout_url: session.url, updated_at: trx.fn.now() })
    .returning('*');
  return presentPayment(updated);
}

export async function listPayments(
  trx: Knex.Transaction,
  page: { limit: number; cursor?: string; status?: string; accountId?: string },
) {
  const q = trx('payments').select('payments.*');
  if (page.accountId) q.where({ account_id: page.accountId });
  if (page.status) q.where({ status: page.status });
  const result = await paginate<PaymentRow>(q, { table: 'payments', limit: page.limit, cursor: page.cursor });
  return { data: result.data.map(presentPayment), meta: result.meta };
}

async function lockPayment(trx: Knex.Transaction, id: string) {
  const p = (await trx('payments').where({ id }).forNoKeyUpdate().first()) as PaymentRow | undefined;
  if (!p) throw new NotFoundError('Payment');
  return p;
}

/** The operator saw the bank transfer arrive. */
export async function approvePayment(
  trx: Knex.Transaction,
  input: { paymentId: string; operatorId: string; now: Date },
) {
  const p = await lockPayment(trx, input.paymentId);
  if (p.status !== 'pending_approval') throw new AppError('PAYMENT_NOT_PENDING', `This payment is ${p.status}.`);
  const [updated] = await trx('payments')
    .where({ id: p.id })
    .update({ status: 'succeeded', decided_by: input.operatorId, updated_at: trx.fn.now() })
    .returning('*');
  await markInvoicePaid(trx, p.invoice_id, input.now);
  return presentPayment(updated);
}

export async function rejectPayment(
  trx: Knex.Transaction,
  input: { paymentId: string; operatorId: string; reason: string },
) {
  const p = await lockPayment(trx, input.paymentId);
  if (p.status !== 'pending_approval') throw new AppError('PAYMENT_NOT_PENDING', `This payment is ${p.status}.`);
  const [updated] = await trx('payments')
    .where({ id: p.id })
    .update({ status: 'failed', decided_by: input.operatorId, decision_reason: input.reason, updated_at: trx.fn.now() })
    .returning('*');
  return presentPayment(updated);
}

/**
 * Applies a verified Stripe event once: the event id is recorded in the same transaction as its
 * effect, so a redelivery (or a crash before commit and a redelivery) pays the invoice exactly once.
 * Returns false for an event already handled.
 */
export async function applyStripeEvent(trx: Knex.Transaction, event: PaymentEvent, now: Date): Promise<boolean> {
  const inserted = await trx('stripe_events')
    .insert({ event_id: event.eventId, type: event.type })
    .onConflict('event_id')
    .ignore()
    .returning('event_id');
  if (!inserted.length) return false;
  if (!event.sessionId) return true;
  const p = await trx('payments').where({ stripe_session_id: event.sessionId }).forNoKeyUpdate().first();
  if (!p || p.status === 'succeeded') return true;
  const paid =
    event.type === 'checkout.session.async_payment_succeeded' ||
    (event.type === 'checkout.session.completed' && event.paymentStatus === 'paid');
  const failed = event.type === 'checkout.session.async_payment_failed' || event.type === 'checkout.session.expired';
  if (paid) {
    await trx('payments').where({ id: p.id }).update({ status: 'succeeded', updated_at: trx.fn.now() });
    await markInvoicePaid(trx, p.invoice_id, now);
  } else if (failed) {
    await trx('payments').where({ id: p.id }).update({ status: 'failed', updated_at: trx.fn.now() });
  }
  return true;
}

/**
 * A verified Stripe event, applied in a transaction of its own: in the account's context when the event names
 * the account (from metadata we put on the session; Stripe signed it back to us), else without one.
 */
export async function receiveStripeEvent(app: Knex, event: PaymentEvent, now: Date): Promise<void> {
  if (event.accountId) {
    await withTenant(app, { accountId: event.accountId }, (trx) => applyStripeEvent(trx, event, now));
  } else {
    await transaction(app, (trx) => applyStripeEvent(trx, event, now));
  }
}
