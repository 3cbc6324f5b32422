// The signing test vectors in ../signing-vectors.json, read by the server's tests and by the plugin's
// (wp-bridge/tests/run.php reads the same file), so both sides check against the same numbers.
import { readFileSync } from 'node:fs';

export interface SigningVector {
  name: string;
  secret: string;
  /** Unix seconds, as sent in X-Igny8-Timestamp. */
  timestamp: string;
  nonce: string;
  /** As a caller might pass it; the canonical string upper-cases it. */
  method: string;
  /** With its query string, exactly as sent. */
  path: string;
  body: string;
  canonical: string;
  /** `v1=` and the lowercase hex HMAC-SHA256 of the canonical string, computed with openssl. */
  signature: string;
}

const file = JSON.parse(readFileSync(new URL('../signing-vectors.json', import.meta.url), 'utf8')) as {
  emptyBodySha256: string;
  vectors: SigningVector[];
};

export const signingVectors: { emptyBodySha256: string; vectors: readonly SigningVector[] } = file;
