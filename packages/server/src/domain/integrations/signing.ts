// The one signing module, used in both directions between Igny8 and WordPress: HMAC-SHA256 over the
// timestamp, a nonce, the method, the path (with its query) and the body's hash. Requests older than
// 300 s, or whose nonce was seen, are refused; comparisons are constant-time; two secrets are valid
// while a secret rotates.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_WINDOW_SECONDS = 300;

export const HEADERS = {
  site: 'x-igny8-site',
  timestamp: 'x-igny8-timestamp',
  nonce: 'x-igny8-nonce',
  signature: 'x-igny8-signature',
} as const;

const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

export function canonical(input: {
  timestamp: string;
  nonce: string;
  method: string;
  path: string;
  body: string | Buffer;
}): string {
  return `${input.timestamp}\n${input.nonce}\n${input.method.toUpperCase()}\n${input.path}\n${sha256(input.body)}`;
}

export function signature(secret: string, input: Parameters<typeof canonical>[0]): string {
  return `v1=${createHmac('sha256', secret).update(canonical(input)).digest('hex')}`;
}

/** The headers of a signed request. */
export function signRequest(input: {
  siteId: string;
  secret: string;
  method: string;
  path: string;
  body?: string;
  now?: Date;
}) {
  const timestamp = String(Math.floor((input.now ?? new Date()).getTime() / 1000));
  const nonce = randomBytes(18).toString('base64url');
  return {
    'X-Igny8-Site': input.siteId,
    'X-Igny8-Timestamp': timestamp,
    'X-Igny8-Nonce': nonce,
    'X-Igny8-Signature': signature(input.secret, {
      timestamp,
      nonce,
      method: input.method,
      path: input.path,
      body: input.body ?? '',
    }),
  };
}

export type VerifyFailure = 'SIGNATURE_INVALID' | 'SIGNATURE_STALE' | 'SIGNATURE_REPLAYED';

export interface SignedHeaders {
  site?: string;
  timestamp?: string;
  nonce?: string;
  signature?: string;
}

/**
 * Checks a signed request against the site's valid secrets. `seen(nonce)` records the nonce and
 * says whether it was already there (the replay cache); it is asked only once the signature holds,
 * so forged requests cannot fill the cache.
 */
export async function verifyRequest(input: {
  headers: SignedHeaders;
  method: string;
  path: string;
  body: string | Buffer;
  secrets: string[];
  now: Date;
  seen: (nonce: string) => Promise<boolean>;
}): Promise<VerifyFailure | null> {
  const { timestamp, nonce, signature: given } = input.headers;
  if (!timestamp || !nonce || !given || !/^\d{1,12}$/.test(timestamp) || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) {
    return 'SIGNATURE_INVALID';
  }
  if (Math.abs(Math.floor(input.now.getTime() / 1000) - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS)
    return 'SIGNATURE_STALE';
  const givenBytes = Buffer.from(given);
  const ok = input.secrets.some((secret) => {
    const expected = Buffer.from(
      signature(secret, { timestamp, nonce, method: input.method, path: input.path, body: input.body }),
    );
    return expected.length === givenBytes.length && timingSafeEqual(expected, givenBytes);
  });
  if (!ok) return 'SIGNATURE_INVALID';
  if (await input.seen(nonce)) return 'SIGNATURE_REPLAYED';
  return null;
}
