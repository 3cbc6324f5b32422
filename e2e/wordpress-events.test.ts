// End to end in a real WordPress (Debian's, under `php -S`, on a fresh MariaDB database): the plugin tells Igny8
// what happens in WordPress to the posts Igny8 published. The server's events route is written elsewhere, so here
// the plugin's API base URL points at a loopback receiver of this test's own, which checks each request's signature
// with the server's own verifyRequest. An admin logged in over plain HTTP (no browser needed) edits a post with
// Quick Edit and trashes one from the posts list, so the send at the end of a real wp-admin request is what is
// measured; status changes and deletion go through wpEval (as WP-CLI would). With the receiver answering 503 the
// events stay queued, and a later flush delivers them once each, in order. The posts list shows the Igny8 column;
// uninstall cleans up; the Igny8 page hands the widget its strings as translated in the plugin's text domain.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRequest } from '../packages/server/src/domain/integrations/signing.js';
import { heavySuitesHere } from '../packages/server/test/helpers/heavy.js';
import {
  wordpressReady as ready,
  startWordpress,
  stopWordpress,
  type Wordpress,
  WpAdmin,
  wpEvalAsync,
} from './helpers/wordpress.js';

// CI installs PHP and WordPress and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!ready && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP or WordPress is missing');

interface PostEvent {
  id: string;
  type: string;
  content_id: string;
  post_id: number;
  status: string;
  previous_status: string | null;
  url: string | null;
  title: string | null;
  modified_gmt: string | null;
  occurred_at: string;
}

interface Received {
  path: string;
  verified: string | null;
  site: string | undefined;
  events: PostEvent[];
  /** The status the receiver answered. */
  answered: number;
}

const siteId = randomUUID();
const secret = randomBytes(24).toString('hex');
let wp: Wordpress;
let receiver: Server;
let receiverUrl: string;
let answer = 200;
const received: Received[] = [];
const nonces = new Set<string>();

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The receiver: records each request and whether its signature holds, answers `answer`. */
function startReceiver() {
  return new Promise<void>((ready) => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const body = Buffer.concat(chunks);
        const verified = await verifyRequest({
          headers: {
            site: header(req, 'x-igny8-site'),
            timestamp: header(req, 'x-igny8-timestamp'),
            nonce: header(req, 'x-igny8-nonce'),
            signature: header(req, 'x-igny8-signature'),
          },
          method: req.method ?? '',
          path: req.url ?? '',
          body,
          secrets: [secret],
          now: new Date(),
          seen: async (nonce) => {
            const seen = nonces.has(nonce);
            nonces.add(nonce);
            return seen;
          },
        });
        let events: PostEvent[] = [];
        try {
          events = JSON.parse(body.toString('utf8')).events ?? [];
        } catch {
          // recorded as no events
        }
        received.push({ path: req.url ?? '', verified, site: header(req, 'x-igny8-site'), events, answered: answer });
        const ok = answer >= 200 && answer < 300;
        res
          .writeHead(answer, { 'content-type': 'application/json' })
          .end(
            JSON.stringify(
              ok
                ? { data: { accepted: events.length, duplicates: 0, ignored: 0 } }
                : { error: { code: 'UNAVAILABLE', message: 'Down for maintenance' } },
            ),
          );
      });
    });
    receiver.listen(0, '127.0.0.1', () => {
      const address = receiver.address();
      receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      ready();
    });
  });
}

/** Every event delivered so far (signed requests answered 2xx), in the order they came. */
const events = () => received.filter((r) => r.verified === null && r.answered === 200).flatMap((r) => r.events);

