import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { paginate } from '../../../db/pagination.js';
import { withTenant } from '../../../db/tenant.js';
import { createOperation, presentOperation } from '../../../domain/operations/operations.js';
import { cannibalizationWarnings } from '../../../domain/planner/cannibalization.js';
import * as clusters from '../../../domain/planner/clusters.js';
import { assertCsvText } from '../../../domain/planner/csv-import.js';
import * as ideas from '../../../domain/planner/ideas.js';
import * as keywords from '../../../domain/planner/keywords.js';
import { startClustering, startIdeas } from '../../../domain/planner/runs.js';
import { findVisibleSite } from '../../../domain/tenancy/sites.js';
import { AppError } from '../../../errors.js';
import { KEYWORD_IMPORT_JOB } from '../../../jobs/definitions.js';
import type { HandlerGroup } from '../../handler.js';

const EXPORT_COLUMNS = [
  'keyword',
  'volume',
  'difficulty',
  'cpc',
  'intent',
  'status',
  'cluster',
  'sector',
  'country',
  'language',
];

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
    await findVisibleSite(db, principal, params.site_id);
    // A file that is not text is refused here, not after a queue and three attempts.
    assertCsvText(body.csv);
    if (body.sector_id && !(await keywords.siteSectorIds(db, params.site_id)).includes(body.sector_id)) {
      throw new AppError('UNPROCESSABLE', 'The sector is not one of the site’s sectors.', {
        field: 'sector_id',
      });
    }
    const [upload] = await db('keyword_imports')
      .insert({
        account_id: principal.accountId,
        site_id: params.site_id,
        csv: body.csv,
        sector_id: body.sector_id ?? null,
        language: body.language ?? null,
        country: body.country ?? null,
      })
      .returning('id');
    const operation = await createOperation(db, {
      accountId: principal.accountId,
      kind: 'keywords.import',
      createdBy: principal.userId,
      input: { site_id: params.site_id, bytes: body.csv.length },
    });
    await deps.jobs.send(db, KEYWORD_IMPORT_JOB, {
      operationId: operation.id,
      accountId: principal.accountId,
      importId: upload.id,
    });
    return { data: presentOperation(operation), headers: { Location: `/v1/operations/${operation.id}` } };
  },
  exportKeywords: async ({ db, principal, params, query, deps }) => {
    const site = await findVisibleSite(db, principal, params.site_id);
    const accountId = principal.accountId;
    // Streamed page by page, each page in a short transaction of its own, so a large export holds
    // neither memory nor a connection for long.
    async function* rows() {
      yield stringify([EXPORT_COLUMNS]);
      let cursor: string | undefined;
      do {
        const page = await withTenant(deps.db.app, { accountId }, async (trx) => {
          const q = keywords
            .filteredKeywords(trx, site.id, { status: query.status, cluster_id: query.cluster_id })
            .leftJoin('clusters', 'clusters.id', 'keywords.cluster_id')
            .leftJoin('sectors', 'sectors.id', 'keywords.sector_id')
            .select('keywords.*', 'clusters.name as cluster_name', 'sectors.name as sector_name');
          return paginate<keywords.KeywordRow & { cluster_name: string | null; sector_name: string | null }>(q, {
            table: 'keywords',
            limit: 5000,
            cursor,
          });
        });
        yield stringify(
          page.data.map((k) => [
            k.phrase,
            k.volume,
            k.difficulty ?? '',
            k.cpc ?? '',
            k.intent,
            k.status,
            k.cluster_name ?? '',
            k.sector_name ?? '',
            k.country ?? '',
            k.language,
          ]),
        );
        cursor = page.meta.next_cursor ?? undefined;
      } while (cursor);
    }
    return { file: { contentType: 'text/csv', body: Readable.from(rows()), filename: `keywords-${site.id}.csv` } };
  },
  startClustering: async ({ db, principal, params, body, deps }) => {
    const operation = await startClustering(db, deps, principal, params.site_id, body);
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
    const operation = await startIdeas(db, deps, principal, params.site_id, params.cluster_id, body.count ?? 3);
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
  getCannibalization: async ({ db, principal, params }) => {
    await findVisibleSite(db, principal, params.site_id);
    return { data: await cannibalizationWarnings(db, params.site_id) };
  },
};
