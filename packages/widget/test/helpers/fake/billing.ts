// Billing: the subscription (Pro, as the overview's account has it, January 2026), the plans, usage by day and operation, a ledger of 25
// entries (paged 10 at a time), invoices (one paid, one pending) with their PDF, paying one (bank transfer, or a
// Stripe Checkout URL), changing the plan (an upgrade answers a prorated invoice, a downgrade waits for the period's
// end) and buying a credit package (an invoice). The balance is the overview's route.
import { created, type FakeRoutes, NOW, notFound, ok } from './common.js';

const id = (prefix: string, n: number) => `${prefix}-5555-4555-8555-${String(n).padStart(12, '0')}`;

const plan = (n: number, code: string, name: string, price: number, credits: number, limits: number[]) => ({
  id: id('55555555', n),
  code,
  name,
  price_cents: price,
  currency: 'USD',
  credits_per_month: credits,
  max_sites: limits[0] as number,
  max_users: limits[1] as number,
  max_keywords: limits[2] as number,
  max_sectors_per_site: limits[3] as number,
});

export const PLANS = [
  plan(1, 'free', 'Free', 0, 100, [1, 1, 500, 1]),
  plan(2, 'pro', 'Pro', 4900, 20000, [5, 3, 20000, 5]),
  plan(3, 'business', 'Business', 14900, 60000, [20, 10, 100000, 10]),
];

