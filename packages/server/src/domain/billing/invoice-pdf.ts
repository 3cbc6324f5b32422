import PDFDocument from 'pdfkit';

/**
 * Renders an invoice as a PDF. Pure: no database, no network, no files. Only pdfkit's built-in
 * standard fonts are used, so nothing is loaded from disk beyond pdfkit's own font metrics.
 */

export interface InvoicePdfInput {
  number: string;
  kind: 'subscription' | 'credit_package' | 'custom';
  status: 'draft' | 'pending' | 'paid' | 'void' | 'uncollectible';
  /** ISO 4217, e.g. 'USD'. */
  currency: string;
  issuedAt: Date;
  dueAt: Date | null;
  paidAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  /** The operator issuing the invoice. */
  seller: { name: string; address?: string[]; email?: string };
  customer: { name: string; email?: string; accountId: string };
  /** Amounts are integers in the currency's minor unit (cents for USD, yen for JPY). */
  lines: { description: string; quantity: number; unitCents: number; amountCents: number }[];
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, display: 'symbol' | 'code'): Intl.NumberFormat {
  const key = `${currency}:${display}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: display });
    moneyFormats.set(key, format);
  }
  return format;
}

function formatMinorUnits(cents: number, currency: string, display: 'symbol' | 'code'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount must be an integer number of minor units: ${cents}`);
  const format = moneyFormat(currency.toUpperCase(), display);
  // "Cents" means the currency's minor unit, as with Stripe: JPY has none, so 500 is ¥500, not ¥5.00.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(cents / 10 ** digits);
}

/** formatMoney(10000, 'USD') === '$100.00'; formatMoney(10000, 'EUR') === '€100.00'. */
export function formatMoney(cents: number, currency: string): string {
  return formatMinorUnits(cents, currency, 'symbol');
}

// --- WinAnsi -------------------------------------------------------------------------------

// The standard PDF fonts are WinAnsi-encoded, and pdfkit writes any other character as a
// multi-byte code that renders and extracts as garbage. These are the code points above Latin-1
// that WinAnsi does have (its 0x80–0x9F block).
const WIN_ANSI_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

// Characters that NFKD leaves alone but that have an obvious WinAnsi look-alike.
const LOOK_ALIKES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
};

const FALLBACK = '?';

const isWinAnsi = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRAS.has(cp);

function winAnsiChar(char: string): string {
  const cp = char.codePointAt(0)!;
  if (isWinAnsi(cp)) return char;
  if (char === '\n') return char;
  // Unicode spaces (thin, narrow no-break, ...) and tabs all become a plain space.
  if (/\s/u.test(char)) return ' ';
  // Other control, format (zero-width) and lone combining characters carry nothing visible.
  if (/[\p{Cc}\p{Cf}\p{M}]/u.test(char)) return '';
  const lookAlike = LOOK_ALIKES[char];
  if (lookAlike !== undefined) return lookAlike;
  // Compatibility decomposition turns 'ő' into 'o' + accent, 'ﬁ' into 'fi', full-width 'Ａ' into 'A'.
  const decomposed = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed && decomposed !== char && [...decomposed].every((c) => isWinAnsi(c.codePointAt(0)!))) {
    return decomposed;
  }
  return FALLBACK;
}

/**
 * Makes text safe for the standard fonts: characters WinAnsi lacks become a close look-alike
 * or '?', never the mojibake pdfkit would otherwise produce.
 */
export function toWinAnsi(text: string): string {
  // NFC first so that 'e' + combining acute becomes the single, encodable 'é'.
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) out += winAnsiChar(char);
  return out;
}

const oneLine = (text: string) => toWinAnsi(text).replace(/\n+/g, ' ').trim();

// --- Layout --------------------------------------------------------------------------------

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const MARGIN = 50;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;
const RIGHT = A4_WIDTH - MARGIN;
// Content stops above the footer; the footer itself sits in the bottom margin.
const CONTENT_BOTTOM = A4_HEIGHT - MARGIN - 14;
const FOOTER_Y = A4_HEIGHT - MARGIN + 4;

const FONT = 'Helvetica';
const FONT_BOLD = 'Helvetica-Bold';
const TEXT = '#1f2328';
const MUTED = '#6e7781';
const RULE = '#d0d7de';
const HEADER_FILL = '#f3f4f6';

