// The widget session: a short-lived token the host mints (server-side, for the current user) and hands over through
// `fetchSession`. It is cached until shortly before it expires, concurrent requests share one renewal, and a token the
// API calls expired anyway (clock skew, revocation) is replaced once per request.

export interface WidgetSession {
  token: string;
  /** ISO 8601 timestamp. */
  expiresAt: string;
  siteId: string;
  /** The session's feature allowlist, when the host passes it on (screens it leaves out are hidden). */
  features?: string[];
  /** The session's role (`viewer`, `editor`, `admin`), when the host passes it on: screens hide what it cannot do. */
  role?: string;
}

/**
 * The host's `fetchSession` failed. When the host rejected with an Error that has a `code` (as the WordPress plugin's
 * REST route errors do: `igny8_not_connected`, …), its message was written for the user and is shown as the reason;
 * otherwise (a bug, a bare network failure) the widget says only that no session could be had.
 */
export class SessionError extends Error {
  override name = 'SessionError';
  readonly code: string | undefined;
  readonly reason: string | undefined;

  constructor(cause: unknown) {
    const given = cause instanceof Error ? cause : undefined;
    super(given?.message || 'fetchSession failed', { cause });
    const code = (given as { code?: unknown } | undefined)?.code;
    this.code = typeof code === 'string' && code ? code : undefined;
    this.reason = this.code && given?.message ? given.message : undefined;
  }
}

export type FetchSession = () => Promise<WidgetSession>;

/** Renew this long before `expiresAt`, so a request never leaves with a token that expires on the way. */
export const RENEW_BEFORE_MS = 30_000;

/**
 * How long a refusal from the host is the answer: the transport retries a failed request (with back-off, about a
 * second and a half in all) and several screens load at once; they all get the same refusal instead of asking again.
 */
export const REFUSAL_HOLD_MS = 2_000;

export class SessionCache {
  readonly #fetchSession: FetchSession;
  readonly #now: () => number;
  #current: WidgetSession | undefined;
  #renewAt = 0;
  #pending: Promise<WidgetSession> | undefined;
  #refused: { error: SessionError; until: number } | undefined;

  constructor(fetchSession: FetchSession, now: () => number = Date.now) {
    this.#fetchSession = fetchSession;
    this.#now = now;
  }

  /**
   * The cached session while it is fresh, else a new one from the host (one call however many ask at once). A host
   * failure rejects with a SessionError.
   */
  get(): Promise<WidgetSession> {
    if (this.#current && this.#now() < this.#renewAt) return Promise.resolve(this.#current);
    if (this.#pending) return this.#pending;
    if (this.#refused && this.#now() < this.#refused.until) return Promise.reject(this.#refused.error);
    const fetchedAt = this.#now();
    this.#pending = this.#fetchSession()
      .then((session) => {
        if (!session || typeof session.token !== 'string' || !session.token) {
          throw new TypeError('fetchSession must resolve with { token, expiresAt, siteId }.');
        }
        const expires = Date.parse(session.expiresAt);
        // A token that lives less than a minute is renewed halfway through its life rather than at once; an unparsable
        // expiry is treated as already due, so the next request asks again (and a 401 still renews it).
        const lifetime = Number.isFinite(expires) ? expires - fetchedAt : 0;
        this.#renewAt = fetchedAt + Math.max(lifetime - RENEW_BEFORE_MS, lifetime / 2);
        this.#current = session;
        this.#refused = undefined;
        return session;
      })
      .catch((cause: unknown) => {
        const error = cause instanceof SessionError ? cause : new SessionError(cause);
        this.#refused = { error, until: this.#now() + REFUSAL_HOLD_MS };
        throw error;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }

  /** Lets the next get() ask the host at once, even within the hold (the user asked to try again). */
  forgetRefusal(): void {
    this.#refused = undefined;
  }

  async token(): Promise<string> {
    return (await this.get()).token;
  }

  /** Forgets `token` (the API refused it); a newer token that replaced it meanwhile is kept. */
  invalidate(token: string): void {
    if (this.#current?.token === token) {
      this.#current = undefined;
      this.#renewAt = 0;
    }
  }
}

/**
 * A fetch that, when the API answers 401 TOKEN_EXPIRED to a bearer request, drops that token, asks the host for a
 * fresh session and sends the request once more. The SDK renews only its own login sessions, not `getToken` ones, so
 * the widget does it at the transport.
 */
export function renewingFetch(session: SessionCache, base: typeof fetch = globalThis.fetch.bind(globalThis)) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const sent = request.headers.get('authorization')?.replace(/^Bearer /, '');
    // Kept before sending: a request body can be read once.
    const replay = sent ? request.clone() : undefined;
    const response = await base(request);
    if (response.status !== 401 || !sent || !replay) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { error?: { code?: string } } | undefined;
    if (body?.error?.code !== 'TOKEN_EXPIRED') return response;
    session.invalidate(sent);
    replay.headers.set('authorization', `Bearer ${await session.token()}`);
    return base(replay);
  };
}
