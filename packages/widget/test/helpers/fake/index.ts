// Every screen's fake routes, tried in order. A screen adds its module here (one line).
import { billingRoutes } from './billing.js';
import type { FakeRoutes } from './common.js';
import { overviewRoutes } from './overview.js';
import { plannerRoutes } from './planner.js';
import { publishingRoutes, publishingState } from './publishing.js';
import { writerRoutes } from './writer.js';

export function allRoutes(): FakeRoutes[] {
  const publishing = publishingState();
  return [overviewRoutes(), plannerRoutes(), writerRoutes(publishing), publishingRoutes(publishing), billingRoutes()];
}
