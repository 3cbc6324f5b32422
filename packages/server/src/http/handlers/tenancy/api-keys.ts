import * as keys from '../../../domain/tenancy/api-keys.js';
import type { HandlerGroup } from '../../handler.js';

export const apiKeyHandlers: HandlerGroup = {
  listApiKeys: async ({ db, actor, query }) => keys.listApiKeys(db, actor, query),
  createApiKey: async ({ db, actor, body, deps }) => ({
    data: await keys.createApiKey(db, actor, body, deps.now()),
  }),
  getApiKey: async ({ db, actor, params }) => ({ data: await keys.getApiKey(db, actor, params.api_key_id) }),
  revokeApiKey: async ({ db, actor, params, deps }) => {
    await keys.revokeApiKey(db, actor, params.api_key_id, deps.now());
    return undefined;
  },
};
