// Where a WordPress site serves its REST API. With pretty permalinks it is `/wp-json/…`; with plain permalinks
// (no rewrite rules: common under nginx or `php -S`) only `index.php?rest_route=/…` works, and `/wp-json/…` is
// redirected away. The site says which: the plugin reports `rest_url()` at connect, and every front-end answer carries
// `Link: <root>; rel="https://api.w.org/"`, which is read when a site connected without reporting it, or moved since.
// This is the outbound client to WordPress: every request it makes refuses to start inside a database transaction
// (a site that answers slowly must not keep a connection of ours, and its locks, waiting), and goes through the
// pinned SSRF guard (src/net/pinned-request.ts): the site's host is resolved once per request, refused when it
// answers a private or loopback address, and the connection goes to the address checked, so a name that answers a
// public address to the check and a private one a moment later cannot reach the private one. An answer is read up
// to a bound, whatever the site sends.
import { assertOutsideTransaction, TransactionOpenError } from '../../db/transaction-scope.js';
import { AppError } from '../../errors.js';
import {
  AddressRefusedError,
  type Outbound,
  type PinnedAnswer,
  pinnedRequest,
  urlNotAllowed,
} from '../../net/pinned-request.js';
import { parseHttpUrl } from '../../net/url-guard.js';
import type { Clock } from '../ports.js';
import { signRequest } from './signing.js';

const API_REL = 'https://api.w.org/';
const MAX_REDIRECTS = 3;
/** The most of a plugin's answer read; a longer one is refused. */
const MAX_ANSWER_BYTES = 2_000_000;

/** The options of a call to WordPress: the SSRF guard, the clock the signature is dated by, the time allowed. */
export interface PluginCallOptions {
  outbound: Outbound;
  now: Clock;
  timeoutMs?: number;
}

/** A request to the site through the guard; an address it may not reach is 422 URL_NOT_ALLOWED, as at connect. */
async function requestSite(
  url: URL,
  request: Parameters<typeof pinnedRequest>[1],
  options: { outbound: Outbound; timeoutMs: number; maxBodyBytes: number },
): Promise<PinnedAnswer> {
  try {
    return await pinnedRequest(url, request, {
      ...options.outbound,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      purpose: 'a request to WordPress',
    });
  } catch (err) {
    if (!(err instanceof AddressRefusedError)) throw err;
    throw urlNotAllowed(err, url);
  }
}

