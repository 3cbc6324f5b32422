import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CheckoutInput, StripeGateway, WebhookSignatureError } from '../../src/domain/billing/stripe-gateway.js';

// Stripe's API is pointed at a loopback origin that msw answers in-process: even if
// interception ever broke, a request could only reach this machine, never Stripe.
const API_BASE = 'http://127.0.0.1:12111';
const SESSIONS_URL = `${API_BASE}/v1/checkout/sessions`;
const WEBHOOK_SECRET = 'whsec_test_igny8_secret';

const mockStripe = setupServer();
const seenUrls: string[] = [];
mockStripe.events.on('request:start', ({ request }) => {
  seenUrls.push(request.url);
});

beforeAll(() => mockStripe.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mockStripe.resetHandlers());
afterAll(() => {
  mockStripe.close();
  // Belt and braces: the SDK's requests did pass through msw, and every one went to the loopback mock.
  expect(seenUrls.length).toBeGreaterThan(0);
  for (const url of seenUrls) expect(new URL(url).hostname).toBe('127.0.0.1');
});

const gateway = () =>
  new StripeGateway({ secretKey: 'sk_test_igny8', webhookSecret: WEBHOOK_SECRET, apiBase: API_BASE });

const input: CheckoutInput = {
  invoiceId: 'inv_0001',
  invoiceNumber: 'IGN-2026-0001',
  accountId: 'acc_42',
  amountCents: 4900,
  currency: 'USD',
  description: 'Igny8 Pro — November 2026',
  successUrl: 'https://app.example.test/billing/success?session={CHECKOUT_SESSION_ID}',
  cancelUrl: 'https://app.example.test/billing/cancel',
  customerEmail: 'owner@example.test',
  idempotencyKey: 'checkout:inv_0001:1',
};

interface Captured {
  form: URLSearchParams;
  headers: Headers;
}

function sessionJson(id: string) {
  return { id, object: 'checkout.session', url: `https://checkout.example.test/c/pay/${id}` };
}

describe('StripeGateway.createCheckoutSession', () => {
  it('sends amount, currency, metadata, client_reference_id and the Idempotency-Key, and returns id + url', async () => {
    const captured: Captured[] = [];
    mockStripe.use(
      http.post(SESSIONS_URL, async ({ request }) => {
        captured.push({ form: new URLSearchParams(await request.text()), headers: request.headers });
        return HttpResponse.json(sessionJson('cs_test_1'));
      }),
    );

    const session = await gateway().createCheckoutSession(input);

    expect(session).toEqual({ id: 'cs_test_1', url: 'https://checkout.example.test/c/pay/cs_test_1' });
    expect(captured).toHaveLength(1);
    const { form, headers } = captured[0]!;
    expect(headers.get('idempotency-key')).toBe('checkout:inv_0001:1');
    expect(headers.get('authorization')).toBe('Bearer sk_test_igny8');
    expect(headers.get('user-agent')).toContain('Igny8');
    expect(Object.fromEntries(form)).toMatchObject({
      mode: 'payment',
      client_reference_id: 'inv_0001',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][unit_amount]': '4900',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][product_data][name]': 'Igny8 Pro — November 2026',
      'metadata[invoice_id]': 'inv_0001',
      'metadata[account_id]': 'acc_42',
      'metadata[invoice_number]': 'IGN-2026-0001',
      'payment_intent_data[metadata][invoice_id]': 'inv_0001',
      'payment_intent_data[metadata][account_id]': 'acc_42',
      'payment_intent_data[metadata][invoice_number]': 'IGN-2026-0001',
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
      customer_email: 'owner@example.test',
    });
  });

  it('leaves customer_email out when there is none', async () => {
    let form: URLSearchParams | undefined;
    mockStripe.use(
      http.post(SESSIONS_URL, async ({ request }) => {
        form = new URLSearchParams(await request.text());
        return HttpResponse.json(sessionJson('cs_test_2'));
      }),
    );
    await gateway().createCheckoutSession({ ...input, customerEmail: undefined });
    expect(form?.has('customer_email')).toBe(false);
  });

  it('retries a Stripe 500 with the same Idempotency-Key and returns the later success', async () => {
    const keys: (string | null)[] = [];
    mockStripe.use(
      http.post(SESSIONS_URL, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (keys.length === 1) {
          return HttpResponse.json(
            { error: { type: 'api_error', message: 'An unknown error occurred' } },
            { status: 500 },
          );
        }
        return HttpResponse.json(sessionJson('cs_test_retry'));
      }),
    );

    const session = await gateway().createCheckoutSession(input);

    expect(session.id).toBe('cs_test_retry');
    expect(keys).toEqual(['checkout:inv_0001:1', 'checkout:inv_0001:1']);
  });

  it('does not retry a 400 and surfaces Stripe’s error', async () => {
    let calls = 0;
    mockStripe.use(
      http.post(SESSIONS_URL, () => {
        calls += 1;
        return HttpResponse.json(
          { error: { type: 'invalid_request_error', message: 'Invalid currency: xyz', param: 'currency' } },
          { status: 400 },
        );
      }),
    );
    const failure = gateway().createCheckoutSession({ ...input, currency: 'XYZ' });
    await expect(failure).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(failure).rejects.toThrow(/Invalid currency/);
    expect(calls).toBe(1);
  });

  it('refuses a non-positive or fractional amount before calling Stripe', async () => {
    await expect(gateway().createCheckoutSession({ ...input, amountCents: 0 })).rejects.toThrow(RangeError);
    await expect(gateway().createCheckoutSession({ ...input, amountCents: 10.5 })).rejects.toThrow(RangeError);
  });
});

