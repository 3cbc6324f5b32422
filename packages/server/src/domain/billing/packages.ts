// Credit packages: sold by the operator, bought through an invoice; bonus credits never expire.
import type { Knex } from 'knex';
import { AppError, NotFoundError } from '../../errors.js';
import { createInvoice, presentInvoice } from './invoices.js';

interface PackageRow {
  id: string;
  code: string;
  name: string;
  credits: number;
  price_cents: number;
  currency: string;
  active: boolean;
}

export const presentPackage = (p: PackageRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  credits: p.credits,
  price_cents: p.price_cents,
  currency: p.currency,
  active: p.active,
});

export async function listActivePackages(trx: Knex.Transaction) {
  const rows = (await trx('credit_packages').where({ active: true }).orderBy('price_cents')) as PackageRow[];
  return rows.map(presentPackage);
}

export async function purchasePackage(
  trx: Knex.Transaction,
  input: { accountId: string; packageId: string; now: Date; graceDays: number },
) {
  const p = (await trx('credit_packages').where({ id: input.packageId, active: true }).first()) as
    | PackageRow
    | undefined;
  if (!p) throw new NotFoundError('Credit package');
  const invoice = await createInvoice(trx, {
    accountId: input.accountId,
    kind: 'credit_package',
    currency: p.currency,
    lines: [
      {
        description: `${p.name}: ${p.credits.toLocaleString('en-US')} bonus credits`,
        quantity: 1,
        unitCents: p.price_cents,
      },
    ],
    dueAt: new Date(input.now.getTime() + input.graceDays * 86_400_000),
    creditPackageId: p.id,
    bonusCredits: p.credits,
  });
  return presentInvoice(invoice, await trx('invoice_lines').where({ invoice_id: invoice.id }).orderBy('position'));
}

export async function createPackage(
  trx: Knex.Transaction,
  input: { code: string; name: string; credits: number; price_cents: number; currency?: string },
) {
  try {
    const [row] = await trx('credit_packages')
      .insert({ ...input, currency: input.currency ?? 'USD' })
      .returning('*');
    return presentPackage(row);
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw new AppError('CONFLICT', `A package with code ${input.code} exists.`);
    throw err;
  }
}

export async function updatePackage(
  trx: Knex.Transaction,
  id: string,
  patch: { name?: string; credits?: number; price_cents?: number; active?: boolean },
) {
  const [row] = await trx('credit_packages')
    .where({ id })
    .update({ ...patch, updated_at: trx.fn.now() })
    .returning('*');
  if (!row) throw new NotFoundError('Credit package');
  return presentPackage(row);
}
