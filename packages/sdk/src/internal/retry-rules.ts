// The SDK's retry rules, whichever transport sends the call: ky's (http-transport.ts, through retry-policy.ts) or
// fetch's own loop (fetch-transport.ts). No ky import here, so a bundle on the fetch transport carries none of it.

/** A 429 or a transient 5xx is retried; no other status is. */
export const RETRYABLE_STATUSES = [429, 500, 502, 503, 504];
/** A `Retry-After` longer than this (or nonsense) is answered with the back-off instead of a long hang. */
export const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

/** A `Retry-After` value in milliseconds (seconds, or an HTTP-date); NaN when it is neither. */
export const retryAfterMs = (value: string): number => {
  const ms = Number(value) * 1000;
  return Number.isNaN(ms) ? Date.parse(value) - Date.now() : ms;
};

/** The `Retry-After` wait to honour, in ms, or undefined when the back-off should decide (missing, too long, nonsense). */
export function retryAfterWait(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = retryAfterMs(value);
  return ms <= MAX_RETRY_AFTER_MS ? Math.max(0, ms) : undefined;
}

/**
 * Exponential from 0.5 s, capped at 8 s before the jitter (so that clients at the cap do not all retry in step).
 * `attempt` counts retries from 1.
 */
export const backoff = (attempt: number) => Math.min(500 * 2 ** (attempt - 1), MAX_BACKOFF_MS);

/** Up to 25 % less, so that many clients do not retry in step. */
export const jitter = (ms: number) => ms * (1 - Math.random() / 4);

/**
 * A timed-out attempt may have reached the server, so it is replayed only when a replay cannot repeat an effect:
 * safe or idempotent methods, and POSTs that carry an `Idempotency-Key` (all of them, unless a caller removed it).
 */
export const replayable = (method: string, headers: Headers) =>
  method !== 'PATCH' && (method !== 'POST' || headers.has('idempotency-key'));
