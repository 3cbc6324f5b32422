// Billing through the API: idempotency keys, plans and renewals on a controlled clock, credit
// packages paid by bank transfer and through Stripe (mocked with msw, signatures made for real),
// invoice numbering and PDFs, and the operator's routes.
import { type OperationManifest, operations } from '@igny8/contract';
import Stripe from 'stripe';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { capture, reserve } from '../../src/domain/billing/credits.js';
import { createInvoice } from '../../src/domain/billing/invoices.js';
import { call, signup } from '../helpers/http.js';
import { requestSchema, sample } from '../helpers/samples.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';
import { checkoutCompletedEvent, stripeCheckoutApi } from '../helpers/stripe.js';

const STRIPE_API = 'http://127.0.0.1:12112';
const WEBHOOK_SECRET = 'whsec_igny8_billing_flows';

const stripeApi = stripeCheckoutApi(STRIPE_API);

let server: TestServer;
let operator: string;
/** A fixed time while a test sets one; the real time otherwise. */
let clock: number | null = null;
beforeAll(async () => {
  stripeApi.listen({ onUnhandledFrame: 'bypass' });
  server = await startTestServer({
    now: () => new Date(clock ?? Date.now()),
    env: { STRIPE_SECRET_KEY: 'sk_test_igny8', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: STRIPE_API },
  });
  operator = await operatorSession(server, OPERATOR_EMAIL);
});

const OPERATOR_EMAIL = 'billing-operator@example.test';
async function operatorLogin() {
  const res = await call(server.url, 'POST', '/v1/admin/auth/login', {
    body: { email: OPERATOR_EMAIL, password: 'operator-password-123' },
  });
  return res.body.data.access_token as string;
}
afterAll(async () => {
  stripeApi.close();
  await server.close();
});

/**
 * Moves the clock and signs in again: tokens from before a jump of days would have expired.
 * Returns the account's and the operator's fresh tokens.
 */
async function at(time: number, s: { email: string; password: string }) {
  clock = time;
  const login = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
  operator = await operatorLogin();
  return login.body.data.access_token as string;
}

const balanceOf = async (token: string) => (await call(server.url, 'GET', '/v1/billing/balance', { token })).body.data;

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
  return res.body.data as { id: string; credits: number };
}

async function payByTransfer(token: string, invoiceId: string) {
  const payment = await call(server.url, 'POST', `/v1/billing/invoices/${invoiceId}/payments`, {
    token,
    body: { method: 'manual', reference: 'TRANSFER-1' },
  });
  expect(payment.body.data.status).toBe('pending_approval');
  const approved = await call(server.url, 'POST', `/v1/admin/payments/${payment.body.data.id}/approve`, {
    token: operator,
  });
  expect(approved.body.data.status).toBe('succeeded');
}

describe('Idempotency-Key', () => {
  it('50 concurrent requests with one key have one effect and identical answers', async () => {
    const s = await signup(server.url);
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(server.url, 'POST', '/v1/account/exports', { token: s.access_token, headers: { 'idempotency-key': key } }),
      ),
    );
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([202]));
    // The same answer, each speaking with its own request id (the body's equals the header's).
    for (const r of results) expect(r.body.request_id).toBe(r.headers.get('x-request-id'));
    const bodies = new Set(results.map((r) => JSON.stringify({ ...r.body, request_id: undefined })));
    expect(bodies.size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    expect(new Set(results.map((r) => r.headers.get('location'))).size).toBe(1);
    const ops = await server.deps.db.owner('operations').where({ account_id: s.account.id });
    expect(ops).toHaveLength(1);
  });

  it('refuses the same key with another body (409), and keeps keys apart between accounts', async () => {
    const s = await signup(server.url);
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const key = 'create-site-1';
    const first = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      headers: { 'idempotency-key': key },
      body: { name: 'A', industry_id: industry.id },
    });
    expect(first.status).toBe(201);
    const same = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      headers: { 'idempotency-key': key },
      body: { industry_id: industry.id, name: 'A' },
    });
    expect(same.body).toEqual({ ...first.body, request_id: same.headers.get('x-request-id') });
    expect(same.body.request_id).not.toBe(first.body.request_id);
    const other = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      headers: { 'idempotency-key': key },
      body: { name: 'B', industry_id: industry.id },
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const t = await signup(server.url);
    const elsewhere = await call(server.url, 'POST', '/v1/sites', {
      token: t.access_token,
      headers: { 'idempotency-key': key },
      body: { name: 'B', industry_id: industry.id },
    });
    expect(elsewhere.status).toBe(201);
  });

  it('does not store errors: a retry after a refusal is tried again', async () => {
    const s = await signup(server.url);
    const key = 'retry-after-error';
    const refused = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      headers: { 'idempotency-key': key },
      body: { name: 'A', industry_id: crypto.randomUUID() },
    });
    expect(refused.status).toBe(422);
    const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
    const ok = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      headers: { 'idempotency-key': `${key}-2` },
      body: { name: 'A', industry_id: industry.id },
    });
    expect(ok.status).toBe(201);
  });
});

