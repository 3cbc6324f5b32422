// The integrations module over HTTP: each handler takes what the router parsed, makes one domain call and shapes the
// answer. Signed sites are authenticated by the router (`x-igny8-role: site`); the calls to WordPress (test, sync)
// get no open transaction (`x-igny8-transaction: none`) and open short ones through `tenant`.
import { issueWidgetSession } from '../../../domain/integrations/widget-sessions.js';
import * as wp from '../../../domain/integrations/wordpress.js';
import type { HandlerGroup } from '../../handler.js';

export const integrationHandlers: HandlerGroup = {
  getIntegration: async ({ db, actor, params }) => ({
    data: await wp.getIntegration(db, actor, params.site_id),
  }),
  disconnectIntegration: async ({ db, actor, params, deps }) => {
    await wp.disconnect(db, deps.integrations, actor, params.site_id);
    return undefined;
  },
  createConnectionCode: async ({ db, actor, params, deps }) => ({
    data: await wp.createConnectionCode(db, actor, params.site_id, deps.now()),
  }),
  testIntegration: async ({ tenant, actor, params, deps }) => ({
    data: await wp.testConnection(tenant, deps.integrations, actor, params.site_id),
  }),
  syncIntegration: async ({ tenant, actor, params, deps }) => ({
    data: await wp.syncSite(tenant, deps.integrations, actor, params.site_id),
  }),
  connectWordpress: async ({ body, deps, ctx }) => {
    await deps.rateLimiter.consume([`wp-connect:${ctx.ip}`]);
    return {
      data: await wp.connect(deps.db.app, deps.integrations, body, `${ctx.protocol}://${ctx.host}`, ctx.ip),
    };
  },
  pingWordpress: async ({ db, actor }) => ({ data: await wp.pingSite(db, actor) }),
  rotateWordpressSecret: async ({ db, actor, deps }) => ({
    data: await wp.rotateSiteSecret(db, deps.integrations, actor),
  }),
  disconnectWordpress: async ({ db, actor, deps }) => {
    await wp.disconnectSite(db, deps.integrations, actor);
    return undefined;
  },
  // With an admin's bearer credential (a partner's backend) or signed by the site's plugin: the actor says which.
  createWidgetSession: async ({ db, actor, body, deps }) => ({
    data: await issueWidgetSession(db, { tokens: deps.tokens, now: deps.now }, actor, body),
  }),
};
