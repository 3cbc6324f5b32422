// What every fake route module shares: the site, the clock, and the shape of a request and an answer.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SITE_ID = '11111111-1111-4111-8111-111111111111';
export const SITE = `/v1/sites/${SITE_ID}`;
export const NOW = '2026-01-01T00:00:00Z';

export interface FakeRequest {
  method: string;
  /** The API path, e.g. `/v1/sites/…/keywords` (without the `/api` prefix the host page uses). */
  path: string;
  url: URL;
  /** The parsed JSON body (undefined when there is none). */
  body: () => Promise<any>;
  req: IncomingMessage;
  /** For a route that answers itself (a stream); it then returns `'handled'`. */
  res: ServerResponse;
}

/** `data` (and `meta`) in the API's envelope, or an `error` with its status, or raw bytes. */
export interface FakeReply {
  status?: number;
  data?: unknown;
  meta?: unknown;
  error?: { code: string; message: string; details?: unknown };
  raw?: { type: string; body: string | Buffer; headers?: Record<string, string> };
}

/** A screen's routes: answers what it knows, `undefined` for the next module to try. */
export type FakeRoutes = (
  r: FakeRequest,
) => Promise<FakeReply | 'handled' | undefined> | FakeReply | 'handled' | undefined;

export const ok = (data: unknown, meta?: unknown): FakeReply => ({ data, ...(meta ? { meta } : {}) });
export const created = (data: unknown): FakeReply => ({ status: 201, data });
export const accepted = (data: unknown): FakeReply => ({ status: 202, data });
export const notFound = (): FakeReply => ({ status: 404, error: { code: 'NOT_FOUND', message: 'not found' } });
export const page = (data: unknown[]): FakeReply => ({ data, meta: { next_cursor: null } });
export const uuid = (prefix: string, n: number) => `${prefix}-${String(n).padStart(12, '0')}`;

/** An operation in the API's shape. */
export const operation = (
  id: string,
  kind: string,
  status: string,
  done: number,
  total: number,
  result: unknown = null,
  error: unknown = null,
) => ({
  id,
  kind,
  status,
  progress: { done, total },
  result,
  error,
  created_at: NOW,
  updated_at: NOW,
  finished_at: status === 'succeeded' || status === 'failed' ? NOW : null,
});
