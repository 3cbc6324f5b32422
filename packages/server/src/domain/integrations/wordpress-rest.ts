// Where a WordPress site serves its REST API. With pretty permalinks it is `/wp-json/…`; with plain permalinks
// (no rewrite rules: common under nginx or `php -S`) only `index.php?rest_route=/…` works, and `/wp-json/…` is
// redirected away. The site says which: the plugin reports `rest_url()` at connect, and every front-end answer carries
// `Link: <root>; rel="https://api.w.org/"`, which is read when a site connected without reporting it, or moved since.
import { assertPublicUrl } from './url-guard.js';

const API_REL = 'https://api.w.org/';
const MAX_REDIRECTS = 3;

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
export async function discoverRestRoot(siteUrl: string, options: { allowPrivate: boolean }): Promise<string | null> {
  let url = new URL(siteUrl);
  const hosts = [url.hostname];
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    await assertPublicUrl(url.toString(), options);
    let res: Response;
    try {
      res = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    } catch {
      return null;
    }
    const found = apiLinkOf(res.headers.get('link'), url);
    if (found) return acceptRestRoot(found, hosts);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return null;
    url = new URL(location, url);
    hosts.push(url.hostname);
  }
  return null;
}
