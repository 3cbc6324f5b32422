import { HTTPError, TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { retryPolicy } from '../src/internal/retry-policy.js';

const { delay, jitter, shouldRetry } = retryPolicy;
const request = (method = 'GET', headers: Record<string, string> = {}) =>
  new Request('http://api.test/x', { method, headers });
const afterStatus = (status: number, retryAfter?: string) =>
  shouldRetry({
    error: new HTTPError(
      new Response(null, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } }),
      request(),
      {} as never,
    ),
  });
const afterTimeout = (method: string, headers?: Record<string, string>) =>
  shouldRetry({ error: new TimeoutError(request(method, headers)) });
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toUTCString();

// How long ky then waits, with these options, is in http-transport.test.ts.
describe('retry policy', () => {
  it('leaves a Retry-After of up to a minute (seconds or an HTTP-date) to ky, which waits it', () => {
    expect(afterStatus(429, '2')).toBeUndefined();
    expect(afterStatus(503, '0')).toBeUndefined();
    expect(afterStatus(503, '60')).toBeUndefined();
    expect(afterStatus(503, inSeconds(5))).toBeUndefined();
    expect(afterStatus(500, 'Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
  });

  it('backs off instead when Retry-After is missing, over a minute or nonsense', () => {
    expect(afterStatus(503)).toBe(true);
    expect(afterStatus(429, '3600')).toBe(true);
    expect(afterStatus(502, inSeconds(7200))).toBe(true);
    expect(afterStatus(504, 'soon')).toBe(true);
  });

  it('leaves other statuses to ky, which does not retry them', () => {
    expect(afterStatus(400, '1')).toBeUndefined();
    expect(afterStatus(501)).toBeUndefined();
    expect(retryPolicy.statusCodes).toEqual([429, 500, 502, 503, 504]);
  });

  it('backs off exponentially with jitter, capped at 8 s', () => {
    // ky calls `delay` with the retry number (1 for the first), then `jitter` on the result.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const full = Math.min(500 * 2 ** (attempt - 1), 8000);
      const ms = jitter(delay(attempt));
      expect(ms).toBeGreaterThanOrEqual(full * 0.75);
      expect(ms).toBeLessThanOrEqual(full);
    }
    // Still spread at the cap.
    expect(new Set(Array.from({ length: 20 }, () => jitter(delay(10)))).size).toBeGreaterThan(1);
  });

  it('replays a timed-out request only when that cannot repeat an effect', () => {
    expect(afterTimeout('GET')).toBe(true);
    expect(afterTimeout('PUT')).toBe(true);
    expect(afterTimeout('DELETE')).toBe(true);
    expect(afterTimeout('POST', { 'Idempotency-Key': 'k' })).toBe(true);
    expect(afterTimeout('POST')).toBe(false);
    expect(afterTimeout('PATCH')).toBe(false);
  });
});
