// Every screen's fake routes, tried in order. A screen adds its module here (one line).
import { automationRoutes } from './automation.js';
import { billingRoutes } from './billing.js';
import type { FakeRoutes } from './common.js';
import { overviewRoutes } from './overview.js';
import { plannerRoutes } from './planner.js';
import { publishingRoutes, publishingState } from './publishing.js';
import { settingsRoutes } from './settings.js';
import { writerRoutes } from './writer.js';

export function allRoutes(): FakeRoutes[] {
  const publishing = publishingState();
  // Settings first: its account, site and integration are the complete ones (the overview's answer the same).
  return [
    settingsRoutes(),
    overviewRoutes(),
    plannerRoutes(),
    writerRoutes(publishing),
    publishingRoutes(publishing),
    automationRoutes(),
    billingRoutes(),
  ];
}
