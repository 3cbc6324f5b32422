// The planner's charged jobs. Both release their credit reservation when their last attempt fails.
import type { AppDeps } from '../deps.js';
import { releaseReservation, runClustering, runIdeas } from '../domain/planner/runs.js';
import { CLUSTER_JOB, IDEAS_JOB } from './planner-job-names.js';
import type { JobDefinition } from './queue.js';
import { operationJob } from './run-operation.js';

export function plannerJobs(deps: AppDeps): JobDefinition[] {
  return [
    operationJob(
      () => deps.db.app,
      CLUSTER_JOB,
      (trx, data, work) => runClustering(trx, deps, data, work),
      {
        title: 'The clustering run',
        firstStep: 'clustering the keywords',
        logger: deps.logger,
        onFinalFailure: releaseReservation(deps),
      },
    ),
    operationJob(
      () => deps.db.app,
      IDEAS_JOB,
      (trx, data, work) => runIdeas(trx, deps, data, work),
      {
        title: 'The idea generation',
        firstStep: 'writing the ideas',
        logger: deps.logger,
        onFinalFailure: releaseReservation(deps),
      },
    ),
  ];
}
