import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { Igny8, Igny8Error } from '../src/index.js';
import { BASE_URL, ok, server, site, url } from './mock-api.js';

describe('Igny8 client', () => {
  it('resolves with the data of the success envelope', async () => {
    server.use(http.get(url('/v1/sites/:id'), ({ params }) => ok(site(String(params.id)))));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_test' });
    await expect(client.sites.get('s1')).resolves.toEqual(site('s1'));
  });

  it('resolves with undefined for a 204', async () => {
    server.use(http.delete(url('/v1/sites/:id'), () => new HttpResponse(null, { status: 204 })));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_test' });
    await expect(client.sites.delete('s1')).resolves.toBeUndefined();
  });

  it('sends path params encoded, the body as JSON and the query string', async () => {
    const seen: { url: string; method: string; body: unknown; type: string | null }[] = [];
    server.use(
      http.all(`${BASE_URL}/*`, async ({ request }) => {
        const body = request.method === 'GET' ? undefined : await request.json();
        seen.push({ url: request.url, method: request.method, body, type: request.headers.get('content-type') });
        return ok(request.method === 'GET' ? [] : site('x'), { meta: { next_cursor: null } });
      }),
    );
    const client = new Igny8({ baseUrl: `${BASE_URL}/`, apiKey: 'k' });
    await client.sites.update('a/b c', { name: 'New' });
    await client.sites.list({ limit: 10 });
    expect(seen).toEqual([
      { url: url('/v1/sites/a%2Fb%20c'), method: 'PATCH', body: { name: 'New' }, type: 'application/json' },
      { url: url('/v1/sites?limit=10'), method: 'GET', body: undefined, type: null },
    ]);
  });

  it('sends an API key as a bearer token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(url('/v1/me'), ({ request }) => {
        authorization = request.headers.get('authorization');
        return ok({});
      }),
    );
    await new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_abc' }).me.get();
    expect(authorization).toBe('Bearer igny8_sk_abc');
  });

  it('asks getToken for a token on every request', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(url('/v1/me'), ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return ok({});
      }),
    );
    let n = 0;
    const client = new Igny8({ baseUrl: BASE_URL, getToken: async () => `widget-${++n}` });
    await client.me.get();
    await client.me.get();
    expect(seen).toEqual(['Bearer widget-1', 'Bearer widget-2']);
  });

  it('sends no credentials to public operations', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get(url('/v1/plans'), ({ request }) => {
        authorization = request.headers.get('authorization');
        return ok([]);
      }),
    );
    await new Igny8({ baseUrl: BASE_URL, apiKey: 'igny8_sk_abc' }).plans.list();
    expect(authorization).toBeNull();
  });

  it('sends the client headers and lets per-call headers override them', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(url('/v1/me'), ({ request }) => {
        seen.push(request.headers.get('x-tenant'));
        return ok({});
      }),
    );
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k', headers: { 'X-Tenant': 'a' } });
    await client.me.get();
    await client.me.get({ headers: { 'X-Tenant': 'b' } });
    expect(seen).toEqual(['a', 'b']);
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const client = new Igny8({
      baseUrl: 'http://elsewhere.test',
      fetch: async (input) => {
        calls.push(String(input));
        return Response.json({ data: { status: 'ok' }, request_id: 'r' });
      },
    });
    await expect(client.system.health()).resolves.toEqual({ status: 'ok' });
    expect(calls).toEqual(['http://elsewhere.test/healthz']);
  });

  it('calls the given fetch as fetch(url, init), with the JSON body as a string', async () => {
    // ky itself would pass a Request (with a stream body) and no init.
    const calls: [unknown, RequestInit | undefined][] = [];
    const client = new Igny8({
      baseUrl: 'http://elsewhere.test',
      apiKey: 'k',
      fetch: async (input, init) => {
        calls.push([input, init]);
        return Response.json({ data: site('s1'), request_id: 'r' }, { status: 201 });
      },
    });
    await client.sites.create({ name: 'a', industry_id: 'i' });
    const [input, init] = calls[0] ?? [];
    expect(input).toBe('http://elsewhere.test/v1/sites');
    expect(init).toMatchObject({ method: 'POST', body: '{"name":"a","industry_id":"i"}' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer k');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('idempotency-key')).toBeTruthy();
  });

  it('refuses more than one way to authenticate', () => {
    expect(() => new Igny8({ baseUrl: BASE_URL, apiKey: 'k', accessToken: 't' })).toThrow(Igny8Error);
    expect(() => new Igny8({ baseUrl: BASE_URL, apiKey: 'k', getToken: () => 't' })).toThrow(/one of/);
    expect(() => new Igny8({ baseUrl: '' })).toThrow(/baseUrl/);
  });

  it('exposes every resource, with wait() on operations', () => {
    const client = new Igny8({ baseUrl: BASE_URL });
    expect(typeof client.apiKeys.create).toBe('function');
    expect(typeof client.operations.get).toBe('function');
    expect(typeof client.operations.wait).toBe('function');
  });
});