const COL_QTY = 55;
const COL_UNIT = 95;
const COL_AMOUNT = 100;
const COL_GAP = 10;
const COL_DESC = CONTENT_WIDTH - COL_QTY - COL_UNIT - COL_AMOUNT - 3 * COL_GAP;
const TABLE_FONT_SIZE = 9;
const ROW_PAD = 5;
// A single description may not take more than half a page; the rest is cut with an ellipsis
// so that one runaway line can never push the layout past a page.
const MAX_DESC_HEIGHT = (CONTENT_BOTTOM - MARGIN) / 2;

const KIND_LABELS: Record<InvoicePdfInput['kind'], string> = {
  subscription: 'Subscription',
  credit_package: 'Credit package',
  custom: 'Invoice',
};

const STATUS_STYLES: Record<InvoicePdfInput['status'], { label: string; color: string }> = {
  draft: { label: 'DRAFT', color: '#6e7781' },
  pending: { label: 'DUE', color: '#9a6700' },
  paid: { label: 'PAID', color: '#1a7f37' },
  void: { label: 'VOID', color: '#6e7781' },
  uncollectible: { label: 'UNCOLLECTIBLE', color: '#cf222e' },
};

// UTC, so the same invoice renders the same on every server whatever its time zone.
const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const formatDate = (d: Date) => dateFormat.format(d);
const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

type Doc = PDFKit.PDFDocument;

/**
 * Draws one line of text with its right edge at `right`, shrinking the font when it would not fit
 * in `width`: amounts must never wrap or be cut.
 */
function rightText(doc: Doc, text: string, right: number, y: number, width: number, size: number): void {
  let fontSize = size;
  doc.fontSize(fontSize);
  while (fontSize > 5 && doc.widthOfString(text) > width) {
    fontSize -= 0.5;
    doc.fontSize(fontSize);
  }
  doc.text(text, right - doc.widthOfString(text), y, { lineBreak: false });
  doc.fontSize(size);
}

class InvoiceLayout {
  private y = MARGIN;
  private readonly money: (cents: number) => string;

  constructor(
    private readonly doc: Doc,
    private readonly input: InvoicePdfInput,
  ) {
    // Currencies whose symbol WinAnsi lacks (₹, ₩, ...) fall back to the ISO code, not '?'.
    const symbolic = formatMoney(0, input.currency);
    const useCode = toWinAnsi(symbolic) !== symbolic;
    this.money = (cents) => toWinAnsi(formatMinorUnits(cents, input.currency, useCode ? 'code' : 'symbol'));
  }

  render(): void {
    this.header();
    this.parties();
    this.table();
    this.totals();
    this.footers();
  }

  private header(): void {
    const { doc, input } = this;
    const status = STATUS_STYLES[input.status];
    doc.fillColor(TEXT).font(FONT_BOLD).fontSize(24).text('Invoice', MARGIN, this.y, { lineBreak: false });

    // The status badge, top right; a paid invoice says PAID at a glance.
    doc.font(FONT_BOLD).fontSize(11);
    const badgeWidth = doc.widthOfString(status.label) + 16;
    const badgeX = RIGHT - badgeWidth;
    doc
      .lineWidth(1.5)
      .roundedRect(badgeX, this.y + 2, badgeWidth, 22, 4)
      .strokeColor(status.color)
      .stroke();
    doc.fillColor(status.color).text(status.label, badgeX + 8, this.y + 8, { lineBreak: false });

    this.y += 32;
    doc
      .fillColor(TEXT)
      .font(FONT)
      .fontSize(12)
      .text(oneLine(input.number), MARGIN, this.y, { width: CONTENT_WIDTH - badgeWidth - 10, lineBreak: false });
    this.y += 16;
    doc.fillColor(MUTED).fontSize(9).text(KIND_LABELS[input.kind], MARGIN, this.y, { lineBreak: false });
    this.y += 26;
  }

  /** Seller, customer and dates, side by side. */
  private parties(): void {
    const { input } = this;
    // The dates column is the widest so that a service period fits on one line.
    const gap = 18;
    const colWidth = 135;
    const seller = [input.seller.name, ...(input.seller.address ?? []), input.seller.email ?? ''];
    const customer = [input.customer.name, input.customer.email ?? '', `Account: ${input.customer.accountId}`];
    const dates: [string, string][] = [['Issued', formatDate(input.issuedAt)]];
    if (input.dueAt) dates.push(['Due', formatDate(input.dueAt)]);
    if (input.paidAt) dates.push(['Paid', formatDate(input.paidAt)]);
    if (input.periodStart || input.periodEnd) {
      const from = input.periodStart ? formatDate(input.periodStart) : '';
      const to = input.periodEnd ? formatDate(input.periodEnd) : '';
      dates.push(['Service period', `${from} \u2013 ${to}`.trim()]);
    }

    const top = this.y;
    const heights = [
      this.block('From', seller, MARGIN, top, colWidth),
      this.block('Bill to', customer, MARGIN + colWidth + gap, top, colWidth),
      this.dateBlock(dates, MARGIN + 2 * (colWidth + gap), top, CONTENT_WIDTH - 2 * (colWidth + gap)),
    ];
    this.y = top + Math.max(...heights) + 24;
  }

