/** The session the client holds after signup, login, refresh or accepting an invitation. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

/**
 * Options of `new Igny8(…)`. Give at most one way to authenticate: `apiKey`, `accessToken` (with or without
 * `refreshToken`), or `getToken`. With none, public operations (signup, login, …) still work, and a successful
 * login turns the client into a session client.
 */
export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.com` (or a same-origin path such as `/igny8` in a browser). */
  baseUrl: string;
  /** A secret API key (`igny8_sk_…`), for server-to-server use. Never ship one to a browser. */
  apiKey?: string;
  /** An access token from login; refreshed automatically when `refreshToken` is given too. */
  accessToken?: string;
  /** A refresh token (e.g. restored from storage); the client refreshes when the access token expires. */
  refreshToken?: string;
  /** Called before every request for a bearer token, e.g. a widget session provider that renews its own token. */
  getToken?: () => string | Promise<string>;
  /** Called with the new tokens after signup, login, accept-invitation and every (automatic) refresh. */
  onTokens?: (tokens: SessionTokens) => void | Promise<void>;
  /** Retries after a 429, a 5xx, a network error or a timeout (default 2). */
  maxRetries?: number;
  /** Milliseconds to wait for each attempt's response (default 60 000). */
  timeout?: number;
  /** A fetch to use instead of the global one (e.g. an instrumented one). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}
