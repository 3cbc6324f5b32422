// Every provider failure is a ProviderError, so callers (the job runner, the fallback chain) branch on a closed
// set of codes instead of on HTTP statuses or vendor-specific error bodies.
import type { Usage } from './types.js';

export const PROVIDER_ERROR_CODES = [
  'RATE_LIMITED',
  'TIMEOUT',
  'INVALID_OUTPUT',
  'UNAVAILABLE',
  'QUOTA_EXCEEDED',
  'BAD_REQUEST',
] as const;
export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];

/**
 * Whether another attempt — later, or at another provider — may succeed. Quota and bad-request errors will not
 * heal by themselves; the chain still moves on after a quota error (it is the provider's problem, not the
 * request's), but never after a bad request.
 */
const RETRYABLE_BY_DEFAULT: Record<ProviderErrorCode, boolean> = {
  RATE_LIMITED: true,
  TIMEOUT: true,
  INVALID_OUTPUT: true,
  UNAVAILABLE: true,
  QUOTA_EXCEEDED: false,
  BAD_REQUEST: false,
};

export interface ProviderErrorOptions {
  retryable?: boolean;
  /** Name of the provider that failed (the chain lists every attempt in `attempts`). */
  provider?: string;
  /** HTTP status of the last response, when there was one. */
  status?: number;
  /** What the provider asked for in Retry-After, so a queue can reschedule instead of spinning. */
  retryAfterMs?: number;
  /** Tokens spent before the failure (e.g. two invalid outputs), so usage can still be recorded. */
  usage?: Usage;
  /** The failures behind a chain's error, in the order tried. */
  attempts?: ProviderError[];
  cause?: unknown;
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
  readonly provider: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly usage: Usage | undefined;
  readonly attempts: ProviderError[] | undefined;

  constructor(code: ProviderErrorCode, message: string, options: ProviderErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT[code];
    this.provider = options.provider;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.usage = options.usage;
    this.attempts = options.attempts;
  }

  toJSON() {
    return {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      provider: this.provider,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}
