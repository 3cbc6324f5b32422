import * as sites from '../../../domain/tenancy/sites.js';
import type { HandlerGroup } from '../../handler.js';

export const siteHandlers: HandlerGroup = {
  listSites: async ({ db, principal, query }) => sites.listSites(db, principal, query),
  createSite: async ({ db, principal, body }) => ({ data: await sites.createSite(db, principal, body) }),
  getSite: async ({ db, principal, params }) => ({ data: await sites.getSite(db, principal, params.site_id) }),
  updateSite: async ({ db, principal, params, body }) => ({
    data: await sites.updateSite(db, principal, params.site_id, body),
  }),
  deleteSite: async ({ db, principal, params }) => {
    await sites.deleteSite(db, principal, params.site_id);
    return undefined;
  },
  listSiteSectors: async ({ db, principal, params }) => ({
    data: await sites.listSiteSectors(db, principal, params.site_id),
  }),
  selectSiteSectors: async ({ db, principal, params, body }) => ({
    data: await sites.selectSiteSectors(db, principal, params.site_id, body.sector_ids),
  }),
  listSiteAccess: async ({ db, principal, params }) => ({
    data: await sites.listSiteAccess(db, principal, params.site_id),
  }),
  grantSiteAccess: async ({ db, principal, params }) => ({
    data: await sites.grantSiteAccess(db, principal, params.site_id, params.user_id),
  }),
  revokeSiteAccess: async ({ db, principal, params }) => {
    await sites.revokeSiteAccess(db, principal, params.site_id, params.user_id);
    return undefined;
  },
};
