import * as sites from '../../../domain/tenancy/sites.js';
import type { HandlerGroup } from '../../handler.js';

export const siteHandlers: HandlerGroup = {
  listSites: async ({ db, actor, query }) => sites.listSites(db, actor, query),
  createSite: async ({ db, actor, body }) => ({ data: await sites.createSite(db, actor, body) }),
  getSite: async ({ db, actor, params }) => ({ data: await sites.getSite(db, actor, params.site_id) }),
  updateSite: async ({ db, actor, params, body }) => ({
    data: await sites.updateSite(db, actor, params.site_id, body),
  }),
  deleteSite: async ({ db, actor, params }) => {
    await sites.deleteSite(db, actor, params.site_id);
    return undefined;
  },
  listSiteSectors: async ({ db, actor, params }) => ({
    data: await sites.listSiteSectors(db, actor, params.site_id),
  }),
  selectSiteSectors: async ({ db, actor, params, body }) => ({
    data: await sites.selectSiteSectors(db, actor, params.site_id, body.sector_ids),
  }),
  listSiteAccess: async ({ db, actor, params }) => ({
    data: await sites.listSiteAccess(db, actor, params.site_id),
  }),
  grantSiteAccess: async ({ db, actor, params }) => ({
    data: await sites.grantSiteAccess(db, actor, params.site_id, params.user_id),
  }),
  revokeSiteAccess: async ({ db, actor, params }) => {
    await sites.revokeSiteAccess(db, actor, params.site_id, params.user_id);
    return undefined;
  },
};
