import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError, Igny8, type SessionTokens } from '../src/index.js';
import { authSession, BASE_URL, fail, ok, server, url } from './mock-api.js';

/** Records the Authorization header of every GET /v1/me and answers it as a server with one valid token would. */
function protectedMe(valid: string) {
  const seen: (string | null)[] = [];
  server.use(
    http.get(url('/v1/me'), ({ request }) => {
      const authorization = request.headers.get('authorization');
      seen.push(authorization);
      if (authorization === `Bearer ${valid}`) return ok({ me: true });
      if (authorization) return fail(401, 'TOKEN_EXPIRED');
      return fail(401, 'UNAUTHENTICATED');
    }),
  );
  return seen;
}

/** A refresh endpoint that rotates `from` into `to`, slowly, counting its calls. */
function refreshEndpoint(from: string, to: { access: string; refresh: string }) {
  const bodies: unknown[] = [];
  server.use(
    http.post(url('/v1/auth/refresh'), async ({ request }) => {
      const body = (await request.json()) as { refresh_token: string };
      bodies.push(body);
      await delay(30);
      if (body.refresh_token !== from) return fail(401, 'REFRESH_TOKEN_REUSED');
      return ok(authSession(to.access, to.refresh));
    }),
  );
  return bodies;
}

describe('session', () => {
  it('holds the session from login, reports it through onTokens, and uses it', async () => {
    server.use(http.post(url('/v1/auth/login'), () => ok(authSession('a1', 'r1'))));
    const seen = protectedMe('a1');
    const onTokens = vi.fn<(tokens: SessionTokens) => void>();
    const client = new Igny8({ baseUrl: BASE_URL, onTokens });

    const session = await client.auth.login({ email: 'a@example.com', password: 'secret' });
    expect(session.access_token).toBe('a1');
    expect(onTokens).toHaveBeenCalledExactlyOnceWith({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
    await expect(client.me.get()).resolves.toEqual({ me: true });
    expect(seen).toEqual(['Bearer a1']);
  });

  it('holds the session from signup and from accepting an invitation', async () => {
    server.use(
      http.post(url('/v1/auth/signup'), () => ok(authSession('a1', 'r1'), { status: 201 })),
      http.post(url('/v1/auth/invitations/accept'), () => ok(authSession('a2', 'r2'))),
    );
    const onTokens = vi.fn<(tokens: SessionTokens) => void>();
    const client = new Igny8({ baseUrl: BASE_URL, onTokens });
    await client.auth.signup({ email: 'a@example.com', password: 'long enough', name: 'A' });
    await client.auth.acceptInvitation({ token: 't', password: 'long enough' });
    expect(onTokens.mock.calls.map(([t]) => t.accessToken)).toEqual(['a1', 'a2']);
    const seen = protectedMe('a2');
    await client.me.get();
    expect(seen).toEqual(['Bearer a2']);
  });

  it('refreshes an expired access token once for concurrent requests, then replays them', async () => {
    const seen = protectedMe('a2');
    const refreshes = refreshEndpoint('r1', { access: 'a2', refresh: 'r2' });
    const onTokens = vi.fn<(tokens: SessionTokens) => void>();
    const client = new Igny8({ baseUrl: BASE_URL, accessToken: 'a1', refreshToken: 'r1', onTokens });

    const results = await Promise.all([client.me.get(), client.me.get(), client.me.get()]);
    expect(results).toEqual([{ me: true }, { me: true }, { me: true }]);
    expect(refreshes).toEqual([{ refresh_token: 'r1' }]);
    expect(onTokens).toHaveBeenCalledExactlyOnceWith({ accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 });
    expect(seen.filter((h) => h === 'Bearer a1')).toHaveLength(3);
    expect(seen.filter((h) => h === 'Bearer a2')).toHaveLength(3);

    // The new refresh token is the one used next time.
    server.use(http.get(url('/v1/me'), () => fail(401, 'TOKEN_EXPIRED')));
    const next = refreshEndpoint('r2', { access: 'a3', refresh: 'r3' });
    await expect(client.me.get()).rejects.toBeInstanceOf(AuthenticationError);
    expect(next).toEqual([{ refresh_token: 'r2' }]);
  });

  it('replays without refreshing again when another request already refreshed', async () => {
    const seen = protectedMe('a2');
    const refreshes = refreshEndpoint('r1', { access: 'a2', refresh: 'r2' });
    const client = new Igny8({ baseUrl: BASE_URL, accessToken: 'a1', refreshToken: 'r1' });
    await client.me.get();
    expect(refreshes).toHaveLength(1);
    await client.me.get();
    expect(refreshes).toHaveLength(1);
    expect(seen).toEqual(['Bearer a1', 'Bearer a2', 'Bearer a2']);
  });

  it('refreshes first when it was given only a refresh token', async () => {
    const seen = protectedMe('a2');
    const refreshes = refreshEndpoint('r1', { access: 'a2', refresh: 'r2' });
    const client = new Igny8({ baseUrl: BASE_URL, refreshToken: 'r1' });
    await expect(client.me.get()).resolves.toEqual({ me: true });
    expect(refreshes).toHaveLength(1);
    expect(seen).toEqual(['Bearer a2']);
  });

  it('throws the refresh error and forgets the session when the refresh token is dead', async () => {
    const seen = protectedMe('a2');
    refreshEndpoint('other', { access: 'a2', refresh: 'r2' });
    const client = new Igny8({ baseUrl: BASE_URL, accessToken: 'a1', refreshToken: 'r1' });
    await expect(client.me.get()).rejects.toMatchObject({ status: 401, code: 'REFRESH_TOKEN_REUSED' });
    await expect(client.me.get()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(seen).toEqual(['Bearer a1', null]);
  });

  it('does not refresh on other 401s, nor for API-key or getToken clients', async () => {
    const refreshes = refreshEndpoint('r1', { access: 'a2', refresh: 'r2' });
    server.use(http.get(url('/v1/account'), () => fail(401, 'TOKEN_INVALID')));
    const session = new Igny8({ baseUrl: BASE_URL, accessToken: 'a1', refreshToken: 'r1' });
    await expect(session.account.get()).rejects.toMatchObject({ code: 'TOKEN_INVALID' });

    protectedMe('nobody');
    await expect(new Igny8({ baseUrl: BASE_URL, apiKey: 'k' }).me.get()).rejects.toMatchObject({
      code: 'TOKEN_EXPIRED',
    });
    await expect(new Igny8({ baseUrl: BASE_URL, getToken: () => 'w' }).me.get()).rejects.toMatchObject({
      code: 'TOKEN_EXPIRED',
    });
    expect(refreshes).toHaveLength(0);
  });

  it('does not take over the session from a login made by an API-key client', async () => {
    server.use(http.post(url('/v1/auth/login'), () => ok(authSession('a1', 'r1'))));
    const seen = protectedMe('a1');
    const onTokens = vi.fn();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_x', onTokens });
    await client.auth.login({ email: 'a@example.com', password: 'p' });
    await client.me.get().catch(() => undefined);
    expect(onTokens).not.toHaveBeenCalled();
    expect(seen).toEqual(['Bearer igny8_sk_x']);
  });

  it('forgets the tokens on logout, even when the server could not be told', async () => {
    const seen = protectedMe('a1');
    server.use(http.post(url('/v1/auth/logout'), () => fail(400, 'BAD_REQUEST')));
    const client = new Igny8({ baseUrl: BASE_URL, accessToken: 'a1', refreshToken: 'r1' });
    await client.me.get();
    await expect(client.auth.logout({ refresh_token: 'r1' })).rejects.toBeInstanceOf(Error);
    await expect(client.me.get()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(seen).toEqual(['Bearer a1', null]);
  });
});
