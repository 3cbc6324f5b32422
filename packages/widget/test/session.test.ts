import { APIConnectionError } from '@igny8/sdk';
import { describe, expect, it, vi } from 'vitest';
import { describeError } from '../src/errors.js';
import { createI18n } from '../src/i18n/index.js';
import {
  REFUSAL_HOLD_MS,
  RENEW_BEFORE_MS,
  renewingFetch,
  SessionCache,
  SessionError,
  type WidgetSession,
} from '../src/session.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

function provider(lifetimeMs: number, now: () => number) {
  let n = 0;
  return vi.fn(
    async (): Promise<WidgetSession> => ({
      token: `tok-${++n}`,
      expiresAt: new Date(now() + lifetimeMs).toISOString(),
      siteId: 'site-1',
    }),
  );
}

describe('SessionCache', () => {
  it('reuses the session until 30 s before it expires, then asks the host again', async () => {
    let now = T0;
    const fetchSession = provider(15 * 60_000, () => now);
    const cache = new SessionCache(fetchSession, () => now);
    expect(await cache.token()).toBe('tok-1');
    now = T0 + 15 * 60_000 - RENEW_BEFORE_MS - 1;
    expect(await cache.token()).toBe('tok-1');
    now += 1;
    expect(await cache.token()).toBe('tok-2');
    expect(fetchSession).toHaveBeenCalledTimes(2);
  });

  it('shares one call to the host between concurrent requests', async () => {
    const fetchSession = provider(60 * 60_000, () => T0);
    const cache = new SessionCache(fetchSession, () => T0);
    const tokens = await Promise.all([cache.token(), cache.token(), cache.token()]);
    expect(tokens).toEqual(['tok-1', 'tok-1', 'tok-1']);
    expect(fetchSession).toHaveBeenCalledTimes(1);
  });

  it('renews a token shorter-lived than the margin halfway through its life instead of on every request', async () => {
    let now = T0;
    const fetchSession = provider(20_000, () => now);
    const cache = new SessionCache(fetchSession, () => now);
    await cache.token();
    now = T0 + 9_999;
    expect(await cache.token()).toBe('tok-1');
    now = T0 + 10_000;
    expect(await cache.token()).toBe('tok-2');
  });

  it('forgets a refused token but keeps a newer one', async () => {
    const fetchSession = provider(60 * 60_000, () => T0);
    const cache = new SessionCache(fetchSession, () => T0);
    await cache.token();
    cache.invalidate('tok-0');
    expect(await cache.token()).toBe('tok-1');
    cache.invalidate('tok-1');
    expect(await cache.token()).toBe('tok-2');
  });

  it('asks again once a failure of the host is two seconds old, and gives the same refusal until then', async () => {
    let now = T0;
    const fetchSession = vi
      .fn<() => Promise<WidgetSession>>()
      .mockRejectedValueOnce(new Error('nonce expired'))
      .mockResolvedValueOnce({ token: 'ok', expiresAt: new Date(T0 + 600_000).toISOString(), siteId: 's' });
    const cache = new SessionCache(fetchSession, () => now);
    await expect(cache.token()).rejects.toThrow('nonce expired');
    // The transport's retries of the request that needed it get the same answer, without asking the host.
    await expect(cache.token()).rejects.toBeInstanceOf(SessionError);
    expect(fetchSession).toHaveBeenCalledTimes(1);
    now += REFUSAL_HOLD_MS;
    expect(await cache.token()).toBe('ok');
  });

  it('asks again at once when the user retries', async () => {
    const fetchSession = vi
      .fn<() => Promise<WidgetSession>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce({ token: 'ok', expiresAt: new Date(T0 + 600_000).toISOString(), siteId: 's' });
    const cache = new SessionCache(fetchSession, () => T0);
    await expect(cache.token()).rejects.toThrow('down');
    cache.forgetRefusal();
    expect(await cache.token()).toBe('ok');
  });

  it('refuses a session without a token', async () => {
    const cache = new SessionCache(async () => ({ expiresAt: '', siteId: 's' }) as unknown as WidgetSession);
    await expect(cache.token()).rejects.toThrow(/fetchSession/);
  });
});

describe('renewingFetch', () => {
  const expired = () =>
    new Response(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'expired' }, request_id: 'r1' }), {
      status: 401,
      headers: { 'content-type': 'application/json' },
    });

  it('gets a fresh session once and replays the request (body included) after 401 TOKEN_EXPIRED', async () => {
    const cache = new SessionCache(provider(60 * 60_000, Date.now));
    const seen: { auth: string | null; body: string }[] = [];
    const base = vi.fn(async (input: RequestInfo | URL) => {
      const request = input as Request;
      seen.push({ auth: request.headers.get('authorization'), body: await request.text() });
      return seen.length === 1 ? expired() : new Response('{"data":1}', { status: 200 });
    });
    const doFetch = renewingFetch(cache, base as typeof fetch);
    const response = await doFetch('http://api.test/v1/x', {
      method: 'POST',
      headers: { authorization: `Bearer ${await cache.token()}` },
      body: '{"phrase":"a"}',
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { auth: 'Bearer tok-1', body: '{"phrase":"a"}' },
      { auth: 'Bearer tok-2', body: '{"phrase":"a"}' },
    ]);
  });

  it('retries only once, and not for other 401s', async () => {
    const cache = new SessionCache(provider(60 * 60_000, Date.now));
    const always = vi.fn(async () => expired());
    const res = await renewingFetch(cache, always as typeof fetch)('http://api.test/', {
      headers: { authorization: 'Bearer tok-1' },
    });
    expect(res.status).toBe(401);
    expect(always).toHaveBeenCalledTimes(2);

    const invalid = vi.fn(
      async () => new Response(JSON.stringify({ error: { code: 'TOKEN_INVALID', message: 'x' } }), { status: 401 }),
    );
    await renewingFetch(cache, invalid as typeof fetch)('http://api.test/', {
      headers: { authorization: 'Bearer tok-1' },
    });
    expect(invalid).toHaveBeenCalledTimes(1);
  });
});

describe('a session the host refuses', () => {
  const i18n = createI18n('en');
  const refusal = () =>
    Object.assign(new Error('This site is not connected to Igny8 yet.'), { code: 'igny8_not_connected' });

  it('shows the host’s reason when the host gave one (an error with a code), first session or renewal alike', async () => {
    const cache = new SessionCache(async () => {
      throw refusal();
    });
    const error = await cache.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionError);
    expect(describeError(error, i18n)).toEqual({
      message: 'This site is not connected to Igny8 yet.',
      code: 'igny8_not_connected',
    });
    // A renewal that failed inside a request reaches the screen as the SDK's connection error around it.
    const wrapped = new APIConnectionError(undefined, { cause: error });
    expect(describeError(wrapped, i18n).message).toBe('This site is not connected to Igny8 yet.');
  });

  it('says only that no session could be had when the failure was not meant for the user', async () => {
    const cache = new SessionCache(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await cache.get().catch((e: unknown) => e);
    expect(describeError(error, i18n).message).toBe('Could not start a session.');
  });
});
