// `@igny8/sdk/public`: the public reads against a fake API (msw): paths and query as the contract has them, no
// credentials sent, pages and their cursor, and the SDK's own errors for an error envelope or a dead connection.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, type APIError, NotFoundError, RateLimitError } from '../src/index.js';
import { createPublicClient } from '../src/public.js';
import { BASE_URL, fail, ok, server, url } from './mock-api.js';

const summary = (slug: string) => ({
  title: `About ${slug}`,
  slug,
  excerpt: null,
  meta_title: null,
  meta_description: null,
  categories: [],
  tags: [],
  language: 'en',
  word_count: 10,
  reading_minutes: 1,
  featured_image: null,
  published_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
});

describe('@igny8/sdk/public', () => {
  it('lists a page of a site, with the query it is given and no credentials', async () => {
    const seen: { path: string; search: string; authorization: string | null }[] = [];
    server.use(
      http.get(url('/v1/public/sites/:site/contents'), ({ request }) => {
        const u = new URL(request.url);
        seen.push({ path: u.pathname, search: u.search, authorization: request.headers.get('authorization') });
        return ok([summary('a'), summary('b')], { meta: { next_cursor: 'c2' } });
      }),
    );
    const client = createPublicClient({ baseUrl: `${BASE_URL}/` });
    const page = await client.contents.list('my-site', { limit: 2, cursor: 'c1' });
    expect(page).toEqual({ data: [summary('a'), summary('b')], next_cursor: 'c2' });
    await client.contents.list('my-site');
    expect(seen).toEqual([
      { path: '/v1/public/sites/my-site/contents', search: '?limit=2&cursor=c1', authorization: null },
      { path: '/v1/public/sites/my-site/contents', search: '', authorization: null },
    ]);
  });

  it('gets one content by its slug', async () => {
    server.use(
      http.get(url('/v1/public/sites/my-site/contents/cold-brew'), () =>
        ok({ ...summary('cold-brew'), html: '<p>x</p>', json_ld: null }),
      ),
    );
    const content = await createPublicClient({ baseUrl: BASE_URL }).contents.get('my-site', 'cold-brew');
    expect(content.html).toBe('<p>x</p>');
    expect(content.slug).toBe('cold-brew');
  });

  it("throws the SDK's errors: by status and code, and for a connection that fails", async () => {
    server.use(
      http.get(url('/v1/public/sites/gone/contents/x'), () => fail(404, 'NOT_FOUND', { requestId: 'r404' })),
      http.get(url('/v1/public/sites/busy/contents'), () =>
        fail(429, 'RATE_LIMITED', { headers: { 'retry-after': '3' } }),
      ),
      http.get(url('/v1/public/sites/broken/contents'), () => HttpResponse.error()),
    );
    const client = createPublicClient({ baseUrl: BASE_URL });
    const missing = await client.contents.get('gone', 'x').catch((e: unknown) => e);
    expect(NotFoundError.is(missing)).toBe(true);
    expect(missing).toMatchObject({ status: 404, code: 'NOT_FOUND', requestId: 'r404' });
    const busy = await client.contents.list('busy').catch((e: unknown) => e);
    expect(RateLimitError.is(busy)).toBe(true);
    expect((busy as APIError).headers.get('retry-after')).toBe('3');
    const broken = await client.contents.list('broken').catch((e: unknown) => e);
    expect(APIConnectionError.is(broken)).toBe(true);
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const client = createPublicClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch: async (input) => {
        calls.push(String(input));
        return Response.json({ data: [], meta: { next_cursor: null }, request_id: 'r' });
      },
    });
    expect(await client.contents.list('a b')).toEqual({ data: [], next_cursor: null });
    expect(calls).toEqual(['http://127.0.0.1:1/v1/public/sites/a%20b/contents']);
  });
});
