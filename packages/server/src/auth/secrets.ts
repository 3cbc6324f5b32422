import { createHash, randomBytes } from 'node:crypto';

/** An opaque random token with a recognisable prefix, e.g. `igny8_rt_…`. */
export const newToken = (prefix: string, bytes = 32) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** Tokens are high-entropy, so a fast hash is enough to store them without the original. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const API_KEY_PREFIX = 'igny8_sk_';
export const REFRESH_TOKEN_PREFIX = 'igny8_rt_';
export const RESET_TOKEN_PREFIX = 'igny8_pr_';
export const INVITE_TOKEN_PREFIX = 'igny8_inv_';
