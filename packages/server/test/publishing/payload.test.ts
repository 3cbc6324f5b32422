// The post the plugin is sent: in-article images right after the headings of their sections, escaped; the excerpt;
// terms de-duplicated; the date only for WordPress's own schedule.
import { describe, expect, it } from 'vitest';
import { placeImages, postPayload } from '../../src/domain/publishing/payload.js';

const html = '<p>Intro.</p><h2>One</h2><p>a</p><h2>Two</h2><p>b</p><h2>Three</h2><p>c</p>';

describe('placeImages', () => {
  it('puts each image after the heading of its section, in section order', () => {
    const out = placeImages(html, [
      { position: 3, alt: 'third', url: 'https://x.test/3.png' },
      { position: 1, alt: 'first "quoted" <b>', url: 'https://x.test/1.png?a=1&b=2' },
    ]);
    expect(out).toBe(
      '<p>Intro.</p><h2>One</h2><figure class="igny8-image"><img src="https://x.test/1.png?a=1&amp;b=2" alt="first &quot;quoted&quot; &lt;b&gt;"></figure><p>a</p><h2>Two</h2><p>b</p><h2>Three</h2><figure class="igny8-image"><img src="https://x.test/3.png" alt="third"></figure><p>c</p>',
    );
  });

  it('puts an image of a section the article lacks after its last heading, and appends when it has none', () => {
    expect(placeImages(html, [{ position: 9, alt: 'x', url: 'u' }])).toContain('<h2>Three</h2><figure');
    expect(placeImages('<p>Only text.</p>', [{ position: 1, alt: 'x', url: 'u' }])).toBe(
      '<p>Only text.</p><figure class="igny8-image"><img src="u" alt="x"></figure>',
    );
    expect(placeImages(html, [])).toBe(html);
  });
});

describe('postPayload', () => {
  const content = {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Roses',
    html,
    meta_title: 'Roses — a guide',
    meta_description: null,
    slug: 'roses',
    focus_keyword: 'roses',
    categories: ['Garden', 'garden', { name: 'Flowers' }, '  '],
    tags: ['a', 'b', 'A'],
    json_ld: { '@type': 'Article' },
  };

  it('sends the terms once each, an excerpt from the first paragraph, and the date only for `future`', () => {
    const now = new Date('2026-12-24T09:30:15.123Z');
    const body = postPayload(content, [], { status: 'future', date: now, authorId: 2, force: false });
    expect(body.categories).toEqual(['Garden', 'Flowers']);
    expect(body.tags).toEqual(['a', 'b']);
    expect(body.excerpt).toBe('Intro.');
    expect(body.date_gmt).toBe('2026-12-24T09:30:15Z');
    expect(body.seo).toEqual({ title: 'Roses — a guide', description: null, focus_keyword: 'roses', canonical: null });
    expect(
      postPayload(content, [], { status: 'publish', date: null, authorId: null, force: true }).date_gmt,
    ).toBeNull();
  });

  it('names the featured image apart from the in-article ones', () => {
    const images = [
      {
        id: 'f',
        kind: 'featured' as const,
        position: 0,
        alt: 'A rose',
        url: 'https://api.test/v1/files/t1',
        version: 'v1',
      },
      {
        id: 'i',
        kind: 'in_article' as const,
        position: 2,
        alt: 'Pruning',
        url: 'https://api.test/v1/files/t2',
        version: 'v2',
      },
    ];
    const body = postPayload(content, images, { status: 'publish', date: null, authorId: null, force: false });
    expect(body.featured_image).toEqual({
      image_id: 'f',
      version: 'v1',
      url: images[0]?.url,
      alt: 'A rose',
      filename: 'roses-featured.png',
    });
    expect(body.images).toEqual([
      { image_id: 'i', version: 'v2', url: images[1]?.url, alt: 'Pruning', filename: 'roses-section-2.png' },
    ]);
    expect(body.html).toContain(
      '<h2>Two</h2><figure class="igny8-image"><img src="https://api.test/v1/files/t2" alt="Pruning">',
    );
  });
});
