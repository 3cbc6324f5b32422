// The writer's jobs: an article written section by section, a stepped job of the domain.
import type { AppDeps } from '../deps.js';
import { generationJob } from '../domain/writer/generate.js';
import type { JobDefinition } from './queue.js';
import { type StepRunnerOptions, stepJobDefinition } from './run-steps.js';

export function writerJobs(deps: AppDeps, runner: StepRunnerOptions): JobDefinition[] {
  return [stepJobDefinition(generationJob({ ai: deps.ai, now: deps.now }), runner)];
}
