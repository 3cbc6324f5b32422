// Signed, expiring tokens for our own file route: a stored image is fetched by a URL carrying a token, not by an
// authenticated request, so an <img> in a draft or a WordPress preview can load it. The token names the account
// and the image and when it stops working, under an HMAC-SHA256 of all three; the route takes the account and
// image from the verified token, never from elsewhere in the URL, so one tenant's token cannot fetch another's image.
//
// Format: `v1.<payload>.<mac>`, both parts base64url; the payload is `{"a":accountId,"i":imageId,"e":expiry}` (expiry
// in Unix seconds) and the MAC covers `igny8-file-token` plus the version and the payload, so a MAC made with the
// same secret for anything else (a JWT, say) is never a valid token.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a file URL works unless said otherwise: one hour. */
export const DEFAULT_FILE_URL_TTL_SECONDS = 3600;

/** Tokens longer than this are refused before any work. */
const MAX_TOKEN_LENGTH = 1024;
const MIN_SECRET_BYTES = 32;
const VERSION = 'v1';
const TOKEN = /^v1\.([A-Za-z0-9_-]{1,800})\.([A-Za-z0-9_-]{43})$/;
const ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface FileTokenClaims {
  accountId: string;
  imageId: string;
}

export interface FileTokenInput extends FileTokenClaims {
  /** The first instant at which the token no longer works (kept to the second, rounded down). */
  expiresAt: Date;
}

export type FileTokenResult = FileTokenClaims | { error: 'expired' | 'invalid' };

/** `now` plus `ttlSeconds` (default {@link DEFAULT_FILE_URL_TTL_SECONDS}): the `expiresAt` of a new token. */
export function fileTokenExpiresAt(now: Date = new Date(), ttlSeconds = DEFAULT_FILE_URL_TTL_SECONDS): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}

function secretBytes(secret: string | Buffer): Buffer {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (bytes.length < MIN_SECRET_BYTES)
    throw new TypeError(`the file token secret needs at least ${MIN_SECRET_BYTES} bytes`);
  return bytes;
}

function mac(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(`igny8-file-token\n${VERSION}.${payload}`).digest('base64url');
}

/**
 * A URL-safe token (`[A-Za-z0-9._-]`, about 185 characters for two UUIDs) for `accountId`'s image `imageId`, working
 * until `expiresAt`. Ids are 1–128 of `[A-Za-z0-9_-]`; `secret` is at least 32 bytes (throws a TypeError otherwise).
 */
export function signFileToken(input: FileTokenInput, secret: string | Buffer): string {
  const key = secretBytes(secret);
  if (!ID.test(input.accountId) || !ID.test(input.imageId))
    throw new TypeError('file token ids must be 1-128 of [A-Za-z0-9_-]');
  const expiresAtMs = input.expiresAt.getTime();
  if (!Number.isFinite(expiresAtMs)) throw new TypeError('file token expiresAt is not a valid date');
  const payload = Buffer.from(
    JSON.stringify({ a: input.accountId, i: input.imageId, e: Math.floor(expiresAtMs / 1000) }),
  ).toString('base64url');
  return `${VERSION}.${payload}.${mac(payload, key)}`;
}

/**
 * The account and image a token was made for, or why it does not work: `invalid` (malformed, altered, or signed
 * with another secret) or `expired` (authentic, but `now` is at or past its expiry). The MAC is checked in constant
 * time before anything in the payload is believed. Given several secrets (the current one and the one it replaced,
 * during a rotation), a token signed with any of them is authentic.
 */
export function verifyFileToken(
  token: string,
  secret: string | Buffer | readonly (string | Buffer)[],
  now: Date = new Date(),
): FileTokenResult {
  const keys = (Array.isArray(secret) ? secret : [secret]).map(secretBytes);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { error: 'invalid' };
  const match = TOKEN.exec(token);
  if (!match) return { error: 'invalid' };
  const [, payload, given] = match as unknown as [string, string, string];
  // Compared as text, so the four spellings base64url allows for the last character of a 32-byte MAC are not four
  // valid tokens.
  const actual = Buffer.from(given);
  const authentic = keys.some((key) => {
    const expected = Buffer.from(mac(payload, key));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
  if (!authentic) return { error: 'invalid' };

  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { error: 'invalid' };
  }
  const { a, i, e } = (claims ?? {}) as { a?: unknown; i?: unknown; e?: unknown };
  if (typeof a !== 'string' || typeof i !== 'string' || !ID.test(a) || !ID.test(i)) return { error: 'invalid' };
  if (typeof e !== 'number' || !Number.isSafeInteger(e)) return { error: 'invalid' };
  if (now.getTime() >= e * 1000) return { error: 'expired' };
  return { accountId: a, imageId: i };
}
