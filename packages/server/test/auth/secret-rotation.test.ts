// Rotating JWT_SECRET piece by piece: access, operator and widget tokens signed with the previous secret still verify
// (and still expire), nothing is signed with it, and sealed signing secrets open under either key until `reseal`
// moves them under the current one. The whole rotation through the running server is in
// test/integrations/secret-rotation.test.ts.
import { describe, expect, it } from 'vitest';
import { type AccessTokenConfig, AccessTokens } from '../../src/auth/access-tokens.js';
import { SecretBox } from '../../src/domain/integrations/secret-box.js';

const OLD = 'old-secret-old-secret-old-secret-0123456789';
const NEW = 'new-secret-new-secret-new-secret-9876543210';
const OTHER = 'other-secret-other-secret-other-secret-555';
const NOW = new Date('2026-12-03T12:00:00Z');
const base: Omit<AccessTokenConfig, 'secret'> = {
  issuer: 'igny8',
  audience: 'igny8-api',
  adminAudience: 'igny8-admin',
  widgetAudience: 'igny8-widget',
  accessTtlSeconds: 900,
};
const tokens = (secret: string, previousSecret?: string, now = NOW) =>
  new AccessTokens({ ...base, secret, previousSecret }, () => now);
const claims = { userId: 'u1', accountId: 'a1', role: 'owner' as const, passwordVersion: 1 };
const widget = { accountId: 'a1', siteId: 's1', role: 'editor' as const, features: ['writer'], subject: 'wp:1' };

describe('access tokens during a rotation', () => {
  it('verify when signed with the previous secret, of every kind', async () => {
    const before = tokens(OLD);
    const during = tokens(NEW, OLD);
    expect(await during.verify(await before.sign(claims))).toEqual(claims);
    expect(await during.verifyOperator(await before.signOperator('op1'))).toEqual({ operatorId: 'op1' });
    expect(await during.verifyWidget(await before.signWidget(widget))).toEqual(widget);
    expect(await during.verify(await during.sign(claims))).toEqual(claims);
  });

  it('are signed with the current secret only', async () => {
    const signed = await tokens(NEW, OLD).sign(claims);
    expect(await tokens(NEW).verify(signed)).toEqual(claims);
    await expect(tokens(OLD).verify(signed)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('are refused once the previous secret is dropped, or when signed with any other secret', async () => {
    const old = await tokens(OLD).sign(claims);
    await expect(tokens(NEW).verify(old)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(tokens(NEW, OLD).verify(await tokens(OTHER).sign(claims))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
  });

  it('still expire: one signed with the previous secret is TOKEN_EXPIRED after its lifetime', async () => {
    const old = await tokens(OLD).sign(claims);
    const later = new Date(NOW.getTime() + 901_000);
    await expect(tokens(NEW, OLD, later).verify(old)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('keep the audience pinned under the previous secret: an operator token is no access token', async () => {
    const operator = await tokens(OLD).signOperator('op1');
    await expect(tokens(NEW, OLD).verify(operator)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });
});

describe('sealed secrets during a rotation', () => {
  it('open when sealed under either key, and are sealed under the current one', () => {
    const sealedOld = new SecretBox(OLD, 'webhook-secrets').seal('whsec_old');
    const during = new SecretBox(NEW, 'webhook-secrets', OLD);
    expect(during.open(sealedOld)).toBe('whsec_old');
    const sealedNew = during.seal('whsec_new');
    expect(new SecretBox(NEW, 'webhook-secrets').open(sealedNew)).toBe('whsec_new');
    expect(() => new SecretBox(OLD, 'webhook-secrets').open(sealedNew)).toThrow();
  });

  it('reseal: current, sealed again under the current key, or unreadable', () => {
    const during = new SecretBox(NEW, 'integration-secrets', OLD);
    const sealedOld = new SecretBox(OLD).seal('site-secret');
    const outcome = during.reseal(sealedOld);
    expect(outcome.state).toBe('resealed');
    const again = (outcome as { sealed: string }).sealed;
    expect(new SecretBox(NEW).open(again)).toBe('site-secret');
    expect(during.reseal(again)).toEqual({ state: 'current' });
    expect(during.reseal(new SecretBox(OTHER).seal('lost'))).toEqual({ state: 'unreadable' });
    expect(new SecretBox(NEW).reseal(sealedOld)).toEqual({ state: 'unreadable' });
    expect(during.reseal('not sealed at all')).toEqual({ state: 'unreadable' });
  });

  it('keep one key per purpose under the previous secret too', () => {
    const site = new SecretBox(OLD, 'integration-secrets').seal('s');
    expect(() => new SecretBox(NEW, 'webhook-secrets', OLD).open(site)).toThrow();
  });
});
