// The widget session: a short-lived token the host mints (server-side, for the current user) and hands over through
// `fetchSession`. It is cached until shortly before it expires, concurrent requests share one renewal, and a token the
// API calls expired anyway (clock skew, revocation) is replaced once per request.

export interface WidgetSession {
  token: string;
  /** ISO 8601 timestamp. */
  expiresAt: string;
  siteId: string;
}

export type FetchSession = () => Promise<WidgetSession>;

/** Renew this long before `expiresAt`, so a request never leaves with a token that expires on the way. */
export const RENEW_BEFORE_MS = 30_000;

export class SessionCache {
  readonly #fetchSession: FetchSession;
  readonly #now: () => number;
  #current: WidgetSession | undefined;
  #renewAt = 0;
  #pending: Promise<WidgetSession> | undefined;

  constructor(fetchSession: FetchSession, now: () => number = Date.now) {
    this.#fetchSession = fetchSession;
    this.#now = now;
  }

  /** The cached session while it is fresh, else a new one from the host (one call however many ask at once). */
  get(): Promise<WidgetSession> {
    if (this.#current && this.#now() < this.#renewAt) return Promise.resolve(this.#current);
    if (this.#pending) return this.#pending;
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
        return session;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
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
