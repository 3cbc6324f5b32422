import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Igny8,
  Igny8Error,
  InternalServerError,
  isAPIError,
  isIgny8Error,
  NotFoundError,
  OperationFailedError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index.js';
import { BASE_URL, fail, server, url } from './mock-api.js';

const client = () => new Igny8({ baseUrl: BASE_URL, apiKey: 'k', maxRetries: 0 });

describe('error responses', () => {
  const cases = [
    [400, 'VALIDATION_FAILED', BadRequestError],
    [401, 'TOKEN_INVALID', AuthenticationError],
    [402, 'INSUFFICIENT_CREDITS', PaymentRequiredError],
    [403, 'PLAN_LIMIT_REACHED', PermissionDeniedError],
    [404, 'NOT_FOUND', NotFoundError],
    [409, 'EMAIL_TAKEN', ConflictError],
    [413, 'PAYLOAD_TOO_LARGE', PayloadTooLargeError],
    [422, 'SECTOR_NOT_IN_INDUSTRY', UnprocessableEntityError],
    [429, 'RATE_LIMITED', RateLimitError],
    [500, 'INTERNAL', InternalServerError],
    [503, 'UNAVAILABLE', InternalServerError],
  ] as const;

  it.each(cases)('%i becomes the right class, with code, details and request id', async (status, code, ErrorClass) => {
    server.use(
      http.get(url('/v1/sites/:id'), () => fail(status, code, { details: { limit: 1 }, requestId: `req_${status}` })),
    );
    const error = await client()
      .sites.get('s1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({
      name: ErrorClass.name,
      status,
      code,
      message: `${code} happened`,
      details: { limit: 1 },
      requestId: `req_${status}`,
    });
    expect((error as APIError).headers.get('content-type')).toContain('application/json');
  });

  it('takes the request id from X-Request-Id when the body has none', async () => {
    server.use(http.get(url('/v1/me'), () => fail(404, 'NOT_FOUND', { headers: { 'X-Request-Id': 'req_hdr' } })));
    await expect(client().me.get()).rejects.toMatchObject({ requestId: 'req_hdr', code: 'NOT_FOUND' });
  });

  it('still gives an APIError by status when the body is not an envelope', async () => {
    server.use(http.get(url('/v1/me'), () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const error = await client()
      .me.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: 'UNKNOWN', requestId: undefined });
  });

  it('APIError.generate picks the class by status', () => {
    const body = { error: { code: 'CONFLICT', message: 'no' }, request_id: 'r1' };
    expect(APIError.generate(409, body, {})).toBeInstanceOf(ConflictError);
    expect(APIError.generate(504, undefined, new Headers())).toBeInstanceOf(InternalServerError);
    const teapot = APIError.generate(418, body, { 'x-request-id': 'r2' });
    expect(teapot.constructor).toBe(APIError);
    expect(teapot).toMatchObject({ name: 'APIError', status: 418, code: 'CONFLICT', requestId: 'r1' });
  });

  it('every class sets its name', () => {
    expect(new Igny8Error('x').name).toBe('Igny8Error');
    expect(new APIConnectionError().name).toBe('APIConnectionError');
    expect(String(APIError.generate(404, undefined))).toBe('NotFoundError: Request failed with status 404');
  });
});

describe('type guards', () => {
  const brand = Symbol.for('igny8.sdk.error');

  it('recognise errors of this copy by class and by lineage', () => {
    const error = APIError.generate(404, undefined);
    expect(NotFoundError.is(error)).toBe(true);
    expect(APIError.is(error)).toBe(true);
    expect(Igny8Error.is(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    expect(isIgny8Error(error)).toBe(true);
    expect(ConflictError.is(error)).toBe(false);
    expect(APIError.is(new APIConnectionError())).toBe(false);
    expect(isIgny8Error(new APIConnectionError())).toBe(true);
  });

  it('recognise an error from another copy of the SDK, where instanceof fails', async () => {
    // A plain object with the global brand and a name: what another bundle's error looks like from here.
    const foreign = Object.assign(new Error('gone'), { name: 'NotFoundError', status: 404, [brand]: true });
    expect(foreign instanceof NotFoundError).toBe(false);
    expect(NotFoundError.is(foreign)).toBe(true);
    expect(APIError.is(foreign)).toBe(true);
    expect(isAPIError(foreign)).toBe(true);
    expect(isIgny8Error(foreign)).toBe(true);
    expect(ConflictError.is(foreign)).toBe(false);
    expect(OperationFailedError.is(foreign)).toBe(false);

    // A real second copy: the same module evaluated again, with its own classes.
    vi.resetModules();
    const copy = await import('../src/errors.js');
    expect(copy.NotFoundError).not.toBe(NotFoundError);
    const theirs = copy.APIError.generate(404, undefined);
    expect(theirs instanceof NotFoundError).toBe(false);
    expect(NotFoundError.is(theirs)).toBe(true);
    expect(isAPIError(theirs)).toBe(true);
    expect(copy.isAPIError(APIError.generate(429, undefined))).toBe(true);
    expect(copy.RateLimitError.is(APIError.generate(429, undefined))).toBe(true);
  });

  it('reject look-alikes without the brand, and non-errors', () => {
    expect(NotFoundError.is(Object.assign(new Error('x'), { name: 'NotFoundError' }))).toBe(false);
    expect(isIgny8Error(null)).toBe(false);
    expect(isIgny8Error('NotFoundError')).toBe(false);
    expect(isAPIError({ [brand]: true, name: 'SomethingElse' })).toBe(false);
  });
});
