// Brute-force protection for the unauthenticated auth routes: per client address and, where one
// is given, per email address. Answers 429 with Retry-After. The counters are in PostgreSQL
// (migration 0024), so several API processes on one database hold one budget between them: a
// client sending its attempts to each process in turn gets no more than it would from one.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { RateLimitedError } from '../errors.js';

export interface AuthRateLimiter {
  /** Counts one attempt for each key; throws RateLimitedError when any is over its budget. */
  consume(keys: string[]): Promise<void>;
}

const WINDOW_MS = 60_000;

/**
 * A limiter named `name` (its keys are apart from another limiter's) allowing `perMinute` attempts per key in a
 * window of a minute from the key's first attempt. One round trip for all the keys of an attempt; the keys are
 * counted in order and counting stops at the first key over its budget, as before (a client address over its budget
 * does not use up the budget of each email address it tries).
 */
export function createAuthRateLimiter(db: Knex, name: string, perMinute: number): AuthRateLimiter {
  return {
    async consume(keys) {
      if (!keys.length) return;
      const hashed = keys.map((key) => createHash('sha256').update(`${name}\n${key}`).digest('base64url'));
      const { rows } = await db.raw('select igny8_rate_limit_consume(?::text[], ?, ?) as wait_ms', [
        hashed,
        perMinute,
        WINDOW_MS,
      ]);
      const waitMs = Number(rows[0].wait_ms);
      if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
    },
  };
}

/** Drops the counters whose window ended over an hour ago (the billing sweep runs it each minute). */
export async function forgetRateLimits(owner: Knex, now: Date): Promise<number> {
  return owner('rate_limits')
    .where('expires_at', '<', new Date(now.getTime() - 3_600_000))
    .delete();
}
