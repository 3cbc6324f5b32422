// Which failed attempts ky retries, and how long it waits first: the `retry` options handed to ky, from the SDK's
// rules in retry-rules.ts.
import { HTTPError, type RetryOptions, TimeoutError } from 'ky';
import { backoff, jitter, RETRYABLE_STATUSES, replayable, retryAfterWait } from './retry-rules.js';

/** Where ky's rules are not ours: `true` retries with the back-off, `false` not at all, `undefined` lets ky decide. */
function shouldRetry({ error }: { error: Error }): boolean | undefined {
  if (error instanceof TimeoutError) return replayable(error.request.method, error.request.headers);
  // ky waits what `Retry-After` says, however long; a server asking for more than a minute (or for nonsense) is
  // better answered with the back-off, and an error soon, than with a hang. ky's fallbacks to other rate-limit
  // headers are not used either: the API sends `Retry-After`.
  if (error instanceof HTTPError && RETRYABLE_STATUSES.includes(error.response.status)) {
    if (retryAfterWait(error.response.headers.get('retry-after')) === undefined) return true;
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
  // The cap is in `backoff` rather than ky's `backoffLimit`: ky applies that after the jitter.
  delay: backoff,
  jitter,
  shouldRetry,
} satisfies RetryOptions;
