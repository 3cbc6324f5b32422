// Sends one call with ky (the request, a timeout per attempt, retries with back-off; the policy is in
// retry-policy.ts) and turns the outcome into the success envelope or an Igny8Error.
import ky, { type Input, isHTTPError, isTimeoutError } from 'ky';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '../errors.js';
import type { RequestOptions } from '../request-options.js';
import { retryPolicy } from './retry-policy.js';
import {
  type Envelope,
  type HttpRequest,
  MAX_TIMEOUT,
  parse,
  searchParams,
  type TransportSettings,
} from './transport.js';

/**
 * The fetch ky calls for each attempt. The client's fetch gets a URL and an init with a string body, as a plain
 * `fetch(url, init)` call would, rather than ky's Request (whose body is a stream). It is looked up per attempt, not at
 * construction: test tools and polyfills patch the global after the client exists; and it is called detached (as
 * `fetch(…)`, not `obj.fetch(…)`) or browsers throw "Illegal invocation". The body is read here, inside ky's timeout
 * of the attempt: a stalled body is as dead as a stalled connection, and one cut off half-way is retried like it.
 */
const fetchThrough =
  (given: typeof fetch | undefined) =>
  async (input: Input): Promise<Response> => {
    const request = input as Request; // ky's type allows a URL or string, but ky always passes its Request
    const fetchFn = given ?? globalThis.fetch;
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ? await request.text() : undefined,
      signal: request.signal,
    });
    // A clone read to the end leaves the whole body buffered for the response itself.
    await response.clone().arrayBuffer();
    return response;
  };

/** Sends `req`, retrying as the policy allows; resolves with the parsed success body (undefined for 204). */
export async function send(
  settings: TransportSettings,
  req: HttpRequest,
  options: RequestOptions = {},
): Promise<Envelope | undefined> {
  let text = '';
  let bytes: ArrayBuffer | undefined;
  try {
    // `baseUrl` may be relative in a browser (e.g. `/api` on the same origin): ky's Request resolves it there.
    const response = await ky(settings.baseUrl.replace(/\/+$/, '') + req.path, {
      method: req.method,
      headers: req.headers,
      searchParams: searchParams(req.query),
      json: req.body,
      signal: options.signal,
      timeout: Math.min(options.timeout ?? settings.timeout, MAX_TIMEOUT),
      retry: { ...retryPolicy, limit: options.maxRetries ?? settings.maxRetries },
      fetch: fetchThrough(settings.fetch),
    });
    if (req.binary) bytes = await response.arrayBuffer();
    else text = await response.text();
  } catch (error) {
    // ky gives up with the last failure: an error status, the caller's abort, a timeout, or fetch's own error.
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      throw APIError.generate(status, parse(await error.response.text(), true), headers);
    }
    if (options.signal?.aborted) throw new APIUserAbortError();
    if (isTimeoutError(error)) throw new APIConnectionTimeoutError();
    throw new APIConnectionError(undefined, { cause: error });
  }
  if (bytes) return { data: bytes };
  return parse(text, false) as Envelope | undefined;
}
