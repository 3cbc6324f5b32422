// Caching of the public reads (`/v1/public/…`): a strong ETag — a hash of what the response says (`data` and `meta`,
// not the `request_id` every response has of its own), or of a document's bytes — and `Cache-Control: public,
// max-age=60`, so a CDN or a browser may keep an answer for a minute and then revalidate it with `If-None-Match`,
// which the router answers `304` without a body when the ETag still matches (`notModified`).
import { createHash } from 'node:crypto';
import type { Context } from 'koa';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

/** `ETag` and `Cache-Control` for a public answer whose content is `content` (JSON-able, or a document's bytes). */
export function publicCacheHeaders(content: unknown): Record<string, string> {
  const bytes = Buffer.isBuffer(content) ? content : JSON.stringify(content);
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 32);
  return { ETag: `"${hash}"`, 'Cache-Control': PUBLIC_CACHE_CONTROL };
}

/**
 * Whether a GET answered 200 with an ETag can be answered 304 instead: the request's `If-None-Match` names that ETag
 * (weak comparison, as RFC 9110 asks for this header) or is `*`. A request's `Cache-Control: no-cache` does not
 * change that: fetch adds it to every request that carries `If-None-Match` itself.
 */
export function notModified(ctx: Context): boolean {
  const etag = ctx.response.get('ETag');
  const given = ctx.get('if-none-match');
  if (ctx.method !== 'GET' || ctx.status !== 200 || !etag || !given) return false;
  if (given.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return given.split(',').some((tag) => opaque(tag) === opaque(etag));
}
