// The transport on fetch alone, for bundles where ky's few kilobytes count (the widget builds with it in place of
// http-transport.ts): the same `send`, the same rules (retry-rules.ts), the same errors. The SDK's transport tests
// run against both.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, Igny8Error } from '../errors.js';
import type { RequestOptions } from '../request-options.js';
import { backoff, jitter, RETRYABLE_STATUSES, replayable, retryAfterWait } from './retry-rules.js';
import { sleep } from './sleep.js';
import {
  type Envelope,
  type HttpRequest,
  MAX_TIMEOUT,
  parse,
  searchParams,
  type TransportSettings,
} from './transport.js';

/** Sends `req`, retrying as the rules allow; resolves with the parsed success body (undefined for 204). */
export async function send(
  settings: TransportSettings,
  req: HttpRequest,
  options: RequestOptions = {},
): Promise<Envelope | undefined> {
  const limit = options.maxRetries ?? settings.maxRetries;
  const timeout = Math.min(options.timeout ?? settings.timeout, MAX_TIMEOUT);
  const query = searchParams(req.query).toString();
  // `baseUrl` may be relative in a browser (e.g. `/api` on the same origin): fetch resolves it there.
  const url = `${settings.baseUrl.replace(/\/+$/, '')}${req.path}${query ? `?${query}` : ''}`;
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  if (body !== undefined) req.headers.set('content-type', 'application/json');
  const { signal } = options;
  for (let retries = 0; ; retries++) {
    if (signal?.aborted) throw new APIUserAbortError();
    // One controller per attempt: its own timeout, and the caller's abort passed on.
    const attempt = new AbortController();
    const stop = () => attempt.abort();
    signal?.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(stop, timeout);
    let wait: number;
    try {
      // Looked up per attempt (test tools patch the global after the client exists) and called detached, or
      // browsers throw "Illegal invocation".
      const fetchFn = settings.fetch ?? globalThis.fetch;
      const response = await fetchFn(url, { method: req.method, headers: req.headers, body, signal: attempt.signal });
      // The body is read inside the attempt's timeout: a stalled body is as dead as a stalled connection.
      if (response.ok && req.binary) return { data: await response.arrayBuffer() };
      const text = await response.text();
      if (response.ok) return parse(text, false) as Envelope | undefined;
      const error = APIError.generate(response.status, parse(text, true), response.headers);
      if (retries >= limit || !RETRYABLE_STATUSES.includes(response.status)) throw error;
      wait = retryAfterWait(response.headers.get('retry-after')) ?? jitter(backoff(retries + 1));
    } catch (error) {
      // An error answer, or a 2xx that is not JSON: the answer came, so nothing to retry.
      if (error instanceof Igny8Error) throw error;
      if (signal?.aborted) throw new APIUserAbortError();
      const timedOut = attempt.signal.aborted;
      if (retries >= limit || (timedOut && !replayable(req.method, req.headers))) {
        throw timedOut ? new APIConnectionTimeoutError() : new APIConnectionError(undefined, { cause: error });
      }
      wait = jitter(backoff(retries + 1));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    await sleep(wait, signal);
  }
}
