import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  type InvoicePdfInput,
  renderInvoicePdf,
  toWinAnsi,
} from '../../src/domain/billing/invoice-pdf.js';

const invoice = (over: Partial<InvoicePdfInput> = {}): InvoicePdfInput => ({
  number: 'INV-000042',
  kind: 'subscription',
  status: 'paid',
  currency: 'USD',
  issuedAt: new Date('2026-03-01T10:00:00Z'),
  dueAt: new Date('2026-03-15T00:00:00Z'),
  paidAt: new Date('2026-03-02T08:30:00Z'),
  periodStart: new Date('2026-03-01T00:00:00Z'),
  periodEnd: new Date('2026-03-31T00:00:00Z'),
  seller: { name: 'Igny8 Ltd', address: ['1 Market Street', 'London EC1A 1AA'], email: 'billing@igny8.example' },
  customer: { name: 'Acme Corporation', email: 'ap@acme.example', accountId: 'acc_7f3a' },
  lines: [
    { description: 'Growth plan, March 2026', quantity: 1, unitCents: 9900, amountCents: 9900 },
    {
      description: 'Extra credits: a long description that has to wrap onto more than one line in its column',
      quantity: 2,
      unitCents: 2500,
      amountCents: 5000,
    },
    { description: 'Additional site', quantity: 3, unitCents: 1000, amountCents: 3000 },
  ],
  subtotalCents: 17900,
  taxCents: 3580,
  totalCents: 21480,
  ...over,
});

// pdf.js may detach the buffer it is given, so it always gets a copy.
const pages = async (pdf: Buffer) => {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)));
  // Intl puts no-break spaces in some amounts; compare with plain spaces.
  return { totalPages, text: text.map((t) => t.replace(/\s+/g, ' ')) };
};

describe('formatMoney', () => {
  it('formats integer minor units with the currency symbol', () => {
    expect(formatMoney(10000, 'USD')).toBe('$100.00');
    expect(formatMoney(123456789, 'USD')).toBe('$1,234,567.89');
    expect(formatMoney(10000, 'EUR')).toBe('€100.00');
    expect(formatMoney(5, 'EUR')).toBe('€0.05');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(0, 'EUR')).toBe('€0.00');
    expect(formatMoney(-550, 'usd')).toBe('-$5.50');
  });

  it("uses the currency's own minor unit", () => {
    expect(formatMoney(500, 'JPY')).toBe('¥500');
  });

  it('rejects amounts that are not whole minor units', () => {
    expect(() => formatMoney(10.5, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'USD')).toThrow(RangeError);
  });
});

describe('toWinAnsi', () => {
  it('keeps what the standard fonts can show and replaces the rest', () => {
    expect(toWinAnsi('Crédits — 1 000 ✓')).toBe('Crédits — 1 000 ?');
    expect(toWinAnsi('“Quotes” – €5 … Œuvre')).toBe('“Quotes” – €5 … Œuvre');
    expect(toWinAnsi('Łódź Gdańsk')).toBe('Lódz Gdansk');
    expect(toWinAnsi('1\u202f000\u00a0€\u200b')).toBe('1 000\u00a0€');
    expect(toWinAnsi('e\u0301')).toBe('é');
    expect(toWinAnsi('ﬁle Ａ → 2')).toBe('file A -> 2');
    expect(toWinAnsi('日本 😀')).toBe('?? ?');
    expect(toWinAnsi('a\r\nb\tc\u0007')).toBe('a\nb c');
  });
});

