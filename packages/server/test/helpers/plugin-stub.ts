// A stand-in for a WordPress site's Igny8 plugin, on loopback, for the server's publishing tests that need a site
// that fails, hangs or refuses on cue (the real plugin in a real WordPress is exercised in e2e/). It verifies every
// request's signature with the secret the connect gave, as the plugin does, and keeps the posts it was sent by
// content id (an upsert, as the plugin's). Connects a site of the API to itself.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { verifyRequest } from '../../src/domain/integrations/signing.js';
import { call } from './http.js';

export interface StubPost {
  post_id: number;
  content_id: string;
  body: Record<string, any>;
  status: string;
  writes: number;
}

export interface PluginStub {
  url: string;
  siteId: string;
  secret: string;
  posts: Map<string, StubPost>;
  /** Every signed request that reached a route, in order: method, path, body. */
  requests: { method: string; path: string; body: any; at: number }[];
  /** What the next requests to /posts get: the post written, or an error (status, WordPress code). */
  mode: 'ok' | { status: number; code: string; message?: string; times?: number };
  /** Delay before answering /posts, in ms. */
  delayMs: number;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data));
  });

export async function startPluginStub(apiUrl: string, token: string, siteId: string): Promise<PluginStub> {
  const seen = new Set<string>();
  let nextId = 100;
  const stub = {
    url: '',
    siteId,
    secret: '',
    posts: new Map<string, StubPost>(),
    requests: [],
    mode: 'ok',
    delayMs: 0,
  } as unknown as PluginStub & { server: Server };
  const server = createServer(async (req, res) => {
    const raw = await read(req);
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = req.url ?? '/';
    if (req.method === 'HEAD') return answer(200, {});
    const failure = await verifyRequest({
      headers: {
        site: req.headers['x-igny8-site'] as string,
        timestamp: req.headers['x-igny8-timestamp'] as string,
        nonce: req.headers['x-igny8-nonce'] as string,
        signature: req.headers['x-igny8-signature'] as string,
      },
      method: req.method ?? 'GET',
      path,
      body: raw,
      secrets: [stub.secret],
      now: new Date(),
      seen: async (nonce) => {
        const was = seen.has(nonce);
        seen.add(nonce);
        return was;
      },
    });
    if (failure)
      return answer(401, { code: `igny8_${failure.toLowerCase()}`, message: failure, data: { status: 401 } });
    const body = raw ? JSON.parse(raw) : null;
    stub.requests.push({ method: req.method ?? 'GET', path, body, at: Date.now() });
    if (path.endsWith('/igny8/v1/health'))
      return answer(200, { status: 'ok', plugin_version: 'stub', wp_version: '6.1' });
    const retract = /\/igny8\/v1\/posts\/([0-9a-f-]{36})\/retract$/.exec(path);
    if (retract) {
      const post = stub.posts.get(retract[1] as string);
      if (!post) return answer(404, { code: 'igny8_post_not_found', message: 'No post.', data: { status: 404 } });
      post.status = body.mode === 'trash' ? 'trash' : 'draft';
      return answer(200, { post_id: post.post_id, status: post.status, url: `${stub.url}/?p=${post.post_id}` });
    }
    if (path.endsWith('/igny8/v1/posts')) {
      if (stub.delayMs) await new Promise((r) => setTimeout(r, stub.delayMs));
      if (stub.mode !== 'ok') {
        const { status, code, message } = stub.mode;
        if (stub.mode.times !== undefined && --stub.mode.times <= 0) stub.mode = 'ok';
        return answer(status, { code, message: message ?? code, data: { status } });
      }
      const existing = stub.posts.get(body.content_id);
      const post: StubPost = existing ?? {
        post_id: nextId++,
        content_id: body.content_id,
        body,
        status: body.status,
        writes: 0,
      };
      post.body = body;
      post.status = body.status;
      post.writes++;
      stub.posts.set(body.content_id, post);
      return answer(existing ? 200 : 201, {
        post_id: post.post_id,
        url: `${stub.url}/${body.slug ?? post.post_id}/`,
        status: body.status,
        created: !existing,
        modified_gmt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        seo_plugin: 'none',
        images: [],
        warnings: [],
      });
    }
    return answer(404, { code: 'rest_no_route', message: 'No route.', data: { status: 404 } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const code = (await call(apiUrl, 'POST', `/v1/sites/${siteId}/integration/connection-code`, { token })).body.data
    .code;
  const connected = await call(apiUrl, 'POST', '/v1/integrations/wordpress/connect', {
    body: { code, site_url: stub.url, rest_url: `${stub.url}/wp-json/`, admin_url: `${stub.url}/wp-admin/` },
  });
  if (connected.status !== 200) throw new Error(`connect failed: ${JSON.stringify(connected.body)}`);
  stub.secret = connected.body.data.secret;
  stub.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return stub;
}
