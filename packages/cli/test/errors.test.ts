// What each error code says: what happened, what to do next, and the code and request id to quote; never a stack.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  OperationFailedError,
  type Schemas,
} from '@igny8/sdk';
import { describe, expect, it } from 'vitest';
import { CliError, describeError, type ErrorContext, insufficientCredits } from '../src/errors.js';

const session: ErrorContext = { baseUrl: 'http://127.0.0.1:8080', credential: 'session' };
const apiKey: ErrorContext = { ...session, credential: 'api_key' };
const none: ErrorContext = { ...session, credential: 'none' };

const api = (status: number, code: string, message: string, details?: Record<string, unknown>) =>
  APIError.generate(status, { error: { code, message, details }, request_id: 'req-1' }, {});

const said = (error: unknown, context = session) => describeError(error, context).lines.join('\n');

describe('messages by error code', () => {
  it('INSUFFICIENT_CREDITS: what it needs, what is there, how to buy credits', () => {
    const d = describeError(
      api(402, 'INSUFFICIENT_CREDITS', 'This needs 180 credits; 40 are available.', { required: 180, available: 40 }),
      session,
    );
    expect(d.exitCode).toBe(1);
    expect(d.lines).toEqual([
      'Not enough credits: this needs 180, and 40 are available.',
      'Buy credits in the app (Billing → Credit packages) or through the API (GET /v1/billing/credit-packages, then ' +
        'POST /v1/billing/credit-packages/{id}/purchase), or wait for the plan to renew.',
      '(INSUFFICIENT_CREDITS, HTTP 402, request req-1)',
    ]);
    expect(d.json).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      message: 'This needs 180 credits; 40 are available.',
      status: 402,
      details: { required: 180, available: 40 },
      request_id: 'req-1',
    });
  });

  it('the estimate coming short says the same as the API would', () => {
    const d = describeError(insufficientCredits(1_200, 40), session);
    expect(d.lines.join('\n')).toMatch(/^Not enough credits: this needs 1,200, and 40 are available\.\nBuy credits/);
    expect(d.json.code).toBe('INSUFFICIENT_CREDITS');
  });

  it('UNAUTHENTICATED and TOKEN_EXPIRED: run igny8 login (or check the key)', () => {
    expect(said(api(401, 'UNAUTHENTICATED', 'Credentials are required.'), none)).toMatch(
      /^Not signed in to http:\/\/127\.0\.0\.1:8080\.\nRun `igny8 login`/,
    );
    expect(said(api(401, 'TOKEN_EXPIRED', 'The token has expired.'))).toMatch(
      /^Your session with http:\/\/127\.0\.0\.1:8080 has ended \(The token has expired\.\)\nRun `igny8 login`/,
    );
    expect(said(api(401, 'REFRESH_TOKEN_REUSED', 'Sign in again.'))).toContain('Run `igny8 login`');
    expect(said(api(401, 'UNAUTHENTICATED', 'The API key is not valid.'), apiKey)).toMatch(
      /^The API key is not valid\.\nCheck the API key \(--api-key or IGNY8_API_KEY\)\./,
    );
    expect(said(api(401, 'INVALID_CREDENTIALS', 'Invalid email or password.'))).toMatch(/^Wrong email or password\./);
  });

  it('RATE_LIMITED: the SDK already waited and retried', () => {
    expect(said(api(429, 'RATE_LIMITED', 'Too many requests.'))).toMatch(
      /^Too many requests\.\nThe CLI already waited and retried as the server asked \(Retry-After\)/,
    );
  });

  it('VALIDATION_FAILED: each field and what is wrong with it', () => {
    const error = api(400, 'VALIDATION_FAILED', 'The request body is not valid.', {
      issues: [
        { path: ['language'], code: 'too_small', message: 'Too small: expected string to have >=2 characters' },
        { path: ['rows', '3', 'phrase'], code: 'invalid_type', message: 'Required' },
      ],
    });
    expect(describeError(error, session).lines).toEqual([
      'The request body is not valid.',
      '  language: Too small: expected string to have >=2 characters',
      '  rows.3.phrase: Required',
      '(VALIDATION_FAILED, HTTP 400, request req-1)',
    ]);
  });

  it('other codes: the server message, a next step where there is one', () => {
    expect(said(api(409, 'AUTOMATION_RUN_ACTIVE', 'A run is under way.'))).toContain('igny8 automation watch');
    expect(said(api(422, 'NO_KEYWORDS', 'No keywords to cluster.'))).toContain('igny8 keywords import');
    expect(said(api(403, 'PLAN_LIMIT_REACHED', 'The plan allows 500 keywords.'))).toContain('Upgrade the plan');
    expect(said(api(422, 'FILE_NOT_TEXT', 'The file is not text.', { line: 3 }))).toContain('(line 3)');
    expect(said(api(418, 'TEAPOT', 'I am a teapot.'))).toBe('I am a teapot.\n(TEAPOT, HTTP 418, request req-1)');
  });
});

describe('errors without a response', () => {
  it('a refused connection names the address tried', () => {
    const refused = new APIConnectionError('Connection error.', {
      cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
    });
    const d = describeError(refused, session);
    expect(d.lines).toEqual([
      'Could not connect to the Igny8 API at http://127.0.0.1:8080 (ECONNREFUSED).',
      'Is the server running? Give its address with --base-url or IGNY8_BASE_URL.',
    ]);
    expect(d.exitCode).toBe(1);
    expect(said(new APIConnectionTimeoutError())).toContain('did not answer in time');
  });

  it('an interruption exits with 130', () => {
    expect(describeError(new APIUserAbortError(), session).exitCode).toBe(130);
  });

  it('a failed operation: its kind, its error and what to do', () => {
    const operation = {
      id: 'op-1',
      kind: 'keywords.cluster',
      status: 'failed',
      progress: { done: 0, total: 10 },
      result: null,
      error: { code: 'INSUFFICIENT_CREDITS', message: 'Out of credits.', details: { required: 9, available: 2 } },
    } as unknown as Schemas['Operation'];
    expect(describeError(new OperationFailedError(operation), session).lines).toEqual([
      'The keywords.cluster operation failed: Not enough credits: this needs 9, and 2 are available.',
      expect.stringMatching(/^Buy credits/),
      '(INSUFFICIENT_CREDITS, operation op-1)',
    ]);
  });

  it("the CLI's own errors keep their exit code; anything else is unexpected, with a pointer to --debug", () => {
    expect(describeError(new CliError('Which site?', { exitCode: 2 }), session)).toMatchObject({
      lines: ['Which site?'],
      exitCode: 2,
      json: { code: 'USAGE' },
    });
    const d = describeError(new RangeError('boom'), session);
    expect(d.lines).toEqual(['Unexpected error: boom', 'Run it again with --debug for the details.']);
    expect(d.lines.join('\n')).not.toMatch(/\bat\b.*:\d+:\d+/);
  });
});
