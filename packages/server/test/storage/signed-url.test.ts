// Signed file tokens: round trip, expiry on a controlled clock, tampering of every kind, and one tenant's token
// never naming another tenant's image.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_URL_TTL_SECONDS,
  fileTokenExpiresAt,
  signFileToken,
  verifyFileToken,
} from '../../src/storage/index.js';

const SECRET = 'file-token-secret-file-token-secret-0123';
const OTHER_SECRET = 'another-secret-another-secret-another-456';
const ACCOUNT_A = '0b6f5c1e-7d1a-4a53-9b2e-3f8f5a1c9d20';
const ACCOUNT_B = '9d3e2f10-1111-4c2b-8a7d-5e6f7a8b9c0d';
const IMAGE_A = 'a1a1a1a1-2222-4333-8444-555555555555';
const IMAGE_B = 'b2b2b2b2-2222-4333-8444-666666666666';
const NOW = new Date('2026-06-01T12:00:00.000Z');

const sign = (accountId = ACCOUNT_A, imageId = IMAGE_A, expiresAt = fileTokenExpiresAt(NOW)) =>
  signFileToken({ accountId, imageId, expiresAt }, SECRET);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('signed file tokens', () => {
  it('verify to the account and image they were made for', () => {
    const token = sign();
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(verifyFileToken(token, SECRET, NOW)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
  });

  it('work for an hour by default, and stop at their expiry to the second', () => {
    expect(DEFAULT_FILE_URL_TTL_SECONDS).toBe(3600);
    expect(fileTokenExpiresAt(NOW).getTime() - NOW.getTime()).toBe(3600_000);
    const token = sign();
    const at = (ms: number) => new Date(NOW.getTime() + ms);
    expect(verifyFileToken(token, SECRET, at(3600_000 - 1))).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(token, SECRET, at(3600_000))).toEqual({ error: 'expired' });
    expect(verifyFileToken(token, SECRET, at(86_400_000))).toEqual({ error: 'expired' });
    // A token made with an expiry in the past is expired at once.
    expect(verifyFileToken(sign(ACCOUNT_A, IMAGE_A, at(-1000)), SECRET, NOW)).toEqual({ error: 'expired' });
    // A short TTL.
    const short = sign(ACCOUNT_A, IMAGE_A, fileTokenExpiresAt(NOW, 60));
    expect(verifyFileToken(short, SECRET, at(59_999))).toHaveProperty('imageId', IMAGE_A);
    expect(verifyFileToken(short, SECRET, at(60_000))).toEqual({ error: 'expired' });
  });

  it('use the current time when none is given', () => {
    const live = signFileToken({ accountId: ACCOUNT_A, imageId: IMAGE_A, expiresAt: fileTokenExpiresAt() }, SECRET);
    expect(verifyFileToken(live, SECRET)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(sign(), SECRET)).toEqual({ error: 'expired' });
  });

  it('are invalid when any character is changed', () => {
    const token = sign();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      const c = token[i]!;
      if (c === '.') continue;
      const other = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length]!;
      const tampered = token.slice(0, i) + other + token.slice(i + 1);
      expect(verifyFileToken(tampered, SECRET, NOW), `position ${i}`).toEqual({ error: 'invalid' });
    }
  });

  it('are invalid with another secret, truncated, extended, or malformed', () => {
    const token = sign();
    const [version, payload, mac] = token.split('.') as [string, string, string];
    const bad = [
      '',
      'v1',
      'v1..',
      `${version}.${payload}`,
      `${version}.${payload}.`,
      `${version}.${payload}.${mac}.extra`,
      `${token}A`,
      token.slice(0, -1),
      `v2.${payload}.${mac}`,
      `${payload}.${mac}`,
      ` ${token}`,
      `${token}\n`,
      `${version}.${payload}=.${mac}`,
      'x'.repeat(5000),
    ];
    for (const t of bad) expect(verifyFileToken(t, SECRET, NOW), JSON.stringify(t)).toEqual({ error: 'invalid' });
    expect(verifyFileToken(token, OTHER_SECRET, NOW)).toEqual({ error: 'invalid' });
    expect(verifyFileToken(undefined as unknown as string, SECRET, NOW)).toEqual({ error: 'invalid' });
  });

  it('during a rotation, verify when signed with any secret given, and with no other', () => {
    const old = signFileToken(
      { accountId: ACCOUNT_A, imageId: IMAGE_A, expiresAt: fileTokenExpiresAt(NOW) },
      OTHER_SECRET,
    );
    expect(verifyFileToken(old, [SECRET, OTHER_SECRET], NOW)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(sign(), [SECRET, OTHER_SECRET], NOW)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(old, [SECRET], NOW)).toEqual({ error: 'invalid' });
    expect(verifyFileToken(old, [SECRET, OTHER_SECRET], new Date(NOW.getTime() + 3600_000))).toEqual({
      error: 'expired',
    });
    expect(() => verifyFileToken(old, [SECRET, 'short'], NOW)).toThrow(TypeError);
  });

  it('are invalid when the payload is changed, even to one re-encoded with a longer expiry', () => {
    const token = sign();
    const [, , mac] = token.split('.') as [string, string, string];
    const far = Math.floor(NOW.getTime() / 1000) + 10 * 365 * 86_400;
    const forged = `v1.${b64({ a: ACCOUNT_A, i: IMAGE_A, e: far })}.${mac}`;
    expect(verifyFileToken(forged, SECRET, NOW)).toEqual({ error: 'invalid' });
  });

  it('bind the account: account A’s token does not verify as account B’s image', () => {
    const tokenA = sign(ACCOUNT_A, IMAGE_A);
    const tokenB = sign(ACCOUNT_B, IMAGE_B);
    const [, payloadA, macA] = tokenA.split('.') as [string, string, string];
    const [, payloadB, macB] = tokenB.split('.') as [string, string, string];
    // Verified, each names its own account and image only.
    expect(verifyFileToken(tokenA, SECRET, NOW)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(tokenB, SECRET, NOW)).toEqual({ accountId: ACCOUNT_B, imageId: IMAGE_B });
    // A's MAC on B's payload, or on a payload naming B's account or B's image: invalid.
    const e = Math.floor(fileTokenExpiresAt(NOW).getTime() / 1000);
    for (const payload of [
      payloadB,
      b64({ a: ACCOUNT_B, i: IMAGE_A, e }),
      b64({ a: ACCOUNT_A, i: IMAGE_B, e }),
      b64({ a: ACCOUNT_B, i: IMAGE_B, e }),
    ]) {
      expect(verifyFileToken(`v1.${payload}.${macA}`, SECRET, NOW)).toEqual({ error: 'invalid' });
    }
    expect(verifyFileToken(`v1.${payloadA}.${macB}`, SECRET, NOW)).toEqual({ error: 'invalid' });
    // The same image id under two accounts gives two different tokens.
    expect(sign(ACCOUNT_A, IMAGE_A)).not.toBe(sign(ACCOUNT_B, IMAGE_A));
  });

  it('are not a bare HMAC of the payload: a MAC made for another purpose with the same secret does not verify', () => {
    const payload = b64({ a: ACCOUNT_A, i: IMAGE_A, e: Math.floor(NOW.getTime() / 1000) + 3600 });
    for (const input of [payload, `v1.${payload}`]) {
      const mac = createHmac('sha256', SECRET).update(input).digest('base64url');
      expect(verifyFileToken(`v1.${payload}.${mac}`, SECRET, NOW)).toEqual({ error: 'invalid' });
    }
  });

  it('refuse bad input when signing: a short secret, bad ids, an invalid date', () => {
    const expiresAt = fileTokenExpiresAt(NOW);
    expect(() => signFileToken({ accountId: ACCOUNT_A, imageId: IMAGE_A, expiresAt }, 'short')).toThrow(TypeError);
    expect(() => verifyFileToken(sign(), 'short', NOW)).toThrow(TypeError);
    for (const [accountId, imageId] of [
      ['', IMAGE_A],
      [ACCOUNT_A, ''],
      ['a/b', IMAGE_A],
      [ACCOUNT_A, 'x.png'],
      ['a'.repeat(129), IMAGE_A],
    ] as const) {
      expect(() => signFileToken({ accountId, imageId, expiresAt }, SECRET)).toThrow(TypeError);
    }
    expect(() => signFileToken({ accountId: ACCOUNT_A, imageId: IMAGE_A, expiresAt: new Date('x') }, SECRET)).toThrow(
      TypeError,
    );
  });

  it('take a Buffer secret as well as a string one', () => {
    const key = Buffer.alloc(32, 7);
    const token = signFileToken({ accountId: ACCOUNT_A, imageId: IMAGE_A, expiresAt: fileTokenExpiresAt(NOW) }, key);
    expect(verifyFileToken(token, key, NOW)).toEqual({ accountId: ACCOUNT_A, imageId: IMAGE_A });
    expect(verifyFileToken(token, Buffer.alloc(32, 8), NOW)).toEqual({ error: 'invalid' });
  });
});