/** The URL of `route` (e.g. `igny8/v1/health`) under a REST root, in either permalink mode. */
export function restRouteUrl(root: string, route: string): URL {
  const url = new URL(root);
  const path = route.replace(/^\/+/, '');
  const inQuery = url.searchParams.get('rest_route');
  if (inQuery !== null) {
    // The signature covers the path and query exactly as sent; WordPress decodes `%2F` and `/` alike.
    url.searchParams.set('rest_route', `${inQuery.replace(/\/+$/, '')}/${path}`);
  } else {
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path}`;
  }
  return url;
}

/**
 * A REST root the site reported, kept when it is an http(s) URL on one of the site's own hosts (a site cannot send
 * our signed calls to some other server); else null.
 */
export function acceptRestRoot(restUrl: string | null | undefined, siteHosts: string[]): string | null {
  if (!restUrl) return null;
  try {
    const url = new URL(restUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!siteHosts.includes(url.hostname)) return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/** The `rel="https://api.w.org/"` target of a Link header, resolved against the answer's URL. */
export function apiLinkOf(link: string | null, base: URL): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? '')?.[1];
    if (rel?.split(/\s+/).includes(API_REL)) {
      try {
        return new URL(match[1] ?? '', base).toString();
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Asks the site where its REST API is: a HEAD of its home page, following a few redirects (each one through the SSRF
 * guard), for the `api.w.org` Link header. Null when the site does not say.
 */
export async function discoverRestRoot(siteUrl: string, outbound: Outbound): Promise<string | null> {
  let url = new URL(siteUrl);
  const hosts = [url.hostname];
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    let res: PinnedAnswer;
    try {
      res = await requestSite(url, { method: 'HEAD', headers: {} }, { outbound, timeoutMs: 5_000, maxBodyBytes: 0 });
    } catch (err) {
      if (err instanceof AppError || err instanceof TransactionOpenError) throw err;
      return null;
    }
    const found = apiLinkOf(res.headers.link ?? null, url);
    if (found) return acceptRestRoot(found, hosts);
    const location = res.headers.location;
    if (res.status < 300 || res.status >= 400 || !location) return null;
    url = new URL(location, url);
    hosts.push(url.hostname);
  }
  return null;
}

/** Where and as whom a signed call to a site's plugin goes. */
export interface PluginTarget {
  siteId: string;
  /** The site's address as it connected. */
  wordpressUrl: string;
  /** Its REST root as reported or discovered; null until known. */
  restUrl: string | null;
  /** The site's current signing secret, in clear. */
  secret: string;
}

/**
 * The plugin answered with an error: its HTTP status, its own code (`igny8_busy`, `igny8_edited_in_wordpress`…) and
 * the `data` it gave, for the caller that tells one refusal from another (publishing does).
 */
export class PluginAnswerError extends AppError {
  override name = 'PluginAnswerError';
  constructor(
    message: string,
    readonly httpStatus: number,
    readonly pluginCode: string | null,
    readonly pluginMessage: string | null,
    readonly pluginData: Record<string, unknown>,
  ) {
    super('WORDPRESS_UNREACHABLE', message);
  }
}

/** The site no longer serves its REST API where we called it (a redirect, or a page that is not JSON). */
class RestApiMoved extends AppError {
  constructor(message: string) {
    super('WORDPRESS_UNREACHABLE', message);
  }
}

/**
 * A signed call from Igny8 to the plugin, at the site's REST root. When the root is not known yet, or the site
 * answers from elsewhere (its permalinks changed), the root is read from the site and the call made once more there.
 * Answers the plugin's JSON and the root that answered: the caller remembers it when it is not `target.restUrl`.
 */
export async function callPlugin(
  target: PluginTarget,
  options: PluginCallOptions,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
): Promise<{ answer: Record<string, unknown>; root: string; status: number }> {
  assertOutsideTransaction('a request to WordPress');
  const discovered = target.restUrl ? null : await discoverRestRoot(target.wordpressUrl, options.outbound);
  const root = target.restUrl ?? discovered ?? `${target.wordpressUrl}/wp-json/`;
  try {
    return { ...(await signedPluginCall(target, options, root, method, route, body)), root };
  } catch (err) {
    if (!(err instanceof RestApiMoved) || discovered) throw err;
    const found = await discoverRestRoot(target.wordpressUrl, options.outbound);
    if (!found || found === root) throw err;
    return { ...(await signedPluginCall(target, options, found, method, route, body)), root: found };
  }
}

async function signedPluginCall(
  target: PluginTarget,
  options: PluginCallOptions,
  root: string,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
) {
  const url = parseHttpUrl(restRouteUrl(root, `igny8/v1/${route}`).href);
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers = signRequest({
    siteId: target.siteId,
    secret: target.secret,
    method,
    // Exactly what goes on the wire: `/wp-json/igny8/v1/…`, or `/index.php?rest_route=%2Figny8%2Fv1%2F…`.
    path: url.pathname + url.search,
    body: text,
    now: options.now(),
  });
  let res: PinnedAnswer;
  try {
    // A redirect is not followed (pinnedRequest never does): the signature is for this URL.
    res = await requestSite(
      url,
      {
        method,
        headers: { ...headers, accept: 'application/json', ...(text ? { 'content-type': 'application/json' } : {}) },
        ...(text ? { body: text } : {}),
      },
      { outbound: options.outbound, timeoutMs: options.timeoutMs ?? 15_000, maxBodyBytes: MAX_ANSWER_BYTES },
    );
  } catch (err) {
    if (err instanceof AppError || err instanceof TransactionOpenError) throw err;
    throw new AppError('WORDPRESS_UNREACHABLE', `WordPress did not answer: ${(err as Error).message}.`);
  }
  if (res.status >= 300 && res.status < 400) {
    throw new RestApiMoved(
      `WordPress answered ${res.status} (a redirect) at ${url.origin}${url.pathname}: its REST API is not there.`,
    );
  }
  // The answer is untrusted input: read a bounded amount and only the fields we expect.
  if (res.truncated) {
    throw new AppError('WORDPRESS_UNREACHABLE', `WordPress answered more than ${MAX_ANSWER_BYTES / 1_000_000} MB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    throw new RestApiMoved(`WordPress answered ${res.status} with a page that is not JSON: its REST API is not there.`);
  }
  if (res.status < 200 || res.status >= 300) {
    const error = (typeof json === 'object' && json !== null ? json : {}) as {
      code?: unknown;
      message?: unknown;
      data?: unknown;
    };
    const code = typeof error.code === 'string' ? error.code.slice(0, 80) : null;
    const data = typeof error.data === 'object' && error.data !== null ? (error.data as Record<string, unknown>) : {};
    throw new PluginAnswerError(
      `WordPress answered ${res.status}${code ? ` (${code})` : ''}.`,
      res.status,
      code,
      typeof error.message === 'string' ? error.message.slice(0, 500) : null,
      data,
    );
  }
  return { answer: json as Record<string, unknown>, status: res.status };
}