describe('StripeGateway.parseWebhook', () => {
  const now = new Date('2026-11-02T12:00:00Z');
  const nowSec = Math.floor(now.getTime() / 1000);

  const completedEvent = JSON.stringify({
    id: 'evt_1',
    object: 'event',
    type: 'checkout.session.completed',
    api_version: '2026-10-28.endive',
    created: nowSec - 5,
    livemode: false,
    data: {
      object: {
        id: 'cs_test_1',
        object: 'checkout.session',
        client_reference_id: 'inv_0001',
        metadata: { invoice_id: 'inv_0001', account_id: 'acc_42', invoice_number: 'IGN-2026-0001' },
        payment_intent: 'pi_123',
        amount_total: 4900,
        currency: 'usd',
        payment_status: 'paid',
        status: 'complete',
      },
    },
  });

  const sign = (payload: string, timestamp = nowSec, secret = WEBHOOK_SECRET) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

  it('accepts a genuinely signed checkout.session.completed and maps its fields', () => {
    const expected = {
      eventId: 'evt_1',
      type: 'checkout.session.completed',
      sessionId: 'cs_test_1',
      invoiceId: 'inv_0001',
      accountId: 'acc_42',
      paymentIntentId: 'pi_123',
      amountCents: 4900,
      currency: 'usd',
      paymentStatus: 'paid',
    };
    const header = sign(completedEvent);
    expect(gateway().parseWebhook(completedEvent, header, now)).toEqual(expected);
    // Koa's raw-body readers hand over a Buffer; the same bytes must verify.
    expect(gateway().parseWebhook(Buffer.from(completedEvent, 'utf8'), header, now)).toEqual(expected);
  });

  it('accepts a timestamp just inside the 300 s tolerance', () => {
    expect(gateway().parseWebhook(completedEvent, sign(completedEvent, nowSec - 299), now).eventId).toBe('evt_1');
  });

  it('falls back to client_reference_id when metadata has no invoice_id', () => {
    const payload = completedEvent.replace('"invoice_id":"inv_0001",', '');
    expect(gateway().parseWebhook(payload, sign(payload), now)).toMatchObject({ invoiceId: 'inv_0001' });
  });

  it('maps checkout.session.async_payment_failed too', () => {
    const payload = completedEvent
      .replace('checkout.session.completed', 'checkout.session.async_payment_failed')
      .replace('"payment_status":"paid"', '"payment_status":"unpaid"');
    expect(gateway().parseWebhook(payload, sign(payload), now)).toMatchObject({
      type: 'checkout.session.async_payment_failed',
      invoiceId: 'inv_0001',
      paymentStatus: 'unpaid',
    });
  });

  it('returns only id and type for events that are not about a checkout session', () => {
    const payload = JSON.stringify({
      id: 'evt_2',
      object: 'event',
      type: 'charge.refunded',
      data: { object: { id: 'ch_1', object: 'charge', metadata: { invoice_id: 'inv_0001' } } },
    });
    expect(gateway().parseWebhook(payload, sign(payload), now)).toEqual({ eventId: 'evt_2', type: 'charge.refunded' });
  });

  it('throws WebhookSignatureError for a signature made with another secret', () => {
    const header = sign(completedEvent, nowSec, 'whsec_someone_else');
    expect(() => gateway().parseWebhook(completedEvent, header, now)).toThrow(WebhookSignatureError);
  });

  it('throws WebhookSignatureError for a body changed after signing', () => {
    const header = sign(completedEvent);
    const tampered = completedEvent.replace('"amount_total":4900', '"amount_total":1');
    expect(tampered).not.toBe(completedEvent);
    expect(() => gateway().parseWebhook(tampered, header, now)).toThrow(WebhookSignatureError);
  });

  it('throws WebhookSignatureError when the header is missing, empty or malformed', () => {
    expect(() => gateway().parseWebhook(completedEvent, undefined, now)).toThrow(WebhookSignatureError);
    expect(() => gateway().parseWebhook(completedEvent, '', now)).toThrow(WebhookSignatureError);
    expect(() => gateway().parseWebhook(completedEvent, 'garbage', now)).toThrow(WebhookSignatureError);
    expect(() => gateway().parseWebhook(completedEvent, `t=${nowSec}`, now)).toThrow(WebhookSignatureError);
    // The SDK throws a plain Error (not its signature error) for an empty v1 value; it must still be a 400.
    expect(() => gateway().parseWebhook(completedEvent, `t=${nowSec},v1=`, now)).toThrow(WebhookSignatureError);
    expect(() => gateway().parseWebhook(completedEvent, `t=${nowSec},v1`, now)).toThrow(WebhookSignatureError);
  });

  it('throws WebhookSignatureError for a correctly signed event older than 300 s', () => {
    const header = sign(completedEvent, nowSec - 301);
    expect(() => gateway().parseWebhook(completedEvent, header, now)).toThrow(WebhookSignatureError);
    expect(() => gateway().parseWebhook(completedEvent, header, now)).toThrow(/tolerance/);
  });
});

describe('StripeGateway configuration', () => {
  it('refuses blank keys and non-http apiBase at construction', () => {
    expect(() => new StripeGateway({ secretKey: '', webhookSecret: WEBHOOK_SECRET })).toThrow(/secretKey/);
    expect(() => new StripeGateway({ secretKey: 'sk_test_x', webhookSecret: ' ' })).toThrow(/webhookSecret/);
    expect(
      () => new StripeGateway({ secretKey: 'sk_test_x', webhookSecret: WEBHOOK_SECRET, apiBase: 'ftp://127.0.0.1' }),
    ).toThrow(/apiBase/);
  });
});
