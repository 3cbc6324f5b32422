// Which failed attempts are retried, and how long to wait first.

const RETRYABLE_STATUSES = [429, 500, 502, 503, 504];
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

export const isRetryableStatus = (status: number): boolean => RETRYABLE_STATUSES.includes(status);

/**
 * A timed-out attempt may have reached the server, so it is replayed only when a replay cannot repeat an effect:
 * safe or idempotent methods, and POSTs that carry an `Idempotency-Key` (all of them, unless a caller removed it).
 */
export const isReplayableAfterTimeout = (method: string, headers: Headers): boolean =>
  method !== 'PATCH' && (method !== 'POST' || headers.has('idempotency-key'));

/** Milliseconds to wait before retry number `retry` (0 for the first): `Retry-After` if given, else back-off. */
export function retryDelay(retry: number, headers?: Headers): number {
  const retryAfter = headers?.get('retry-after')?.trim();
  if (retryAfter) {
    // Seconds, or an HTTP-date.
    const ms = /^\d+(\.\d+)?$/.test(retryAfter) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - Date.now();
    // A server asking for more than a minute is better answered with the back-off (and an error soon) than a hang.
    if (!Number.isNaN(ms) && ms <= MAX_RETRY_AFTER_MS) return Math.max(0, ms);
  }
  // Exponential from 0.5 s, capped at 8 s, with up to 25 % jitter so that many clients do not retry in step.
  return Math.min(500 * 2 ** retry, MAX_BACKOFF_MS) * (1 - Math.random() * 0.25);
}
