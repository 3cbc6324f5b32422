// Which failed attempts are retried, and how long to wait first: the `retry` options handed to ky.
import { HTTPError, type RetryOptions, TimeoutError } from 'ky';

const RETRYABLE_STATUSES = [429, 500, 502, 503, 504];
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

/** A `Retry-After` value in milliseconds (seconds, or an HTTP-date), read as ky reads it; NaN when it is neither. */
const retryAfterMs = (value: string): number => {
  const ms = Number(value) * 1000;
  return Number.isNaN(ms) ? Date.parse(value) - Date.now() : ms;
};

/** Where ky's rules are not ours: `true` retries with the back-off, `false` not at all, `undefined` lets ky decide. */
function shouldRetry({ error }: { error: Error }): boolean | undefined {
  // A timed-out attempt may have reached the server, so it is replayed only when a replay cannot repeat an effect:
  // safe or idempotent methods, and POSTs that carry an `Idempotency-Key` (all of them, unless a caller removed it).
  if (error instanceof TimeoutError) {
    const { method, headers } = error.request;
    return method !== 'PATCH' && (method !== 'POST' || headers.has('idempotency-key'));
  }
  // ky waits what `Retry-After` says, however long; a server asking for more than a minute (or for nonsense) is
  // better answered with the back-off, and an error soon, than with a hang. ky's fallbacks to other rate-limit
  // headers are not used either: the API sends `Retry-After`.
  if (error instanceof HTTPError && RETRYABLE_STATUSES.includes(error.response.status)) {
    const retryAfter = error.response.headers.get('retry-after');
    if (!retryAfter || !(retryAfterMs(retryAfter) <= MAX_RETRY_AFTER_MS)) return true;
  }
  return undefined;
}

/**
 * Retried: a 429 or a transient 5xx, a network error, and a timeout as `shouldRetry` allows. Every method may be
 * retried, POST included: each POST carries an `Idempotency-Key`, so the server applies it once.
 */
export const retryPolicy = {
  methods: ['get', 'post', 'put', 'patch', 'delete'],
  statusCodes: RETRYABLE_STATUSES,
  afterStatusCodes: RETRYABLE_STATUSES,
  // Exponential from 0.5 s, capped at 8 s here rather than with ky's `backoffLimit`: ky applies that after the
  // jitter, so every client at the cap would wait exactly 8 s and retry in step.
  delay: (attempt: number) => Math.min(500 * 2 ** (attempt - 1), MAX_BACKOFF_MS),
  // Up to 25 % less, so that many clients do not retry in step.
  jitter: (ms: number) => ms * (1 - Math.random() / 4),
  shouldRetry,
} satisfies RetryOptions;
