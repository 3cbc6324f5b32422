// The publishing jobs: a publication's send (a stepped job of the domain, retried with back-off), the job that starts
// a send at its date, and the minute's sweep that starts any the dated job missed.
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { startDuePublication, startDuePublications } from '../domain/publishing/due.js';
import { PUBLISH_DUE_JOB } from '../domain/publishing/publications.js';
import { publishJob } from '../domain/publishing/send.js';
import type { JobDefinition } from './queue.js';
import { type StepRunnerOptions, stepJobDefinition } from './run-steps.js';

export const PUBLISHING_SWEEP_JOB = 'publishing.sweep';

const DuePayload = z.strictObject({ accountId: z.uuid(), publicationId: z.uuid() });

export function publishingJobs(deps: AppDeps, runner: StepRunnerOptions): JobDefinition[] {
  const due = { owner: deps.db.owner, app: deps.db.app, queue: deps.jobs, now: deps.now };
  return [
    stepJobDefinition(
      publishJob({
        files: deps.files,
        now: deps.now,
        plugin: deps.integrations,
        retries: deps.config.publishing.retries,
        retryDelaySeconds: deps.config.publishing.retryDelaySeconds,
      }),
      runner,
    ),
    {
      name: PUBLISH_DUE_JOB,
      payload: DuePayload,
      retryLimit: 5,
      async handler(job) {
        const { accountId, publicationId } = DuePayload.parse(job.data);
        await startDuePublication(due, accountId, publicationId);
      },
    },
    {
      name: PUBLISHING_SWEEP_JOB,
      schedule: '* * * * *',
      retryLimit: 0,
      async handler() {
        const started = await startDuePublications(due);
        if (started) deps.logger.info({ started }, 'publishing: sends started at their dates');
      },
    },
  ];
}
