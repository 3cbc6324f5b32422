import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import { databaseUnavailable } from '../db/unavailable.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';

const REQUEST_ID = /^[\w.-]{1,128}$/;

/** Takes a well-formed X-Request-Id from the caller or makes one; echoes it back. */
export async function requestId(ctx: Context, next: Next) {
  const given = ctx.get('x-request-id');
  ctx.state.requestId = REQUEST_ID.test(given) ? given : randomUUID();
  ctx.set('X-Request-Id', ctx.state.requestId);
  await next();
}

/**
 * The one error handler, first in the chain. AppErrors become the envelope; anything else is
 * unexpected: logged once with its stack, answered with a generic 500.
 */
export function errorHandler(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError('ROUTE_NOT_FOUND', `No route for ${ctx.method} ${ctx.path}.`);
      }
      // The router's answer to a known path with another method (501 for a method it has never heard of).
      if ((ctx.status === 405 || ctx.status === 501) && ctx.body === undefined) {
        throw methodNotAllowed(ctx.response.get('Allow'));
      }
    } catch (err) {
      let error: AppError;
      if (err instanceof AppError) error = err;
      else if (isHttpError(err) && err.status < 500) {
        error =
          err.status === 405
            ? methodNotAllowed(ctx.response.get('Allow'))
            : new AppError(
                err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
                err.expose ? err.message : 'Bad request.',
              );
      } else if (databaseUnavailable(err)) {
        // The database is away (a restart, a failover): nothing was acknowledged, the caller may send it again.
        logger.warn({ err, request_id: ctx.state.requestId, route: ctx.state.route }, 'database unavailable');
        error = new AppError('UNAVAILABLE', 'The database is unavailable; try again shortly.');
      } else {
        logger.error({ err, request_id: ctx.state.requestId, route: ctx.state.route }, 'unexpected error');
        error = new AppError('INTERNAL', 'Something went wrong on our side. Quote the request id if you contact us.');
      }
      ctx.status = error.status;
      for (const [k, v] of Object.entries(error.headers ?? {})) ctx.set(k, v);
      // A body we refused before reading it stays unread: close the connection rather than take it in.
      if (ctx.req.readable && !ctx.req.readableEnded && hasBody(ctx)) ctx.set('Connection', 'close');
      ctx.body = {
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
        request_id: ctx.state.requestId,
      };
    }
  };
}

const methodNotAllowed = (allow: string) =>
  new AppError('METHOD_NOT_ALLOWED', `This path takes ${allow || 'no other method'}.`, undefined, {
    Allow: allow,
  });

const hasBody = (ctx: Context) => (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';

function isHttpError(err: unknown): err is { status: number; expose?: boolean; message: string } {
  return typeof (err as { status?: unknown })?.status === 'number';
}

/** One log line per request: never bodies, never the Authorization header. */
export function accessLog(logger: Logger, metrics: Metrics) {
  return async (ctx: Context, next: Next) => {
    const start = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const route = (ctx.state.route as string | undefined) ?? (ctx.status === 404 ? 'unmatched' : ctx.path);
      metrics.observe(ctx.method, route, ctx.status, seconds);
      logger.info(
        {
          request_id: ctx.state.requestId,
          method: ctx.method,
          route,
          status: ctx.status,
          ms: Math.round(seconds * 1000 * 10) / 10,
          account_id: ctx.state.accountId,
          operation: ctx.state.operationId,
        },
        'request',
      );
    }
  };
}

/** Hardened headers for a JSON API; the docs page relaxes the CSP for its own script. */
export async function securityHeaders(ctx: Context, next: Next) {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
  ctx.set('Cross-Origin-Resource-Policy', 'same-site');
  ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  ctx.set('Cache-Control', 'no-store');
  if (ctx.secure) ctx.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  await next();
  ctx.remove('X-Powered-By');
}
