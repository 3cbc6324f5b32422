// Clustering runs and idea generation: long-running, charged work. The request estimates the cost, reserves
// it (402 before any work when the balance is short), records the Operation and enqueues the job, all in one
// transaction (billing/charged-runs.ts). The job works in committed steps: the clustering itself and the
// provider calls run with no transaction open, their results are written set-based with the checkpoint, and
// the last step captures the credits; if the last attempt fails, the reservation is released.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { type AccountAiSettings, type AiRegistry, generateIdeas, type Usage } from '../../ai/index.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { captureRun, releaseRun, startChargedRun } from '../billing/charged-runs.js';
import { estimate } from '../billing/costs.js';
import type { OperationPayload } from '../operations/kinds.js';
import { stepJob } from '../operations/steps.js';
import type { Clock, Compute, Enqueue } from '../ports.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { emitEvent } from '../webhooks/outbox.js';
import { cannibalizationWarnings } from './cannibalization.js';
import type { ClusterKeywordInput } from './clustering/index.js';
import { findCluster } from './clusters.js';
import type { Intent } from './keywords.js';
import { commonestLanguage, normalizePhrase } from './text-api.js';

export type ClusteringOptions = OperationPayload<'keywords.cluster'>['options'];

/** What the planner's jobs need from outside. */
export interface PlannerJobDeps {
  ai: AiRegistry;
  compute: Compute;
  now: Clock;
}

function targetKeywords(trx: Knex.Transaction, siteId: string, o: ClusteringOptions) {
  const q = trx('keywords')
    .where({ site_id: siteId })
    .whereIn('status', o.include_mapped ? ['new', 'mapped'] : ['new']);
  if (o.sector_id) q.where({ sector_id: o.sector_id });
  return q;
}

export async function startClustering(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  options: ClusteringOptions,
) {
  await findVisibleSite(trx, actor, siteId);
  const row = await targetKeywords(trx, siteId, options).count({ n: '*' }).first();
  const n = Number(row?.n ?? 0);
  if (n === 0)
    throw new AppError('NO_KEYWORDS', 'There are no keywords to cluster (only `new` ones are, unless include_mapped).');
  return startChargedRun(trx, deps, actor, {
    kind: 'keywords.cluster',
    siteId,
    charge: 'cluster_keywords',
    quantity: n,
    input: { ...options, keywords: n },
    job: { options },
  });
}

/** The account's choice of AI providers and prompt templates, if it made one. */
export async function accountAiSettings(
  trx: Knex.Transaction,
  accountId: string,
): Promise<AccountAiSettings | undefined> {
  const row = await trx('accounts').where({ id: accountId }).first('ai_settings');
  return row?.ai_settings ?? undefined;
}

interface ClusteringState {
  keywords?: number;
  clusters?: number;
  clustered?: number;
  unclustered?: number;
  usage?: Usage;
  credits?: number;
}

/** Embeds the distinct phrases of the keywords (a provider call: no transaction may be open). */
async function withVectors(
  keywords: ClusterKeywordInput[],
  embed: (texts: string[]) => Promise<{ vectors: number[][]; usage: Omit<Usage, 'model'> & { model?: string | null } }>,
  usage: Usage,
): Promise<Usage> {
  const byPhrase = new Map<string, ClusterKeywordInput[]>();
  for (const k of keywords) {
    const key = normalizePhrase(k.phrase, k.language);
    const list = byPhrase.get(key);
    if (list) list.push(k);
    else byPhrase.set(key, [k]);
  }
  const keys = [...byPhrase.keys()].sort();
  let total = usage;
  for (let from = 0; from < keys.length; from += 256) {
    const slice = keys.slice(from, from + 256);
    const out = await embed(slice.map((key) => (byPhrase.get(key) as ClusterKeywordInput[])[0]?.phrase as string));
    slice.forEach((key, i) => {
      for (const k of byPhrase.get(key) as ClusterKeywordInput[]) k.vector = out.vectors[i];
    });
    total = {
      provider: out.usage.provider,
      model: out.usage.model ?? total.model,
      tokensIn: total.tokensIn + out.usage.tokensIn,
      tokensOut: total.tokensOut,
      costUsd: total.costUsd + out.usage.costUsd,
    };
  }
  return total;
}

