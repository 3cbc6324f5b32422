import type { Principal } from '../../../auth/principal.js';
import { type Role, roleAtLeast } from '../../../auth/roles.js';
import * as wp from '../../../domain/integrations/wordpress.js';
import { findVisibleSite } from '../../../domain/tenancy/sites.js';
import { AppError, UnauthorizedError } from '../../../errors.js';
import type { HandlerGroup, HandlerInput } from '../../handler.js';

/** The exact request as signed: method, path with query, raw body, signature headers. */
const signed = (input: Pick<HandlerInput<'pingWordpress'>, 'ctx' | 'rawBody'>) => ({
  headers: wp.signedHeadersOf((name) => input.ctx.get(name)),
  method: input.ctx.method,
  path: input.ctx.originalUrl,
  body: input.rawBody ?? '',
});

const ROLE_ORDER: Role[] = ['viewer', 'editor', 'admin'];

export const integrationHandlers: HandlerGroup = {
  getIntegration: async ({ db, principal, params }) => ({
    data: await wp.getIntegration(db, principal, params.site_id),
  }),
  disconnectIntegration: async ({ db, principal, params, deps }) => {
    await wp.disconnect(deps, db, principal, params.site_id);
    return undefined;
  },
  createConnectionCode: async ({ db, principal, params, deps }) => ({
    data: await wp.createConnectionCode(db, principal, params.site_id, deps.now()),
  }),
  testIntegration: async ({ db, principal, params, deps }) => ({
    data: await wp.testConnection(deps, db, principal, params.site_id),
  }),
  syncIntegration: async ({ db, principal, params, deps }) => ({
    data: await wp.syncSite(deps, db, principal, params.site_id),
  }),
  connectWordpress: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`wp-connect:${ctx.ip}`]);
    return { data: await wp.connect(deps, body, `${ctx.protocol}://${ctx.host}`) };
  },
  pingWordpress: async (input) => ({
    data: await wp.withSignedSite(input.deps, signed(input), async (_trx, row) => ({
      status: 'ok' as const,
      site_id: row.site_id,
      widget_origin: row.widget_origin,
    })),
  }),
  rotateWordpressSecret: async (input) => ({
    data: await wp.withSignedSite(input.deps, signed(input), (trx, row) => wp.rotateSecret(input.deps, trx, row)),
  }),
  disconnectWordpress: async (input) => {
    await wp.withSignedSite(input.deps, signed(input), (trx, row) =>
      wp.forgetIntegration(input.deps, trx, row.site_id),
    );
    return undefined;
  },
  createWidgetSession: async (input) => {
    const { deps, body } = input;
    const now = deps.now();
    // Issued by an admin's credential (a partner's backend) or by a site's plugin (a signed request).
    const issue = async (
      trx: Parameters<typeof findVisibleSite>[0],
      issuer: Principal,
      accountId: string,
      subject: string,
    ) => {
      await findVisibleSite(trx, issuer, body.site_id);
      const ceiling: Role = roleAtLeast(issuer.role, 'admin') ? 'admin' : issuer.role;
      const role = body.role ?? ceiling;
      if (ROLE_ORDER.indexOf(role) > ROLE_ORDER.indexOf(ceiling)) {
        throw new AppError('INSUFFICIENT_ROLE', `A ${issuer.role} cannot issue a ${role} session.`);
      }
      const features = body.features ?? ['overview', 'keywords'];
      const token = await deps.tokens.signWidget({ accountId, siteId: body.site_id, role, features, subject });
      return {
        token,
        expires_at: new Date(now.getTime() + deps.tokens.ttlSeconds * 1000).toISOString(),
        site_id: body.site_id,
        role,
        features,
      };
    };
    // With a bearer credential the router has resolved the issuer (an admin, by the spec's role).
    if (input.principal) {
      const issuer = input.principal;
      if (issuer.kind === 'widget') throw new AppError('FORBIDDEN', 'A widget session cannot mint another.');
      return {
        data: await issue(input.db, issuer, issuer.accountId, `${issuer.kind}:${issuer.apiKeyId ?? issuer.userId}`),
      };
    }
    const session = await wp.withSignedSite(deps, signed(input), async (trx, row) => {
      if (row.site_id !== body.site_id)
        throw new UnauthorizedError('SIGNATURE_INVALID', 'A site can mint sessions for itself only.');
      const site: Principal = {
        kind: 'api_key',
        userId: null,
        accountId: row.account_id,
        role: 'admin',
        apiKeyId: null,
        siteId: row.site_id,
      };
      return issue(trx, site, row.account_id, `wordpress:${row.site_id}:${body.user?.id ?? 'unknown'}`);
    });
    return { data: session };
  },
};
