// Public reads by site slug, without credentials: only the published contents of a live site, public fields only,
// newest published first in pages; the same 404 for a paused or unknown site and an unknown or unpublished content;
// a strong ETag, `Cache-Control: public, max-age=60` and 304 on `If-None-Match`; the featured image served under
// the content's own public path; a limit per client address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageKey } from '../../src/storage/index.js';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A content written straight to the database; published (with its instant) when `publishedAt` is given. */
async function addContent(
  accountId: string,
  siteId: string,
  slug: string,
  options: { publishedAt?: string; status?: string; publishStatus?: string } = {},
) {
  const [row] = await server.deps.db
    .owner('contents')
    .insert({
      account_id: accountId,
      site_id: siteId,
      title: `About ${slug}`,
      html: `<p>All about ${slug}.</p>`,
      meta_title: `About ${slug}`,
      meta_description: `What to know about ${slug}.`,
      slug,
      focus_keyword: `secret keyword ${slug}`,
      categories: JSON.stringify(['Guides']),
      tags: JSON.stringify(['coffee', slug]),
      json_ld: JSON.stringify([{ '@context': 'https://schema.org', '@type': 'Article', headline: `About ${slug}` }]),
      seo_score: 77,
      seo_checks: JSON.stringify([{ id: 'title', passed: true }]),
      language: 'en',
      word_count: 120,
      reading_minutes: 1,
      provider: 'local',
      model: 'local-writer',
      status: options.status ?? (options.publishedAt ? 'published' : 'draft'),
      publish_status: options.publishStatus ?? (options.publishedAt ? 'published' : 'not_published'),
      published_at: options.publishedAt ?? null,
    })
    .returning('*');
  return row as { id: string; account_id: string; site_id: string };
}

async function publishedSite(name: string) {
  const { s, site } = await signupWithSite(server.url, name);
  return { s, site, token: s.access_token, accountId: s.account.id as string };
}

const SUMMARY_KEYS = [
  'categories',
  'excerpt',
  'featured_image',
  'language',
  'meta_description',
  'meta_title',
  'published_at',
  'reading_minutes',
  'slug',
  'tags',
  'title',
  'updated_at',
  'word_count',
];
const CONTENT_KEYS = [...SUMMARY_KEYS, 'html', 'json_ld'].sort();

const list = (slug: string, query = '', headers: Record<string, string> = {}) =>
  call(server.url, 'GET', `/v1/public/sites/${slug}/contents${query}`, { headers });
const get = (slug: string, content: string, headers: Record<string, string> = {}) =>
  call(server.url, 'GET', `/v1/public/sites/${slug}/contents/${content}`, { headers });