export const clusteringJob = (deps: PlannerJobDeps) =>
  stepJob({
    kind: 'keywords.cluster',
    initial: {} as ClusteringState,
    steps: [
      {
        name: 'making room for the new clusters',
        async run({ payload }, state) {
          const { siteId, options } = payload;
          if (!options.include_mapped) return { state };
          // Clusters with no ideas are rebuilt from scratch; those with ideas keep their keywords.
          return {
            async commit(trx) {
              const rebuilt = trx('clusters')
                .where({ site_id: siteId })
                .whereNotExists(trx('ideas').whereRaw('ideas.cluster_id = clusters.id'));
              if (options.sector_id) rebuilt.where({ sector_id: options.sector_id });
              const ids = (await rebuilt.select('id')).map((r: { id: string }) => r.id);
              await trx('keywords').whereIn('cluster_id', ids).update({ cluster_id: null, status: 'new' });
              await trx('clusters').whereIn('id', ids).delete();
              return state;
            },
          };
        },
      },
      {
        name: 'clustering the keywords',
        async run(ctx, state) {
          const { siteId, options, accountId } = ctx.payload;
          const algorithm = options.algorithm ?? 'lexical';
          const { rows, settings } = await ctx.read(async (trx) => ({
            rows: await targetKeywords(trx, siteId, { ...options, include_mapped: false })
              .whereNull('cluster_id')
              .select('id', 'phrase', 'volume', 'difficulty', 'intent', 'language', 'sector_id', 'serp_urls'),
            settings: await accountAiSettings(trx, accountId),
          }));
          const keywords: ClusterKeywordInput[] = rows.map((r) => ({
            id: r.id,
            phrase: r.phrase,
            volume: r.volume,
            difficulty: r.difficulty ?? undefined,
            intent: r.intent,
            language: r.language,
            sectorId: r.sector_id,
            serpUrls: r.serp_urls ?? undefined,
          }));
          let usage: Usage = {
            provider: 'local',
            model: `clustering-${algorithm}`,
            tokensIn: 0,
            tokensOut: 0,
            costUsd: 0,
          };
          if (algorithm === 'semantic') {
            const { embeddings } = deps.ai.providersFor(settings);
            usage = await withVectors(keywords, (texts) => embeddings.embed(texts), usage);
          }
          let lastReport = 0;
          let reporting: Promise<void> = Promise.resolve();
          const result = await deps.compute.cluster(
            { keywords, algorithm, threshold: options.threshold, minClusterSize: options.min_cluster_size },
            (done, total) => {
              // The engine reports often: pass it on at most twice a second, in order.
              const now = Date.now();
              if (now - lastReport < 500) return;
              lastReport = now;
              reporting = reporting.then(() =>
                ctx.progress(Math.round((done / total) * rows.length * 0.9), rows.length),
              );
            },
          );
          await reporting;
          const clusters = result.clusters.map((c) => ({ ...c, id: randomUUID() }));
          const clustered = clusters.reduce((n, c) => n + c.keywordIds.length, 0);
          return {
            async commit(trx) {
              await writeClusters(trx, ctx.payload, algorithm, clusters);
              await trx('operations')
                .where({ id: ctx.operationId })
                .update({ progress_done: rows.length, progress_total: rows.length });
              return {
                ...state,
                keywords: rows.length,
                clusters: clusters.length,
                clustered,
                unclustered: result.unclustered.length,
                usage,
              };
            },
          };
        },
      },
      {
        name: 'charging the credits',
        async run({ payload }, state) {
          return {
            async commit(trx) {
              const charged = await captureRun(trx, deps.now, payload, payload.credits, state.usage);
              return { ...state, credits: charged.captured_credits ?? 0 };
            },
          };
        },
      },
    ],
    result: (s, { payload }) => ({
      algorithm: payload.options.algorithm ?? 'lexical',
      keywords: s.keywords ?? 0,
      clusters: s.clusters ?? 0,
      clustered_keywords: s.clustered ?? 0,
      unclustered_keywords: s.unclustered ?? 0,
      credits: s.credits ?? 0,
    }),
    onFinalFailure: (trx, { payload }) => releaseRun(trx, deps.now, payload),
    // The clustering finished: `clustering.completed`, committed with the operation's success.
    async onSucceeded(trx, { payload, operationId }, result) {
      await emitEvent(trx, {
        accountId: payload.accountId,
        type: 'clustering.completed',
        at: deps.now(),
        data: {
          account_id: payload.accountId,
          site_id: payload.siteId,
          operation_id: operationId,
          clusters: result.clusters,
          keywords: result.clustered_keywords,
        },
      });
    },
  });

