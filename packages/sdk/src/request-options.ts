/** Per-call options, the last argument of every resource method. */
export interface RequestOptions {
  /** Aborts the call, its retries and its back-off waits; the call then rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Milliseconds to wait for each attempt's response (default: the client's `timeout`). */
  timeout?: number;
  /** Extra headers for this call; they override the client's. */
  headers?: Record<string, string>;
  /** The `Idempotency-Key` to send (default: a fresh UUID for every POST, reused by that call's retries). */
  idempotencyKey?: string;
  /** Retries after a 429, a 5xx, a network error or a timeout (default: the client's `maxRetries`). */
  maxRetries?: number;
}

/** Options of `client.stream(path, …)`, a streaming GET (an event stream). */
export interface StreamOptions {
  /** Extra headers, e.g. `{ 'Last-Event-ID': id }`; a null or undefined value is left out. */
  headers?: Record<string, string | null | undefined>;
  /** Aborts the request and the body (`APIUserAbortError` while connecting). */
  signal?: AbortSignal;
}
