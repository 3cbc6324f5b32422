import type { HandlerGroup, ReadGroup } from '../handler.js';
import { auditHandlers } from './audit/index.js';
import { authHandlers } from './auth/index.js';
import { automationHandlers } from './automation/index.js';
import { billingHandlers } from './billing/billing.js';
import { webhookHandlers } from './billing/stripe-webhooks.js';
import { integrationHandlers } from './integrations/index.js';
import { notificationPreferenceHandlers } from './notifications/index.js';
import { operationHandlers } from './operations/index.js';
import { adminHandlers } from './operator/index.js';
import { plannerHandlers, plannerReads } from './planner/index.js';
import { publicHandlers } from './public/index.js';
import { publishingHandlers } from './publishing/index.js';
import { systemHandlers } from './system/index.js';
import { accountHandlers } from './tenancy/account.js';
import { apiKeyHandlers } from './tenancy/api-keys.js';
import { memberHandlers } from './tenancy/members.js';
import { referenceHandlers } from './tenancy/reference.js';
import { siteHandlers } from './tenancy/sites.js';
import { webhookEndpointHandlers } from './webhooks/index.js';
import { writerHandlers, writerReads } from './writer/index.js';

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
  writerHandlers,
  publicHandlers,
  automationHandlers,
  integrationHandlers,
  publishingHandlers,
  billingHandlers,
  notificationPreferenceHandlers,
  webhookHandlers,
  adminHandlers,
  auditHandlers,
  webhookEndpointHandlers,
];

/** Every read planner: reads the router may answer in one round trip (http/fast-read.ts). */
export const readGroups: ReadGroup[] = [plannerReads, writerReads];
