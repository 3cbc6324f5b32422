// The publishing module over HTTP: each handler takes what the router parsed, makes one domain call and shapes the
// answer. Retracting calls WordPress at once, with no transaction open (`x-igny8-transaction: none`); the events
// route is called by the site's plugin, signed (`x-igny8-role: site`).
import { listSyncEvents, receiveEvents } from '../../../domain/publishing/events.js';
import * as publications from '../../../domain/publishing/publications.js';
import { retractPublication } from '../../../domain/publishing/retract.js';
import type { HandlerGroup } from '../../handler.js';

export const publishingHandlers: HandlerGroup = {
  publishContent: async ({ db, actor, params, body, deps }) => ({
    data: await publications.publishContent(
      db,
      { queue: deps.jobs, now: deps.now },
      actor,
      params.site_id,
      params.content_id,
      body,
    ),
  }),
  listPublications: async ({ db, actor, params, query }) =>
    publications.listPublications(db, actor, params.site_id, query),
  getPublication: async ({ db, actor, params }) => ({
    data: await publications.getPublication(db, actor, params.site_id, params.publication_id),
  }),
  retractPublication: async ({ tenant, actor, params, body, deps }) => ({
    data: await retractPublication(tenant, deps.integrations, actor, params.site_id, params.publication_id, body),
  }),
  redrivePublication: async ({ db, actor, params, body, deps }) => ({
    data: await publications.redrivePublication(
      db,
      { queue: deps.jobs, now: deps.now },
      actor,
      params.site_id,
      params.publication_id,
      body,
    ),
  }),
  receiveWordpressEvents: async ({ db, actor, body }) => ({ data: await receiveEvents(db, actor, body) }),
  listIntegrationEvents: async ({ db, actor, params, query }) => listSyncEvents(db, actor, params.site_id, query),
};
