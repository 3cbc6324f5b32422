import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  APIUserAbortError,
  Igny8,
  NotFoundError,
  OperationFailedError,
  OperationTimeoutError,
  type Schemas,
} from '../src/index.js';
import { BASE_URL, fail, ok, operation, server, url } from './mock-api.js';

/** GET /v1/operations/op1 answers with each state in turn, the last one repeating. */
function states(...list: ReturnType<typeof operation>[]) {
  let polls = 0;
  server.use(http.get(url('/v1/operations/op1'), () => ok(list[Math.min(polls++, list.length - 1)])));
  return () => polls;
}

describe('operations.wait', () => {
  it('polls until the operation succeeds and resolves with it', async () => {
    const polls = states(operation('queued'), operation('running'), operation('succeeded'));
    const onProgress = vi.fn<(op: Schemas['Operation']) => void>();
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const done = await client.operations.wait('op1', { intervalMs: 5, onProgress });
    expect(done).toMatchObject({ id: 'op1', status: 'succeeded', result: { url: 'x' } });
    expect(polls()).toBe(3);
    expect(onProgress.mock.calls.map(([op]) => op.status)).toEqual(['queued', 'running', 'succeeded']);
  });

  it('throws OperationFailedError with the operation and its error code when it fails', async () => {
    const failed = operation('failed', {
      error: { code: 'INSUFFICIENT_CREDITS', message: 'Out of credits', details: { needed: 5 } },
    });
    states(operation('running'), failed);
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const error = await client.operations.wait('op1', { intervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationFailedError);
    expect(OperationFailedError.is(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'OperationFailedError',
      code: 'INSUFFICIENT_CREDITS',
      message: 'Out of credits',
      details: { needed: 5 },
      operation: failed,
    });
  });

  it('throws OperationFailedError when the operation is cancelled', async () => {
    states(operation('cancelled'));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    await expect(client.operations.wait('op1')).rejects.toMatchObject({
      name: 'OperationFailedError',
      code: 'CANCELLED',
    });
  });

  it('gives up with OperationTimeoutError after timeoutMs', async () => {
    states(operation('running'));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const error = await client.operations.wait('op1', { intervalMs: 10, timeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationTimeoutError);
    expect(error).toMatchObject({ operation: { status: 'running' } });
  });

  it('stops when the signal aborts', async () => {
    states(operation('running'));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(client.operations.wait('op1', { intervalMs: 1000, signal: controller.signal })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
  });

  it('lets API errors of the poll through', async () => {
    server.use(http.get(url('/v1/operations/op1'), () => fail(404, 'NOT_FOUND')));
    const client = new Igny8({ baseUrl: BASE_URL, apiKey: 'k' });
    await expect(client.operations.wait('op1')).rejects.toBeInstanceOf(NotFoundError);
  });
});
