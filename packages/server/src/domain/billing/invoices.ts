// Invoices: numbered without gaps across the platform, amounts in integer cents, lines, PDF.
import type { Knex } from 'knex';
import { paginate } from '../../db/pagination.js';
import { NotFoundError } from '../../errors.js';
import type { InvoicePdfInput } from './invoice-pdf.js';

export type InvoiceKind = 'subscription' | 'credit_package' | 'custom';
export type InvoiceStatus = 'draft' | 'pending' | 'paid' | 'void' | 'uncollectible';

export interface InvoiceRow {
  id: string;
  account_id: string;
  number: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  currency: string;
  subtotal_cents: number;
  tax_cents: number;
  total_cents: number;
  customer_name: string;
  customer_email: string | null;
  period_start: Date | null;
  period_end: Date | null;
  due_at: Date | null;
  paid_at: Date | null;
  plan_id: string | null;
  credit_package_id: string | null;
  bonus_credits: number | null;
  created_at: Date;
}

export interface LineInput {
  description: string;
  quantity: number;
  unitCents: number;
}

export const invoiceNumber = (n: number) => `INV-${String(n).padStart(6, '0')}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentInvoice(
  invoice: InvoiceRow,
  lines: { description: string; quantity: number; unit_cents: number; amount_cents: number }[],
) {
  return {
    id: invoice.id,
    number: invoiceNumber(invoice.number),
    kind: invoice.kind,
    status: invoice.status,
    currency: invoice.currency,
    subtotal_cents: invoice.subtotal_cents,
    tax_cents: invoice.tax_cents,
    total_cents: invoice.total_cents,
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unit_cents: l.unit_cents,
      amount_cents: l.amount_cents,
    })),
    period_start: iso(invoice.period_start),
    period_end: iso(invoice.period_end),
    due_at: iso(invoice.due_at),
    paid_at: iso(invoice.paid_at),
    created_at: invoice.created_at.toISOString(),
  };
}

/**
 * Creates an invoice with the next number. The number comes from a single counter row updated in
 * this transaction: concurrent invoices wait for each other, and a rollback returns the number, so
 * the sequence has neither gaps nor duplicates.
 */
export async function createInvoice(
  trx: Knex.Transaction,
  input: {
    accountId: string;
    kind: InvoiceKind;
    status?: InvoiceStatus;
    currency: string;
    lines: LineInput[];
    periodStart?: Date | null;
    periodEnd?: Date | null;
    dueAt?: Date | null;
    planId?: string | null;
    creditPackageId?: string | null;
    bonusCredits?: number | null;
  },
): Promise<InvoiceRow> {
  const account = await trx('accounts').where({ id: input.accountId }).first('name');
  const owner = await trx('memberships')
    .join('users', 'users.id', 'memberships.user_id')
    .where({ 'memberships.account_id': input.accountId, 'memberships.role': 'owner' })
    .orderBy('memberships.created_at')
    .first('users.email');
  const lines = input.lines.map((l, position) => ({ ...l, position, amount: l.quantity * l.unitCents }));
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  const {
    rows: [{ last_number: number }],
  } = await trx.raw('update invoice_counter set last_number = last_number + 1 where id = 1 returning last_number');
  const [invoice] = await trx('invoices')
    .insert({
      account_id: input.accountId,
      number,
      kind: input.kind,
      status: input.status ?? 'pending',
      currency: input.currency,
      subtotal_cents: subtotal,
      tax_cents: 0,
      total_cents: subtotal,
      customer_name: account?.name ?? 'Deleted account',
      customer_email: owner?.email ?? null,
      period_start: input.periodStart ?? null,
      period_end: input.periodEnd ?? null,
      due_at: input.dueAt ?? null,
      plan_id: input.planId ?? null,
      credit_package_id: input.creditPackageId ?? null,
      bonus_credits: input.bonusCredits ?? null,
    })
    .returning('*');
  if (lines.length) {
    await trx('invoice_lines').insert(
      lines.map((l) => ({
        account_id: input.accountId,
        invoice_id: invoice.id,
        position: l.position,
        description: l.description,
        quantity: l.quantity,
        unit_cents: l.unitCents,
        amount_cents: l.amount,
      })),
    );
  }
  return { ...invoice, number: Number(invoice.number) };
}

async function linesOf(trx: Knex.Transaction, invoiceIds: string[]) {
  return trx('invoice_lines').whereIn('invoice_id', invoiceIds).orderBy(['invoice_id', 'position']);
}

export async function findInvoice(trx: Knex.Transaction, id: string, lock = false): Promise<InvoiceRow> {
  const q = trx('invoices').where({ id });
  if (lock) q.forNoKeyUpdate();
  const row = await q.first();
  if (!row) throw new NotFoundError('Invoice');
  return { ...row, number: Number(row.number) };
}

export async function getInvoice(trx: Knex.Transaction, id: string) {
  const invoice = await findInvoice(trx, id);
  return presentInvoice(invoice, await linesOf(trx, [id]));
}

export async function listInvoices(trx: Knex.Transaction, accountId: string, page: { limit: number; cursor?: string }) {
  const q = trx('invoices').where({ account_id: accountId }).select('invoices.*');
  const result = await paginate<InvoiceRow>(q, { table: 'invoices', ...page });
  const lines = await linesOf(
    trx,
    result.data.map((i) => i.id),
  );
  return {
    data: result.data.map((i) =>
      presentInvoice(
        { ...i, number: Number(i.number) },
        lines.filter((l) => l.invoice_id === i.id),
      ),
    ),
    meta: result.meta,
  };
}

export async function invoicePdfInput(
  trx: Knex.Transaction,
  id: string,
  seller: InvoicePdfInput['seller'],
): Promise<InvoicePdfInput> {
  const invoice = await findInvoice(trx, id);
  const lines = await linesOf(trx, [id]);
  return {
    number: invoiceNumber(invoice.number),
    kind: invoice.kind,
    status: invoice.status,
    currency: invoice.currency,
    issuedAt: invoice.created_at,
    dueAt: invoice.due_at,
    paidAt: invoice.paid_at,
    periodStart: invoice.period_start,
    periodEnd: invoice.period_end,
    seller,
    customer: {
      name: invoice.customer_name,
      email: invoice.customer_email ?? undefined,
      accountId: invoice.account_id,
    },
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitCents: l.unit_cents,
      amountCents: l.amount_cents,
    })),
    subtotalCents: invoice.subtotal_cents,
    taxCents: invoice.tax_cents,
    totalCents: invoice.total_cents,
  };
}