  /** A titled block of lines, the first in bold; returns its height. */
  private block(title: string, lines: string[], x: number, top: number, width: number): number {
    const { doc } = this;
    let y = top;
    doc.fillColor(MUTED).font(FONT_BOLD).fontSize(8).text(title.toUpperCase(), x, y, { lineBreak: false });
    y += 13;
    lines
      .map(oneLine)
      .filter(Boolean)
      .forEach((line, i) => {
        doc
          .fillColor(TEXT)
          .font(i === 0 ? FONT_BOLD : FONT)
          .fontSize(9.5);
        // Wrapped, but capped at three lines so a pasted essay cannot push the table off the page.
        const options = { width, height: 3 * doc.currentLineHeight(true), ellipsis: true };
        const h = Math.min(doc.heightOfString(line, { width }), options.height);
        doc.text(line, x, y, options);
        y += h + 1;
      });
    return y - top;
  }

  private dateBlock(dates: [string, string][], x: number, top: number, width: number): number {
    const { doc } = this;
    let y = top;
    doc.fillColor(MUTED).font(FONT_BOLD).fontSize(8).text('DETAILS', x, y, { lineBreak: false });
    y += 13;
    const labelWidth = 66;
    for (const [label, value] of dates) {
      doc.fillColor(MUTED).font(FONT).fontSize(9).text(label, x, y, { width: labelWidth, lineBreak: false });
      doc.fillColor(TEXT).font(FONT).fontSize(9.5);
      const h = doc.heightOfString(value, { width: width - labelWidth });
      doc.text(value, x + labelWidth, y, { width: width - labelWidth });
      y += Math.max(h, 12) + 2;
    }
    return y - top;
  }

  private tableHeader(): void {
    const { doc } = this;
    const height = 20;
    doc.rect(MARGIN, this.y, CONTENT_WIDTH, height).fillColor(HEADER_FILL).fill();
    doc.fillColor(MUTED).font(FONT_BOLD).fontSize(8);
    const y = this.y + 7;
    doc.text('DESCRIPTION', MARGIN + 6, y, { lineBreak: false });
    const [qtyRight, unitRight, amountRight] = this.numberColumns();
    rightText(doc, 'QTY', qtyRight, y, COL_QTY, 8);
    rightText(doc, 'UNIT PRICE', unitRight, y, COL_UNIT, 8);
    rightText(doc, 'AMOUNT', amountRight, y, COL_AMOUNT, 8);
    this.y += height;
  }

  /** The right edges of the quantity, unit price and amount columns. */
  private numberColumns(): [number, number, number] {
    const amountRight = RIGHT - 6;
    const unitRight = amountRight - COL_AMOUNT - COL_GAP;
    const qtyRight = unitRight - COL_UNIT - COL_GAP;
    return [qtyRight, unitRight, amountRight];
  }

  /** Starts a new page with a small reminder of which invoice it belongs to. */
  private newPage(): void {
    const { doc, input } = this;
    doc.addPage();
    this.y = MARGIN;
    doc
      .fillColor(MUTED)
      .font(FONT)
      .fontSize(9)
      .text(`Invoice ${oneLine(input.number)} (continued)`, MARGIN, this.y, { lineBreak: false });
    this.y += 22;
  }

