// One error model for the whole server: domain code throws AppError (or a helper below) naming an
// error code; the code's HTTP status comes from the error table of openapi.yaml (`x-igny8-status`,
// generated as `errorStatus`), so a code is answered with one status wherever it is thrown. The
// HTTP error handler turns it into the envelope. Anything else is an unexpected error: logged once,
// answered with a generic 500 that hides its message.
import { errorStatus } from '@igny8/contract';
import type { components } from '@igny8/contract/openapi';

export type ErrorCode = components['schemas']['ErrorCode'];

/** The codes answered with `status`. */
export type CodeWithStatus<S extends number> = {
  [C in ErrorCode]: (typeof errorStatus)[C] extends S ? C : never;
}[ErrorCode];

export class AppError extends Error {
  override name = 'AppError';
  /** The HTTP status of `code`, from the error table. */
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

/** A 401, with the `WWW-Authenticate` challenge. */
export class UnauthorizedError extends AppError {
  override name = 'UnauthorizedError';
  constructor(code: CodeWithStatus<401> = 'UNAUTHENTICATED', message = 'Authentication required.') {
    super(code, message, undefined, { 'WWW-Authenticate': 'Bearer' });
  }
}

export class PlanLimitError extends AppError {
  override name = 'PlanLimitError';
  constructor(limit: string, max: number, message?: string) {
    super('PLAN_LIMIT_REACHED', message ?? `Your plan allows ${max} ${limit.replace(/_/g, ' ')}.`, { limit, max });
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what = 'Resource') {
    super('NOT_FOUND', `${what} not found.`);
  }
}

export class RateLimitedError extends AppError {
  override name = 'RateLimitedError';
  constructor(retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      'Too many attempts; try again later.',
      { retry_after: retryAfterSeconds },
      {
        'Retry-After': String(retryAfterSeconds),
      },
    );
  }
}
