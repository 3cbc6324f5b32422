// Turns a resource call into HTTP: credentials, headers, the idempotency key, the envelope, and the session
// (storing tokens from auth calls, one refresh-and-replay when an access token expires).
import type { components } from '@igny8/contract/openapi';
import type { ClientOptions } from '../client-options.js';
import { AuthenticationError, Igny8Error } from '../errors.js';
import { METHODS } from '../generated/resources.js';
import { Page, PagePromise } from '../pagination.js';
import { type APIClient, type APIRequest, bindResource } from './api-resource.js';
import { type Envelope, send, type TransportSettings } from './http-transport.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { Session } from './session.js';

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

  async #call(req: APIRequest): Promise<Envelope | undefined> {
    const options = req.options ?? {};
    // One key per call, so that its retries (and a replay after a refresh) are recognised as the same effect.
    const idempotencyKey = options.idempotencyKey ?? (req.method === 'POST' ? newIdempotencyKey() : undefined);
    let sentToken: string | undefined;

    const attempt = async () => {
      sentToken = req.public ? undefined : await this.#token();
      const headers = new Headers(this.#headers);
      // A document is asked for as such; its errors still come back as JSON envelopes.
      headers.set('accept', req.binary ? '*/*' : 'application/json');
      if (sentToken) headers.set('authorization', `Bearer ${sentToken}`);
      if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
      return send(
        this.#transport,
        { method: req.method, path: req.path, query: req.query, body: req.body, headers, binary: req.binary },
        options,
      );
    };

    const session = this.#session;
    try {
      let envelope: Envelope | undefined;
      try {
        envelope = await attempt();
      } catch (error) {
        const expired = AuthenticationError.is(error) && error.code === 'TOKEN_EXPIRED';
        if (!expired || !session?.refreshToken || sentToken === undefined) throw error;
        await session.refresh(sentToken);
        envelope = await attempt();
      }
      if (session && req.session === 'store') await session.store(envelope?.data as AuthSession);
      return envelope;
    } finally {
      // Signing out ends the local session even when the server could not be told.
      if (req.session === 'clear') session?.clear();
    }
  }
}
