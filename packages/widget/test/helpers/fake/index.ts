// Every screen's fake routes, tried in order. A screen adds its module here (one line).
import type { FakeRoutes } from './common.js';
import { overviewRoutes } from './overview.js';
import { plannerRoutes } from './planner.js';
import { publishingRoutes, publishingState } from './publishing.js';
import { settingsRoutes } from './settings.js';
import { writerRoutes } from './writer.js';

export function allRoutes(): FakeRoutes[] {
  const publishing = publishingState();
  return [settingsRoutes(), overviewRoutes(), plannerRoutes(), writerRoutes(publishing), publishingRoutes(publishing)];
}