describe('plans and renewals, on a controlled clock', () => {
  it('upgrades now with a prorated invoice; paying it resets plan credits', async () => {
    clock = Date.UTC(2027, 0, 1, 12);
    const s = await signup(server.url);
    let token = await at(clock as number, s);
    token = await at(Date.UTC(2027, 0, 16, 12), s); // half-way through January
    const change = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: token,
      body: { plan: 'starter' },
    });
    expect(change.status).toBe(200);
    expect(change.body.data.subscription.plan.code).toBe('starter');
    const invoice = change.body.data.invoice;
    expect(invoice.kind).toBe('subscription');
    expect(invoice.total_cents).toBeGreaterThan(4_500);
    expect(invoice.total_cents).toBeLessThan(5_500);
    expect((await balanceOf(token)).plan_credits).toBe(100);
    await payByTransfer(token, invoice.id);
    expect((await balanceOf(token)).plan_credits).toBe(1000);
  });

  it('a paid renewal resets plan credits; an unpaid one past grace is past_due with plan credits 0 and bonus untouched', async () => {
    clock = Date.UTC(2027, 2, 1, 9);
    const s = await signup(server.url);
    let token = await at(clock as number, s);
    const accountId = s.account.id;
    const up = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: token,
      body: { plan: 'starter' },
    });
    await payByTransfer(token, up.body.data.invoice.id);
    const pack = await packageOf(50, 900);
    const bought = await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.id}/purchase`, {
      token: token,
    });
    await payByTransfer(token, bought.body.data.id);
    // Spend some plan credits in March.
    await withTenant(server.deps.db.app, { accountId }, async (trx) => {
      await reserve(trx, {
        accountId,
        key: 'march',
        credits: 300,
        operation: 'generate_content',
        now: new Date(clock ?? Date.now()),
      });
      await capture(trx, { accountId, key: 'march', actual: 300, now: new Date(clock ?? Date.now()) });
    });
    expect(await balanceOf(token)).toMatchObject({ plan_credits: 700, bonus_credits: 50 });

    // April 1st: the renewal invoices the next month.
    token = await at(Date.UTC(2027, 3, 1, 10), s);
    const run1 = await call(server.url, 'POST', '/v1/admin/billing/renewals', { token: operator });
    expect(run1.body.data.invoiced).toBeGreaterThanOrEqual(1);
    const invoices = (await call(server.url, 'GET', '/v1/billing/invoices?limit=100', { token: token })).body.data;
    const april = invoices.find(
      (i: { status: string; kind: string }) => i.kind === 'subscription' && i.status === 'pending',
    );
    expect(april.total_cents).toBe(10_000);
    expect(april.period_start).toBe('2027-04-01T09:00:00.000Z');
    await payByTransfer(token, april.id);
    expect(await balanceOf(token)).toMatchObject({ plan_credits: 1000, bonus_credits: 50 });

    // May 1st: invoiced, never paid; past the 3-day grace it is past due.
    token = await at(Date.UTC(2027, 4, 1, 10), s);
    await call(server.url, 'POST', '/v1/admin/billing/renewals', { token: operator });
    token = await at(Date.UTC(2027, 4, 3, 10), s);
    await call(server.url, 'POST', '/v1/admin/billing/renewals', { token: operator });
    expect((await call(server.url, 'GET', '/v1/billing/subscription', { token: token })).body.data.status).toBe(
      'active',
    );
    token = await at(Date.UTC(2027, 4, 5, 10), s);
    const run3 = await call(server.url, 'POST', '/v1/admin/billing/renewals', { token: operator });
    expect(run3.body.data.past_due).toBeGreaterThanOrEqual(1);
    const sub = (await call(server.url, 'GET', '/v1/billing/subscription', { token: token })).body.data;
    expect(sub.status).toBe('past_due');
    expect(await balanceOf(token)).toMatchObject({ plan_credits: 0, bonus_credits: 50 });
    const notes = (await call(server.url, 'GET', '/v1/notifications', { token: token })).body.data.map(
      (n: { kind: string }) => n.kind,
    );
    expect(notes).toContain('subscription.past_due');
    // Paying late brings the subscription back.
    const may = (await call(server.url, 'GET', '/v1/billing/invoices?limit=100', { token: token })).body.data.find(
      (i: { status: string; kind: string }) => i.kind === 'subscription' && i.status === 'pending',
    );
    await payByTransfer(token, may.id);
    expect((await call(server.url, 'GET', '/v1/billing/subscription', { token: token })).body.data.status).toBe(
      'active',
    );
    expect(await balanceOf(token)).toMatchObject({ plan_credits: 1000, bonus_credits: 50 });
    clock = null;
  });

  it('downgrades at the end of the period', async () => {
    clock = Date.UTC(2027, 5, 10);
    const s = await signup(server.url);
    let token = await at(clock as number, s);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: token,
      body: { plan: 'growth' },
    });
    const down = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: token,
      body: { plan: 'starter' },
    });
    expect(down.body.data.invoice).toBeNull();
    expect(down.body.data.subscription).toMatchObject({ plan: { code: 'growth' }, pending_plan: { code: 'starter' } });
    token = await at(Date.UTC(2027, 6, 11), s);
    const run = await call(server.url, 'POST', '/v1/admin/billing/renewals', { token: operator });
    expect(run.body.data.downgraded).toBeGreaterThanOrEqual(1);
    const sub = (await call(server.url, 'GET', '/v1/billing/subscription', { token: token })).body.data;
    expect(sub).toMatchObject({ plan: { code: 'starter' }, pending_plan: null });
    expect((await call(server.url, 'GET', '/v1/account', { token: token })).body.data.plan.code).toBe('starter');
    clock = null;
  });
});

describe('Stripe', () => {
  const sign = (payload: string, secret = WEBHOOK_SECRET) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor((clock ?? Date.now()) / 1000) });

  it('pays a package through Checkout: a bad signature gets 400; the same event twice credits once', async () => {
    clock = null;
    const s = await signup(server.url);
    const pack = await packageOf(500, 4_900);
    const invoice = (
      await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.id}/purchase`, { token: s.access_token })
    ).body.data;
    const payment = await call(server.url, 'POST', `/v1/billing/invoices/${invoice.id}/payments`, {
      token: s.access_token,
      body: { method: 'stripe' },
    });
    expect(payment.status).toBe(201);
    expect(payment.body.data).toMatchObject({ method: 'stripe', status: 'pending', amount_cents: 4_900 });
    expect(payment.body.data.checkout_url).toMatch(/^https:\/\/checkout\.example\.test\/pay\/cs_test_/);
    const session = await server.deps.db
      .owner('payments')
      .where({ id: payment.body.data.id })
      .first('stripe_session_id');

    const event = checkoutCompletedEvent(session.stripe_session_id, invoice, s.account.id);
    const post = (body: string, signature: string) =>
      call(server.url, 'POST', '/v1/webhooks/stripe', {
        rawBody: body,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      });

    const forged = await post(event, sign(event, 'whsec_someone_else'));
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    const tampered = await post(event.replace('"paid"', '"unpaid"'), sign(event));
    expect(tampered.status).toBe(400);
    expect((await balanceOf(s.access_token)).bonus_credits).toBe(0);

    const first = await post(event, sign(event));
    expect(first.status).toBe(200);
    const again = await post(event, sign(event));
    expect(again.status).toBe(200);
    expect((await balanceOf(s.access_token)).bonus_credits).toBe(500);
    const paid = await call(server.url, 'GET', `/v1/billing/invoices/${invoice.id}`, { token: s.access_token });
    expect(paid.body.data.status).toBe('paid');
    const ledger = await server.deps.db.owner('credit_ledger').where({ account_id: s.account.id, kind: 'purchase' });
    expect(ledger).toHaveLength(1);
  });
});

