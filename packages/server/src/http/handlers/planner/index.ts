import { siteCannibalization } from '../../../domain/planner/cannibalization.js';
import * as clusters from '../../../domain/planner/clusters.js';
import { exportKeywordsCsv } from '../../../domain/planner/export.js';
import * as ideas from '../../../domain/planner/ideas.js';
import { startKeywordImport } from '../../../domain/planner/import-job.js';
import * as keywords from '../../../domain/planner/keywords.js';
import { startClustering, startIdeas } from '../../../domain/planner/runs.js';
import { tasks } from '../../../domain/writer/index.js';
import type { HandlerGroup, ReadGroup } from '../../handler.js';
import { accepted } from '../operations/index.js';

export const plannerHandlers: HandlerGroup = {
  listKeywords: async ({ db, actor, params, query }) => keywords.listKeywords(db, actor, params.site_id, query),
  createKeyword: async ({ db, actor, params, body }) => ({
    data: await keywords.createKeyword(db, actor, params.site_id, body),
  }),
  getKeyword: async ({ db, actor, params }) => ({
    data: keywords.presentKeyword(await keywords.findKeyword(db, actor, params.site_id, params.keyword_id)),
  }),
  updateKeyword: async ({ db, actor, params, body }) => ({
    data: await keywords.updateKeyword(db, actor, params.site_id, params.keyword_id, body),
  }),
  deleteKeyword: async ({ db, actor, params }) => {
    await keywords.deleteKeyword(db, actor, params.site_id, params.keyword_id);
    return undefined;
  },
  bulkKeywords: async ({ db, actor, params, body }) => ({
    data: await keywords.bulkKeywords(db, actor, params.site_id, body),
  }),
  importKeywords: async ({ db, actor, params, body, deps }) => {
    const operation = await startKeywordImport(db, { queue: deps.jobs }, actor, params.site_id, body);
    return accepted(operation);
  },
  exportKeywords: async ({ db, actor, params, query, deps }) => ({
    file: { contentType: 'text/csv', ...(await exportKeywordsCsv(db, deps.db.app, actor, params.site_id, query)) },
  }),
  startClustering: async ({ db, actor, params, body, deps }) => {
    const operation = await startClustering(db, { queue: deps.jobs, now: deps.now }, actor, params.site_id, body);
    return accepted(operation);
  },
  listClusters: async ({ db, actor, params, query }) => clusters.listClusters(db, actor, params.site_id, query),
  getCluster: async ({ db, actor, params }) => ({
    data: clusters.presentCluster(await clusters.findCluster(db, actor, params.site_id, params.cluster_id)),
  }),
  updateCluster: async ({ db, actor, params, body }) => ({
    data: await clusters.updateCluster(db, actor, params.site_id, params.cluster_id, body),
  }),
  deleteCluster: async ({ db, actor, params }) => {
    await clusters.deleteCluster(db, actor, params.site_id, params.cluster_id);
    return undefined;
  },
  generateIdeas: async ({ db, actor, params, body, deps }) => {
    const operation = await startIdeas(
      db,
      { queue: deps.jobs, now: deps.now },
      actor,
      params.site_id,
      params.cluster_id,
      body.count ?? 3,
    );
    return accepted(operation);
  },
  listIdeas: async ({ db, actor, params, query }) => ideas.listIdeas(db, actor, params.site_id, query),
  getIdea: async ({ db, actor, params }) => ({
    data: ideas.presentIdea(await ideas.findIdea(db, actor, params.site_id, params.idea_id)),
  }),
  updateIdea: async ({ db, actor, params, body }) => ({
    data: await ideas.updateIdea(db, actor, params.site_id, params.idea_id, body),
  }),
  deleteIdea: async ({ db, actor, params }) => {
    await ideas.deleteIdea(db, actor, params.site_id, params.idea_id);
    return undefined;
  },
  queueIdea: async ({ db, actor, params }) => ({
    data: await tasks.queueIdea(db, actor, params.site_id, params.idea_id),
  }),
  getCannibalization: async ({ db, actor, params }) => ({
    data: await siteCannibalization(db, actor, params.site_id),
  }),
};

/** The planner's reads that one statement answers (http/fast-read.ts). */
export const plannerReads: ReadGroup = {
  listKeywords: ({ actor, params, query }, db) => keywords.keywordPage(db, actor, params.site_id, query),
  listClusters: ({ actor, params, query }, db) => clusters.clusterPage(db, actor, params.site_id, query),
  listIdeas: ({ actor, params, query }, db) => ideas.ideaPage(db, actor, params.site_id, query),
};
