// End to end in a real WordPress (Debian's, under `php -S`, on a fresh MariaDB database), without a browser: the
// plugin is connected to the real server with a code, then Igny8's side of publishing is played by this test, signing
// its calls to the plugin with the site secret as the server does. Upserts with terms, a featured image and an
// in-article image served from a loopback "API origin", re-upserts, an image on another loopback port refused and never
// requested, a stand-in for each of the four SEO plugins and none, forged / stale / replayed requests, two upserts at
// once, a post edited in WordPress, and retracting to the trash and to draft.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../packages/server/src/domain/integrations/signing.js';
import { heavySuitesHere } from '../packages/server/test/helpers/heavy.js';
import { call, signup } from '../packages/server/test/helpers/http.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import {
  connectPlugin,
  wordpressReady as ready,
  startWordpress,
  stopWordpress,
  type Wordpress,
  wpEval,
  wpJsonSync,
} from './helpers/wordpress.js';

// CI installs PHP and WordPress and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!ready && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP or WordPress is missing');

let api: TestServer;
let wp: Wordpress;
let siteId: string;
let secret: string;
let images: ImageServer;
let elsewhere: ImageServer;

/** A small PNG of one colour. */
function png(width: number, height: number, rgb: [number, number, number]) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3] as number)]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface ImageServer {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** A loopback HTTP server that serves PNGs at any path and counts the requests it gets. */
async function imageServer(): Promise<ImageServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const colour: [number, number, number] = req.url?.includes('featured') ? [200, 40, 40] : [40, 160, 60];
    res.writeHead(200, { 'content-type': 'image/png' }).end(png(32, 24, colour));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const POSTS = '/wp-json/igny8/v1/posts';
const retractPath = (contentId: string) => `/wp-json/igny8/v1/posts/${contentId}/retract`;

/** A request to the plugin, signed as the server signs (or not quite, when asked). */
async function plugin(
  path: string,
  body: unknown,
  options: { secret?: string; now?: Date; headers?: Record<string, string> } = {},
) {
  const raw = JSON.stringify(body);
  const headers =
    options.headers ??
    signRequest({ siteId, secret: options.secret ?? secret, method: 'POST', path, body: raw, now: options.now });
  const res = await fetch(`${wp.url}${path}`, {
    method: 'POST',
    body: raw,
    headers: { ...headers, 'content-type': 'application/json' },
  });
  return { status: res.status, body: (await res.json()) as any, headers };
}

const uuid = () => crypto.randomUUID();

/** The body of an upsert with the images served from the image server. */
function postBody(contentId: string, extra: Record<string, unknown> = {}) {
  const featured = {
    image_id: uuid(),
    version: '1',
    url: `${images.origin}/v1/files/featured.png?sig=abc&exp=1`,
    alt: 'A red climbing rose on a trellis',
    filename: 'climbing-rose.png',
  };
  const inline = {
    image_id: uuid(),
    version: '1',
    url: `${images.origin}/v1/files/inline.png?sig=def&exp=1`,
    alt: 'Pruning shears cutting a cane',
    filename: 'pruning-shears.png',
  };
  return {
    content_id: contentId,
    title: 'How to prune climbing roses',
    html: `<p>Prune in late winter.</p><figure class="wp-block-image"><img src="${inline.url.replace(/&/g, '&amp;')}" alt=""/><figcaption>Cut above an outward bud.</figcaption></figure><p>Then feed.</p><script>alert(1)</script>`,
    excerpt: 'When and how to prune climbing roses.',
    slug: `prune-climbing-roses-${contentId.slice(0, 8)}`,
    status: 'publish',
    date_gmt: null,
    categories: ['Garden Care', 'Roses'],
    tags: ['pruning', 'climbing roses', 'winter'],
    author_id: null,
    featured_image: featured,
    images: [inline],
    seo: {
      title: 'Prune climbing roses | Rose Garden',
      description: 'Late winter is the time to prune climbing roses.',
      focus_keyword: 'prune climbing roses',
      canonical: null,
    },
    json_ld: { '@context': 'https://schema.org', '@type': 'Article', headline: 'How to prune </script> roses' },
    force: false,
    ...extra,
  };
}

/** A must-use plugin standing in for an SEO plugin: only what the bridge detects it by. */
function standIn(php: string | null) {
  const dir = resolve(wp.dir, 'wp-content/mu-plugins');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'igny8-seo-stand-in.php');
  if (php === null) rmSync(file, { force: true });
  else writeFileSync(file, `<?php\n// A stand-in for an SEO plugin, written by e2e/wordpress-posts.test.ts.\n${php}\n`);
}