/** Waits until an event matching `match` has been received and returns it. */
async function eventually(match: (e: PostEvent) => boolean, timeout = 10_000): Promise<PostEvent> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = events().find(match);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no matching event within ${timeout} ms; got ${JSON.stringify(events())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let admin: WpAdmin;

/** An Igny8 post, as the post routes would leave it: a post with a content id. */
async function igny8Post(title: string, type = 'post') {
  const contentId = randomUUID();
  const id = Number(
    await wpEvalAsync(
      wp,
      `$id = wp_insert_post( array( 'post_title' => ${JSON.stringify(title)}, 'post_content' => '<p>Cut above an outward bud.</p>', 'post_status' => 'publish', 'post_type' => '${type}' ) ); update_post_meta( $id, Igny8_Post_Meta::CONTENT_ID, '${contentId}' ); echo $id;`,
    ),
  );
  return { id, contentId };
}

/** The Igny8 column of a post's row on a list page (data-igny8-state and its text). */
function columnOf(html: string, postId: number) {
  const row = html.split(`id="post-${postId}"`)[1]?.split('</tr>')[0] ?? '';
  const cell = /data-igny8-state="([a-z]+)">([^<]*)</.exec(row);
  return cell ? { state: cell[1], text: cell[2] } : null;
}

const queued = async () =>
  JSON.parse(await wpEvalAsync(wp, 'echo wp_json_encode( Igny8_Event_Queue::events() );')) as PostEvent[];

beforeAll(async () => {
  if (!ready || !heavySuitesHere) return;
  await startReceiver();
  wp = startWordpress({ requireWidget: true });
  await wpEvalAsync(wp, `Igny8_Options::save_connection( '${siteId}', '${secret}', '${receiverUrl}' );`);
  admin = new WpAdmin(wp);
  await admin.login();
}, 180_000);

afterAll(async () => {
  stopWordpress(wp);
  await new Promise((r) => receiver?.close(r));
});

describe.skipIf(!ready || !heavySuitesHere)('WordPress tells Igny8 about its posts (signed post events)', () => {
  it('a Quick Edit in wp-admin reaches Igny8 within seconds, signed, and marks the post edited', async () => {
    const post = await igny8Post('How to prune roses');
    const other = Number(
      await wpEvalAsync(wp, "echo wp_insert_post( array( 'post_title' => 'Not ours', 'post_status' => 'publish' ) );"),
    );
    expect(received).toEqual([]);

    const nonce = await admin.quickEditNonce();
    expect(nonce).toBeTruthy();
    const started = Date.now();
    const status = await admin.quickEdit(
      { id: post.id, title: 'How to prune roses in spring', slug: 'how-to-prune-roses', status: 'publish' },
      nonce,
    );
    expect(status).toBe(200);
    const edited = await eventually((e) => e.type === 'post.edited' && e.post_id === post.id);
    const took = Date.now() - started;
    console.log(JSON.stringify({ quickEditToEventMs: took }));
    expect(took).toBeLessThan(10_000);
    expect(edited).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      type: 'post.edited',
      content_id: post.contentId,
      post_id: post.id,
      status: 'publish',
      previous_status: null,
      url: `${wp.url}/how-to-prune-roses/`,
      title: 'How to prune roses in spring',
      modified_gmt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      occurred_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    // Signed with the site's secret for exactly this path; the signature verified by the server's own code.
    expect(received.every((r) => r.verified === null && r.site === siteId)).toBe(true);
    expect(received[0]?.path).toBe('/v1/integrations/wordpress/events');
    expect(
      Number(await wpEvalAsync(wp, `echo (int) get_post_meta( ${post.id}, Igny8_Post_Meta::EDITED_AT, true );`)),
    ).toBeGreaterThan(0);
    expect(await queued()).toEqual([]);

    // A post Igny8 did not publish is nobody's business.
    const before = events().length;
    await wpEvalAsync(wp, `wp_update_post( array( 'ID' => ${other}, 'post_title' => 'Still not ours' ) );`);
    expect(events().length).toBe(before);
    expect(await queued()).toEqual([]);
  });

  it('status changes, trash (from the posts list) and deletion each produce their event', async () => {
    const post = await igny8Post('Climbing roses');
    const start = events().length;
    await wpEvalAsync(wp, `wp_update_post( array( 'ID' => ${post.id}, 'post_status' => 'draft' ) );`);
    const drafted = await eventually((e) => e.type === 'post.status_changed' && e.post_id === post.id);
    expect(drafted).toMatchObject({ status: 'draft', previous_status: 'publish', content_id: post.contentId });
    await wpEvalAsync(wp, `wp_publish_post( ${post.id} );`);
    await eventually((e) => e.type === 'post.status_changed' && e.post_id === post.id && e.status === 'publish');
    // Neither a status change nor publishing is an edit.
    expect(events().filter((e) => e.post_id === post.id && e.type === 'post.edited')).toEqual([]);

    // Trash through the posts list's own link, a real wp-admin request.
    const list = await admin.page('/wp-admin/edit.php');
    const link = new RegExp(`post\\.php\\?post=${post.id}&amp;action=trash&amp;_wpnonce=([0-9a-f]+)`).exec(list);
    expect(link).toBeTruthy();
    const started = Date.now();
    const res = await admin.fetch(`/wp-admin/post.php?post=${post.id}&action=trash&_wpnonce=${link?.[1]}`);
    expect(res.status).toBe(302);
    const trashed = await eventually((e) => e.type === 'post.trashed' && e.post_id === post.id);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(trashed).toMatchObject({ status: 'trash', previous_status: 'publish', url: null, title: 'Climbing roses' });

    await wpEvalAsync(wp, `wp_delete_post( ${post.id}, true );`);
    const deleted = await eventually((e) => e.type === 'post.deleted' && e.post_id === post.id);
    expect(deleted).toMatchObject({
      content_id: post.contentId,
      status: 'deleted',
      previous_status: 'trash',
      url: null,
      title: 'Climbing roses',
    });
    // One event per change, in order, no more (trashing is not also a status change).
    expect(
      events()
        .slice(start)
        .map((e) => `${e.type}:${e.status}`),
    ).toEqual([
      'post.status_changed:draft',
      'post.status_changed:publish',
      'post.trashed:trash',
      'post.deleted:deleted',
    ]);
  });

  it('while Igny8 answers 503 the events stay queued, and a later flush delivers them once each, in order', async () => {
    const post = await igny8Post('Roses for shade');
    answer = 503;
    const start = received.length;
    try {
      await wpEvalAsync(
        wp,
        `wp_update_post( array( 'ID' => ${post.id}, 'post_title' => 'Roses for shade, revised' ) );`,
      );
      await wpEvalAsync(wp, `wp_update_post( array( 'ID' => ${post.id}, 'post_status' => 'pending' ) );`);
      await wpEvalAsync(
        wp,
        `wp_update_post( array( 'ID' => ${post.id}, 'post_content' => '<p>Shade-tolerant roses.</p>' ) );`,
      );
      // The first send was refused; the next two waited for the back-off instead of trying again.
      expect(received.length - start).toBe(1);
      const waiting = await queued();
      expect(waiting.map((e) => e.type)).toEqual(['post.edited', 'post.status_changed', 'post.edited']);
      const retry = JSON.parse(
        await wpEvalAsync(wp, `echo wp_json_encode( get_option( Igny8_Event_Queue::RETRY_OPTION ) );`),
      );
      expect(retry.failures).toBe(1);
      expect(retry.next_at - Date.now() / 1000).toBeGreaterThan(50);

      // The posts list and the settings page say so.
      expect(columnOf(await admin.page('/wp-admin/edit.php?post_status=pending'), post.id)).toEqual({
        state: 'pending',
        text: 'Sync pending',
      });
      const settings = await admin.page('/wp-admin/admin.php?page=igny8-bridge');
      expect(settings).toContain('data-queued="3"');
      expect(settings).toMatch(/3 events waiting to be sent/);
      expect(settings).toMatch(/Last error \([^)]*\): HTTP 503: Down for maintenance/);
      expect(settings).not.toContain(secret);

      // A flush during the back-off sends nothing.
      expect(JSON.parse(await wpEvalAsync(wp, 'echo wp_json_encode( Igny8_Event_Queue::flush() );'))).toMatchObject({
        result: 'waiting',
        remaining: 3,
      });
      expect(received.length - start).toBe(1);

      answer = 200;
      const summary = JSON.parse(await wpEvalAsync(wp, 'echo wp_json_encode( Igny8_Event_Queue::flush( true ) );'));
      expect(summary).toMatchObject({ result: 'delivered', sent: 3, remaining: 0, batches: 1 });
      const delivered = received.slice(start + 1).flatMap((r) => r.events);
      expect(delivered.map((e) => e.id)).toEqual(waiting.map((e) => e.id));
      expect(received.slice(start + 1).every((r) => r.verified === null)).toBe(true);
      // Nothing more comes later: the queue is empty and the back-off cleared.
      expect(JSON.parse(await wpEvalAsync(wp, 'echo wp_json_encode( Igny8_Event_Queue::flush( true ) );')).result).toBe(
        'empty',
      );
      expect(await wpEvalAsync(wp, `var_export( get_option( Igny8_Event_Queue::RETRY_OPTION ) );`)).toBe('false');
      const ids = events().map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      answer = 200;
    }
  });

  it('the posts and pages lists show the Igny8 column: published, edited in WordPress, — for other posts', async () => {
    const published = await igny8Post('Best climbing roses');
    const edited = await igny8Post('Pruning in autumn');
    await wpEvalAsync(
      wp,
      `wp_update_post( array( 'ID' => ${edited.id}, 'post_excerpt' => 'When the leaves fall.' ) );`,
    );
    await eventually((e) => e.type === 'post.edited' && e.post_id === edited.id);
    const other = Number(
      await wpEvalAsync(
        wp,
        "echo wp_insert_post( array( 'post_title' => 'A post of my own', 'post_status' => 'publish' ) );",
      ),
    );
    const page = await igny8Post('About our roses', 'page');

    const html = await admin.page('/wp-admin/edit.php');
    expect(html).toMatch(/<th[^>]*id=['"]igny8['"][^>]*>Igny8</);
    expect(columnOf(html, published.id)).toEqual({ state: 'published', text: 'Published by Igny8' });
    expect(columnOf(html, edited.id)).toEqual({
      state: 'edited',
      text: expect.stringMatching(/^Edited in WordPress \(.+\)$/),
    });
    expect(columnOf(html, other)).toEqual({ state: 'none', text: '—' });
    expect(columnOf(await admin.page('/wp-admin/edit.php?post_type=page'), page.id)).toEqual({
      state: 'published',
      text: 'Published by Igny8',
    });
  });

  it('keeps the cron event scheduled and the debug log free of the plugin’s warnings', async () => {
    expect(
      Number(await wpEvalAsync(wp, "echo (int) wp_next_scheduled( 'igny8_bridge_flush_events' );")),
    ).toBeGreaterThan(0);
    expect(await wpEvalAsync(wp, "echo wp_get_schedule( 'igny8_bridge_flush_events' );")).toBe(
      'igny8_bridge_five_minutes',
    );
    const log = await wpEvalAsync(
      wp,
      "echo file_exists( ABSPATH . 'debug.log' ) ? file_get_contents( ABSPATH . 'debug.log' ) : '';",
    );
    expect(log.split('\n').filter((line) => line.includes('/plugins/igny8-bridge/'))).toEqual([]);
  });

  it('uninstalling removes the queue, its cron event and the plugin’s post meta, and keeps the posts', async () => {
    const post = await igny8Post('Roses to keep');
    answer = 503;
    await wpEvalAsync(wp, `wp_update_post( array( 'ID' => ${post.id}, 'post_title' => 'Roses to keep, edited' ) );`);
    answer = 200;
    expect((await queued()).length).toBeGreaterThan(0);
    const plugin = `${wp.dir}/wp-content/plugins/igny8-bridge/uninstall.php`;
    const left = JSON.parse(
      await wpEvalAsync(
        wp,
        `define( 'WP_UNINSTALL_PLUGIN', 'igny8-bridge/igny8-bridge.php' ); include ${JSON.stringify(plugin)}; global $wpdb; echo wp_json_encode( array( 'options' => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE 'igny8%' OR option_name LIKE '_transient_igny8%'" ), 'meta' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '\\_igny8\\_%'" ), 'cron' => wp_next_scheduled( 'igny8_bridge_flush_events' ), 'post' => get_post_status( ${post.id} ) ) );`,
      ),
    );
    expect(left).toEqual({ options: [], meta: 0, cron: false, post: 'publish' });
  });

  it('hands the widget its strings as translated in the plugin’s text domain (key as context), only those that differ', async () => {
    const page = async () => {
      const html = await admin.page('/wp-admin/admin.php?page=igny8');
      const config = /window\.igny8Bridge = (\{.*?\});\n/.exec(html)?.[1];
      expect(config).toBeTruthy();
      return JSON.parse(config as string) as { messages: Record<string, string>; locale: string };
    };
    // Connected again (the test before uninstalled the plugin's data): the page loads the widget only then.
    await wpEvalAsync(wp, `Igny8_Options::save_connection( '${siteId}', '${secret}', '${receiverUrl}' );`);
    // No translation installed: nothing to override.
    expect((await page()).messages).toEqual({});
    // A translation of two widget strings (what a .mo for the user's locale would give), through gettext's filter.
    mkdirSync(`${wp.dir}/wp-content/mu-plugins`, { recursive: true });
    writeFileSync(
      `${wp.dir}/wp-content/mu-plugins/igny8-test-translation.php`,
      `<?php
add_filter( 'gettext_with_context_igny8-bridge', function ( $translation, $text, $context ) {
	$fr = array( 'tabs.planner' => 'Planification', 'overview.reserved' => '{count} réservés', 'tabs.overview' => 'Overview' );
	return isset( $fr[ $context ] ) ? $fr[ $context ] : $translation;
}, 10, 3 );
`,
    );
    expect((await page()).messages).toEqual({
      'tabs.planner': 'Planification',
      'overview.reserved': '{count} réservés',
    });
  });
});