describe('renderInvoicePdf', () => {
  it('renders a readable one-page PDF with everything on it', async () => {
    const input = invoice();
    const pdf = await renderInvoicePdf(input);
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { totalPages, text } = await pages(pdf);
    expect(totalPages).toBe(1);
    const all = text.join('\n');
    expect(all).toContain('Invoice');
    expect(all).toContain('INV-000042');
    expect(all).toContain('Acme Corporation');
    expect(all).toContain('acc_7f3a');
    expect(all).toContain('Igny8 Ltd');
    expect(all).toContain('billing@igny8.example');
    expect(all).toContain('Growth plan, March 2026');
    expect(all).toContain('Additional site');
    // The wrapped description comes back as its words, whatever the line breaks.
    expect(all).toContain('Extra credits: a long description that has to wrap onto more than one line in its column');
    expect(all).toContain(formatMoney(input.subtotalCents, 'USD'));
    expect(all).toContain(formatMoney(input.taxCents, 'USD'));
    expect(all).toContain('$214.80');
    expect(all).toContain('$25.00');
    expect(all).toContain('PAID');
    expect(all).toContain('Mar 1, 2026 – Mar 31, 2026');
    expect(all).toContain('Mar 15, 2026');
    expect(all).toContain('Page 1 of 1');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([renderInvoicePdf(invoice()), renderInvoicePdf(invoice())]);
    expect(a.equals(b)).toBe(true);
    const { info } = await getMeta(new Uint8Array(a));
    expect(info).toMatchObject({ CreationDate: 'D:20260301100000Z', Title: 'Invoice INV-000042' });
  });

  it('leaves out what is absent and does not call an unpaid invoice paid', async () => {
    const pdf = await renderInvoicePdf(
      invoice({
        kind: 'custom',
        status: 'pending',
        dueAt: null,
        paidAt: null,
        periodStart: null,
        periodEnd: null,
        seller: { name: 'Igny8 Ltd' },
        customer: { name: 'Solo', accountId: 'acc_1' },
      }),
    );
    const all = (await pages(pdf)).text.join('\n');
    expect(all).toContain('Issued');
    expect(all).not.toContain('Service period');
    expect(all).not.toContain('Due ');
    expect(all).not.toContain('PAID');
    expect(all).toContain('DUE');
  });

  it('spreads many lines over pages, repeating the table header, with the total on the last', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({
      description: `Usage line ${i + 1}`,
      quantity: i + 1,
      unitCents: 150,
      amountCents: 150 * (i + 1),
    }));
    const subtotal = lines.reduce((sum, l) => sum + l.amountCents, 0);
    const pdf = await renderInvoicePdf(
      invoice({ lines, subtotalCents: subtotal, taxCents: 0, totalCents: subtotal, status: 'pending', paidAt: null }),
    );
    const { totalPages, text } = await pages(pdf);
    expect(totalPages).toBeGreaterThan(1);
    const total = formatMoney(subtotal, 'USD');
    expect(total).toBe('$10,890.00');
    expect(text.at(-1)).toContain(total);
    expect(text.at(-1)).toContain('Total');
    text.forEach((page, i) => {
      expect(page).toContain('DESCRIPTION');
      expect(page).toContain(`Page ${i + 1} of ${totalPages}`);
    });
    // No line is lost or duplicated at a page break.
    const all = text.join('\n');
    for (const l of lines) expect(all.match(new RegExp(`${l.description}(?!\\d)`, 'g'))).toHaveLength(1);
  });

  it('survives characters the standard fonts cannot encode', async () => {
    const pdf = await renderInvoicePdf(
      invoice({
        customer: { name: '株式会社 Ünïcode', accountId: 'acc_2' },
        lines: [{ description: 'Crédits — 1 000 ✓', quantity: 1, unitCents: 100, amountCents: 100 }],
      }),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const all = (await pages(pdf)).text.join('\n');
    expect(all).toContain('Crédits — 1 000 ?');
    expect(all).toContain('Ünïcode');
  });

  it('writes the ISO code where the standard fonts lack the currency symbol', async () => {
    const all = (await pages(await renderInvoicePdf(invoice({ currency: 'INR' })))).text.join('\n');
    expect(all).toContain('INR 214.80');
  });

  it('keeps one enormous description from breaking the layout', async () => {
    const pdf = await renderInvoicePdf(
      invoice({
        lines: [{ description: 'word '.repeat(5000), quantity: 1, unitCents: 100, amountCents: 100 }],
        totalCents: 100,
      }),
    );
    const { totalPages, text } = await pages(pdf);
    expect(totalPages).toBeLessThanOrEqual(2);
    expect(text.at(-1)).toContain('$1.00');
  });
});