describe('invoices', () => {
  it('50 created at once get consecutive numbers, without gaps or duplicates', async () => {
    const accounts = [await signup(server.url), await signup(server.url), await signup(server.url)];
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const accountId = (accounts[i % 3] as { account: { id: string } }).account.id;
        return withTenant(server.deps.db.app, { accountId }, (trx) =>
          createInvoice(trx, {
            accountId,
            kind: 'custom',
            currency: 'USD',
            lines: [{ description: `Line ${i}`, quantity: 1, unitCents: 100 + i }],
          }),
        );
      }),
    );
    const numbers = created.map((i) => i.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect((numbers.at(-1) as number) - (numbers[0] as number)).toBe(49);
    // And no number anywhere is missing or used twice.
    const all = (await server.deps.db.owner('invoices').orderBy('number').pluck('number')).map(Number);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });

  it('download as a PDF that opens and holds the number and the total', async () => {
    const s = await signup(server.url);
    const pack = await packageOf(1_000, 12_345);
    const invoice = (
      await call(server.url, 'POST', `/v1/billing/credit-packages/${pack.id}/purchase`, { token: s.access_token })
    ).body.data;
    const res = await fetch(`${server.url}/v1/billing/invoices/${invoice.id}/pdf`, {
      headers: { authorization: `Bearer ${s.access_token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain(invoice.number);
    expect(text).toContain('$123.45');
    const json = await call(server.url, 'GET', `/v1/billing/invoices/${invoice.id}`, { token: s.access_token });
    expect(json.body.data).toMatchObject({
      number: invoice.number,
      total_cents: 12_345,
      status: 'pending',
      lines: [{ quantity: 1, unit_cents: 12_345 }],
    });
  });
});

describe('the operator', () => {
  const adminOps = (Object.values(operations) as OperationManifest[]).filter((op) => op.role === 'operator');

  it('routes refuse tenant tokens and API keys with 403, and no credentials with 401', async () => {
    expect(adminOps.length).toBeGreaterThanOrEqual(12);
    const s = await signup(server.url);
    const key = (
      await call(server.url, 'POST', '/v1/api-keys', { token: s.access_token, body: { name: 'k', role: 'owner' } })
    ).body.data.secret;
    for (const op of adminOps) {
      const path = op.path.replace(/\{(\w+)\}/g, (_, name) => (name === 'plan_code' ? 'free' : s.account.id));
      const body = op.hasBody ? sample(requestSchema(op.operationId) as object) : undefined;
      for (const token of [s.access_token, key]) {
        const res = await call(server.url, op.method, path, { token, body });
        expect({ op: op.operationId, status: res.status, code: res.body.error?.code }).toEqual({
          op: op.operationId,
          status: 403,
          code: 'OPERATOR_ONLY',
        });
      }
      expect((await call(server.url, op.method, path, { body })).status).toBe(401);
    }
    // And an operator token opens nothing else.
    expect((await call(server.url, 'GET', '/v1/account', { token: operator })).status).toBe(401);
  });

  it('grants and takes credits with a reason (audited), never below zero', async () => {
    const s = await signup(server.url);
    const granted = await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'bonus', amount: 250, reason: 'goodwill for the outage' },
    });
    expect(granted.body.data).toMatchObject({ plan_credits: 100, bonus_credits: 250 });
    const tooMuch = await call(server.url, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: operator,
      body: { pool: 'plan', amount: -101, reason: 'correction' },
    });
    expect(tooMuch.status).toBe(422);
    const audit = await server.deps.db
      .owner('audit_events')
      .where({ account_id: s.account.id, action: 'credits.adjusted' });
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ amount: 250, reason: 'goodwill for the outage' });
    const account = await call(server.url, 'GET', `/v1/admin/accounts/${s.account.id}`, { token: operator });
    expect(account.body.data).toMatchObject({
      members: 1,
      balance: { bonus_credits: 250 },
      subscription: { plan: { code: 'free' } },
    });
  });

  it('suspends accounts, edits plans, costs and packages, and rejects payments', async () => {
    const s = await signup(server.url);
    const suspended = await call(server.url, 'PUT', `/v1/admin/accounts/${s.account.id}/status`, {
      token: operator,
      body: { status: 'suspended', reason: 'chargeback' },
    });
    expect(suspended.body.data.account.status).toBe('suspended');
    const plan = await call(server.url, 'PUT', '/v1/admin/plans/agency', {
      token: operator,
      body: {
        name: 'Agency',
        price_cents: 90_000,
        credits_per_month: 10_000,
        max_sites: 200,
        max_users: 20,
        max_keywords: 500_000,
        max_sectors_per_site: 5,
      },
    });
    expect(plan.body.data).toMatchObject({ code: 'agency', credits_per_month: 10_000 });
    expect((await call(server.url, 'GET', '/v1/plans')).body.data.map((p: { code: string }) => p.code)).toContain(
      'agency',
    );
    const cost = await call(server.url, 'PUT', '/v1/admin/credit-costs', {
      token: operator,
      body: { operation: 'optimize_content', credits: 2 },
    });
    expect(cost.body.data).toMatchObject({ operation: 'optimize_content', provider: '*', credits: 2 });
    const pack = await packageOf(10, 100);
    const hidden = await call(server.url, 'PATCH', `/v1/admin/credit-packages/${pack.id}`, {
      token: operator,
      body: { active: false },
    });
    expect(hidden.body.data.active).toBe(false);
    expect(
      (await call(server.url, 'GET', '/v1/billing/credit-packages', { token: s.access_token })).body.data.map(
        (p: { id: string }) => p.id,
      ),
    ).not.toContain(pack.id);

    const t = await signup(server.url);
    const pack2 = await packageOf(10, 100);
    const inv = (
      await call(server.url, 'POST', `/v1/billing/credit-packages/${pack2.id}/purchase`, { token: t.access_token })
    ).body.data;
    const pay = (
      await call(server.url, 'POST', `/v1/billing/invoices/${inv.id}/payments`, {
        token: t.access_token,
        body: { method: 'manual' },
      })
    ).body.data;
    const pending = await call(server.url, 'GET', '/v1/admin/payments?status=pending_approval&limit=100', {
      token: operator,
    });
    expect(pending.body.data.map((p: { id: string }) => p.id)).toContain(pay.id);
    const rejected = await call(server.url, 'POST', `/v1/admin/payments/${pay.id}/reject`, {
      token: operator,
      body: { reason: 'no transfer arrived' },
    });
    expect(rejected.body.data.status).toBe('failed');
    const twice = await call(server.url, 'POST', `/v1/admin/payments/${pay.id}/approve`, { token: operator });
    expect(twice.status).toBe(409);
    expect((await balanceOf(t.access_token)).bonus_credits).toBe(0);
  });
});

describe('an account cannot set its own credits, plan or status', () => {
  it('through any non-operator route: such fields are refused and nothing changes', async () => {
    const s = await signup(server.url);
    const before = {
      balance: await balanceOf(s.access_token),
      account: (await call(server.url, 'GET', '/v1/account', { token: s.access_token })).body.data,
    };
    const forbidden = {
      credits: 1_000_000,
      plan_credits: 1_000_000,
      bonus_credits: 1_000_000,
      status: 'active',
      plan_id: crypto.randomUUID(),
      account_id: crypto.randomUUID(),
    };
    const tenantOps = (Object.values(operations) as OperationManifest[]).filter(
      // A site's signed routes refuse an unsigned request before reading its fields (test/integrations covers them).
      (op) => op.hasBody && op.role !== 'operator' && op.role !== 'site',
    );
    for (const op of tenantOps) {
      const schema = requestSchema(op.operationId) as {
        properties?: Record<string, unknown>;
        additionalProperties?: boolean;
      };
      if (schema.additionalProperties !== false) continue; // a provider's signed event, not a tenant's input
      for (const [field, value] of Object.entries(forbidden)) {
        if (schema.properties && field in schema.properties) continue;
        const path = op.path.replace(/\{\w+\}/g, crypto.randomUUID());
        const res = await call(server.url, op.method, path, {
          token: s.access_token,
          body: { ...(sample(schema) as object), [field]: value },
        });
        expect({ op: op.operationId, field, status: res.status }).toEqual({ op: op.operationId, field, status: 400 });
      }
    }
    expect(await balanceOf(s.access_token)).toEqual(before.balance);
    expect((await call(server.url, 'GET', '/v1/account', { token: s.access_token })).body.data).toMatchObject({
      status: before.account.status,
      plan: { code: 'free' },
    });
  });
});
