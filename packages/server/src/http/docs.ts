// The API reference at /docs, rendered by Redoc from openapi.yaml. The script is served from our
// own dependency, never from a CDN.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { document } from '@igny8/contract';
import type { Context, Next } from 'koa';

const require = createRequire(import.meta.url);
let redocScript: Promise<string> | undefined;

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Igny8 API reference</title><style>body{margin:0}</style></head>
<body><redoc spec-url="/openapi.json"></redoc><script src="/docs/redoc.standalone.js"></script></body></html>`;

export async function apiDocs(ctx: Context, next: Next) {
  if (ctx.method !== 'GET') return next();
  if (ctx.path === '/openapi.json') {
    ctx.body = document;
    return;
  }
  if (ctx.path === '/docs' || ctx.path === '/docs/') {
    ctx.type = 'html';
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src blob:; frame-ancestors 'none'",
    );
    ctx.body = page;
    return;
  }
  if (ctx.path === '/docs/redoc.standalone.js') {
    redocScript ??= readFile(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = await redocScript;
    return;
  }
  return next();
}
