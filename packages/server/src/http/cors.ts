// Who may call the API from a browser page on another origin:
// - the origins in CORS_ORIGINS (a partner's dashboard), for any request;
// - any origin for the public reads (`/v1/public/…` and the plans, `GET /v1/plans`: no credentials);
// - the wp-admin origin of a connected WordPress site, recorded at connect, for that site's widget sessions only, so a
//   site's widget works without anyone editing the server's configuration.
// A widget session used from another connected site's origin is refused outright (403 ORIGIN_NOT_ALLOWED, without CORS
// headers), before anything runs. Other origins get no CORS headers: browsers keep their pages from reading answers.
import cors from '@koa/cors';
import { decodeJwt } from 'jose';
import type { Context, Middleware } from 'koa';
import type { AppDeps } from '../deps.js';
import { originOf, siteOrigins } from '../domain/integrations/site-origins.js';
import { AppError } from '../errors.js';

export function corsPolicy(deps: AppDeps): Middleware {
  const allowed = new Set(deps.config.corsOrigins);
  const own = originOf(deps.config.publicUrl);
  const origins = siteOrigins(deps);

  const grant = async (ctx: Context): Promise<string> => {
    const origin = ctx.get('origin');
    if (!origin) return '';
    // The public reads take no credentials: any page may read them.
    if (ctx.path.startsWith('/v1/public/') || ctx.path === '/v1/plans') return '*';
    if (allowed.has(origin)) return origin;
    // Same origin (the API's own pages, or a same-origin proxy): CORS does not apply. (Koa 3's ctx.origin is the
    // Origin header, not this server's.)
    if (origin === `${ctx.protocol}://${ctx.host}` || origin === own) return '';
    const sites = await origins.sitesFor(origin);
    if (sites.size === 0) return '';
    // A preflight carries no credentials: it is granted to any connected site's origin, and the request that follows
    // is judged by its token.
    if (ctx.method === 'OPTIONS' && ctx.get('access-control-request-method')) return origin;
    const site = await widgetSiteOf(deps, ctx.get('authorization'));
    if (site === undefined) return '';
    if (sites.has(site)) return origin;
    throw new AppError('ORIGIN_NOT_ALLOWED', 'This widget session belongs to another site: use it from that site.');
  };

  return cors({
    origin: grant,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id', 'If-None-Match'],
    exposeHeaders: ['X-Request-Id', 'Retry-After', 'Location', 'Idempotent-Replayed', 'ETag'],
    maxAge: 600,
  });
}

/**
 * The site of a widget session in `Authorization`, or undefined when there is none (another kind of credential, or
 * a forged one). An expired session still counts (its signature was checked before its expiry): the widget must be
 * able to read the 401 TOKEN_EXPIRED that tells it to renew. The router authenticates the token again either way.
 */
async function widgetSiteOf(deps: AppDeps, authorization: string): Promise<string | undefined> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token || token.startsWith('igny8_')) return undefined;
  try {
    return (await deps.tokens.verifyWidget(token)).siteId;
  } catch (err) {
    if ((err as { code?: string }).code !== 'TOKEN_EXPIRED') return undefined;
    const site = decodeJwt(token).site;
    return typeof site === 'string' ? site : undefined;
  }
}
