// Access tokens: HS256 JWTs, at most 15 minutes, with the algorithm, issuer and audience pinned
// on verification (so `alg=none`, other algorithms and other audiences are refused).
import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthorizedError } from '../errors.js';
import type { Role } from './roles.js';

export interface AccessClaims {
  userId: string;
  accountId: string;
  role: Role;
}

export interface AccessTokenConfig {
  secret: string;
  issuer: string;
  audience: string;
  /** The audience of operator tokens: they open /v1/admin/* and nothing else. */
  adminAudience: string;
  accessTtlSeconds: number;
}

export class AccessTokens {
  private readonly key: Uint8Array;
  constructor(
    private readonly config: AccessTokenConfig,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(config.secret);
  }

  get ttlSeconds() {
    return this.config.accessTtlSeconds;
  }

  sign(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ acc: claims.accountId, role: claims.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.config.accessTtlSeconds)
      .setJti(crypto.randomUUID())
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessClaims & { issuedAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: this.now(),
      });
      if (typeof payload.acc !== 'string' || typeof payload.role !== 'string' || !payload.sub) {
        throw new UnauthorizedError('TOKEN_INVALID', 'The access token is invalid.');
      }
      return {
        userId: payload.sub,
        accountId: payload.acc,
        role: payload.role as Role,
        issuedAt: payload.iat as number,
      };
    } catch (err) {
      if (err instanceof UnauthorizedError) throw err;
      if (err instanceof errors.JWTExpired)
        throw new UnauthorizedError('TOKEN_EXPIRED', 'The access token has expired.');
      throw new UnauthorizedError('TOKEN_INVALID', 'The access token is invalid.');
    }
  }

  signOperator(operatorId: string): Promise<string> {
    const iat = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ op: true })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(operatorId)
      .setIssuer(this.config.issuer)
      .setAudience(this.config.adminAudience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.config.accessTtlSeconds)
      .setJti(crypto.randomUUID())
      .sign(this.key);
  }

  async verifyOperator(token: string): Promise<{ operatorId: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.config.issuer,
        audience: this.config.adminAudience,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: this.now(),
      });
      if (payload.op !== true || !payload.sub) throw new UnauthorizedError('TOKEN_INVALID', 'Not an operator token.');
      return { operatorId: payload.sub };
    } catch (err) {
      if (err instanceof UnauthorizedError) throw err;
      if (err instanceof errors.JWTExpired)
        throw new UnauthorizedError('TOKEN_EXPIRED', 'The operator token has expired.');
      throw new UnauthorizedError('TOKEN_INVALID', 'The operator token is invalid.');
    }
  }
}