/** The clusters and their keywords' membership, in two statements whatever their number. */
async function writeClusters(
  trx: Knex.Transaction,
  payload: OperationPayload<'keywords.cluster'>,
  algorithm: string,
  clusters: {
    id: string;
    sectorId: string | null;
    name: string;
    headKeywordId: string;
    keywordIds: string[];
    totalVolume: number;
    avgDifficulty: number | null;
    intent: string;
  }[],
) {
  if (!clusters.length) return;
  await trx.raw(
    `insert into clusters (id, account_id, site_id, sector_id, name, head_keyword_id, status, keyword_count,
       total_volume, avg_difficulty, intent, algorithm, operation_id)
     select u.id, ?, ?, u.sector_id, u.name, u.head, 'new', u.n, u.volume, u.difficulty, u.intent, ?, ?
     from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::int[], ?::bigint[], ?::numeric[], ?::text[])
       as u(id, sector_id, name, head, n, volume, difficulty, intent)`,
    [
      payload.accountId,
      payload.siteId,
      algorithm,
      payload.operationId,
      clusters.map((c) => c.id),
      clusters.map((c) => c.sectorId),
      clusters.map((c) => c.name),
      clusters.map((c) => c.headKeywordId),
      clusters.map((c) => c.keywordIds.length),
      clusters.map((c) => c.totalVolume),
      clusters.map((c) => c.avgDifficulty),
      clusters.map((c) => c.intent),
    ] as unknown as Knex.RawBinding[],
  );
  const keywordIds: string[] = [];
  const clusterIds: string[] = [];
  for (const c of clusters) {
    for (const id of c.keywordIds) {
      keywordIds.push(id);
      clusterIds.push(c.id);
    }
  }
  await trx.raw(
    `update keywords k set cluster_id = m.cluster_id, status = 'mapped', updated_at = now()
     from unnest(?::uuid[], ?::uuid[]) as m(id, cluster_id) where k.id = m.id`,
    [keywordIds, clusterIds] as unknown as Knex.RawBinding[],
  );
}

export async function startIdeas(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  clusterId: string,
  count: number,
) {
  const cluster = await findCluster(trx, actor, siteId, clusterId);
  const keywordCount = await trx('keywords').where({ cluster_id: cluster.id }).count({ n: '*' }).first();
  if (!Number(keywordCount?.n ?? 0)) throw new AppError('NO_KEYWORDS', 'This cluster has no keywords to plan from.');
  return startChargedRun(trx, deps, actor, {
    kind: 'ideas.generate',
    siteId,
    charge: 'generate_ideas',
    quantity: count,
    input: { cluster_id: clusterId, count },
    job: { clusterId, count },
  });
}

interface IdeasState {
  ideaIds?: string[];
  provider?: string;
  usage?: Usage;
  credits?: number;
  cannibalization?: unknown[];
}

