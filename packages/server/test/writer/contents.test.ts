// Contents through the API: listed without their html, edited with the html sanitized and the analysis computed
// again, moved through review, analyzed on demand, and every change kept as a revision that can be brought back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

const ORIGINAL = [
  '<p>Cold brew is coffee steeped in cold water. This cold brew ratio guide keeps it simple.</p>',
  '<h2>Which cold brew ratio works?</h2>',
  '<p>Start with one part coffee to eight parts water, then adjust to taste.</p>',
  '<p>Read the <a href="/grind">grind guide</a> and <a href="https://sca.example.org/">the SCA chart</a>.</p>',
  '<figure><img src="/jar.png" alt="A jar of cold brew" /></figure>',
].join('');

/** A site with one content as the writer leaves it (written straight to the database), and its first revision. */
async function siteWithContent() {
  const { s, site } = await signupWithSite(server.url, 'Contents');
  const [content] = await server.deps.db
    .owner('contents')
    .insert({
      account_id: s.account.id,
      site_id: site.id,
      title: 'The cold brew ratio',
      html: ORIGINAL,
      meta_title: 'Cold brew ratio: how much coffee per cup of water',
      meta_description:
        'The cold brew ratio that works, how long to steep it and how to make a concentrate you can dilute with water or milk.',
      slug: 'cold-brew-ratio',
      focus_keyword: 'cold brew ratio',
      language: 'en',
      target_words: 100,
      provider: 'local',
      word_count: 55,
    })
    .returning('*');
  await server.deps.db.owner('content_revisions').insert({
    account_id: s.account.id,
    content_id: content.id,
    number: 1,
    reason: 'generated',
    title: content.title,
    html: content.html,
    meta_title: content.meta_title,
    meta_description: content.meta_description,
    slug: content.slug,
    focus_keyword: content.focus_keyword,
    word_count: 55,
  });
  return { token: s.access_token, userId: s.user.id as string, site, id: content.id as string };
}

describe('contents', () => {
  it('are listed without their html, and read whole one at a time', async () => {
    const { token, site, id } = await siteWithContent();
    const list = await call(server.url, 'GET', `/v1/sites/${site.id}/contents`, { token });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      id,
      title: 'The cold brew ratio',
      status: 'draft',
      publish_status: 'not_published',
    });
    expect(list.body.data[0].html).toBeUndefined();
    expect(
      (await call(server.url, 'GET', `/v1/sites/${site.id}/contents?status=approved`, { token })).body.data,
    ).toEqual([]);
    const one = await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}`, { token });
    expect(one.body.data.html).toBe(ORIGINAL);
  });

  it('are edited with the html sanitized, the analysis computed again and the change kept as a revision', async () => {
    const { token, userId, site, id } = await siteWithContent();
    const edited = await call(server.url, 'PATCH', `/v1/sites/${site.id}/contents/${id}`, {
      token,
      body: {
        html: `${ORIGINAL}<p onclick="alert(1)">More <script>alert(1)</script>text.</p><img src="javascript:alert(1)">`,
        categories: ['Coffee'],
      },
    });
    expect(edited.status).toBe(200);
    const html: string = edited.body.data.html;
    expect(html).not.toMatch(/script|onclick|javascript/);
    expect(html.endsWith('<p>More text.</p><img />')).toBe(true);
    expect(edited.body.data.categories).toEqual(['Coffee']);
    expect(edited.body.data.word_count).toBeGreaterThan(40);
    expect(edited.body.data.reading_minutes).toBe(1);
    expect(edited.body.data.seo_checks.find((c: { id: string }) => c.id === 'image_alt').status).toBe('fail');
    const revisions = await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/revisions`, { token });
    expect(revisions.body.data.map((r: { number: number; reason: string }) => [r.number, r.reason])).toEqual([
      [1, 'generated'],
      [2, 'saved'],
    ]);
    expect(revisions.body.data[1].created_by).toBe(userId);
    // A change of status alone keeps no revision.
    const approved = await call(server.url, 'PATCH', `/v1/sites/${site.id}/contents/${id}`, {
      token,
      body: { status: 'approved' },
    });
    expect(approved.body.data.status).toBe('approved');
    expect(
      (await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/revisions`, { token })).body.data,
    ).toHaveLength(2);
  });

  it('refuse meta longer than search results show, and a malformed slug', async () => {
    const { token, site, id } = await siteWithContent();
    for (const body of [
      { meta_title: 'x'.repeat(61) },
      { meta_description: 'x'.repeat(161) },
      { slug: 'Not A Slug' },
      { status: 'published' },
    ]) {
      const res = await call(server.url, 'PATCH', `/v1/sites/${site.id}/contents/${id}`, { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('are analyzed on demand with named checks', async () => {
    const { token, site, id } = await siteWithContent();
    const seo = await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/seo`, { token });
    expect(seo.status).toBe(200);
    const status = Object.fromEntries(
      seo.body.data.checks.map((c: { id: string; status: string }) => [c.id, c.status]),
    );
    expect(status).toMatchObject({
      focus_in_title: 'pass',
      focus_in_introduction: 'pass',
      focus_in_subheading: 'pass',
      internal_links: 'pass',
      image_alt: 'pass',
    });
    expect(seo.body.data.score).toBeGreaterThan(60);
  });

  it('bring back a revision’s exact html, with the analysis computed again', async () => {
    const { token, site, id } = await siteWithContent();
    const before = (await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/seo`, { token })).body.data
      .score;
    await call(server.url, 'PATCH', `/v1/sites/${site.id}/contents/${id}`, {
      token,
      body: { html: '<p>Almost nothing left.</p>', title: 'Something else' },
    });
    const worse = (await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}`, { token })).body.data;
    expect(worse.seo_score).toBeLessThan(before);
    const [first] = (await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/revisions`, { token })).body
      .data;
    const revision = await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/revisions/${first.id}`, {
      token,
    });
    expect(revision.body.data.html).toBe(ORIGINAL);
    const restored = await call(
      server.url,
      'POST',
      `/v1/sites/${site.id}/contents/${id}/revisions/${first.id}/restore`,
      { token },
    );
    expect(restored.status).toBe(200);
    expect(restored.body.data.html).toBe(ORIGINAL);
    expect(restored.body.data.title).toBe('The cold brew ratio');
    expect(restored.body.data.seo_score).toBe(before);
    const reasons = (
      await call(server.url, 'GET', `/v1/sites/${site.id}/contents/${id}/revisions`, { token })
    ).body.data.map((r: { reason: string }) => r.reason);
    expect(reasons).toEqual(['generated', 'saved', 'restored']);
    const missing = await call(
      server.url,
      'GET',
      `/v1/sites/${site.id}/contents/${id}/revisions/${crypto.randomUUID()}`,
      { token },
    );
    expect(missing.status).toBe(404);
  });
});
