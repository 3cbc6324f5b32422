import { presentOperation } from '../../../domain/operations/operations.js';
import { siteCannibalization } from '../../../domain/planner/cannibalization.js';
import * as clusters from '../../../domain/planner/clusters.js';
import { exportKeywordsCsv } from '../../../domain/planner/export.js';
import * as ideas from '../../../domain/planner/ideas.js';
import { startKeywordImport } from '../../../domain/planner/import-job.js';
import * as keywords from '../../../domain/planner/keywords.js';
import { startClustering, startIdeas } from '../../../domain/planner/runs.js';
import type { HandlerGroup } from '../../handler.js';

export const plannerHandlers: HandlerGroup = {
  listKeywords: async ({ db, principal, params, query }) => keywords.listKeywords(db, principal, params.site_id, query),
  createKeyword: async ({ db, principal, params, body }) => ({
    data: await keywords.createKeyword(db, principal, params.site_id, body),
  }),
  getKeyword: async ({ db, principal, params }) => ({
    data: keywords.presentKeyword(await keywords.findKeyword(db, principal, params.site_id, params.keyword_id)),
  }),
  updateKeyword: async ({ db, principal, params, body }) => ({
    data: await keywords.updateKeyword(db, principal, params.site_id, params.keyword_id, body),
  }),
  deleteKeyword: async ({ db, principal, params }) => {
    await keywords.deleteKeyword(db, principal, params.site_id, params.keyword_id);
    return undefined;
  },
  bulkKeywords: async ({ db, principal, params, body }) => ({
    data: await keywords.bulkKeywords(db, principal, params.site_id, body),
  }),
  importKeywords: async ({ db, principal, params, body, deps }) => {
    const operation = await startKeywordImport(db, { queue: deps.jobs }, principal, params.site_id, body);
    return { data: presentOperation(operation), headers: { Location: `/v1/operations/${operation.id}` } };
  },
  exportKeywords: async ({ db, principal, params, query, deps }) => ({
    file: { contentType: 'text/csv', ...(await exportKeywordsCsv(db, deps.db.app, principal, params.site_id, query)) },
  }),
  startClustering: async ({ db, principal, params, body, deps }) => {
    const operation = await startClustering(db, { queue: deps.jobs, now: deps.now }, principal, params.site_id, body);
    return { data: presentOperation(operation), headers: { Location: `/v1/operations/${operation.id}` } };
  },
  listClusters: async ({ db, principal, params, query }) => clusters.listClusters(db, principal, params.site_id, query),
  getCluster: async ({ db, principal, params }) => ({
    data: clusters.presentCluster(await clusters.findCluster(db, principal, params.site_id, params.cluster_id)),
  }),
  updateCluster: async ({ db, principal, params, body }) => ({
    data: await clusters.updateCluster(db, principal, params.site_id, params.cluster_id, body),
  }),
  deleteCluster: async ({ db, principal, params }) => {
    await clusters.deleteCluster(db, principal, params.site_id, params.cluster_id);
    return undefined;
  },
  generateIdeas: async ({ db, principal, params, body, deps }) => {
    const operation = await startIdeas(
      db,
      { queue: deps.jobs, now: deps.now },
      principal,
      params.site_id,
      params.cluster_id,
      body.count ?? 3,
    );
    return { data: presentOperation(operation), headers: { Location: `/v1/operations/${operation.id}` } };
  },
  listIdeas: async ({ db, principal, params, query }) => ideas.listIdeas(db, principal, params.site_id, query),
  getIdea: async ({ db, principal, params }) => ({
    data: ideas.presentIdea(await ideas.findIdea(db, principal, params.site_id, params.idea_id)),
  }),
  updateIdea: async ({ db, principal, params, body }) => ({
    data: await ideas.updateIdea(db, principal, params.site_id, params.idea_id, body),
  }),
  deleteIdea: async ({ db, principal, params }) => {
    await ideas.deleteIdea(db, principal, params.site_id, params.idea_id);
    return undefined;
  },
  queueIdea: async ({ db, principal, params }) => ({
    data: await ideas.queueIdea(db, principal, params.site_id, params.idea_id),
  }),
  listTasks: async ({ db, principal, params, query }) => ideas.listTasks(db, principal, params.site_id, query),
  getTask: async ({ db, principal, params }) => ({
    data: await ideas.getTask(db, principal, params.site_id, params.task_id),
  }),
  getCannibalization: async ({ db, principal, params }) => ({
    data: await siteCannibalization(db, principal, params.site_id),
  }),
};
