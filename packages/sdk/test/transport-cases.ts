import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  BadRequestError,
  Igny8,
  RateLimitError,
} from '../src/index.js';
import { BASE_URL, fail, ok, server, site, url } from './mock-api.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const client = (options: Partial<ConstructorParameters<typeof Igny8>[0]> = {}) =>
  new Igny8({ baseUrl: BASE_URL, apiKey: 'k', ...options });

/** Answers with `responses` in turn (the last one repeats) and records every request. */
function sequence(method: 'get' | 'post' | 'patch', path: string, responses: (() => Response | Promise<Response>)[]) {
  const requests: Request[] = [];
  server.use(
    http[method](url(path), ({ request }) => {
      requests.push(request);
      return (responses[Math.min(requests.length, responses.length) - 1] as () => Response)();
    }),
  );
  return requests;
}

/** The transport's contract, run by http-transport.test.ts (ky) and fetch-transport.test.ts (fetch alone). */
export function transportCases(): void {
  describe('retries', () => {
    it('retries a 429 after the Retry-After seconds', async () => {
      const requests = sequence('get', '/v1/me', [
        () => fail(429, 'RATE_LIMITED', { headers: { 'Retry-After': '1' } }),
        () => ok({ me: true }),
      ]);
      const started = Date.now();
      await expect(client().me.get()).resolves.toEqual({ me: true });
      // The back-off alone would have waited at most 500 ms.
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(requests).toHaveLength(2);
    });

    it('retries a 503 with back-off, then succeeds', async () => {
      const requests = sequence('get', '/v1/me', [() => fail(503, 'UNAVAILABLE'), () => ok({ me: true })]);
      await expect(client().me.get()).resolves.toEqual({ me: true });
      expect(requests).toHaveLength(2);
    });

    it('retries a 429, 500, 502, 503 and 504, no other status', async () => {
      const counts: Record<number, number> = {};
      for (const status of [429, 500, 502, 503, 504, 400, 401, 402, 403, 404, 409, 413, 422, 501]) {
        const requests = sequence('get', '/v1/me', [() => fail(status, 'X', { headers: { 'Retry-After': '0' } })]);
        await client({ maxRetries: 1 })
          .me.get()
          .catch(() => undefined);
        counts[status] = requests.length;
      }
      expect(counts).toEqual({
        ...{ 429: 2, 500: 2, 502: 2, 503: 2, 504: 2 },
        ...{ 400: 1, 401: 1, 402: 1, 403: 1, 404: 1, 409: 1, 413: 1, 422: 1, 501: 1 },
      });
    });

    it('waits until a Retry-After HTTP-date', async () => {
      // HTTP-dates have one-second resolution: this one is 1 to 2 s away.
      const at = new Date(Date.now() + 2000).toUTCString();
      sequence('get', '/v1/me', [() => fail(503, 'UNAVAILABLE', { headers: { 'Retry-After': at } }), () => ok({})]);
      const started = Date.now();
      await client().me.get();
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });

    it('backs off instead of waiting a Retry-After over a minute, or one that makes no sense', async () => {
      // ky alone would wait the hour, and its 24-day maximum for nonsense; the back-off waits at most 0.5 s.
      for (const retryAfter of ['3600', 'soon']) {
        const requests = sequence('get', '/v1/me', [
          () => fail(429, 'RATE_LIMITED', { headers: { 'Retry-After': retryAfter } }),
          () => ok({ me: true }),
        ]);
        const started = Date.now();
        await expect(client().me.get()).resolves.toEqual({ me: true });
        expect(Date.now() - started).toBeLessThan(1000);
        expect(requests).toHaveLength(2);
      }
    });

    it('gives up after maxRetries and throws the last error', async () => {
      const requests = sequence('get', '/v1/me', [
        () => fail(429, 'RATE_LIMITED', { headers: { 'Retry-After': '0' } }),
      ]);
      await expect(client({ maxRetries: 3 }).me.get()).rejects.toBeInstanceOf(RateLimitError);
      expect(requests).toHaveLength(4);
    });

    it('takes maxRetries per call over the client setting', async () => {
      const requests = sequence('get', '/v1/me', [() => fail(500, 'INTERNAL', { headers: { 'Retry-After': '0' } })]);
      await expect(client({ maxRetries: 5 }).me.get({ maxRetries: 1 })).rejects.toMatchObject({ status: 500 });
      expect(requests).toHaveLength(2);
    });

    it('does not retry a 400', async () => {
      const requests = sequence('get', '/v1/me', [() => fail(400, 'BAD_REQUEST'), () => ok({})]);
      await expect(client().me.get()).rejects.toBeInstanceOf(BadRequestError);
      expect(requests).toHaveLength(1);
    });

    it('retries a network error, then throws APIConnectionError with the cause', async () => {
      const requests = sequence('get', '/v1/me', [() => HttpResponse.error()]);
      const error = await client()
        .me.get()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as APIConnectionError).cause).toBeInstanceOf(TypeError);
      expect(requests).toHaveLength(3);
    });

    it('recovers when a network error is followed by an answer', async () => {
      sequence('get', '/v1/me', [() => HttpResponse.error(), () => ok({ me: 1 })]);
      await expect(client().me.get()).resolves.toEqual({ me: 1 });
    });
  });

  describe('timeouts and aborts', () => {
    const slow = async () => {
      await delay(300);
      return ok({});
    };

    it('throws APIConnectionTimeoutError when no answer comes in time', async () => {
      sequence('get', '/v1/me', [slow]);
      await expect(client({ timeout: 30, maxRetries: 0 }).me.get()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    });

    it('counts reading the body in the timeout, and retries a body that stalls', async () => {
      // ky's timeout ends when the headers arrive; the SDK's covers the whole answer. (A fetch of our own: msw's
      // socket interception trips an assertion in undici when a body is aborted half-way.)
      let calls = 0;
      const fetch = async (_: unknown, init?: RequestInit) => {
        calls++;
        if (calls === 3) return Response.json({ data: { me: 1 }, request_id: 'r' });
        const body = new ReadableStream({
          async start(controller) {
            // As a real fetch does, the body fails when the signal aborts.
            init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
            controller.enqueue(new TextEncoder().encode('{"data":'));
            await delay(300);
            controller.enqueue(new TextEncoder().encode('{}}'));
            controller.close();
          },
        });
        return new Response(body, { headers: { 'Content-Type': 'application/json' } });
      };
      await expect(client({ fetch, timeout: 100, maxRetries: 0 }).me.get()).rejects.toBeInstanceOf(
        APIConnectionTimeoutError,
      );
      await expect(client({ fetch, timeout: 100 }).me.get()).resolves.toEqual({ me: 1 });
      expect(calls).toBe(3);
    });

    it('retries a timed-out POST (it has an idempotency key) but not a timed-out PATCH', async () => {
      const posts = sequence('post', '/v1/sites', [slow]);
      const patches = sequence('patch', '/v1/sites/s1', [slow]);
      const c = client({ timeout: 30, maxRetries: 1 });
      await expect(c.sites.create({ name: 'x', industry_id: 'i' })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
      await expect(c.sites.update('s1', { name: 'y' })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
      expect(posts).toHaveLength(2);
      expect(patches).toHaveLength(1);
    });

    it('rejects with APIUserAbortError when the signal aborts, also during a back-off wait', async () => {
      sequence('get', '/v1/me', [slow]);
      const aborted = new AbortController();
      setTimeout(() => aborted.abort(), 20);
      await expect(client().me.get({ signal: aborted.signal })).rejects.toBeInstanceOf(APIUserAbortError);

      sequence('get', '/v1/account', [() => fail(503, 'UNAVAILABLE', { headers: { 'Retry-After': '30' } })]);
      const waiting = new AbortController();
      setTimeout(() => waiting.abort(), 50);
      const started = Date.now();
      await expect(client().account.get({ signal: waiting.signal })).rejects.toBeInstanceOf(APIUserAbortError);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  describe('idempotency', () => {
    it('sends a fresh UUID Idempotency-Key on every POST, and none on a GET', async () => {
      const posts = sequence('post', '/v1/sites', [() => ok(site('s1'), { status: 201 })]);
      const gets = sequence('get', '/v1/sites/s1', [() => ok(site('s1'))]);
      const c = client();
      await c.sites.create({ name: 'a', industry_id: 'i' });
      await c.sites.create({ name: 'b', industry_id: 'i' });
      await c.sites.get('s1');
      const [first, second] = posts.map((r) => r.headers.get('idempotency-key'));
      expect(first).toMatch(UUID);
      expect(second).toMatch(UUID);
      expect(first).not.toBe(second);
      expect(gets[0]?.headers.get('idempotency-key')).toBeNull();
    });

    it('reuses the same key for every retry of a call', async () => {
      const posts = sequence('post', '/v1/sites', [
        () => fail(503, 'UNAVAILABLE', { headers: { 'Retry-After': '0' } }),
        () => HttpResponse.error(),
        () => ok(site('s1'), { status: 201 }),
      ]);
      await expect(client().sites.create({ name: 'a', industry_id: 'i' })).resolves.toEqual(site('s1'));
      const keys = posts.map((r) => r.headers.get('idempotency-key'));
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(UUID);
    });

    it('sends the idempotencyKey option instead when given', async () => {
      const posts = sequence('post', '/v1/sites', [() => ok(site('s1'), { status: 201 })]);
      await client().sites.create({ name: 'a', industry_id: 'i' }, { idempotencyKey: 'create-site-42' });
      expect(posts[0]?.headers.get('idempotency-key')).toBe('create-site-42');
    });
  });
}