export const ideasJob = (deps: Omit<PlannerJobDeps, 'compute'>) =>
  stepJob({
    kind: 'ideas.generate',
    initial: {} as IdeasState,
    steps: [
      {
        name: 'writing the ideas',
        async run(ctx, state) {
          const { payload } = ctx;
          const { cluster, kws, taken, settings } = await ctx.read(async (trx) => {
            const cluster = await trx('clusters').where({ id: payload.clusterId, site_id: payload.siteId }).first();
            if (!cluster) throw new NotFoundError('Cluster');
            return {
              cluster,
              kws: await trx('keywords')
                .where({ cluster_id: cluster.id })
                .orderBy([{ column: 'volume', order: 'desc' }, 'normalized'])
                .select('phrase', 'volume', 'normalized', 'language'),
              // Ideas of one cluster should not compete with each other, nor with the ideas it already has: the
              // ideas task settles each one's primary keyword (generateIdeas → distinctPrimaries).
              taken: (await trx('ideas').where({ cluster_id: cluster.id }).select('primary_keyword')).map(
                (r: { primary_keyword: string }) => r.primary_keyword,
              ),
              settings: await accountAiSettings(trx, payload.accountId),
            };
          });
          // The cluster's language is its keywords' (the most common one): ideas are written, and their keywords
          // compared, in it.
          const language = commonestLanguage(kws);
          const input = {
            cluster: {
              name: cluster.name,
              intent: cluster.intent as Intent,
              keywords: kws.slice(0, 5000).map((k) => ({ phrase: k.phrase, volume: k.volume })),
            },
            count: payload.count,
            language,
          };
          const { value, usage } = await generateIdeas(deps.ai.providersFor(settings), input, { taken });
          const ideas = value.ideas.slice(0, payload.count).map((idea) => ({ ...idea, id: randomUUID() }));
          return {
            async commit(trx) {
              if (ideas.length) {
                await trx('ideas').insert(
                  ideas.map((idea) => ({
                    id: idea.id,
                    account_id: payload.accountId,
                    site_id: payload.siteId,
                    cluster_id: cluster.id,
                    sector_id: cluster.sector_id,
                    title: idea.title,
                    brief: idea.brief,
                    outline: JSON.stringify(idea.outline),
                    primary_keyword: idea.primaryKeyword,
                    primary_normalized: normalizePhrase(idea.primaryKeyword),
                    secondary_keywords: JSON.stringify(idea.secondaryKeywords),
                    structure: idea.structure,
                    content_type: idea.contentType,
                    target_words: idea.targetWords,
                    provider: usage.provider,
                    operation_id: payload.operationId,
                  })),
                );
              }
              await trx('clusters').where({ id: cluster.id }).update({ status: 'mapped', updated_at: trx.fn.now() });
              await trx('operations').where({ id: ctx.operationId }).update({ progress_done: ideas.length });
              const ideaIds = ideas.map((i) => i.id);
              return {
                ...state,
                ideaIds,
                provider: usage.provider,
                usage: { ...usage, model: usage.model ?? '' } as Usage,
              };
            },
          };
        },
      },
      {
        name: 'charging the credits',
        async run({ payload }, state) {
          return {
            async commit(trx) {
              const ids = state.ideaIds ?? [];
              const actual = await estimate(trx, { operation: 'generate_ideas', quantity: ids.length });
              const charged = await captureRun(trx, deps.now, payload, actual, state.usage);
              const warnings = (await cannibalizationWarnings(trx, payload.siteId)).filter((w) =>
                w.items.some((i) => ids.includes(i.id)),
              );
              return { ...state, credits: charged.captured_credits ?? 0, cannibalization: warnings };
            },
          };
        },
      },
    ],
    result: (s) => ({
      idea_ids: s.ideaIds ?? [],
      provider: s.provider ?? 'local',
      credits: s.credits ?? 0,
      cannibalization: (s.cannibalization ?? []) as never,
    }),
    onFinalFailure: (trx, { payload }) => releaseRun(trx, deps.now, payload),
  });
