// Turns a resource call into HTTP: credentials, headers, the idempotency key, the envelope, and the session
// (storing tokens from auth calls, one refresh-and-replay when an access token expires).
import type { components } from '@igny8/contract/openapi';
import type { ClientOptions } from '../client-options.js';
import { APIConnectionError, APIError, APIUserAbortError, AuthenticationError, Igny8Error } from '../errors.js';
import { METHODS } from '../generated/resources.js';
import { Page, PagePromise } from '../pagination.js';
import type { StreamOptions } from '../request-options.js';
import { type APIClient, type APIRequest, bindResource } from './api-resource.js';
import { send } from './http-transport.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { Session } from './session.js';
import type { Envelope, TransportSettings } from './transport.js';

type AuthSession = components['schemas']['AuthSession'];

/** The operations whose success answer is a session the client should hold from then on. */
export class ClientCore implements APIClient {
  readonly #transport: TransportSettings;
  readonly #headers: Record<string, string>;
  readonly #apiKey: string | undefined;
  readonly #getToken: (() => string | Promise<string>) | undefined;
  /** Undefined for API-key and getToken clients: their credentials are not ours to replace. */
  readonly #session: Session | undefined;

  constructor(options: ClientOptions) {
    if (!options.baseUrl) throw new Igny8Error('`baseUrl` is required.');
    const modes = [
      options.apiKey !== undefined,
      options.accessToken !== undefined || options.refreshToken !== undefined,
      options.getToken !== undefined,
    ].filter(Boolean).length;
    if (modes > 1) throw new Igny8Error('Give one of `apiKey`, `accessToken`/`refreshToken` or `getToken`.');

    this.#transport = {
      baseUrl: options.baseUrl,
      fetch: options.fetch,
      timeout: options.timeout ?? 60_000,
      maxRetries: options.maxRetries ?? 2,
    };
    this.#headers = options.headers ?? {};
    this.#apiKey = options.apiKey;
    this.#getToken = options.getToken;
    if (this.#apiKey === undefined && this.#getToken === undefined) {
      const auth = bindResource(this, METHODS.auth);
      this.#session = new Session(options, options.onTokens, (refreshToken) =>
        (auth.refresh as (body: { refresh_token: string }) => Promise<unknown>)({ refresh_token: refreshToken }),
      );
    }
  }

  async request<T>(req: APIRequest): Promise<T> {
    return (await this.#call(req))?.data as T;
  }

  requestPage<T>(req: APIRequest): PagePromise<T> {
    const load = async (cursor?: string): Promise<Page<T>> => {
      const envelope = await this.#call(cursor === undefined ? req : { ...req, query: { ...req.query, cursor } });
      return new Page((envelope?.data ?? []) as T[], envelope?.meta ?? { next_cursor: null }, load);
    };
    return new PagePromise(() => load());
  }

  async #token(): Promise<string | undefined> {
    if (this.#apiKey !== undefined) return this.#apiKey;
    if (this.#getToken) return this.#getToken();
    const session = this.#session as Session;
    // Restored from storage with only a refresh token: get an access token before the first call needs one.
    if (session.accessToken === undefined && session.refreshToken !== undefined) await session.refresh(undefined);
    return session.accessToken;
  }

  /** The headers of every call: the client's, then `accept` and the credential, then the call's own. */
  #headersFor(accept: string, token: string | undefined, own: Record<string, string | null | undefined>): Headers {
    const headers = new Headers(this.#headers);
    headers.set('accept', accept);
    if (token) headers.set('authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(own)) if (value != null) headers.set(name, value);
    return headers;
  }

  /** Runs `attempt` with the caller's token; when that token has expired, refreshes the session and replays once. */
  async #withToken<T>(attempt: (token: string | undefined) => Promise<T>, isPublic?: boolean): Promise<T> {
    let sentToken: string | undefined;
    const once = async () => {
      sentToken = isPublic ? undefined : await this.#token();
      return attempt(sentToken);
    };
    try {
      return await once();
    } catch (error) {
      const session = this.#session;
      const expired = AuthenticationError.is(error) && error.code === 'TOKEN_EXPIRED';
      if (!expired || !session?.refreshToken || sentToken === undefined) throw error;
      await session.refresh(sentToken);
      return once();
    }
  }

  /**
   * Opens a streaming GET with the client's credentials and resolves with the Response once its headers arrived,
   * its body unread (e.g. an event stream for `subscribe`, with `{ 'Last-Event-ID': id }` among `headers`; a null
   * header is left out). No timeout and no retries: the body may last as long as the caller reads it. An error
   * status rejects with the APIError for it (an expired token is refreshed once first).
   */
  stream(path: string, options: StreamOptions = {}): Promise<Response> {
    const { baseUrl, fetch } = this.#transport;
    return this.#withToken(async (token) => {
      let response: Response;
      try {
        response = await (fetch ?? globalThis.fetch)(baseUrl.replace(/\/+$/, '') + path, {
          headers: this.#headersFor('text/event-stream', token, options.headers ?? {}),
          signal: options.signal,
        });
      } catch (error) {
        throw options.signal?.aborted ? new APIUserAbortError() : new APIConnectionError(undefined, { cause: error });
      }
      if (response.ok) return response;
      throw APIError.generate(response.status, await response.json().catch(() => undefined), response.headers);
    });
  }

  async #call(req: APIRequest): Promise<Envelope | undefined> {
    const options = req.options ?? {};
    // One key per call, so that its retries (and a replay after a refresh) are recognised as the same effect.
    const idempotencyKey = options.idempotencyKey ?? (req.method === 'POST' ? newIdempotencyKey() : undefined);
    try {
      const envelope = await this.#withToken(
        (token) =>
          send(
            this.#transport,
            {
              ...req,
              // A document is asked for as such; its errors still come back as JSON envelopes.
              headers: this.#headersFor(req.binary ? '*/*' : 'application/json', token, {
                'idempotency-key': idempotencyKey || undefined,
                ...options.headers,
              }),
            },
            options,
          ),
        req.public,
      );
      if (req.session === 'store') await this.#session?.store(envelope?.data as AuthSession);
      return envelope;
    } finally {
      // Signing out ends the local session even when the server could not be told.
      if (req.session === 'clear') this.#session?.clear();
    }
  }
}
