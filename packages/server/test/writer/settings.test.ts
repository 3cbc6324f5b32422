// Writer settings per site: the defaults until a site changes them, partial changes, and the markup allowances the
// sanitizer then applies to the site's contents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

describe('writer settings', () => {
  it('are the defaults until changed, then change field by field', async () => {
    const { s, site } = await signupWithSite(server.url, 'Voice');
    const token = s.access_token;
    const path = `/v1/sites/${site.id}/writer-settings`;
    const first = await call(server.url, 'GET', path, { token });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({
      site_id: site.id,
      language: null,
      tone: null,
      audience: null,
      point_of_view: 'second_person',
      reading_level: 'general',
      banned_words: [],
      style_guide: null,
      links_per_1000_words: 3,
      in_article_images: 2,
      allow_style: false,
      iframe_hosts: [],
      updated_at: null,
    });
    const changed = await call(server.url, 'PATCH', path, {
      token,
      body: {
        language: 'es',
        tone: 'cercano y experto',
        banned_words: ['increíble'],
        iframe_hosts: ['WWW.YouTube-NoCookie.com', 'www.youtube-nocookie.com'],
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      language: 'es',
      tone: 'cercano y experto',
      banned_words: ['increíble'],
      iframe_hosts: ['www.youtube-nocookie.com'],
      point_of_view: 'second_person',
    });
    expect(changed.body.data.updated_at).not.toBeNull();
    const again = await call(server.url, 'PATCH', path, { token, body: { tone: null, reading_level: 'expert' } });
    expect(again.body.data).toMatchObject({ language: 'es', tone: null, reading_level: 'expert' });
    expect((await call(server.url, 'GET', path, { token })).body.data).toEqual(again.body.data);
    for (const body of [{ links_per_1000_words: 11 }, { iframe_hosts: ['not a host'] }, { language: 'Spanish!' }, {}]) {
      const res = await call(server.url, 'PATCH', path, { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('decide which styles and iframes a site’s contents keep', async () => {
    const { s, site } = await signupWithSite(server.url, 'Markup');
    const token = s.access_token;
    const [content] = await server.deps.db
      .owner('contents')
      .insert({ account_id: s.account.id, site_id: site.id, title: 'Video', html: '<p>x</p>' })
      .returning('id');
    const html =
      '<p style="color:red">Red</p><iframe src="https://www.youtube-nocookie.com/embed/x" width="560" height="315"></iframe>';
    const save = () =>
      call(server.url, 'PATCH', `/v1/sites/${site.id}/contents/${content.id}`, { token, body: { html } });
    expect((await save()).body.data.html).toBe('<p>Red</p>');
    await call(server.url, 'PATCH', `/v1/sites/${site.id}/writer-settings`, {
      token,
      body: { allow_style: true, iframe_hosts: ['www.youtube-nocookie.com'] },
    });
    expect((await save()).body.data.html).toBe(html);
  });
});
