// SERP URLs as set items: the same page must compare equal however the caller's SERP source spelled it.

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
const TRACKING_PARAM_RE = /^(?:utm_[a-z]+|gclid|fbclid|msclkid|yclid|ref|srsltid)$/i;

/**
 * A comparison key for a result URL: scheme, "www.", fragment, tracking parameters and trailing slashes
 * dropped, host lower-cased, remaining query parameters sorted. Paths keep their case (servers may treat
 * it as significant). Null for something that is not a URL.
 */
export function normalizeSerpUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(SCHEME_RE.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  let host = url.hostname.toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  if (!host) return null;
  const params = [...url.searchParams].filter(([k]) => !TRACKING_PARAM_RE.test(k));
  params.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return host + path + query;
}

/** The first `limit` distinct normalized URLs of a result list (a top-10 comparison looks at the top 10). */
export function serpKeys(urls: readonly string[], cache: Map<string, string | null>, limit = 10): string[] {
  const out: string[] = [];
  for (const raw of urls) {
    if (typeof raw !== 'string') continue;
    let key = cache.get(raw);
    if (key === undefined) {
      key = normalizeSerpUrl(raw);
      cache.set(raw, key);
    }
    if (key !== null && !out.includes(key)) out.push(key);
    if (out.length === limit) break;
  }
  return out;
}
