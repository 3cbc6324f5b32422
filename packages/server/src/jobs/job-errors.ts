// What a failed attempt of a job means: whether another attempt can succeed, and what the user is told.
// An input the work cannot use fails the same way every time, so it fails at once with its own code; a
// database or provider that is away for a moment may be back on the next attempt; anything else is a
// fault of ours, retried in case it was passing, then reported as JOB_FAILED with the step it failed in
// and no internals (the stack goes to the server's log).
import { ZodError } from 'zod';
import { isProviderError, type ProviderErrorCode } from '../ai/errors.js';
import { AppError, type ErrorCode } from '../errors.js';

export interface OperationError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type JobFailure =
  /** The same input fails the same way: record it now. */
  | { kind: 'deterministic'; error: OperationError }
  /** May pass on another attempt: retry; on the last one, record `error`. */
  | { kind: 'transient'; error: OperationError }
  /** Not ours to explain to the user: retry, then record `error`; log the stack. */
  | { kind: 'unexpected'; error: OperationError };

export interface FailureContext {
  /** What the job does, as the start of a sentence: "The keyword import". */
  title: string;
  /** What it was doing when it failed: "saving the keywords". */
  step: string;
  /** Attempts made so far, this one included. */
  attempts: number;
}

const PROVIDER_MESSAGES: Record<ProviderErrorCode, string> = {
  RATE_LIMITED: 'the AI provider is rate limiting requests',
  TIMEOUT: 'the AI provider did not answer in time',
  INVALID_OUTPUT: 'the AI provider did not return a usable answer',
  UNAVAILABLE: 'the AI provider is unavailable',
  QUOTA_EXCEEDED: 'the AI provider’s quota is used up (the operator’s account with it needs attention)',
  BAD_REQUEST: 'the AI provider refused the request',
};

/**
 * SQLSTATE classes that a later attempt can get past: connection exceptions (08), serialization
 * failures and deadlocks (40), insufficient resources (53), operator intervention such as a restart (57),
 * a lock not available (55P03).
 */
const TRANSIENT_SQLSTATE = /^(08|40|53|57)|^55P03$/;
/**
 * Data exceptions (22: out of range, invalid text, NUL in text) and integrity violations (23) repeat, except
 * a unique violation (23505), which in a job is usually a race with other work and may pass next time.
 */
const DETERMINISTIC_SQLSTATE = /^22|^23(?!505$)/;
/** Errors of the socket or the pool under pg and fetch. */
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
const TRANSIENT_MESSAGES = /Connection terminated|Timeout acquiring a connection|connection timeout/i;

export function classifyJobFailure(err: unknown, ctx: FailureContext): JobFailure {
  if (err instanceof AppError) {
    // Our own errors carry a code and a message written for the user; 5xx ones (a dependency away) may heal.
    return {
      kind: err.status < 500 ? 'deterministic' : 'transient',
      error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
    };
  }
  if (err instanceof ZodError) {
    return {
      kind: 'deterministic',
      error: {
        code: 'VALIDATION_FAILED',
        message: `${ctx.title} failed while ${ctx.step}: its input is not valid.`,
        details: { step: ctx.step, issues: err.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
      },
    };
  }
  if (isProviderError(err)) {
    return {
      kind: err.retryable ? 'transient' : 'deterministic',
      error: {
        code: 'AI_PROVIDER_FAILED',
        message: `${ctx.title} failed while ${ctx.step}: ${PROVIDER_MESSAGES[err.code]}.${err.retryable ? ` Tried ${ctx.attempts} times; try again later.` : ''}`,
        details: { step: ctx.step, provider_code: err.code, attempts: ctx.attempts },
      },
    };
  }
  const tried = `Tried ${ctx.attempts} ${ctx.attempts === 1 ? 'time' : 'times'}`;
  const generic = (reason: string, advice: string): OperationError => ({
    code: 'JOB_FAILED',
    message: `${ctx.title} failed while ${ctx.step}${reason}. ${tried}; ${advice}`,
    details: { step: ctx.step, attempts: ctx.attempts },
  });
  const later = 'try again later.';
  const support = "if it fails again, contact support with the operation's id.";
  const code = errorCode(err);
  if (code && TRANSIENT_SQLSTATE.test(code)) {
    return { kind: 'transient', error: generic(': the database was unavailable', later) };
  }
  if (code && TRANSIENT_NODE_CODES.has(code))
    return { kind: 'transient', error: generic(': a connection failed', later) };
  if (err instanceof Error && TRANSIENT_MESSAGES.test(err.message)) {
    return { kind: 'transient', error: generic(': the database was unavailable', later) };
  }
  // A value the database refuses, or text that does not parse, fails again on every attempt: a fault of ours
  // (the input should have been checked first), so the user can only report it.
  if ((code && DETERMINISTIC_SQLSTATE.test(code)) || err instanceof SyntaxError || err instanceof RangeError) {
    return { kind: 'deterministic', error: generic('', `please contact support with the operation's id.`) };
  }
  return { kind: 'unexpected', error: generic('', `try again, and ${support}`) };
}

/**
 * Whether the failure is one we expected and explained (our own errors, invalid input, a provider's refusal):
 * those are logged as a line; anything else with its stack, since it is a fault to find.
 */
export function isExplainedFailure(err: unknown): boolean {
  return err instanceof AppError || err instanceof ZodError || isProviderError(err);
}

/** A pg error's SQLSTATE or a system error's code, looking through `cause` (undici wraps its socket errors). */
function errorCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}