const ldJson = (html: string) => /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];

beforeAll(async () => {
  if (!ready) return;
  api = await startTestServer({ env: { ALLOW_PRIVATE_URLS: 'true' } });
  wp = startWordpress({ apiUrl: api.url });
  images = await imageServer();
  elsewhere = await imageServer();
  const owner = await signup(api.url, 'publisher');
  const industry = (await call(api.url, 'GET', '/v1/industries', { token: owner.access_token })).body.data[0];
  siteId = (
    await call(api.url, 'POST', '/v1/sites', {
      token: owner.access_token,
      body: { name: 'Rose Garden Blog', industry_id: industry.id },
    })
  ).body.data.id;
  const code = (
    await call(api.url, 'POST', `/v1/sites/${siteId}/integration/connection-code`, { token: owner.access_token })
  ).body.data.code;
  // What Igny8 → Settings → Connect does, without the browser.
  expect(await connectPlugin(wp, api.url, code)).toBe(siteId);
  secret = wpEval(wp, 'echo Igny8_Options::current_secret();');
  // Igny8's signed file URLs come from its API's origin: here the image server plays that origin.
  wpEval(wp, `update_option( Igny8_Options::API_BASE_URL, ${JSON.stringify(images.origin)} );`);
}, 180_000);

afterAll(async () => {
  if (!ready) return;
  stopWordpress(wp);
  await images?.close();
  await elsewhere?.close();
  await api?.close();
});

