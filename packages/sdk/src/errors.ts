// One error model: the server's `{ error: { code, message, details }, request_id }` envelope becomes an APIError
// subclass picked by HTTP status; everything else the SDK throws is an Igny8Error too.
import type { components } from '@igny8/contract/openapi';

/** The stable, machine-readable codes of the API; branch on these, not on messages. */
export type ErrorCode = components['schemas']['ErrorCode'];
type Operation = components['schemas']['Operation'];
type Ctor = abstract new (...args: never[]) => unknown;

const BRAND = Symbol.for('igny8.sdk.error');

// The names of each class and of its subclasses. `instanceof` fails when an error comes from another copy of the
// SDK (two bundles, or ESM and CJS side by side), so `X.is()` checks the global brand and the `name` instead.
const kin = new WeakMap<Ctor, Set<string>>();

/** Names `cls` for `is()`; for the error classes of the other entries (not exported from the package). */
export function named(cls: Ctor, name: string): void {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
  for (let c: Ctor = cls; c !== Error; c = Object.getPrototypeOf(c)) {
    const names = kin.get(c) ?? new Set<string>();
    kin.set(c, names.add(name));
  }
}

interface ErrorEnvelope {
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
  request_id?: string;
}

/** Base of every error the SDK throws. */
export class Igny8Error extends Error {
  static {
    named(Igny8Error, 'Igny8Error');
    Object.defineProperty(Igny8Error.prototype, BRAND, { value: true });
  }

  /** True when `value` is an error of this class (or a subclass), from this or any other copy of the SDK. */
  static is<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // `this` is the class `is` was called on (NotFoundError.is → NotFoundError), not always Igny8Error.
    // biome-ignore lint/complexity/noThisInStatic: see above.
    const names = kin.get(this);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { [BRAND]?: unknown })[BRAND] === true &&
      names?.has((value as Error).name) === true
    );
  }
}

/** The API answered with an error envelope (or at least a non-2xx status). */
export class APIError extends Igny8Error {
  static {
    named(APIError, 'APIError');
  }

  /** The HTTP status. */
  readonly status: number;
  /** The envelope's `error.code` (`'UNKNOWN'` when the body was not an envelope, e.g. from a proxy). */
  readonly code: ErrorCode | (string & {});
  /** The envelope's `error.details`, e.g. `issues` for validation or `limit` for plan limits. */
  readonly details: Record<string, unknown> | undefined;
  /** The envelope's `request_id`, else the `X-Request-Id` header; quote it when asking for help. */
  readonly requestId: string | undefined;
  /** The response headers. */
  readonly headers: Headers;

  constructor(status: number, body: unknown, headers: Headers) {
    const envelope = typeof body === 'object' && body !== null ? (body as ErrorEnvelope) : {};
    super(envelope.error?.message ?? `Request failed with status ${status}`);
    this.status = status;
    this.code = envelope.error?.code ?? 'UNKNOWN';
    this.details = envelope.error?.details;
    this.requestId = envelope.request_id ?? headers.get('x-request-id') ?? undefined;
    this.headers = headers;
  }

  /** The APIError subclass for `status`, built from the parsed response body and headers. */
  static generate(status: number, body: unknown, headers?: Headers | Record<string, string>): APIError {
    const byStatus: Record<number, typeof APIError> = {
      400: BadRequestError,
      401: AuthenticationError,
      402: PaymentRequiredError,
      403: PermissionDeniedError,
      404: NotFoundError,
      409: ConflictError,
      413: PayloadTooLargeError,
      422: UnprocessableEntityError,
      429: RateLimitError,
    };
    const ErrorClass = status >= 500 ? InternalServerError : (byStatus[status] ?? APIError);
    return new ErrorClass(status, body, new Headers(headers));
  }
}

/** 400: malformed JSON, a wrong type, an unknown field, a bad id or cursor. */
export class BadRequestError extends APIError {
  static {
    named(BadRequestError, 'BadRequestError');
  }
}

