// Signing secrets (a site's, a webhook endpoint's) are needed in clear to sign, so they cannot be hashed: they are
// encrypted at rest with AES-256-GCM under a key derived from the server's secret, one key per purpose. During a
// rotation of the server's secret, what was sealed under the previous one still opens, and `reseal` moves it under
// the current one (`pnpm secrets:reseal`, docs/deploy.md).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export type SecretPurpose = 'integration-secrets' | 'webhook-secrets';

const deriveKey = (serverSecret: string, purpose: SecretPurpose) =>
  Buffer.from(hkdfSync('sha256', serverSecret, 'igny8', purpose, 32));

export class SecretBox {
  private readonly key: Buffer;
  private readonly previousKey: Buffer | undefined;
  constructor(serverSecret: string, purpose: SecretPurpose = 'integration-secrets', previousServerSecret?: string) {
    this.key = deriveKey(serverSecret, purpose);
    this.previousKey = previousServerSecret ? deriveKey(previousServerSecret, purpose) : undefined;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${iv.toString('base64url')}.${data.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
  }

  /** The secret in clear: sealed under the current key, or under the previous one during a rotation. */
  open(sealed: string): string {
    return this.opened(sealed).plain;
  }

  /** The secret in clear, or undefined when it opens under no key of the server (JWT_SECRET changed without overlap). */
  tryOpen(sealed: string): string | undefined {
    try {
      return this.open(sealed);
    } catch {
      return undefined;
    }
  }

  /**
   * What a rotation does with a stored secret: `current` if it opens under the current key; `resealed` with its
   * sealing under the current key if it opens only under the previous one; `unreadable` if under neither.
   */
  reseal(sealed: string): { state: 'current' } | { state: 'resealed'; sealed: string } | { state: 'unreadable' } {
    let found: { plain: string; current: boolean };
    try {
      found = this.opened(sealed);
    } catch {
      return { state: 'unreadable' };
    }
    return found.current ? { state: 'current' } : { state: 'resealed', sealed: this.seal(found.plain) };
  }

  /** Opens under the current key, then the previous one; throws when neither opens it. */
  private opened(sealed: string): { plain: string; current: boolean } {
    try {
      return { plain: openWith(this.key, sealed), current: true };
    } catch (err) {
      if (!this.previousKey) throw err;
      return { plain: openWith(this.previousKey, sealed), current: false };
    }
  }
}

function openWith(key: Buffer, sealed: string): string {
  const [version, iv, data, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !data || !tag) throw new Error('not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
