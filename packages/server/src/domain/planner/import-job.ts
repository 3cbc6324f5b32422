// Starting a keyword import, and the job that does it. The request keeps the file and records the Operation
// and the job in one transaction; the job reads, checks and stores the rows in committed steps.
import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { type OperationRow, startOperation } from '../operations/operations.js';
import { stepJob } from '../operations/steps.js';
import type { Enqueue } from '../ports.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { emitEvent } from '../webhooks/outbox.js';
import { assertCsvText } from './csv-import.js';
import {
  analyzeImportedKeywords,
  type KeywordImportResult,
  mergeKeywordImport,
  prepareKeywordImport,
} from './import.js';
import { siteSectorIds } from './keywords.js';

export interface ImportRequest {
  csv: string;
  sector_id?: string;
  language?: string;
  country?: string;
}

export async function startKeywordImport(
  trx: Knex.Transaction,
  deps: { queue: Enqueue },
  actor: Actor,
  siteId: string,
  request: ImportRequest,
): Promise<OperationRow> {
  await findVisibleSite(trx, actor, siteId);
  // A file that is not text is refused here, not after a queue and three attempts.
  assertCsvText(request.csv);
  if (request.sector_id && !(await siteSectorIds(trx, siteId)).includes(request.sector_id)) {
    throw new AppError('UNPROCESSABLE', 'The sector is not one of the site’s sectors.', {
      field: 'sector_id',
    });
  }
  const [upload] = await trx('keyword_imports')
    .insert({
      account_id: actor.accountId,
      site_id: siteId,
      csv: request.csv,
      sector_id: request.sector_id ?? null,
      language: request.language ?? null,
      country: request.country ?? null,
    })
    .returning('id');
  return startOperation(trx, deps.queue, actor, 'keywords.import', {
    input: { site_id: siteId, bytes: request.csv.length },
    job: { siteId, importId: upload.id },
  });
}

/**
 * The import in two committed steps: the rows are read and checked with no transaction open (the upload is read
 * in a short one), then staged with COPY and merged in one transaction with the checkpoint; the statistics
 * are refreshed after, as the owner, when the import was large.
 */
export const importJob = (deps: { app: () => Knex; owner: () => Knex }) =>
  stepJob({
    kind: 'keywords.import',
    initial: {} as { result?: KeywordImportResult },
    steps: [
      {
        name: 'importing the keywords',
        async run(ctx, state) {
          const hooks = { progress: ctx.progress };
          const prepared = await prepareKeywordImport(deps.app(), {
            accountId: ctx.payload.accountId,
            importId: ctx.payload.importId,
            ...hooks,
          });
          return { commit: async (trx) => ({ ...state, result: await mergeKeywordImport(trx, prepared, hooks) }) };
        },
      },
      {
        name: 'refreshing the keyword statistics',
        async run(_ctx, state) {
          if (state.result) await analyzeImportedKeywords(deps.owner(), state.result);
          return { state };
        },
      },
    ],
    result: (s) => s.result as KeywordImportResult,
    // The import finished: `keywords.imported`, committed with the operation's success.
    async onSucceeded(trx, { payload, operationId }, result) {
      // Jobs enqueued before the payload named the site have it in the operation's input.
      const siteId =
        payload.siteId ??
        ((await trx('operations').where({ id: operationId }).first('input'))?.input?.site_id as string);
      await emitEvent(trx, {
        accountId: payload.accountId,
        type: 'keywords.imported',
        data: {
          account_id: payload.accountId,
          site_id: siteId,
          operation_id: operationId,
          imported: result.imported,
          duplicates: result.duplicates,
          refused: result.invalid_count,
        },
      });
    },
  });
