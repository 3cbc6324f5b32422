// `@igny8/sdk/webhooks`: checks that a delivery to your webhook endpoint came from Igny8, per Standard Webhooks, and
// types its payload from the contract's `webhooks` section. An entry of its own, so the client does not carry it.
// Web Crypto only (`crypto.subtle`, in Node ≥ 22, Deno, Bun, edge runtimes and browsers): no dependency, and the
// signature comparison is the platform's HMAC verify, which takes the same time whatever bytes differ.
import type { webhooks as WebhookOperations } from '@igny8/contract/openapi';
import { Igny8Error, named } from './errors.js';

/** The events an endpoint can subscribe to (the contract's `WebhookEventType`). */
export type WebhookEventType = keyof WebhookOperations;

/** The payload of one event type, e.g. `WebhookEventOf<'content.published'>`. */
export type WebhookEventOf<T extends WebhookEventType> =
  WebhookOperations[T]['post']['requestBody']['content']['application/json'];

/** Any event's payload, a union discriminated by `type`: `switch (event.type)` narrows `event.data`. */
export type WebhookEvent = { [T in WebhookEventType]: WebhookEventOf<T> }[WebhookEventType];

export type WebhookVerificationErrorCode =
  /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is missing or empty. */
  | 'MISSING_HEADERS'
  /** `webhook-timestamp` is not a number of seconds. */
  | 'INVALID_TIMESTAMP'
  /** The timestamp is older than the tolerance: a replay, or a clock far behind. */
  | 'TIMESTAMP_TOO_OLD'
  /** The timestamp is further ahead than the tolerance. */
  | 'TIMESTAMP_TOO_NEW'
  /** No `v1` signature matches any of the secrets: a changed body or header, or the wrong secret. */
  | 'SIGNATURE_MISMATCH'
  /** A secret is not `whsec_` followed by base64 (as the endpoint's creation answered it). */
  | 'INVALID_SECRET'
  /** The body, correctly signed, is not a JSON event (`type`, `timestamp`, `data`). */
  | 'INVALID_PAYLOAD';

/** The delivery cannot be trusted (or read): answer it with a 4xx and do not act on it. */
export class WebhookVerificationError extends Igny8Error {
  static {
    named(WebhookVerificationError, 'WebhookVerificationError');
  }

  readonly code: WebhookVerificationErrorCode;

  constructor(code: WebhookVerificationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The request headers: fetch's `Headers`, or Node's `IncomingMessage#headers` (any letter case). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** How far the `webhook-timestamp` may be from now, either way, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time in milliseconds (default `Date.now()`). */
  now?: number;
}

const encoder = new TextEncoder();

function header(headers: WebhookHeaders, name: string): string {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name)?.trim() ?? '';
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && value !== undefined) {
      return (Array.isArray(value) ? value.join(' ') : value).trim();
    }
  }
  return '';
}

/** Base64 (standard alphabet, padding optional) to bytes; `undefined` when it is not base64. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function hmacKey(secret: string): Promise<CryptoKey> {
  const bytes = fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret);
  if (!bytes?.length)
    throw new WebhookVerificationError('INVALID_SECRET', 'The webhook secret is not whsec_ + base64.');
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
}

/**
 * Verifies a delivery and resolves with its event, typed by `type`; rejects with a WebhookVerificationError
 * (see its `code`) when it cannot be trusted. Pass the body exactly as received (the raw bytes or text, not
 * re-serialised JSON), the request's headers, and the endpoint's secret — or several while you rotate it: the
 * delivery is genuine when any `v1` signature in `webhook-signature` matches any secret.
 *
 * ```ts
 * const event = await verify(rawBody, req.headers, process.env.IGNY8_WEBHOOK_SECRET);
 * if (event.type === 'content.published') console.log(event.data.url);
 * ```
 *
 * The `webhook-id` header is the event's id, the same on every retry and replay: deduplicate on it.
 */
export async function verify(
  payload: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError(
      'MISSING_HEADERS',
      'The webhook-id, webhook-timestamp and webhook-signature headers are all required.',
    );
  }
  if (!/^\d{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError('INVALID_TIMESTAMP', 'webhook-timestamp is not a number of seconds.');
  }
  const tolerance = options.toleranceSeconds ?? 300;
  const age = Math.floor((options.now ?? Date.now()) / 1000) - Number(timestamp);
  if (age > tolerance) throw new WebhookVerificationError('TIMESTAMP_TOO_OLD', 'The webhook timestamp is too old.');
  if (age < -tolerance)
    throw new WebhookVerificationError('TIMESTAMP_TOO_NEW', 'The webhook timestamp is in the future.');

  // What was signed: `${id}.${timestamp}.` then the body's bytes as they came.
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const candidates = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => fromBase64(s.slice(3)))
    .filter((s) => s !== undefined);
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (!secrets.length) throw new WebhookVerificationError('INVALID_SECRET', 'No webhook secret was given.');
  const keys = await Promise.all(secrets.map(hmacKey));
  let matched = false;
  // Every pair is checked, so the time taken does not tell which secret or signature matched.
  for (const key of keys) {
    for (const signature of candidates) {
      const ok = await crypto.subtle.verify('HMAC', key, signature, signed);
      matched ||= ok;
    }
  }
  if (!matched) throw new WebhookVerificationError('SIGNATURE_MISMATCH', 'No webhook signature matches the secret.');

  let event: unknown;
  try {
    event = JSON.parse(typeof payload === 'string' ? payload : new TextDecoder().decode(payload));
  } catch {
    event = undefined;
  }
  const e = event as Partial<Record<'type' | 'timestamp' | 'data', unknown>> | null | undefined;
  if (typeof e?.type !== 'string' || typeof e.timestamp !== 'string' || typeof e.data !== 'object' || !e.data) {
    throw new WebhookVerificationError('INVALID_PAYLOAD', 'The webhook body is not an Igny8 event.');
  }
  return event as WebhookEvent;
}

/** The same, as one object: `import { webhooks } from '@igny8/sdk/webhooks'; await webhooks.verify(body, headers, secret)`. */
export const webhooks = { verify } as const;
