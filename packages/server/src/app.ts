// createApp(deps): the Koa application, with nothing started. Listening, the database and the
// job queue belong to the caller (main.ts, worker.ts, tests).
import { createHash, timingSafeEqual } from 'node:crypto';
import Koa from 'koa';
import type { AppDeps } from './deps.js';
import { UnauthorizedError } from './errors.js';
import { answerClientErrors } from './http/client-errors.js';
import { corsPolicy } from './http/cors.js';
import { apiDocs } from './http/docs.js';
import { handlerGroups, readGroups } from './http/handlers/index.js';
import { createMetrics } from './http/metrics.js';
import { accessLog, errorHandler, requestId, securityHeaders } from './http/middleware.js';
import { createApiRouter } from './http/router.js';
import { ignoreClientAborts } from './http/sse.js';

export function createApp(deps: AppDeps): Koa {
  const app = new Koa({ proxy: deps.config.trustProxy });
  const metrics = createMetrics();
  const router = createApiRouter(deps, handlerGroups, readGroups);
  ignoreClientAborts(app);
  // Every server the app listens on answers the requests node's parser refuses with the error envelope too.
  const listen = app.listen.bind(app) as (...args: unknown[]) => ReturnType<Koa['listen']>;
  app.listen = ((...args: unknown[]) => answerClientErrors(listen(...args))) as Koa['listen'];

  app.use(requestId);
  app.use(accessLog(deps.logger, metrics));
  app.use(errorHandler(deps.logger));
  app.use(securityHeaders);
  app.use(corsPolicy(deps));
  app.use(async (ctx, next) => {
    if (ctx.method === 'GET' && ctx.path === '/metrics') {
      const token = deps.config.metricsToken;
      if (token && !safeEqual(ctx.get('authorization'), `Bearer ${token}`)) {
        throw new UnauthorizedError('UNAUTHENTICATED', 'Send the metrics token as `Authorization: Bearer …`.');
      }
      ctx.type = metrics.registry.contentType;
      ctx.body = await metrics.registry.metrics();
      return;
    }
    await next();
  });
  app.use(apiDocs);
  app.use(router.routes());
  // Sets `Allow` and a bare 405 (501 for a method no route knows); the error handler makes it an envelope.
  app.use(router.allowedMethods());
  return app;
}

/** Constant-time comparison of two strings of any length. */
function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
