// Access tokens: HS256 JWTs, at most 15 minutes, with the algorithm, issuer and audience pinned
// on verification (so `alg=none`, other algorithms and other audiences are refused). Signed with JWT_SECRET; during a
// rotation, a token signed with JWT_SECRET_PREVIOUS is still accepted until it expires (docs/deploy.md).
import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthorizedError } from '../errors.js';
import type { Role } from './roles.js';

export interface AccessClaims {
  userId: string;
  accountId: string;
  role: Role;
  /** The user's password version when the token was issued (a password change ends the token). */
  passwordVersion: number;
}

export interface AccessTokenConfig {
  secret: string;
  /** The secret `secret` replaced: tokens it signed are still accepted (never signed with). */
  previousSecret?: string;
  issuer: string;
  audience: string;
  /** The audience of operator tokens: they open /v1/admin/* and nothing else. */
  adminAudience: string;
  /** The audience of widget session tokens: one site, a role, a feature allowlist. */
  widgetAudience?: string;
  accessTtlSeconds: number;
}

export class AccessTokens {
  private readonly key: Uint8Array;
  /** The key of the token being verified: the current one, then the previous one. */
  private readonly keys: Uint8Array[];
  constructor(
    private readonly config: AccessTokenConfig,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(config.secret);
    this.keys = [this.key, ...(config.previousSecret ? [new TextEncoder().encode(config.previousSecret)] : [])];
  }

  get ttlSeconds() {
    return this.config.accessTtlSeconds;
  }

  sign(claims: AccessClaims): Promise<string> {
    return this.issue(claims.userId, this.config.audience, {
      acc: claims.accountId,
      role: claims.role,
      pwv: claims.passwordVersion,
    });
  }

  private issue(subject: string, audience: string, claims: Record<string, unknown>): Promise<string> {
    const iat = Math.floor(this.now().getTime() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.config.issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.config.accessTtlSeconds)
      .setJti(crypto.randomUUID())
      .sign(this.key);
  }

  /** Verifies with the algorithm, issuer and audience pinned; maps every failure to a 401 with a code. */
  private async check(token: string, audience: string, what: string) {
    for (const [index, key] of this.keys.entries()) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: this.config.issuer,
          audience,
          requiredClaims: ['sub', 'exp', 'iat'],
          currentDate: this.now(),
        });
        return payload;
      } catch (err) {
        // Not signed with this key: the next one may have signed it.
        if (err instanceof errors.JWSSignatureVerificationFailed && index < this.keys.length - 1) continue;
        if (err instanceof errors.JWTExpired) throw new UnauthorizedError('TOKEN_EXPIRED', `The ${what} has expired.`);
        throw new UnauthorizedError('TOKEN_INVALID', `The ${what} is invalid.`);
      }
    }
    throw new UnauthorizedError('TOKEN_INVALID', `The ${what} is invalid.`);
  }

  async verify(token: string): Promise<AccessClaims> {
    const payload = await this.check(token, this.config.audience, 'access token');
    if (
      typeof payload.acc !== 'string' ||
      typeof payload.role !== 'string' ||
      !payload.sub ||
      !Number.isInteger(payload.pwv)
    ) {
      throw new UnauthorizedError('TOKEN_INVALID', 'The access token is invalid.');
    }
    return {
      userId: payload.sub,
      accountId: payload.acc,
      role: payload.role as Role,
      passwordVersion: payload.pwv as number,
    };
  }

  signOperator(operatorId: string): Promise<string> {
    return this.issue(operatorId, this.config.adminAudience, { op: true });
  }

  async verifyOperator(token: string): Promise<{ operatorId: string }> {
    const payload = await this.check(token, this.config.adminAudience, 'operator token');
    if (payload.op !== true || !payload.sub) throw new UnauthorizedError('TOKEN_INVALID', 'Not an operator token.');
    return { operatorId: payload.sub };
  }

  signWidget(claims: {
    accountId: string;
    siteId: string;
    role: Role;
    features: string[];
    subject: string;
  }): Promise<string> {
    return this.issue(claims.subject, this.config.widgetAudience ?? 'igny8-widget', {
      acc: claims.accountId,
      site: claims.siteId,
      role: claims.role,
      features: claims.features,
    });
  }

  async verifyWidget(
    token: string,
  ): Promise<{ accountId: string; siteId: string; role: Role; features: string[]; subject: string }> {
    const payload = await this.check(token, this.config.widgetAudience ?? 'igny8-widget', 'widget session');
    if (
      typeof payload.acc !== 'string' ||
      typeof payload.site !== 'string' ||
      typeof payload.role !== 'string' ||
      !Array.isArray(payload.features)
    ) {
      throw new UnauthorizedError('TOKEN_INVALID', 'The widget session is invalid.');
    }
    return {
      accountId: payload.acc,
      siteId: payload.site,
      role: payload.role as Role,
      features: payload.features.map(String),
      subject: payload.sub ?? '',
    };
  }
}
