// A thin wrapper over the official `stripe` SDK: it creates hosted Checkout Sessions
// for invoices and verifies webhook signatures. It knows nothing of the database or
// of Koa, so the billing domain can use it and tests can stand it up alone.
import Stripe from 'stripe';

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** for tests: where Stripe's API is (host/port/protocol), optional */
  apiBase?: string;
}

export interface CheckoutInput {
  invoiceId: string;
  invoiceNumber: string;
  accountId: string;
  amountCents: number;
  currency: string;
  description: string;
  successUrl: string;
  cancelUrl: string;
  customerEmail?: string;
  /** passed to Stripe as its Idempotency-Key */
  idempotencyKey: string;
}

export interface CheckoutSession {
  id: string;
  url: string;
}

/** The part of a verified webhook event the billing domain needs. */
export interface PaymentEvent {
  eventId: string;
  type: string;
  /** for checkout.session.completed / async_payment_succeeded / async_payment_failed / expired */
  sessionId?: string;
  invoiceId?: string;
  accountId?: string;
  paymentIntentId?: string;
  amountCents?: number;
  currency?: string;
  paymentStatus?: string;
}

/** The webhook's Stripe-Signature header is missing, wrong, or too old: answer 400, never process the body. */
export class WebhookSignatureError extends Error {
  override name = 'WebhookSignatureError';
}

// Stripe's own default: a replayed delivery older than five minutes is refused.
const WEBHOOK_TOLERANCE_SECONDS = 300;
// A checkout request is on a user's click path; the SDK's 80 s default would hang
// the page long after the user gave up, and retries multiply it.
const REQUEST_TIMEOUT_MS = 15_000;
// Checkout Session events whose data.object is the session we created.
const CHECKOUT_SESSION_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

export class StripeGateway {
  readonly #stripe: Stripe;
  readonly #webhookSecret: string;

  constructor(config: StripeConfig) {
    // Fail at boot, not on the first payment or the first webhook.
    if (!config.secretKey?.trim()) throw new Error('StripeGateway: secretKey is required');
    if (!config.webhookSecret?.trim()) throw new Error('StripeGateway: webhookSecret is required');
    this.#webhookSecret = config.webhookSecret;
    this.#stripe = new Stripe(config.secretKey, {
      // Stripe retries 409/5xx/connection errors; POSTs carry an idempotency key, so a retry never double-charges.
      maxNetworkRetries: 2,
      timeout: REQUEST_TIMEOUT_MS,
      appInfo: { name: 'Igny8' },
      typescript: true,
      ...parseApiBase(config.apiBase),
    });
  }

  async createCheckoutSession(input: CheckoutInput): Promise<CheckoutSession> {
    // Stripe rejects these too, but only after a round trip (and with a less useful message).
    if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) {
      throw new RangeError(`amountCents must be a positive integer, got ${input.amountCents}`);
    }
    if (!input.idempotencyKey) throw new Error('idempotencyKey is required');

    // On both the session and its PaymentIntent, so the invoice can be found from either kind of event
    // (and from the Dashboard) without a lookup.
    const metadata = {
      invoice_id: input.invoiceId,
      account_id: input.accountId,
      invoice_number: input.invoiceNumber,
    };
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: 'payment',
      client_reference_id: input.invoiceId,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: input.currency.toLowerCase(),
            unit_amount: input.amountCents,
            product_data: { name: input.description },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    };
    if (input.customerEmail) params.customer_email = input.customerEmail;

    // The caller's key (not the SDK's random one) makes a repeated "Pay" click reuse the same session.
    const session = await this.#stripe.checkout.sessions.create(params, { idempotencyKey: input.idempotencyKey });
    // url is null only for embedded/custom UI modes; a hosted payment session always has one.
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { id: session.id, url: session.url };
  }

  /**
   * Verifies the Stripe-Signature header over the RAW body (string or Buffer) and returns the event;
   * throws WebhookSignatureError when invalid, stale (tolerance 300 s) or missing.
   */
  parseWebhook(rawBody: string | Buffer, signatureHeader: string | undefined, now: Date = new Date()): PaymentEvent {
    if (!signatureHeader) throw new WebhookSignatureError('missing Stripe-Signature header');
    let event: Stripe.Event;
    try {
      // The signature covers the exact bytes Stripe sent; a re-serialised JSON body would never match.
      event = this.#stripe.webhooks.constructEvent(
        rawBody,
        signatureHeader,
        this.#webhookSecret,
        WEBHOOK_TOLERANCE_SECONDS,
        undefined,
        now.getTime(),
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeSignatureVerificationError) {
        throw new WebhookSignatureError(err.message, { cause: err });
      }
      // Everything constructEvent reads comes from an unauthenticated caller, and the SDK throws a plain
      // Error for some malformed headers (e.g. an empty 'v1=' value fails inside its secureCompare).
      // None of that may become a 500: it would page us and make Stripe retry a hopeless delivery.
      const message = err instanceof Error ? err.message : String(err);
      throw new WebhookSignatureError(`webhook rejected: ${message}`, { cause: err });
    }
    return toPaymentEvent(event);
  }
}

function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const out: PaymentEvent = { eventId: event.id, type: event.type };
  if (!CHECKOUT_SESSION_EVENTS.has(event.type)) return out;
  const session = event.data.object as Stripe.Checkout.Session;
  out.sessionId = session.id;
  // client_reference_id is the fallback for sessions whose metadata was lost or edited in the Dashboard.
  const invoiceId = session.metadata?.invoice_id ?? session.client_reference_id ?? undefined;
  if (invoiceId) out.invoiceId = invoiceId;
  const accountId = session.metadata?.account_id;
  if (accountId) out.accountId = accountId;
  // Normally an id; an object only if someone expanded it.
  const pi = session.payment_intent;
  if (pi) out.paymentIntentId = typeof pi === 'string' ? pi : pi.id;
  if (typeof session.amount_total === 'number') out.amountCents = session.amount_total;
  if (session.currency) out.currency = session.currency;
  if (session.payment_status) out.paymentStatus = session.payment_status;
  return out;
}

function parseApiBase(apiBase: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBase) return {};
  const url = new URL(apiBase);
  const protocol = url.protocol.replace(/:$/, '');
  if (protocol !== 'http' && protocol !== 'https') {
    throw new Error(`StripeGateway: apiBase must be http(s), got ${apiBase}`);
  }
  // The SDK always appends its own /v1/ path, so only the origin of apiBase is used.
  return {
    protocol,
    // URL keeps IPv6 literals bracketed ('[::1]'); Node's http wants them bare.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port || (protocol === 'https' ? 443 : 80),
  };
}
