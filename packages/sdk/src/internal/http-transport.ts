// Sends one call over the global (or given) fetch: a timeout per attempt, retries with back-off, and every failure
// turned into an Igny8Error. Hand-written rather than ky: ky 2 alone is ~8.9 KB gzip, the whole SDK's budget is 10.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, Igny8Error } from '../errors.js';
import type { RequestOptions } from '../request-options.js';
import { isReplayableAfterTimeout, isRetryableStatus, retryDelay } from './retry-policy.js';
import { sleep } from './sleep.js';

export interface TransportSettings {
  baseUrl: string;
  fetch: typeof fetch | undefined;
  timeout: number;
  maxRetries: number;
}

export interface HttpRequest {
  method: string;
  path: string;
  query?: object | undefined;
  body?: unknown;
  headers: Headers;
}

/** The success envelope: `{ data, meta?, request_id }`. */
export interface Envelope {
  data?: unknown;
  meta?: { next_cursor: string | null };
  request_id?: string;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT = 2_147_483_647;

/** `baseUrl` may be relative (e.g. `/api` on the same origin in a browser), so this stays a string. */
function buildUrl(baseUrl: string, path: string, query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of [value].flat()) if (item !== undefined && item !== null) search.append(key, String(item));
  }
  const qs = search.toString();
  return baseUrl.replace(/\/+$/, '') + path + (qs ? `?${qs}` : '');
}

async function attempt(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  if (signal?.aborted) throw new APIUserAbortError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.min(timeout, MAX_TIMEOUT),
  );
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    // The body is read inside the same timeout: a stalled body is as dead as a stalled connection.
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw new APIUserAbortError();
    if (timedOut) throw new APIConnectionTimeoutError();
    throw new APIConnectionError(undefined, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function parse(text: string, lenient: boolean): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // An error page from a proxy still becomes an APIError by status; a 2xx that is not JSON breaks the contract.
    if (lenient) return undefined;
    throw new Igny8Error('The API answered with a body that is not JSON.', { cause: error });
  }
}

/** Sends `req`, retrying as the policy allows; resolves with the parsed success body (undefined for 204). */
export async function send(
  settings: TransportSettings,
  req: HttpRequest,
  options: RequestOptions = {},
): Promise<Envelope | undefined> {
  const url = buildUrl(settings.baseUrl, req.path, req.query);
  const init: RequestInit = {
    method: req.method,
    headers: req.headers,
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
  };
  const maxRetries = options.maxRetries ?? settings.maxRetries;
  const timeout = options.timeout ?? settings.timeout;
  // Looked up per call, not at construction: test tools and polyfills patch the global after the client exists,
  // and fetch must be called detached (as `fetch(…)`, not `obj.fetch(…)`) or browsers throw "Illegal invocation".
  const fetchFn = settings.fetch ?? globalThis.fetch;

  for (let retry = 0; ; retry++) {
    let error: Igny8Error;
    let headers: Headers | undefined;
    try {
      const answer = await attempt(fetchFn, url, init, timeout, options.signal);
      if (answer.status >= 200 && answer.status < 300) return parse(answer.text, false) as Envelope | undefined;
      error = APIError.generate(answer.status, parse(answer.text, true), answer.headers);
      headers = answer.headers;
    } catch (caught) {
      if (!(caught instanceof APIConnectionError)) throw caught;
      error = caught;
    }
    const retryable =
      error instanceof APIError
        ? isRetryableStatus(error.status)
        : !(error instanceof APIConnectionTimeoutError) || isReplayableAfterTimeout(req.method, req.headers);
    if (retry >= maxRetries || !retryable) throw error;
    await sleep(retryDelay(retry, headers), options.signal);
  }
}
