// The billing events, caused by real spending and real payments through the API on a controlled clock:
// `credits.low` once per threshold and period (exactly when its notification is first stored, never again on
// further spending), and `invoice.paid` on every way an invoice is paid — the operator approving a bank transfer,
// Stripe's webhook (mocked with msw, signed for real) — once, however often Stripe redelivers.
import { Igny8 } from '@igny8/sdk';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { markInvoicePaid } from '../../src/domain/billing/subscriptions.js';
import { call, signup, signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';
import { checkoutCompletedEvent, stripeCheckoutApi } from '../helpers/stripe.js';
import { counts, eventsOf, expectValid, subscribe, theEvent } from './event-checks.js';

const STRIPE_API = 'http://127.0.0.1:12113';
const WEBHOOK_SECRET = 'whsec_igny8_webhook_events';

const stripeApi = stripeCheckoutApi(STRIPE_API);

let server: TestServer;
let operator: string;
/** While set, the server's time stands still at this instant; the real time otherwise. */
let frozen: number | null = null;
beforeAll(async () => {
  stripeApi.listen({ onUnhandledFrame: 'bypass' });
  server = await startTestServer({
    now: () => new Date(frozen ?? Date.now()),
    env: { STRIPE_SECRET_KEY: 'sk_test_igny8', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: STRIPE_API },
  });
  operator = await operatorSession(server);
}, 60_000);
afterAll(async () => {
  stripeApi.close();
  await server.close();
});

/** Runs `work` with the server's time standing still at `instant`. */
async function atFrozen<T>(instant: number, work: () => Promise<T>): Promise<T> {
  frozen = instant;
  try {
    return await work();
  } finally {
    frozen = null;
  }
}

describe('credits.low', () => {
  it('fires once per threshold per period, when its notification is stored, and not again on further spending', async () => {
    const { s, site } = await signupWithSite(server.url, 'Spender');
    const accountId = s.account.id;
    const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
    await subscribe(server, accountId);
    const TOPICS = ['garden hose', 'rain barrel', 'pruning shears'];
    const phrases = Array.from({ length: 450 }, (_, i) => `${TOPICS[i % 3]} model ${i}`);
    await client.keywords.bulk(site.id, { create: phrases.map((phrase, i) => ({ phrase, volume: 1000 - i })) });
    const thresholds = async () =>
      (await eventsOf(server, accountId, 'credits.low')).map((e) => e.payload.data.threshold as number);
    const notices = async () =>
      (await call(server.url, 'GET', '/v1/notifications', { token: s.access_token })).body.data
        .map((n: { kind: string }) => n.kind)
        .filter((k: string) => k.startsWith('credits.threshold'))
        .sort();
    const cluster = async (include_mapped: boolean) => {
      const op = await client.clusters.run(site.id, { include_mapped });
      const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 30_000 });
      expect(done.status).toBe('succeeded');
    };

    // 45 of the free plan's 100 credits: below 80 %.
    await cluster(false);
    expect(await thresholds()).toEqual([]);
    // 90 used: 80 % crossed, told once, at the time of the reservation that crossed it.
    const crossing = Date.now() + 30_000;
    await atFrozen(crossing, () => cluster(true));
    expect(await thresholds()).toEqual([80]);
    expect(await notices()).toEqual(['credits.threshold_80']);
    const eighty = await theEvent(server, accountId, 'credits.low');
    expect(eighty).toEqual({ account_id: accountId, threshold: 80, used: 90, per_period: 100, plan_credits_left: 10 });
    const [stored] = await eventsOf(server, accountId, 'credits.low');
    expect(stored?.payload.timestamp).toBe(new Date(crossing).toISOString());

    // More spending between 80 % and 100 %: nothing new.
    const clusterId = (await client.clusters.list(site.id)).data[0]?.id as string;
    const ideas = await client.ideas.generate(site.id, clusterId, { count: 1 });
    expect((await client.operations.wait(ideas.id, { intervalMs: 100, timeoutMs: 30_000 })).status).toBe('succeeded');
    expect(await thresholds()).toEqual([80]);

    // All plan credits used (the rest from bonus credits): 100 % told once; then bonus credits alone, nothing.
    await call(server.url, 'POST', `/v1/admin/accounts/${accountId}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: 500, reason: 'more to spend' },
    });
    await cluster(true);
    expect(await thresholds()).toEqual([80, 100]);
    const events = await eventsOf(server, accountId, 'credits.low');
    for (const e of events) expectValid(e);
    expect(events[1]?.payload.data).toMatchObject({ threshold: 100, used: 100, per_period: 100, plan_credits_left: 0 });
    await cluster(true);
    expect(await thresholds()).toEqual([80, 100]);
    expect(await notices()).toEqual(['credits.threshold_100', 'credits.threshold_80']);
    // Nothing but these two was caused by the spending.
    const all = (await eventsOf(server, accountId)).map((e) => e.type);
    expect(all.filter((t) => t === 'credits.low')).toHaveLength(2);
    expect(all.filter((t) => t !== 'credits.low' && t !== 'clustering.completed')).toEqual([]);
  }, 60_000);
});

async function packageOf(credits: number, priceCents: number) {
  const res = await call(server.url, 'POST', '/v1/admin/credit-packages', {
    token: operator,
    body: {
      code: `pack-${crypto.randomUUID().slice(0, 8)}`,
      name: `${credits} credits`,
      credits,
      price_cents: priceCents,
    },
  });
  expect(res.status).toBe(201);
  return res.body.data as { id: string };
}

async function purchase(token: string, credits: number, priceCents: number) {
  const pack = await packageOf(credits, priceCents);
  const res = await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.id}/purchase`, { token });
  expect(res.status).toBe(201);
  return res.body.data as { id: string; number: string; total_cents: number; currency: string };
}

describe('invoice.paid', () => {
  it('when the operator approves a bank transfer, at the time of the approval', async () => {
    const s = await signup(server.url);
    await subscribe(server, s.account.id);
    const invoice = await purchase(s.access_token, 300, 2_900);
    const payment = await call(server.url, 'POST', `/v1/billing/invoices/${invoice.id}/payments`, {
      token: s.access_token,
      body: { method: 'manual', reference: 'TRANSFER-7' },
    });
    expect(payment.body.data.status).toBe('pending_approval');
    expect(await eventsOf(server, s.account.id, 'invoice.paid')).toHaveLength(0);
    const approvedAt = Date.now() + 10_000;
    const approved = await atFrozen(approvedAt, () =>
      call(server.url, 'POST', `/v1/admin/payments/${payment.body.data.id}/approve`, { token: operator }),
    );
    expect(approved.body.data.status).toBe('succeeded');
    expect(await theEvent(server, s.account.id, 'invoice.paid')).toEqual({
      account_id: s.account.id,
      invoice_id: invoice.id,
      number: invoice.number,
      total_cents: 2_900,
      currency: invoice.currency,
    });
    const [event] = await eventsOf(server, s.account.id, 'invoice.paid');
    expect(event?.payload.timestamp).toBe(new Date(approvedAt).toISOString());
    const paid = await call(server.url, 'GET', `/v1/billing/invoices/${invoice.id}`, { token: s.access_token });
    expect(paid.body.data.paid_at).toBe(new Date(approvedAt).toISOString());
  });

  it("when Stripe's webhook reports the payment, once however often it is delivered", async () => {
    const s = await signup(server.url);
    await subscribe(server, s.account.id);
    const invoice = await purchase(s.access_token, 500, 4_900);
    const payment = await call(server.url, 'POST', `/v1/billing/invoices/${invoice.id}/payments`, {
      token: s.access_token,
      body: { method: 'stripe' },
    });
    expect(payment.status).toBe(201);
    const session = await server.deps.db
      .owner('payments')
      .where({ id: payment.body.data.id })
      .first('stripe_session_id');
    const event = checkoutCompletedEvent(session.stripe_session_id, invoice, s.account.id);
    const post = () =>
      call(server.url, 'POST', '/v1/webhooks/stripe', {
        rawBody: event,
        headers: {
          'content-type': 'application/json',
          'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: event, secret: WEBHOOK_SECRET }),
        },
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect(await theEvent(server, s.account.id, 'invoice.paid')).toEqual({
      account_id: s.account.id,
      invoice_id: invoice.id,
      number: invoice.number,
      total_cents: 4_900,
      currency: invoice.currency,
    });
  });

  it('leaves no event and no delivery when the payment rolls back', async () => {
    const s = await signup(server.url);
    await subscribe(server, s.account.id);
    const invoice = await purchase(s.access_token, 100, 900);
    const before = await counts(server, s.account.id);
    await expect(
      withTenant(server.deps.db.app, { accountId: s.account.id }, async (trx) => {
        expect(await markInvoicePaid(trx, invoice.id, new Date())).toBe(true);
        expect(await trx('webhook_events').where({ type: 'invoice.paid' })).toHaveLength(1);
        throw new Error('the payment fails after the invoice was marked paid');
      }),
    ).rejects.toThrow('the payment fails');
    expect(await counts(server, s.account.id)).toEqual(before);
    const still = await call(server.url, 'GET', `/v1/billing/invoices/${invoice.id}`, { token: s.access_token });
    expect(still.body.data.status).toBe('pending');
  });
});
