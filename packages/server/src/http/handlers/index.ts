import type { HandlerGroup } from '../handler.js';
import { accountHandlers } from './account.js';
import { adminHandlers } from './admin.js';
import { apiKeyHandlers } from './api-keys.js';
import { authHandlers } from './auth.js';
import { billingHandlers } from './billing.js';
import { integrationHandlers } from './integrations.js';
import { memberHandlers } from './members.js';
import { operationHandlers } from './operations.js';
import { plannerHandlers } from './planner.js';
import { referenceHandlers } from './reference.js';
import { siteHandlers } from './sites.js';
import { systemHandlers } from './system.js';
import { webhookHandlers } from './webhooks.js';

/** Every handler group; the router binds them to operations by operationId. */
export const handlerGroups: HandlerGroup[] = [
  systemHandlers,
  authHandlers,
  accountHandlers,
  memberHandlers,
  apiKeyHandlers,
  referenceHandlers,
  siteHandlers,
  operationHandlers,
  plannerHandlers,
  integrationHandlers,
  billingHandlers,
  webhookHandlers,
  adminHandlers,
];
