import { describe, expect, it } from 'vitest';
import { isReplayableAfterTimeout, isRetryableStatus, retryDelay } from '../src/internal/retry-policy.js';

describe('retry policy', () => {
  it('retries 429 and the 5xx that are usually transient, nothing else', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 402, 403, 404, 409, 413, 422, 501].some(isRetryableStatus)).toBe(false);
  });

  it('waits the Retry-After seconds', () => {
    expect(retryDelay(0, new Headers({ 'Retry-After': '2' }))).toBe(2000);
    expect(retryDelay(3, new Headers({ 'Retry-After': '0' }))).toBe(0);
  });

  it('waits until a Retry-After HTTP-date', () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const ms = retryDelay(0, new Headers({ 'Retry-After': at }));
    // HTTP-dates have one-second resolution.
    expect(ms).toBeGreaterThan(3900);
    expect(ms).toBeLessThanOrEqual(5000);
    expect(retryDelay(0, new Headers({ 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }))).toBe(0);
  });

  it('backs off exponentially with jitter, capped at 8 s, when there is no usable Retry-After', () => {
    for (let retry = 0; retry < 10; retry++) {
      const full = Math.min(500 * 2 ** retry, 8000);
      const ms = retryDelay(retry);
      expect(ms).toBeGreaterThanOrEqual(full * 0.75);
      expect(ms).toBeLessThanOrEqual(full);
    }
    // An hour is not waited for; nor is nonsense.
    expect(retryDelay(0, new Headers({ 'Retry-After': '3600' }))).toBeLessThanOrEqual(500);
    expect(retryDelay(0, new Headers({ 'Retry-After': 'soon' }))).toBeLessThanOrEqual(500);
  });

  it('replays a timed-out request only when that cannot repeat an effect', () => {
    expect(isReplayableAfterTimeout('GET', new Headers())).toBe(true);
    expect(isReplayableAfterTimeout('PUT', new Headers())).toBe(true);
    expect(isReplayableAfterTimeout('DELETE', new Headers())).toBe(true);
    expect(isReplayableAfterTimeout('POST', new Headers({ 'Idempotency-Key': 'k' }))).toBe(true);
    expect(isReplayableAfterTimeout('POST', new Headers())).toBe(false);
    expect(isReplayableAfterTimeout('PATCH', new Headers())).toBe(false);
  });
});
