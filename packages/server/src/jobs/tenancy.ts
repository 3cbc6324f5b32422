// Tenancy's jobs: the account export.
import { exportJob } from '../domain/tenancy/accounts.js';
import type { JobDefinition } from './queue.js';
import { type StepRunnerOptions, stepJobDefinition } from './run-steps.js';

export const tenancyJobs = (runner: StepRunnerOptions): JobDefinition[] => [stepJobDefinition(exportJob, runner)];