describe('public reads', () => {
  it('list only the published contents of a live site, newest published first, public fields only', async () => {
    const { site, accountId } = await publishedSite('Public Coffee');
    await addContent(accountId, site.id, 'older', { publishedAt: '2026-01-01T10:00:00Z' });
    await addContent(accountId, site.id, 'newer', { publishedAt: '2026-02-01T10:00:00Z' });
    await addContent(accountId, site.id, 'a-draft');
    await addContent(accountId, site.id, 'approved-only', { status: 'approved' });
    await addContent(accountId, site.id, 'scheduled', { publishStatus: 'scheduled', status: 'approved' });

    const res = await list(site.slug);
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { slug: string }) => c.slug)).toEqual(['newer', 'older']);
    expect(res.body.meta).toEqual({ next_cursor: null });
    for (const item of res.body.data) expect(Object.keys(item).sort()).toEqual(SUMMARY_KEYS);
    expect(res.body.data[0]).toMatchObject({
      title: 'About newer',
      excerpt: 'What to know about newer.',
      categories: ['Guides'],
      tags: ['coffee', 'newer'],
      featured_image: null,
      published_at: '2026-02-01T10:00:00.000Z',
    });
    // Nothing tenant-internal anywhere in the body.
    const text = JSON.stringify(res.body.data);
    for (const secret of [accountId, site.id, 'secret keyword', 'local-writer', 'seo_'])
      expect(text).not.toContain(secret);
    expect(Object.keys(res.body).sort()).toEqual(['data', 'meta', 'request_id']);
  });

  it('read one published content by its slug, with its html and structured data', async () => {
    const { site, accountId } = await publishedSite('Public One');
    const row = await addContent(accountId, site.id, 'cold-brew', { publishedAt: '2026-01-05T08:00:00Z' });
    const res = await get(site.slug, 'cold-brew');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(CONTENT_KEYS);
    expect(res.body.data).toMatchObject({
      title: 'About cold-brew',
      slug: 'cold-brew',
      html: '<p>All about cold-brew.</p>',
      json_ld: [{ '@type': 'Article', headline: 'About cold-brew' }],
      word_count: 120,
      reading_minutes: 1,
      language: 'en',
    });
    expect(JSON.stringify(res.body)).not.toContain(row.id);
  });

  it('answer the same 404 for an unknown site, a paused one, an unknown slug and a content not published', async () => {
    const { site, accountId, token } = await publishedSite('Public Pausing');
    await addContent(accountId, site.id, 'live-post', { publishedAt: '2026-01-05T08:00:00Z' });
    await addContent(accountId, site.id, 'draft-post');
    await addContent(accountId, site.id, 'failed-post', { publishStatus: 'failed', status: 'approved' });
    expect((await get(site.slug, 'live-post')).status).toBe(200);

    const answers = [
      await list('no-such-site-anywhere'),
      await get('no-such-site-anywhere', 'live-post'),
      await get(site.slug, 'no-such-post'),
      await get(site.slug, 'draft-post'),
      await get(site.slug, 'failed-post'),
    ];
    await call(server.url, 'PATCH', `/v1/sites/${site.id}`, { token, body: { active: false } });
    answers.push(await list(site.slug), await get(site.slug, 'live-post'));
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: 'Content not found.' });
    }
    // Live again: public again.
    await call(server.url, 'PATCH', `/v1/sites/${site.id}`, { token, body: { active: true } });
    expect((await get(site.slug, 'live-post')).status).toBe(200);
  });

  it("serve another account's published content under its own slug, never its drafts, and never across sites", async () => {
    const mine = await publishedSite('Mine');
    const theirs = await publishedSite('Theirs');
    await addContent(mine.accountId, mine.site.id, 'shared-slug', { publishedAt: '2026-01-01T00:00:00Z' });
    await addContent(theirs.accountId, theirs.site.id, 'their-post', { publishedAt: '2026-01-02T00:00:00Z' });
    await addContent(theirs.accountId, theirs.site.id, 'their-draft');
    // Public: anyone (with or without a credential of another account) reads it.
    const withOtherToken = await call(server.url, 'GET', `/v1/public/sites/${theirs.site.slug}/contents`, {
      token: mine.token,
    });
    expect(withOtherToken.status).toBe(200);
    expect(withOtherToken.body.data.map((c: { slug: string }) => c.slug)).toEqual(['their-post']);
    expect((await get(theirs.site.slug, 'their-draft')).status).toBe(404);
    // A content of one site is not found under another site's slug.
    expect((await get(theirs.site.slug, 'shared-slug')).status).toBe(404);
    expect((await get(mine.site.slug, 'their-post')).status).toBe(404);
  });

  it('paginate with a cursor, at most 50 a page', async () => {
    const { site, accountId } = await publishedSite('Public Pages');
    for (let i = 0; i < 7; i++) {
      await addContent(accountId, site.id, `post-${i}`, { publishedAt: `2026-01-0${i + 1}T12:00:00Z` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(site.slug, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((c: { slug: string }) => c.slug));
      cursor = res.body.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['post-6', 'post-5', 'post-4', 'post-3', 'post-2', 'post-1', 'post-0']);
    expect((await list(site.slug, '?limit=51')).status).toBe(400);
    expect((await list(site.slug, '?cursor=garbage')).body.error.code).toBe('INVALID_CURSOR');
  });

  it('carry a strong ETag and Cache-Control, and answer 304 to If-None-Match', async () => {
    const { site, accountId, token } = await publishedSite('Public Cache');
    const row = await addContent(accountId, site.id, 'cached', { publishedAt: '2026-01-05T08:00:00Z' });
    for (const read of [() => list(site.slug), () => get(site.slug, 'cached')]) {
      const first = await read();
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      // The same answer, the same ETag (the request id apart).
      const second = await read();
      expect(second.headers.get('etag')).toBe(etag);
      expect(second.body.request_id).not.toBe(first.body.request_id);
    }
    const etag = (await get(site.slug, 'cached')).headers.get('etag') as string;
    const res = await fetch(`${server.url}/v1/public/sites/${site.slug}/contents/cached`, {
      headers: { 'if-none-match': etag },
    });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    // Another ETag, or a changed content: 200 with a new one.
    expect((await get(site.slug, 'cached', { 'if-none-match': '"stale"' })).status).toBe(200);
    await server.deps.db.owner('contents').where({ id: row.id }).update({ title: 'Changed', updated_at: new Date() });
    const changed = await get(site.slug, 'cached', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.data.title).toBe('Changed');
    expect(changed.headers.get('etag')).not.toBe(etag);
    // Any page may read them (no credentials): CORS for every origin.
    const cors = await list(site.slug, '', { origin: 'https://front-end.example' });
    expect(cors.headers.get('access-control-allow-origin')).toBe('*');
    void token;
  });

  it('give the featured image as a public URL of its own, served while the content is public', async () => {
    const { site, accountId, token } = await publishedSite('Public Images');
    const row = await addContent(accountId, site.id, 'with-image', { publishedAt: '2026-01-05T08:00:00Z' });
    const [image] = await server.deps.db
      .owner('images')
      .insert({
        account_id: accountId,
        site_id: site.id,
        content_id: row.id,
        kind: 'featured',
        position: 0,
        status: 'generated',
        prompt: 'A cup',
        alt_text: 'A cup of cold brew',
        width: 1200,
        height: 630,
        provider: 'local',
        model: 'designed',
      })
      .returning('*');
    const key = imageKey(accountId, site.id, image.id);
    await server.deps.files.storage.put(key, PNG, 'image/png');
    await server.deps.db.owner('images').where({ id: image.id }).update({ storage_key: key, bytes: PNG.length });

    const res = await get(site.slug, 'with-image');
    const path = `/v1/public/sites/${site.slug}/contents/with-image/featured-image`;
    expect(res.body.data.featured_image).toEqual({
      url: `${server.deps.config.publicUrl.replace(/\/+$/, '')}${path}`,
      alt: 'A cup of cold brew',
      width: 1200,
      height: 630,
    });
    const url = `${server.url}${path}`;
    expect((await list(site.slug)).body.data[0].featured_image).toEqual(res.body.data.featured_image);
    expect(res.body.data.featured_image.url).not.toContain(accountId);

    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toBe('public, max-age=60');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    const etag = file.headers.get('etag') as string;
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);

    // No image drawn for a content, or the site paused: 404.
    await addContent(accountId, site.id, 'no-image', { publishedAt: '2026-01-06T08:00:00Z' });
    expect(
      (await call(server.url, 'GET', `/v1/public/sites/${site.slug}/contents/no-image/featured-image`)).status,
    ).toBe(404);
    await call(server.url, 'PATCH', `/v1/sites/${site.id}`, { token, body: { active: false } });
    expect((await fetch(url)).status).toBe(404);
  });

  it('refuse malformed slugs with 400', async () => {
    for (const bad of ['Not_A_Slug', '-x', 'x'.repeat(65)]) {
      const res = await list(bad);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_ID');
    }
  });
});

describe('public reads, limited per client address', () => {
  it('answer 429 with Retry-After past PUBLIC_RATE_LIMIT_PER_MINUTE', async () => {
    const limited = await startTestServer({ worker: false, env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await call(limited.url, 'GET', '/v1/public/sites/nobody/contents')).status);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      const res = await call(limited.url, 'GET', '/v1/public/sites/nobody/contents/post');
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('RATE_LIMITED');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
