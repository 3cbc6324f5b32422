// A throw-away WordPress for the end-to-end suites (Debian's, under `php -S`, on a fresh MariaDB database, the built
// plugin installed and active), PHP run inside it as an admin would with WP-CLI, the plugin connected to the API as
// Igny8 → Settings → Connect does, and an admin's wp-admin session over plain HTTP (a cookie jar). In Chromium:
// helpers/wp-admin.ts.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ensureWidgetBuilt } from './widget.js';

export const root = resolve(import.meta.dirname, '../..');
export const wordpressReady = existsSync('/usr/bin/php') && existsSync('/usr/share/wordpress/wp-login.php');

export interface Wordpress {
  url: string;
  adminUser: string;
  adminPassword: string;
  dir: string;
}

export const runNode = (script: string, args: string[]) =>
  execFileSync(process.execPath, [resolve(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });

export interface StartOptions {
  /** The plugin's Igny8 API URL, filled in at install (left empty without). */
  apiUrl?: string;
  /** `plain` serves the REST API only at `?rest_route=`. */
  permalinks?: 'pretty' | 'plain';
  /** The zip must carry the widget bundle (built first when missing), for suites that open the Igny8 page. */
  requireWidget?: boolean;
  /** Static files with a Cache-Control max-age (and validators), as a web server with expiry headers sends them. */
  staticMaxAge?: number;
}

/** Builds the plugin zip and starts a WordPress with it. */
export function startWordpress({
  apiUrl,
  permalinks = 'pretty',
  requireWidget = false,
  staticMaxAge,
}: StartOptions = {}): Wordpress {
  if (requireWidget) ensureWidgetBuilt();
  runNode('scripts/wordpress/build-plugin.mjs', requireWidget ? ['--require-widget'] : []);
  return JSON.parse(
    runNode('scripts/wordpress/start.mjs', [
      ...(apiUrl === undefined ? [] : ['--api-url', apiUrl]),
      '--permalinks',
      permalinks,
      ...(staticMaxAge === undefined ? [] : ['--static-max-age', String(staticMaxAge)]),
    ])
      .trim()
      .split('\n')
      .at(-1) as string,
  );
}

export const stopWordpress = (wp: Wordpress | undefined) => {
  if (wp) runNode('scripts/wordpress/stop.mjs', [wp.dir]);
};

const phpArgs = (wp: Wordpress, code: string) => [
  '-r',
  `$_SERVER['HTTP_HOST'] = ${JSON.stringify(new URL(wp.url).host)}; require 'wp-load.php'; ${code}`,
];

/** Runs PHP inside the WordPress. Blocks: not for PHP that calls back into a server of this process. */
export const wpEval = (wp: Wordpress, code: string) =>
  execFileSync('php', phpArgs(wp, code), { cwd: wp.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The same without blocking the event loop, for PHP that calls the API served by this process. */
export const wpEvalAsync = async (wp: Wordpress, code: string) =>
  (await promisify(execFile)('php', phpArgs(wp, code), { cwd: wp.dir, encoding: 'utf8' })).stdout;

const jsonOf = (expression: string) => `echo wp_json_encode( ${expression} );`;

/** A PHP expression's value, as JSON. */
export const wpJson = async (wp: Wordpress, expression: string) =>
  JSON.parse(await wpEvalAsync(wp, jsonOf(expression)));

/** The same, blocking: for PHP that does not call back into this process. */
export const wpJsonSync = (wp: Wordpress, expression: string) => JSON.parse(wpEval(wp, jsonOf(expression)));

/** Connects the plugin with a one-time code, as Igny8 → Settings → Connect does; answers the site id it got. */
export async function connectPlugin(wp: Wordpress, apiUrl: string, code: string): Promise<string> {
  const connected = JSON.parse(
    await wpEvalAsync(
      wp,
      `echo wp_json_encode( ( function () {
    $data = ( new Igny8_Api_Client( ${JSON.stringify(apiUrl)} ) )->connect( ${JSON.stringify(code)} );
    if ( is_wp_error( $data ) ) { return array( 'error' => $data->get_error_message() ); }
    Igny8_Options::save_connection( $data['site_id'], $data['secret'], $data['api_base_url'] );
    return array( 'site_id' => $data['site_id'] );
  } )() );`,
    ),
  );
  if (!connected.site_id) throw new Error(`connecting the plugin failed: ${JSON.stringify(connected)}`);
  return connected.site_id;
}

/** An admin session in wp-admin over plain HTTP: a cookie jar. */
export class WpAdmin {
  cookies = new Map<string, string>([['wordpress_test_cookie', 'WP%20Cookie%20check']]);

  constructor(private readonly wp: Wordpress) {}

  async fetch(path: string, init: RequestInit = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.wp.url}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie },
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }

  async login() {
    const res = await this.fetch('/wp-login.php', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        log: this.wp.adminUser,
        pwd: this.wp.adminPassword,
        'wp-submit': 'Log In',
        testcookie: '1',
        redirect_to: `${this.wp.url}/wp-admin/`,
      }),
    });
    if (res.status !== 302 || ![...this.cookies.keys()].some((k) => k.startsWith('wordpress_logged_in_'))) {
      throw new Error(`logging in to wp-admin failed: ${res.status}`);
    }
  }

  async page(path: string) {
    const res = await this.fetch(path);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return res.text();
  }

  /** The Quick Edit nonce on the posts list. */
  async quickEditNonce() {
    const list = await this.page('/wp-admin/edit.php');
    const nonce = /name="_inline_edit" value="([0-9a-f]+)"/.exec(list)?.[1];
    if (!nonce) throw new Error('no Quick Edit nonce on the posts list');
    return nonce;
  }

  /**
   * Quick Edit on the posts list: what an admin changes there, through wp-admin's own request; answers its status.
   * With `nonce` (from quickEditNonce), only that request is made.
   */
  async quickEdit(post: { id: number; title: string; slug: string; status: string }, nonce?: string) {
    const res = await this.fetch('/wp-admin/admin-ajax.php', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        action: 'inline-save',
        _inline_edit: nonce ?? (await this.quickEditNonce()),
        post_ID: String(post.id),
        post_type: 'post',
        screen: 'edit-post',
        post_title: post.title,
        post_name: post.slug,
        _status: post.status,
      }),
    });
    await res.text();
    return res.status;
  }
}