  private table(): void {
    const { doc, input } = this;
    const [qtyRight, unitRight, amountRight] = this.numberColumns();
    const descX = MARGIN + 6;
    const descWidth = COL_DESC - 6;
    this.tableHeader();
    for (const line of input.lines) {
      const description = toWinAnsi(line.description).trim() || '\u2014';
      doc.font(FONT).fontSize(TABLE_FONT_SIZE);
      const textHeight = Math.min(doc.heightOfString(description, { width: descWidth }), MAX_DESC_HEIGHT);
      const rowHeight = textHeight + 2 * ROW_PAD;
      if (this.y + rowHeight > CONTENT_BOTTOM) {
        this.newPage();
        this.tableHeader();
      }
      const y = this.y + ROW_PAD;
      doc.fillColor(TEXT).font(FONT).fontSize(TABLE_FONT_SIZE);
      doc.text(description, descX, y, { width: descWidth, height: MAX_DESC_HEIGHT, ellipsis: true });
      rightText(doc, quantityFormat.format(line.quantity), qtyRight, y, COL_QTY, TABLE_FONT_SIZE);
      rightText(doc, this.money(line.unitCents), unitRight, y, COL_UNIT, TABLE_FONT_SIZE);
      rightText(doc, this.money(line.amountCents), amountRight, y, COL_AMOUNT, TABLE_FONT_SIZE);
      this.y += rowHeight;
      doc.moveTo(MARGIN, this.y).lineTo(RIGHT, this.y).lineWidth(0.5).strokeColor(RULE).stroke();
    }
    if (input.lines.length === 0) {
      doc
        .fillColor(MUTED)
        .font(FONT)
        .fontSize(TABLE_FONT_SIZE)
        .text('No items', descX, this.y + ROW_PAD);
      this.y += TABLE_FONT_SIZE + 2 * ROW_PAD + 2;
    }
  }

  private totals(): void {
    const { doc, input } = this;
    const rows: [string, string, boolean][] = [
      ['Subtotal', this.money(input.subtotalCents), false],
      ['Tax', this.money(input.taxCents), false],
      ['Total', this.money(input.totalCents), true],
    ];
    if (input.status === 'paid') rows.push(['Amount due', this.money(0), false]);
    const rowHeight = 18;
    const needed = 12 + rows.length * rowHeight + (input.status === 'paid' && input.paidAt ? 20 : 0);
    // Totals are never split from each other; they move to a new page together if need be.
    if (this.y + needed > CONTENT_BOTTOM) this.newPage();

    this.y += 12;
    const [, unitRight, amountRight] = this.numberColumns();
    const labelRight = unitRight;
    for (const [label, value, strong] of rows) {
      if (strong) {
        doc
          .moveTo(labelRight - COL_UNIT, this.y - 3)
          .lineTo(RIGHT, this.y - 3)
          .lineWidth(0.75)
          .strokeColor(TEXT)
          .stroke();
      }
      const size = strong ? 11 : 9.5;
      doc.fillColor(strong ? TEXT : MUTED).font(strong ? FONT_BOLD : FONT);
      rightText(doc, label, labelRight, this.y + 1, COL_UNIT, size);
      doc.fillColor(TEXT);
      rightText(doc, value, amountRight, this.y + 1, COL_AMOUNT, size);
      this.y += rowHeight;
    }
    if (input.status === 'paid' && input.paidAt) {
      doc.fillColor(STATUS_STYLES.paid.color).font(FONT_BOLD);
      rightText(doc, `PAID on ${formatDate(input.paidAt)}`, amountRight, this.y + 4, CONTENT_WIDTH / 2, 9.5);
      this.y += 20;
    }
  }

  /** Page numbers go on last, once the page count is known (the document buffers its pages). */
  private footers(): void {
    const { doc, input } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      // pdfkit starts a new page when text goes below the bottom margin; the footer lives there.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .moveTo(MARGIN, FOOTER_Y - 6)
        .lineTo(RIGHT, FOOTER_Y - 6)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.fillColor(MUTED).font(FONT).fontSize(8);
      doc.text(`${oneLine(input.seller.name)} \u00b7 ${oneLine(input.number)}`, MARGIN, FOOTER_Y, {
        width: CONTENT_WIDTH / 2,
        lineBreak: false,
      });
      rightText(doc, `Page ${i - start + 1} of ${count}`, RIGHT, FOOTER_Y, CONTENT_WIDTH / 2, 8);
      doc.page.margins.bottom = bottom;
    }
  }
}

/** Renders the invoice to a PDF; the same input always gives the same bytes. */
export function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = new PDFDocument({
        size: 'A4',
        margin: MARGIN,
        bufferPages: true,
        // The creation date also seeds the file ID, so fixing it makes the output reproducible.
        info: {
          Title: `Invoice ${input.number}`,
          Author: input.seller.name,
          Subject: `Invoice ${input.number} for ${input.customer.name}`,
          Creator: 'Igny8',
          CreationDate: input.issuedAt,
        },
      });
      const chunks: Uint8Array[] = [];
      doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      new InvoiceLayout(doc, input).render();
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
