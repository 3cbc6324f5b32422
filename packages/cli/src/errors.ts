// What a failure says to the person at the terminal: a sentence or two from the SDK's error code (what happened and
// what to do next), the code and request id to quote, and the exit code. A stack trace only with `--debug`.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  OperationFailedError,
  OperationTimeoutError,
} from '@igny8/sdk';

/** The exit codes (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** An error from the API (or an operation or run that failed), or a confirmation declined. */
  error: 1,
  /** A usage error: an unknown command or option, a missing argument, a prompt that cannot be shown. */
  usage: 2,
  /** `automation run --watch` / `automation watch`: the run paused (out of credits, or asked to). */
  paused: 3,
  /** Ctrl-C. */
  interrupted: 130,
} as const;

/** An error of the CLI itself (not from the API): its message is shown as is. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: { exitCode?: number; code?: string; details?: Record<string, unknown> } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? EXIT.error;
    this.code = options.code ?? (this.exitCode === EXIT.usage ? 'USAGE' : 'ERROR');
    this.details = options.details;
  }
}

/** A usage error: exit code 2. */
export const usage = (message: string) => new CliError(message, { exitCode: EXIT.usage });

/** What the CLI knows of how it was called, for the hints. */
export interface ErrorContext {
  baseUrl: string;
  /** How the request was authenticated. */
  credential: 'api_key' | 'session' | 'none';
}

export interface Described {
  /** The lines for stderr. */
  lines: string[];
  exitCode: number;
  /** For `--json`: `{ error: … }` on stdout. */
  json: { code: string; message: string; status?: number; details?: unknown; request_id?: string };
}

type Details = Record<string, unknown> | undefined;

const n = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value ?? '?'));

const LOGIN = 'Run `igny8 login` to sign in again (or set IGNY8_API_KEY).';
const BUY =
  'Buy credits in the app (Billing → Credit packages) or through the API (GET /v1/billing/credit-packages, then ' +
  'POST /v1/billing/credit-packages/{id}/purchase), or wait for the plan to renew.';

/** The estimate says the credits are short: said as the API's INSUFFICIENT_CREDITS would be. */
export function insufficientCredits(required: number, available: number): CliError {
  return new CliError(
    hint('INSUFFICIENT_CREDITS', '', { required, available }, { baseUrl: '', credential: 'none' }).join('\n'),
    {
      code: 'INSUFFICIENT_CREDITS',
      details: { required, available },
    },
  );
}

/** Hints by error code: what to do about it. `message` is the server's (or the operation's) own sentence. */
function hint(code: string, message: string, details: Details, context: ErrorContext): string[] {
  switch (code) {
    case 'UNAUTHENTICATED':
      return context.credential === 'none'
        ? [`Not signed in to ${context.baseUrl}.`, LOGIN]
        : [message, context.credential === 'api_key' ? 'Check the API key (--api-key or IGNY8_API_KEY).' : LOGIN];
    case 'TOKEN_EXPIRED':
    case 'TOKEN_INVALID':
    case 'REFRESH_TOKEN_REUSED':
      return [
        context.credential === 'api_key' ? message : `Your session with ${context.baseUrl} has ended (${message})`,
        context.credential === 'api_key' ? 'Check the API key (--api-key or IGNY8_API_KEY).' : LOGIN,
      ];
    case 'API_KEY_REVOKED':
      return [message, 'Create a new API key (Settings → API keys) and set IGNY8_API_KEY to it.'];
    case 'INVALID_CREDENTIALS':
      return ['Wrong email or password.'];
    case 'INSUFFICIENT_CREDITS':
      return [
        details && 'required' in details
          ? `Not enough credits: this needs ${n(details.required)}, and ${n(details.available)} are available.`
          : `Not enough credits. ${message}`,
        BUY,
      ];
    case 'SITE_BUDGET_EXCEEDED':
      return [message, "An admin can raise the site's monthly credit cap (Settings → Budget), or wait for next month."];
    case 'PLAN_LIMIT_REACHED':
      return [message, 'Upgrade the plan (Billing → Plans) for more.'];
    case 'ACCOUNT_INACTIVE':
      return [message, 'Pay the open invoice (Billing → Invoices) to reactivate the account.'];
    case 'INSUFFICIENT_ROLE':
    case 'FORBIDDEN':
      return [message, 'Ask an owner or admin of the account for a higher role.'];
    case 'RATE_LIMITED':
      return [
        message,
        'The CLI already waited and retried as the server asked (Retry-After); wait a minute and run it again.',
      ];
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
    case 'INVALID_ID': {
      const issues = Array.isArray(details?.issues) ? (details.issues as { path?: unknown[]; message?: string }[]) : [];
      return [
        message,
        ...issues.slice(0, 10).map((i) => `  ${(i.path ?? []).join('.') || '(body)'}: ${i.message ?? 'not valid'}`),
      ];
    }
    case 'NO_KEYWORDS':
      return [message, 'Import some first: `igny8 keywords import <file.csv>`.'];
    case 'FILE_NOT_TEXT':
      return [`${message}${details?.line ? ` (line ${details.line})` : ''}`, 'Save the file as UTF-8 text (CSV).'];
    case 'AUTOMATION_RUN_ACTIVE':
      return [message, 'Watch it with `igny8 automation watch`.'];
    case 'SITE_INACTIVE':
      return [message, 'Resume the site first (Settings → Site → Live).'];
    case 'NOT_FOUND':
      return [message];
    case 'AI_PROVIDER_FAILED':
      return [message, 'The AI provider failed; try again later.'];
    default:
      return [message];
  }
}