describe.skipIf(!ready || !heavySuitesHere)('publishing to WordPress through the plugin’s signed post routes', () => {
  const contentId = uuid();
  let postId: number;
  let body: ReturnType<typeof postBody>;

  it('creates the post with its categories, tags, featured and in-article images, alt texts and JSON-LD', async () => {
    body = postBody(contentId);
    const res = await plugin(POSTS, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      created: true,
      status: 'publish',
      seo_plugin: 'none',
      url: `${wp.url}/${body.slug}/`,
      modified_gmt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      warnings: [],
    });
    expect(res.body.images.map((i: { image_id: string }) => i.image_id).sort()).toEqual(
      [body.images[0]?.image_id, body.featured_image.image_id].sort(),
    );
    postId = res.body.post_id;
    expect(images.hits.sort()).toEqual(['/v1/files/featured.png?sig=abc&exp=1', '/v1/files/inline.png?sig=def&exp=1']);

    const page = await (await fetch(res.body.url)).text();
    const tags = page.match(/<img\b[^>]*>/g) ?? [];
    const inline = tags.find((t) => t.includes('wp-image-'));
    expect(inline).toMatch(/alt="Pruning shears cutting a cane"/);
    expect(inline).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/\d{4}\/\d\d\/pruning-shears\.png"/);
    expect(tags.some((t) => /wp-post-image/.test(t) && /alt="A red climbing rose on a trellis"/.test(t))).toBe(true);
    expect(page).not.toContain(images.origin);
    expect(page).toContain('>Garden Care<');
    expect(page).toContain('>Roses<');
    expect(page).not.toContain('<script>alert(1)');
    // JSON-LD with nothing that could close the script element early.
    expect(JSON.parse(ldJson(page) as string)).toEqual(body.json_ld);
    expect(ldJson(page)).not.toContain('</script>');

    const stored = wpJsonSync(
      wp,
      `array(
      'categories' => wp_get_post_terms( ${postId}, 'category', array( 'fields' => 'names' ) ),
      'tags'       => wp_get_post_terms( ${postId}, 'post_tag', array( 'fields' => 'names' ) ),
      'thumbnail'  => get_post_meta( get_post_thumbnail_id( ${postId} ), '_wp_attachment_image_alt', true ),
      'content_id' => get_post_meta( ${postId}, Igny8_Post_Meta::CONTENT_ID, true ),
      'synced'     => get_post_meta( ${postId}, Igny8_Post_Meta::SYNCED_MODIFIED, true ) === get_post( ${postId} )->post_modified_gmt,
      'author'     => user_can( (int) get_post( ${postId} )->post_author, 'administrator' ),
      'parents'    => array_map( function ( $i ) { return wp_get_post_parent_id( $i['attachment_id'] ); }, ${phpArray(res.body.images)} ),
    )`,
    );
    expect(stored).toEqual({
      categories: ['Garden Care', 'Roses'],
      tags: ['climbing roses', 'pruning', 'winter'],
      thumbnail: 'A red climbing rose on a trellis',
      content_id: contentId,
      synced: true,
      author: true,
      parents: [postId, postId],
    });
  }, 60_000);

  it('updates the same post when published again, reusing the images and matching terms case-insensitively', async () => {
    const hitsBefore = images.hits.length;
    const res = await plugin(POSTS, {
      ...body,
      title: 'How to prune climbing roses (updated)',
      categories: ['garden care', 'Shrubs'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ post_id: postId, created: false, warnings: [] });
    expect(images.hits.length).toBe(hitsBefore);
    expect(wpJsonSync(wp, `wp_get_post_terms( ${postId}, 'category', array( 'fields' => 'names' ) )`)).toEqual([
      'Garden Care',
      'Shrubs',
    ]);
    expect(
      wpJsonSync(
        wp,
        `count( get_terms( array( 'taxonomy' => 'category', 'hide_empty' => false, 'name' => 'Garden Care' ) ) )`,
      ),
    ).toBe(1);
    expect(wpJsonSync(wp, `get_post( ${postId} )->post_title`)).toBe('How to prune climbing roses (updated)');
  });

  it('refuses an image on another loopback port without requesting it, and publishes without it', async () => {
    const foreign = `${elsewhere.origin}/secret/admin.png`;
    const res = await plugin(POSTS, {
      ...postBody(uuid()),
      html: `<p>One</p><figure><img src="${foreign}" alt="x"/><figcaption>Gone</figcaption></figure><p>Two <img src="http://127.0.0.1:1/nothing.png"></p>`,
      images: [],
      featured_image: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.warnings).toEqual([
      {
        code: 'image_refused',
        image_id: null,
        url: foreign,
        message: 'The image was not downloaded: the address points to a loopback network (this server itself).',
      },
      expect.objectContaining({ code: 'image_refused', url: 'http://127.0.0.1:1/nothing.png' }),
    ]);
    expect(elsewhere.hits).toEqual([]);
    const content = wpJsonSync(wp, `get_post( ${res.body.post_id} )->post_content`);
    expect(content).toBe('<p>One</p><p>Two </p>');
  });

  it('writes the SEO fields where each SEO plugin reads them, and JSON-LD only when none is active', async () => {
    const seo = {
      title: 'Prune climbing roses | Rose Garden',
      description: 'Late winter is the time to prune climbing roses.',
      focus_keyword: 'prune climbing roses',
      canonical: 'https://roses.example/prune-climbing-roses/',
    };
    const meta = (id: number, keys: string[]) =>
      wpJsonSync(wp, `array( ${keys.map((k) => `'${k}' => get_post_meta( ${id}, '${k}', true )`).join(', ')} )`);
    const cases = [
      {
        plugin: 'yoast',
        php: "define( 'WPSEO_VERSION', '24.0' );",
        keys: ['_yoast_wpseo_title', '_yoast_wpseo_metadesc', '_yoast_wpseo_focuskw', '_yoast_wpseo_canonical'],
      },
      {
        plugin: 'rank_math',
        php: "define( 'RANK_MATH_VERSION', '1.0.240' );",
        keys: ['rank_math_title', 'rank_math_description', 'rank_math_focus_keyword', 'rank_math_canonical_url'],
      },
      {
        plugin: 'seopress',
        php: "define( 'SEOPRESS_VERSION', '8.4' );",
        keys: [
          '_seopress_titles_title',
          '_seopress_titles_desc',
          '_seopress_analysis_target_kw',
          '_seopress_robots_canonical',
        ],
      },
    ];
    try {
      for (const { plugin: name, php, keys } of cases) {
        standIn(php);
        const res = await plugin(POSTS, { ...postBody(uuid()), seo, featured_image: null });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        expect(res.body.seo_plugin).toBe(name);
        expect(meta(res.body.post_id, keys)).toEqual(
          Object.fromEntries(keys.map((k, i) => [k, Object.values(seo)[i]])),
        );
        expect(meta(res.body.post_id, ['_igny8_json_ld'])).toEqual({ _igny8_json_ld: '' });
        expect(ldJson(await (await fetch(res.body.url)).text())).toBeUndefined();
      }

      // All in One SEO 4 reads its own table; its model is not loaded here, so the row is written directly.
      wpEval(
        wp,
        `global $wpdb; $wpdb->query( "CREATE TABLE IF NOT EXISTS {$wpdb->prefix}aioseo_posts (
        id bigint(20) unsigned NOT NULL AUTO_INCREMENT, post_id bigint(20) unsigned NOT NULL, title text DEFAULT NULL,
        description text DEFAULT NULL, keywords mediumtext DEFAULT NULL, keyphrases longtext DEFAULT NULL,
        canonical_url text DEFAULT NULL, created datetime NOT NULL, updated datetime NOT NULL,
        PRIMARY KEY (id), KEY ndx_aioseo_posts_post_id (post_id) ) {$wpdb->get_charset_collate()}" );`,
      );
      standIn("define( 'AIOSEO_VERSION', '4.9.7' );");
      const contentId = uuid();
      const res = await plugin(POSTS, { ...postBody(contentId), seo, featured_image: null });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.seo_plugin).toBe('aioseo');
      const rowOf = (id: number) =>
        wpJsonSync(
          wp,
          `$GLOBALS['wpdb']->get_results( $GLOBALS['wpdb']->prepare( "SELECT post_id, title, description, keyphrases, canonical_url FROM {$GLOBALS['wpdb']->prefix}aioseo_posts WHERE post_id = %d", ${id} ), ARRAY_A )`,
        );
      expect(rowOf(res.body.post_id)).toEqual([
        {
          post_id: String(res.body.post_id),
          title: seo.title,
          description: seo.description,
          keyphrases: JSON.stringify({ focus: { keyphrase: seo.focus_keyword }, additional: [] }),
          canonical_url: seo.canonical,
        },
      ]);
      expect(meta(res.body.post_id, ['_aioseo_title', '_aioseo_description', '_aioseo_keywords'])).toEqual({
        _aioseo_title: seo.title,
        _aioseo_description: seo.description,
        _aioseo_keywords: seo.focus_keyword,
      });
      // Published again: the row is updated, not duplicated.
      const again = await plugin(POSTS, {
        ...postBody(contentId),
        seo: { ...seo, title: 'New title' },
        featured_image: null,
      });
      expect(again.status).toBe(200);
      expect(rowOf(res.body.post_id)).toEqual([expect.objectContaining({ title: 'New title' })]);
    } finally {
      standIn(null);
    }
    // No SEO plugin: our JSON-LD again.
    const res = await plugin(POSTS, { ...postBody(uuid()), featured_image: null });
    expect(res.body.seo_plugin).toBe('none');
    expect(ldJson(await (await fetch(res.body.url)).text())).toBeDefined();
  }, 60_000);

  it('refuses forged, stale and replayed requests to /posts and /retract with 401', async () => {
    for (const [path, payload] of [
      [POSTS, postBody(contentId)],
      [retractPath(contentId), { mode: 'draft' }],
    ] as const) {
      const forged = await plugin(path, payload, { secret: 'not-the-site-secret-0123456789abcdef' });
      expect({ path, status: forged.status, code: forged.body.code }).toEqual({
        path,
        status: 401,
        code: 'igny8_signature_invalid',
      });
      const stale = await plugin(path, payload, { now: new Date(Date.now() - 301_000) });
      expect({ path, status: stale.status, code: stale.body.code }).toEqual({
        path,
        status: 401,
        code: 'igny8_timestamp_out_of_window',
      });
      const unsigned = await fetch(`${wp.url}${path}`, { method: 'POST', body: JSON.stringify(payload) });
      expect(unsigned.status).toBe(401);
    }
    // Replayed: the first goes through, the same nonce again is refused.
    const first = await plugin(retractPath(contentId), { mode: 'draft' });
    expect(first.status).toBe(200);
    const replay = await plugin(retractPath(contentId), { mode: 'draft' }, { headers: first.headers });
    expect({ status: replay.status, code: replay.body.code }).toEqual({ status: 401, code: 'igny8_nonce_replayed' });
    const firstPost = await plugin(POSTS, body);
    expect(firstPost.status).toBe(200);
    const replayPost = await plugin(POSTS, body, { headers: firstPost.headers });
    expect({ status: replayPost.status, code: replayPost.body.code }).toEqual({
      status: 401,
      code: 'igny8_nonce_replayed',
    });
  });

  it('refuses an invalid body with 400 naming the field', async () => {
    const res = await plugin(POSTS, { ...postBody(uuid()), categories: Array.from({ length: 21 }, (_, i) => `c${i}`) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'igny8_invalid_post', data: { status: 400, field: 'categories' } });
    const future = await plugin(POSTS, { ...postBody(uuid()), status: 'future', date_gmt: '2020-01-01T00:00:00Z' });
    expect(future.body).toMatchObject({ code: 'igny8_invalid_post', data: { field: 'date_gmt' } });
  });

  it('gives one post for two upserts of one content at once', async () => {
    const id = uuid();
    const payload = postBody(id, { featured_image: { ...postBody(id).featured_image, image_id: uuid() } });
    const [a, b] = await Promise.all([plugin(POSTS, payload), plugin(POSTS, payload)]);
    const outcomes = [a, b].map((r) => r.status).sort();
    if (outcomes.includes(409)) {
      expect(outcomes).toEqual([201, 409]);
      expect([a, b].find((r) => r.status === 409)?.body.code).toBe('igny8_busy');
    } else {
      expect(outcomes).toEqual([200, 201]);
      expect(a.body.post_id).toBe(b.body.post_id);
    }
    console.log(JSON.stringify({ concurrentUpserts: outcomes }));
    const count = wpEval(
      wp,
      `echo count( get_posts( array( 'post_type' => 'post', 'post_status' => 'any', 'meta_key' => Igny8_Post_Meta::CONTENT_ID, 'meta_value' => '${id}', 'fields' => 'ids' ) ) );`,
    );
    expect(count).toBe('1');
    expect(
      wpEval(
        wp,
        `global $wpdb; echo $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE 'igny8\\\\_bridge\\\\_lock\\\\_%'" );`,
      ),
    ).toBe('0');
  });

  it('does not overwrite a post edited in WordPress unless forced', async () => {
    const editedAt = 1_780_000_000;
    wpEval(wp, `update_post_meta( ${postId}, Igny8_Post_Meta::EDITED_AT, ${editedAt} );`);
    const refused = await plugin(POSTS, { ...body, title: 'From Igny8' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'igny8_edited_in_wordpress',
      data: { status: 409, post_id: postId, edited_at: new Date(editedAt * 1000).toISOString().replace('.000', '') },
    });
    expect(wpJsonSync(wp, `get_post( ${postId} )->post_title`)).not.toBe('From Igny8');
    const forced = await plugin(POSTS, { ...body, title: 'From Igny8', force: true });
    expect(forced.status).toBe(200);
    expect(forced.body.post_id).toBe(postId);
    expect(
      wpJsonSync(
        wp,
        `array( get_post( ${postId} )->post_title, get_post_meta( ${postId}, Igny8_Post_Meta::EDITED_AT, true ) )`,
      ),
    ).toEqual(['From Igny8', '']);
  });

  it('retracts to the trash and to draft, restores a trashed post on the next upsert, and 404s an unknown content', async () => {
    const trashed = await plugin(retractPath(contentId), { mode: 'trash' });
    expect(trashed.status).toBe(200);
    expect(trashed.body).toMatchObject({ post_id: postId, status: 'trash' });
    expect((await fetch(`${wp.url}/${body.slug}/`)).status).toBe(404);

    const restored = await plugin(POSTS, body);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ post_id: postId, status: 'publish', created: false });

    const drafted = await plugin(retractPath(contentId), { mode: 'draft' });
    expect(drafted.body).toMatchObject({ post_id: postId, status: 'draft' });
    expect(wpJsonSync(wp, `get_post_status( ${postId} )`)).toBe('draft');

    const unknown = await plugin(retractPath(uuid()), { mode: 'trash' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'igny8_post_not_found' });
    const bad = await plugin(retractPath(uuid()), { mode: 'delete' });
    expect(bad.body).toMatchObject({ code: 'igny8_invalid_post', data: { field: 'mode' } });
  });
});

/** A JS list as a PHP array literal (of JSON-decoded arrays). */
function phpArray(value: unknown) {
  return `json_decode( ${JSON.stringify(JSON.stringify(value))}, true )`;
}
