// The planner's jobs: keyword import, clustering and idea generation, each a stepped job of the domain.

import type { ComputePool } from '../compute/pool.js';
import type { AppDeps } from '../deps.js';
import { importJob } from '../domain/planner/import-job.js';
import { clusteringJob, ideasJob } from '../domain/planner/runs.js';
import type { JobDefinition } from './queue.js';
import { type StepRunnerOptions, stepJobDefinition } from './run-steps.js';

export function plannerJobs(deps: AppDeps, compute: ComputePool, runner: StepRunnerOptions): JobDefinition[] {
  return [
    stepJobDefinition(importJob({ app: () => deps.db.app, owner: () => deps.db.owner }), runner),
    stepJobDefinition(clusteringJob({ ai: deps.ai, compute, now: deps.now }), runner),
    stepJobDefinition(ideasJob({ ai: deps.ai, now: deps.now }), runner),
  ];
}
