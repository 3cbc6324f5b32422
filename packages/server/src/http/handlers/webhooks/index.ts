// Webhook endpoints over HTTP: each handler takes what the router parsed, makes one domain call and shapes the
// answer. Deliveries themselves are made by the worker (jobs/webhooks.ts), never during a request.
import * as deliveries from '../../../domain/webhooks/deliveries.js';
import * as endpoints from '../../../domain/webhooks/endpoints.js';
import type { HandlerGroup } from '../../handler.js';

export const webhookEndpointHandlers: HandlerGroup = {
  listWebhookEndpoints: async ({ db, actor, query, deps }) =>
    endpoints.listEndpoints(db, actor, query, deps.webhooks.now()),
  createWebhookEndpoint: async ({ tenant, actor, body, deps }) => ({
    data: await endpoints.createEndpoint(tenant, deps.webhooks, actor, body),
  }),
  getWebhookEndpoint: async ({ db, actor, params, deps }) => ({
    data: await endpoints.getEndpoint(db, actor, params.endpoint_id, deps.webhooks.now()),
  }),
  updateWebhookEndpoint: async ({ tenant, actor, params, body, deps }) => ({
    data: await endpoints.updateEndpoint(tenant, deps.webhooks, actor, params.endpoint_id, body),
  }),
  deleteWebhookEndpoint: async ({ db, actor, params }) => {
    await endpoints.deleteEndpoint(db, actor, params.endpoint_id);
    return undefined;
  },
  rotateWebhookEndpointSecret: async ({ db, actor, params, deps }) => ({
    data: await endpoints.rotateSecret(db, deps.webhooks, actor, params.endpoint_id),
  }),
  testWebhookEndpoint: async ({ db, actor, params, deps }) => ({
    data: await endpoints.sendTestEvent(db, deps.webhooks, actor, params.endpoint_id),
  }),
  replayWebhookDeliveries: async ({ db, actor, params, body, deps }) => ({
    data: await deliveries.replayDeliveries(db, actor, params.endpoint_id, body, deps.webhooks.now()),
  }),
  listWebhookDeliveries: async ({ db, actor, params, query }) =>
    deliveries.listDeliveries(db, actor, params.endpoint_id, query),
  getWebhookDelivery: async ({ db, actor, params }) => ({
    data: await deliveries.getDelivery(db, actor, params.endpoint_id, params.delivery_id),
  }),
  replayWebhookDelivery: async ({ db, actor, params, deps }) => ({
    data: await deliveries.replayDelivery(db, actor, params.endpoint_id, params.delivery_id, deps.webhooks.now()),
  }),
};
