// A loopback server for the browser tests: serves host pages, the built widget (`/widget/…`, the dist folder as a host
// would serve it) and answers the API routes the widget calls with canned data in the API's envelope — each screen's
// routes live in `fake/<screen>.ts`. The first session token (`tok-1`) is always refused as expired, so the renewal
// path runs in the browser too, with the overview's requests racing into it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { TEST_DIST as DIST_DIR } from './build.js';
import type { FakeReply, FakeRoutes } from './fake/common.js';
import { allRoutes } from './fake/index.js';

export { SITE_ID } from './fake/common.js';

export interface FakeApi {
  url: string;
  requests: { method: string; path: string; auth: string | undefined; body?: unknown }[];
  close(): Promise<void>;
}

// Operations the API answers without a token (`security: []` in openapi.yaml) that a screen calls.
const PUBLIC_PATHS = new Set(['/v1/plans']);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

export interface FakeApiOptions {
  /** Extra routes tried before the screens' (a test's own answers). */
  routes?: FakeRoutes[];
  /** Milliseconds each API answer waits (to watch loading states). */
  delayMs?: number;
}

export async function startFakeApi(
  files: Record<string, { type: string; body: string | Buffer }>,
  options: FakeApiOptions = {},
): Promise<FakeApi> {
  const routes = [...(options.routes ?? []), ...allRoutes()];
  const requests: FakeApi['requests'] = [];
  const send = (res: ServerResponse, reply: FakeReply) => {
    if (reply.raw) {
      res.writeHead(reply.status ?? 200, { 'content-type': reply.raw.type, ...reply.raw.headers });
      res.end(reply.raw.body);
      return;
    }
    const status = reply.status ?? (reply.error ? 400 : 200);
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req-${status}` });
    if (status === 204) return res.end();
    res.end(
      JSON.stringify(
        reply.error
          ? { error: reply.error, request_id: `req-${status}` }
          : { data: reply.data, ...(reply.meta ? { meta: reply.meta } : {}), request_id: 'req-fake' },
      ),
    );
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = files[url.pathname];
    if (file) {
      res.writeHead(200, { 'content-type': file.type });
      res.end(file.body);
      return;
    }
    if (url.pathname.startsWith('/widget/')) {
      const path = normalize(join(DIST_DIR, url.pathname.slice('/widget/'.length)));
      if (!path.startsWith(DIST_DIR) || !existsSync(path) || !statSync(path).isFile()) {
        return send(res, { status: 404, error: { code: 'NO_FILE', message: url.pathname } });
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(path));
      return;
    }
    if (!url.pathname.startsWith('/api/v1/'))
      return send(res, { status: 404, error: { code: 'ROUTE_NOT_FOUND', message: 'no' } });
    const path = url.pathname.slice(4);
    const auth = req.headers.authorization;
    const method = req.method ?? 'GET';
    const entry: FakeApi['requests'][number] = { method, path, auth };
    requests.push(entry);
    if (auth === 'Bearer tok-1')
      return send(res, { status: 401, error: { code: 'TOKEN_EXPIRED', message: 'expired' } });
    if (!auth?.startsWith('Bearer tok-') && !(auth === undefined && PUBLIC_PATHS.has(path)))
      return send(res, { status: 401, error: { code: 'UNAUTHENTICATED', message: 'no' } });
    let parsed: Promise<unknown> | undefined;
    const body = () => {
      parsed ??= (async () => {
        let text = '';
        for await (const chunk of req) text += chunk;
        const value = text ? JSON.parse(text) : undefined;
        entry.body = value;
        return value;
      })();
      return parsed;
    };
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    for (const route of routes) {
      const reply = await route({ method, path, url, body, req, res });
      if (reply === 'handled') return;
      if (reply) return send(res, reply);
    }
    send(res, { status: 404, error: { code: 'NOT_FOUND', message: `no fake for ${method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
