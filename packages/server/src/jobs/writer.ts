// The writer's jobs: an article written section by section, a stepped job of the domain.
import type { AppDeps } from '../deps.js';
import { generationJob } from '../domain/writer/generate.js';
import { imagePromptsJob, regenerationJob } from '../domain/writer/images.js';
import type { JobDefinition } from './queue.js';
import { type StepRunnerOptions, stepJobDefinition } from './run-steps.js';

export function writerJobs(deps: AppDeps, runner: StepRunnerOptions): JobDefinition[] {
  const writer = { ai: deps.ai, now: deps.now, files: deps.files };
  return [
    stepJobDefinition(generationJob(writer), runner),
    stepJobDefinition(regenerationJob(writer), runner),
    stepJobDefinition(imagePromptsJob(writer), runner),
  ];
}
