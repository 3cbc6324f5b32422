// One error model for the whole server: domain code throws AppError (or a subclass); the HTTP
// error handler turns it into the envelope. Anything else is an unexpected error: logged once,
// answered with a generic 500 that hides its message.
import type { components } from '@igny8/contract/openapi';

export type ErrorCode = components['schemas']['ErrorCode'];

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export class BadRequestError extends AppError {
  override name = 'BadRequestError';
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(400, code, message, details);
  }
}

export class UnauthorizedError extends AppError {
  override name = 'UnauthorizedError';
  constructor(code: ErrorCode = 'UNAUTHENTICATED', message = 'Authentication required.') {
    super(401, code, message, undefined, { 'WWW-Authenticate': 'Bearer' });
  }
}

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(code: ErrorCode = 'FORBIDDEN', message = 'Not allowed.', details?: Record<string, unknown>) {
    super(403, code, message, details);
  }
}

export class PlanLimitError extends ForbiddenError {
  override name = 'PlanLimitError';
  constructor(limit: string, max: number, message?: string) {
    super('PLAN_LIMIT_REACHED', message ?? `Your plan allows ${max} ${limit.replace(/_/g, ' ')}.`, { limit, max });
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what = 'Resource') {
    super(404, 'NOT_FOUND', `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(409, code, message, details);
  }
}

export class UnprocessableError extends AppError {
  override name = 'UnprocessableError';
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(422, code, message, details);
  }
}

export class RateLimitedError extends AppError {
  override name = 'RateLimitedError';
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'RATE_LIMITED',
      'Too many attempts; try again later.',
      { retry_after: retryAfterSeconds },
      {
        'Retry-After': String(retryAfterSeconds),
      },
    );
  }
}