/** 401: missing, expired, tampered or revoked credentials. */
export class AuthenticationError extends APIError {
  static {
    named(AuthenticationError, 'AuthenticationError');
  }
}

/** 402: the account is inactive or out of credits. */
export class PaymentRequiredError extends APIError {
  static {
    named(PaymentRequiredError, 'PaymentRequiredError');
  }
}

/** 403: the role is too low, or a plan limit is reached. */
export class PermissionDeniedError extends APIError {
  static {
    named(PermissionDeniedError, 'PermissionDeniedError');
  }
}

/** 404: no such resource in this account. */
export class NotFoundError extends APIError {
  static {
    named(NotFoundError, 'NotFoundError');
  }
}

/** 409: the request conflicts with the current state (or reuses an idempotency key with another body). */
export class ConflictError extends APIError {
  static {
    named(ConflictError, 'ConflictError');
  }
}

/** 413: the body is larger than allowed. */
export class PayloadTooLargeError extends APIError {
  static {
    named(PayloadTooLargeError, 'PayloadTooLargeError');
  }
}

/** 422: well-formed but not acceptable in this state. */
export class UnprocessableEntityError extends APIError {
  static {
    named(UnprocessableEntityError, 'UnprocessableEntityError');
  }
}

/** 429: rate limited (thrown once the retries are used up). */
export class RateLimitError extends APIError {
  static {
    named(RateLimitError, 'RateLimitError');
  }
}

/** 5xx: the server or a dependency failed (thrown once the retries are used up). */
export class InternalServerError extends APIError {
  static {
    named(InternalServerError, 'InternalServerError');
  }
}

/** The request never got a response: DNS, refused connection, reset, offline. The fetch error is `cause`. */
export class APIConnectionError extends Igny8Error {
  static {
    named(APIConnectionError, 'APIConnectionError');
  }

  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No response arrived within `timeout` milliseconds. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static {
    named(APIConnectionTimeoutError, 'APIConnectionTimeoutError');
  }

  constructor(message = 'Request timed out.') {
    super(message);
  }
}

/** The caller's `signal` aborted the request (or a wait). */
export class APIUserAbortError extends Igny8Error {
  static {
    named(APIUserAbortError, 'APIUserAbortError');
  }

  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** `operations.wait()` saw the operation end as `failed` or `cancelled`. */
export class OperationFailedError extends Igny8Error {
  static {
    named(OperationFailedError, 'OperationFailedError');
  }

  /** The operation as last seen. */
  readonly operation: Operation;
  /** The operation's `error.code`; `'CANCELLED'` when it was cancelled without one. */
  readonly code: ErrorCode | (string & {});
  /** The operation's `error.details`. */
  readonly details: Record<string, unknown> | undefined;

  constructor(operation: Operation) {
    super(operation.error?.message ?? `Operation ${operation.id} ${operation.status}.`);
    this.operation = operation;
    this.code = operation.error?.code ?? (operation.status === 'cancelled' ? 'CANCELLED' : 'UNKNOWN');
    this.details = operation.error?.details;
  }
}

/** `operations.wait()` gave up after `timeoutMs`; the operation itself goes on running on the server. */
export class OperationTimeoutError extends Igny8Error {
  static {
    named(OperationTimeoutError, 'OperationTimeoutError');
  }

  /** The operation as last seen. */
  readonly operation: Operation;

  constructor(operation: Operation, timeoutMs: number) {
    super(`Operation ${operation.id} was still ${operation.status} after ${timeoutMs} ms.`);
    this.operation = operation;
  }
}

/** True for any error the SDK throws, from this or any other copy of the SDK. */
export const isIgny8Error = (value: unknown): value is Igny8Error => Igny8Error.is(value);

/** True for an error response of the API, from this or any other copy of the SDK. */
export const isAPIError = (value: unknown): value is APIError => APIError.is(value);
