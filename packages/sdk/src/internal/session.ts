// The tokens of a session client, and the one refresh that every request which saw them expire waits on.
import type { components } from '@igny8/contract/openapi';
import type { SessionTokens } from '../client-options.js';
import { AuthenticationError } from '../errors.js';

type AuthSession = components['schemas']['AuthSession'];

export class Session {
  accessToken: string | undefined;
  refreshToken: string | undefined;
  readonly #onTokens: ((tokens: SessionTokens) => void | Promise<void>) | undefined;
  readonly #rotate: (refreshToken: string) => Promise<unknown>;
  #refreshing: Promise<void> | undefined;

  constructor(
    tokens: { accessToken?: string | undefined; refreshToken?: string | undefined },
    onTokens: ((tokens: SessionTokens) => void | Promise<void>) | undefined,
    rotate: (refreshToken: string) => Promise<unknown>,
  ) {
    this.accessToken = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    this.#onTokens = onTokens;
    this.#rotate = rotate;
  }

  async store(session: AuthSession): Promise<void> {
    this.accessToken = session.access_token;
    this.refreshToken = session.refresh_token;
    await this.#onTokens?.({
      accessToken: session.access_token,
      refreshToken: session.refresh_token,
      expiresIn: session.expires_in,
    });
  }

  clear(): void {
    this.accessToken = undefined;
    this.refreshToken = undefined;
  }

  /**
   * Gets a new access token for a request that was sent with `stale`. Refresh tokens are single use (a reused one
   * revokes the whole family), so concurrent callers share one refresh, and a caller whose token was already
   * replaced while its request was in flight just retries with the new one.
   */
  refresh(stale: string | undefined): Promise<void> {
    if (this.#refreshing) return this.#refreshing;
    const refreshToken = this.refreshToken;
    if (this.accessToken !== stale || !refreshToken) return Promise.resolve();
    this.#refreshing = this.#rotate(refreshToken)
      .then(
        () => undefined,
        (error: unknown) => {
          // The refresh token is dead (expired, revoked or reused): forget the session rather than retry it.
          if (AuthenticationError.is(error)) this.clear();
          throw error;
        },
      )
      .finally(() => {
        this.#refreshing = undefined;
      });
    return this.#refreshing;
  }
}
