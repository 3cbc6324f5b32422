// Brute-force protection for the unauthenticated auth routes: per client address and, where one
// is given, per email address. Answers 429 with Retry-After.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors.js';

export interface AuthRateLimiter {
  /** Counts one attempt for each key; throws RateLimitedError when any is over its budget. */
  consume(keys: string[]): Promise<void>;
}

export function createAuthRateLimiter(perMinute: number): AuthRateLimiter {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async consume(keys) {
      for (const key of keys) {
        try {
          await limiter.consume(key);
        } catch (err) {
          if (err instanceof RateLimiterRes)
            throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
          throw err;
        }
      }
    },
  };
}
