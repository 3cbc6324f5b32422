import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { Igny8, Igny8Error, Page } from '../src/index.js';
import { BASE_URL, ok, server, site, url } from './mock-api.js';

/** Three pages of sites: s1 s2 | s3 s4 | s5, linked by cursors. */
function threePages() {
  const pages: Record<string, { ids: string[]; next: string | null }> = {
    '': { ids: ['s1', 's2'], next: 'c2' },
    c2: { ids: ['s3', 's4'], next: 'c3' },
    c3: { ids: ['s5'], next: null },
  };
  const requests: URL[] = [];
  server.use(
    http.get(url('/v1/sites'), ({ request }) => {
      const u = new URL(request.url);
      requests.push(u);
      const page = pages[u.searchParams.get('cursor') ?? ''];
      if (!page) return ok([], { status: 400 });
      return ok(page.ids.map(site), { meta: { next_cursor: page.next } });
    }),
  );
  return requests;
}

describe('pagination', () => {
  it('iterates every item of every page with for await, passing the query on', async () => {
    const requests = threePages();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const ids: string[] = [];
    for await (const item of client.sites.list({ limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(requests.map((u) => u.search)).toEqual(['?limit=2', '?limit=2&cursor=c2', '?limit=2&cursor=c3']);
  });

  it('awaits to the first page, { data, meta: { next_cursor } }', async () => {
    const requests = threePages();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const page = await client.sites.list();
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(page.meta).toEqual({ next_cursor: 'c2' });
    expect(JSON.parse(JSON.stringify(page))).toEqual({ data: page.data, meta: { next_cursor: 'c2' } });
    expect(requests).toHaveLength(1);

    const second = await page.getNextPage();
    expect(second.data.map((s) => s.id)).toEqual(['s3', 's4']);
    const last = await second.getNextPage();
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toBeInstanceOf(Igny8Error);
  });

  it('fetches the first page once, however the result is used, and only when it is used', async () => {
    const requests = threePages();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const list = client.sites.list();
    await new Promise((r) => setTimeout(r, 10));
    expect(requests).toHaveLength(0);
    const [a, b] = await Promise.all([list, list]);
    expect(a).toBe(b);
    expect(requests).toHaveLength(1);
  });

  it('iterates from a page it was given too', async () => {
    threePages();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const page = await client.sites.list();
    const ids: string[] = [];
    for await (const item of await page.getNextPage()) ids.push(item.id);
    expect(ids).toEqual(['s3', 's4', 's5']);
  });
});
