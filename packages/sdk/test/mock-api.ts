// A fake Igny8 API at http://api.test (msw intercepts the global fetch), and small envelope builders.
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const BASE_URL = 'http://api.test';
export const url = (path: string) => `${BASE_URL}${path}`;

export const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

export const ok = (data: unknown, init?: ResponseInit & { meta?: unknown }) =>
  HttpResponse.json({ data, ...(init?.meta ? { meta: init.meta } : {}), request_id: 'req_ok' }, init);

export const fail = (
  status: number,
  code: string,
  init: { details?: Record<string, unknown>; requestId?: string; headers?: Record<string, string> } = {},
) =>
  HttpResponse.json(
    {
      error: { code, message: `${code} happened`, ...(init.details ? { details: init.details } : {}) },
      ...(init.requestId ? { request_id: init.requestId } : {}),
    },
    { status, headers: init.headers },
  );

export const site = (id: string) => ({
  id,
  name: `Site ${id}`,
  slug: `site-${id}`,
  url: null,
  description: '',
  industry_id: '00000000-0000-4000-8000-000000000001',
  sector_ids: [],
  active: true,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
});

export const authSession = (access: string, refresh: string) => ({
  access_token: access,
  token_type: 'Bearer',
  expires_in: 900,
  refresh_token: refresh,
  refresh_expires_at: '2025-02-01T00:00:00Z',
  user: { id: 'u1', email: 'a@example.com', name: 'A', created_at: '2025-01-01T00:00:00Z' },
  account: {},
  role: 'owner',
});

export const operation = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 'op1',
  kind: 'account.export',
  status,
  progress: { done: status === 'succeeded' ? 1 : 0, total: 1 },
  result: status === 'succeeded' ? { url: 'x' } : null,
  error: null,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  finished_at: null,
  ...extra,
});