/** Turns anything thrown into what to print and the exit code. */
export function describeError(error: unknown, context: ErrorContext): Described {
  if (error instanceof CliError) {
    return {
      lines: [error.message],
      exitCode: error.exitCode,
      json: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
    };
  }
  if (APIConnectionTimeoutError.is(error)) {
    const message = `The Igny8 API at ${context.baseUrl} did not answer in time.`;
    return {
      lines: [message, 'Try again; check the server.'],
      exitCode: EXIT.error,
      json: { code: 'TIMEOUT', message },
    };
  }
  if (APIConnectionError.is(error)) {
    const cause = (error as { cause?: { cause?: { code?: string }; code?: string } }).cause;
    const why = cause?.cause?.code ?? cause?.code;
    const message = `Could not connect to the Igny8 API at ${context.baseUrl}${why ? ` (${why})` : ''}.`;
    return {
      lines: [message, 'Is the server running? Give its address with --base-url or IGNY8_BASE_URL.'],
      exitCode: EXIT.error,
      json: { code: 'CONNECTION_FAILED', message },
    };
  }
  if (APIUserAbortError.is(error)) {
    return {
      lines: ['Interrupted.'],
      exitCode: EXIT.interrupted,
      json: { code: 'INTERRUPTED', message: 'Interrupted.' },
    };
  }
  if (APIError.is(error)) {
    const lines = hint(error.code, error.message, error.details, context);
    lines.push(`(${error.code}, HTTP ${error.status}${error.requestId ? `, request ${error.requestId}` : ''})`);
    return {
      lines,
      exitCode: EXIT.error,
      json: {
        code: error.code,
        message: error.message,
        status: error.status,
        ...(error.details ? { details: error.details } : {}),
        ...(error.requestId ? { request_id: error.requestId } : {}),
      },
    };
  }
  if (OperationFailedError.is(error)) {
    const op = error.operation;
    const lines = hint(error.code, error.message, error.details, context);
    lines[0] = `The ${op.kind} operation ${op.status}: ${lines[0]}`;
    lines.push(`(${error.code}, operation ${op.id})`);
    return {
      lines,
      exitCode: EXIT.error,
      json: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
    };
  }
  if (OperationTimeoutError.is(error)) {
    const message = `${error.message} It goes on on the server.`;
    return { lines: [message], exitCode: EXIT.error, json: { code: 'TIMEOUT', message } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    lines: [`Unexpected error: ${message}`, 'Run it again with --debug for the details.'],
    exitCode: EXIT.error,
    json: { code: 'UNEXPECTED', message },
  };
}