const PERIOD = { start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00Z' };

const invoice = (n: number, fields: Record<string, unknown>) => ({
  id: id('66666666', n),
  number: `INV-${String(n).padStart(6, '0')}`,
  kind: 'subscription',
  status: 'paid',
  currency: 'USD',
  subtotal_cents: 4900,
  tax_cents: 0,
  total_cents: 4900,
  lines: [{ description: 'Pro plan', quantity: 1, unit_cents: 4900, amount_cents: 4900 }],
  period_start: PERIOD.start,
  period_end: PERIOD.end,
  due_at: null as string | null,
  paid_at: '2026-01-01T00:05:00Z' as string | null,
  created_at: '2026-01-01T00:00:00Z',
  ...fields,
});

const KINDS = ['grant', 'reserve', 'capture', 'release', 'purchase'] as const;

/** 25 entries, oldest first as the API lists them: the grant, then reservations and what came back. */
function ledger() {
  let balance = 20000;
  return Array.from({ length: 25 }, (_, i) => {
    const kind = i === 0 ? 'grant' : (KINDS[1 + ((i - 1) % 4)] as string);
    const amount = i === 0 ? 20000 : kind === 'reserve' ? -12 : kind === 'release' ? 2 : kind === 'purchase' ? 500 : 0;
    balance += i === 0 ? 0 : amount;
    return {
      id: id('77777777', i + 1),
      kind,
      pool: kind === 'purchase' ? 'bonus' : 'plan',
      amount,
      plan_balance_after: Math.min(balance, 20000),
      bonus_balance_after: Math.max(balance - 20000, 0),
      balance_after: balance,
      reservation_key: kind === 'grant' || kind === 'purchase' ? null : `generate_content:op-${i}:item-1`,
      reason: kind === 'grant' ? 'Pro plan period' : kind === 'capture' ? 'charged 10 of 12 reserved' : null,
      created_at: new Date(Date.parse(PERIOD.start) + i * 3_600_000).toISOString(),
    };
  });
}

export function billingRoutes(): FakeRoutes {
  const entries = ledger();
  const invoices = [
    invoice(1, {}),
    invoice(2, {
      kind: 'credit_package',
      status: 'pending',
      subtotal_cents: 4900,
      total_cents: 4900,
      lines: [{ description: 'Boost: 500 bonus credits', quantity: 1, unit_cents: 4900, amount_cents: 4900 }],
      period_start: null,
      period_end: null,
      due_at: '2026-01-04T00:00:00Z',
      paid_at: null,
      created_at: '2026-01-01T10:00:00Z',
    }),
  ];
  const subscription = {
    id: id('88888888', 1),
    plan: PLANS[1],
    status: 'active',
    current_period_start: PERIOD.start,
    current_period_end: PERIOD.end,
    pending_plan: null as (typeof PLANS)[number] | null,
    past_due_since: null,
  };
  const packages = [
    {
      id: id('99999999', 1),
      code: 'boost',
      name: 'Boost',
      credits: 500,
      price_cents: 4900,
      currency: 'USD',
      active: true,
    },
    {
      id: id('99999999', 2),
      code: 'big',
      name: 'Big boost',
      credits: 2000,
      price_cents: 14900,
      currency: 'USD',
      active: true,
    },
  ];
  const addInvoice = (fields: Record<string, unknown>) => {
    const inv = invoice(invoices.length + 1, {
      status: 'pending',
      paid_at: null,
      created_at: NOW,
      due_at: NOW,
      ...fields,
    });
    invoices.push(inv);
    return inv;
  };

  return async ({ path, method, url, body }) => {
    if (!path.startsWith('/v1/billing') && path !== '/v1/plans') return undefined;
    const limit = Number(url.searchParams.get('limit') ?? 25);
    const cursor = Number(url.searchParams.get('cursor') ?? 0);
    const paged = (all: unknown[]) => {
      const next = cursor + limit < all.length ? String(cursor + limit) : null;
      return { data: all.slice(cursor, cursor + limit), meta: { next_cursor: next } };
    };
    if (method === 'GET') {
      if (path === '/v1/plans') return ok(PLANS);
      if (path === '/v1/billing/subscription') return ok(subscription);
      if (path === '/v1/billing/credit-packages') return ok(packages);
      if (path === '/v1/billing/ledger') return paged(entries);
      if (path === '/v1/billing/invoices') return paged(invoices);
      if (path === '/v1/billing/usage/summary') {
        // Credits on some days of the range asked for: 2 operations on every third day.
        const from = url.searchParams.get('from') as string;
        const to = url.searchParams.get('to') as string;
        const rows = [];
        for (let d = Date.parse(from), i = 0; d <= Date.parse(to); d += 86_400_000, i++) {
          if (i % 3) continue;
          const day = new Date(d).toISOString().slice(0, 10);
          const row = { day, count: 1, tokens_in: 1000, tokens_out: 2000, cost_usd: 0.01 };
          rows.push({ ...row, operation: 'generate_content', credits: 10 + i });
          rows.push({ ...row, operation: 'generate_image', credits: 2 });
        }
        return ok(rows);
      }
      const pdf = /^\/v1\/billing\/invoices\/([0-9a-f-]{36})\/pdf$/.exec(path);
      if (pdf) {
        const inv = invoices.find((x) => x.id === pdf[1]);
        if (!inv) return notFound();
        return { raw: { type: 'application/pdf', body: Buffer.from(`%PDF-1.4\n% ${inv.number}\n%%EOF\n`) } };
      }
      return undefined;
    }
    if (method !== 'POST') return undefined;
    const pay = /^\/v1\/billing\/invoices\/([0-9a-f-]{36})\/payments$/.exec(path);
    if (pay) {
      const inv = invoices.find((x) => x.id === pay[1]);
      if (!inv) return notFound();
      const input = (await body()) as { method: 'manual' | 'stripe'; reference?: string };
      return created({
        id: id('aaaaaaaa', 1),
        invoice_id: inv.id,
        method: input.method,
        status: input.method === 'manual' ? 'pending_approval' : 'pending',
        amount_cents: inv.total_cents,
        currency: inv.currency,
        reference: input.reference ?? null,
        checkout_url: input.method === 'stripe' ? `https://checkout.example/pay/${inv.number}` : null,
        created_at: NOW,
        updated_at: NOW,
      });
    }
    if (path === '/v1/billing/subscription/change') {
      const { plan: code } = (await body()) as { plan: string };
      const to = PLANS.find((p) => p.code === code);
      if (!to) return { status: 422, error: { code: 'VALIDATION_FAILED', message: 'unknown plan' } };
      if (to.price_cents > (subscription.plan?.price_cents ?? 0)) {
        // An upgrade: now, with a prorated invoice for the rest of the period.
        const cents = Math.round((to.price_cents - (subscription.plan?.price_cents ?? 0)) / 2);
        subscription.plan = to;
        subscription.pending_plan = null;
        const inv = addInvoice({
          subtotal_cents: cents,
          total_cents: cents,
          lines: [{ description: `${to.name} (prorated)`, quantity: 1, unit_cents: cents, amount_cents: cents }],
        });
        return ok({ subscription, invoice: inv });
      }
      subscription.pending_plan = to;
      return ok({ subscription, invoice: null });
    }
    const purchase = /^\/v1\/billing\/credit-packages\/([0-9a-f-]{36})\/purchase$/.exec(path);
    if (purchase) {
      const p = packages.find((x) => x.id === purchase[1]);
      if (!p) return notFound();
      const inv = addInvoice({
        kind: 'credit_package',
        subtotal_cents: p.price_cents,
        total_cents: p.price_cents,
        lines: [
          {
            description: `${p.name}: ${p.credits} bonus credits`,
            quantity: 1,
            unit_cents: p.price_cents,
            amount_cents: p.price_cents,
          },
        ],
        period_start: null,
        period_end: null,
      });
      return created(inv);
    }
    return undefined;
  };
}
