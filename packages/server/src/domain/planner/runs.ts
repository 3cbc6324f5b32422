// Clustering runs and idea generation: long-running, charged work. The request estimates the cost,
// reserves it (402 before any work when the balance is short), records the Operation and enqueues
// the job, all in one transaction. The job does the work, then captures the credits; if its last
// attempt fails, the reservation is released.
import type { Knex } from 'knex';
import { type AccountAiSettings, generateIdeas } from '../../ai/index.js';
import type { Principal } from '../../auth/principal.js';
import type { AppDeps } from '../../deps.js';
import { AppError, NotFoundError } from '../../errors.js';
import { CLUSTER_JOB, IDEAS_JOB } from '../../jobs/planner-job-names.js';
import type { OperationWork } from '../../jobs/run-operation.js';
import { estimate } from '../billing/costs.js';
import { capture, release, reserve } from '../billing/credits.js';
import { createOperation } from '../operations/operations.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { cannibalizationWarnings } from './cannibalization.js';
import { findCluster } from './clusters.js';
import type { Intent } from './keywords.js';
import { clusterKeywords, normalizePhrase } from './text-api.js';

export interface ClusteringOptions {
  algorithm?: 'lexical' | 'semantic' | 'serp';
  threshold?: number;
  min_cluster_size?: number;
  sector_id?: string;
  include_mapped?: boolean;
}

function targetKeywords(trx: Knex.Transaction, siteId: string, o: ClusteringOptions) {
  const q = trx('keywords')
    .where({ site_id: siteId })
    .whereIn('status', o.include_mapped ? ['new', 'mapped'] : ['new']);
  if (o.sector_id) q.where({ sector_id: o.sector_id });
  return q;
}

interface ChargedRun {
  siteId: string;
  /** The costs-table operation charged, and how many units (keywords, ideas) the estimate is for. */
  operation: string;
  quantity: number;
  /** The Operation's kind, its recorded input (the site and credits are added) and progress total = quantity. */
  kind: string;
  input: Record<string, unknown>;
  job: string;
  /** The reservation key is `<keyPrefix>:<operation id>`. */
  keyPrefix: string;
  /** What the job needs besides the operation, account, site, reservation key and credits. */
  payload: Record<string, unknown>;
}

/** Estimate, record the Operation, reserve the credits (402 when short) and enqueue the job. */
async function startChargedRun(trx: Knex.Transaction, deps: AppDeps, principal: Principal, run: ChargedRun) {
  const { siteId, quantity } = run;
  const credits = await estimate(trx, { operation: run.operation, quantity });
  const operation = await createOperation(trx, {
    accountId: principal.accountId,
    kind: run.kind,
    createdBy: principal.userId,
    input: { site_id: siteId, ...run.input, credits },
    total: quantity,
  });
  const key = `${run.keyPrefix}:${operation.id}`;
  await reserve(trx, {
    accountId: principal.accountId,
    key,
    credits,
    operation: run.operation,
    siteId,
    now: deps.now(),
  });
  await deps.jobs.send(trx, run.job, {
    operationId: operation.id,
    accountId: principal.accountId,
    siteId,
    ...run.payload,
    key,
    credits,
  });
  return operation;
}

export async function startClustering(
  trx: Knex.Transaction,
  deps: AppDeps,
  principal: Principal,
  siteId: string,
  options: ClusteringOptions,
) {
  await findVisibleSite(trx, principal, siteId);
  const row = await targetKeywords(trx, siteId, options).count({ n: '*' }).first();
  const n = Number(row?.n ?? 0);
  if (n === 0)
    throw new AppError('NO_KEYWORDS', 'There are no keywords to cluster (only `new` ones are, unless include_mapped).');
  return startChargedRun(trx, deps, principal, {
    siteId,
    operation: 'cluster_keywords',
    quantity: n,
    kind: 'keywords.cluster',
    input: { ...options, keywords: n },
    job: CLUSTER_JOB,
    keyPrefix: 'clustering',
    payload: { options },
  });
}

export async function runClustering(
  trx: Knex.Transaction,
  deps: AppDeps,
  data: Record<string, unknown>,
  work: OperationWork,
) {
  const siteId = data.siteId as string;
  const options = data.options as ClusteringOptions;
  const accountId = data.accountId as string;
  const algorithm = options.algorithm ?? 'lexical';
  if (options.include_mapped) {
    // Clusters with no ideas are rebuilt from scratch; those with ideas keep their keywords.
    const rebuilt = trx('clusters')
      .where({ site_id: siteId })
      .whereNotExists(trx('ideas').whereRaw('ideas.cluster_id = clusters.id'));
    if (options.sector_id) rebuilt.where({ sector_id: options.sector_id });
    const ids = (await rebuilt.select('id')).map((r: { id: string }) => r.id);
    await trx('keywords').whereIn('cluster_id', ids).update({ cluster_id: null, status: 'new' });
    await trx('clusters').whereIn('id', ids).delete();
  }
  const rows = await targetKeywords(trx, siteId, { ...options, include_mapped: false })
    .whereNull('cluster_id')
    .select('id', 'phrase', 'volume', 'difficulty', 'intent', 'language', 'sector_id', 'serp_urls');
  let usage = { provider: 'local', model: `clustering-${algorithm}`, tokensIn: 0, tokensOut: 0, costUsd: 0 };
  const { embeddings } = deps.ai.providersFor(await aiSettings(trx, accountId));
  let lastReport = 0;
  let reporting: Promise<void> = Promise.resolve();
  const result = await clusterKeywords({
    keywords: rows.map((r) => ({
      id: r.id,
      phrase: r.phrase,
      volume: r.volume,
      difficulty: r.difficulty ?? undefined,
      intent: r.intent,
      language: r.language,
      sectorId: r.sector_id,
      serpUrls: r.serp_urls ?? undefined,
    })),
    algorithm,
    threshold: options.threshold,
    minClusterSize: options.min_cluster_size,
    embed: async (texts: string[]) => {
      const out = await embeddings.embed(texts);
      usage = {
        ...out.usage,
        tokensIn: usage.tokensIn + out.usage.tokensIn,
        costUsd: usage.costUsd + out.usage.costUsd,
      };
      return out.vectors;
    },
    onProgress: (done, total) => {
      // The engine reports synchronously and often: pass it on at most twice a second, in order.
      const now = Date.now();
      if (now - lastReport < 500) return;
      lastReport = now;
      reporting = reporting.then(() => work.progress(Math.round((done / total) * rows.length * 0.9), rows.length));
    },
  });
  await reporting;
  let clustered = 0;
  for (const c of result.clusters) {
    const [cluster] = await trx('clusters')
      .insert({
        account_id: accountId,
        site_id: siteId,
        sector_id: c.sectorId,
        name: c.name,
        head_keyword_id: c.headKeywordId,
        status: 'new',
        keyword_count: c.keywordIds.length,
        total_volume: c.totalVolume,
        avg_difficulty: c.avgDifficulty,
        intent: c.intent,
        algorithm,
        operation_id: data.operationId,
      })
      .returning('id');
    for (let i = 0; i < c.keywordIds.length; i += 5000) {
      await trx('keywords')
        .whereIn('id', c.keywordIds.slice(i, i + 5000))
        .update({ cluster_id: cluster.id, status: 'mapped', updated_at: trx.fn.now() });
    }
    clustered += c.keywordIds.length;
  }
  await work.progress(rows.length, rows.length);
  const charged = await capture(trx, {
    accountId,
    key: data.key as string,
    actual: data.credits as number,
    now: deps.now(),
    usage,
  });
  return {
    algorithm,
    keywords: rows.length,
    clusters: result.clusters.length,
    clustered_keywords: clustered,
    unclustered_keywords: result.unclustered.length,
    credits: charged.captured_credits,
  };
}

export const releaseReservation = (deps: AppDeps) => async (trx: Knex.Transaction, data: Record<string, unknown>) => {
  await release(trx, {
    accountId: data.accountId as string,
    key: data.key as string,
    now: deps.now(),
    reason: 'the work failed',
  });
};

/** The account's choice of AI providers and prompt templates, if it made one. */
async function aiSettings(trx: Knex.Transaction, accountId: string): Promise<AccountAiSettings | undefined> {
  const row = await trx('accounts').where({ id: accountId }).first('ai_settings');
  return row?.ai_settings ?? undefined;
}

export async function startIdeas(
  trx: Knex.Transaction,
  deps: AppDeps,
  principal: Principal,
  siteId: string,
  clusterId: string,
  count: number,
) {
  const cluster = await findCluster(trx, principal, siteId, clusterId);
  const keywordCount = await trx('keywords').where({ cluster_id: cluster.id }).count({ n: '*' }).first();
  if (!Number(keywordCount?.n ?? 0)) throw new AppError('NO_KEYWORDS', 'This cluster has no keywords to plan from.');
  return startChargedRun(trx, deps, principal, {
    siteId,
    operation: 'generate_ideas',
    quantity: count,
    kind: 'ideas.generate',
    input: { cluster_id: clusterId, count },
    job: IDEAS_JOB,
    keyPrefix: 'ideas',
    payload: { clusterId, count },
  });
}

export async function runIdeas(
  trx: Knex.Transaction,
  deps: AppDeps,
  data: Record<string, unknown>,
  work: OperationWork,
) {
  const accountId = data.accountId as string;
  const cluster = await trx('clusters').where({ id: data.clusterId, site_id: data.siteId }).first();
  if (!cluster) throw new NotFoundError('Cluster');
  const kws = await trx('keywords')
    .where({ cluster_id: cluster.id })
    .orderBy([{ column: 'volume', order: 'desc' }, 'normalized'])
    .select('phrase', 'volume', 'normalized', 'language');
  const count = data.count as number;
  // The cluster's language is its keywords' (the most common one): ideas are written, and their keywords
  // compared, in it.
  const languages = new Map<string, number>();
  for (const k of kws) languages.set(k.language, (languages.get(k.language) ?? 0) + 1);
  const language = [...languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const input = {
    cluster: {
      name: cluster.name,
      intent: cluster.intent as Intent,
      keywords: kws.slice(0, 5000).map((k) => ({ phrase: k.phrase, volume: k.volume })),
    },
    count,
    language,
  };
  // Ideas of one cluster should not compete with each other, nor with the ideas it already has: the ideas
  // task settles each one's primary keyword (generateIdeas → distinctPrimaries).
  const taken = (await trx('ideas').where({ cluster_id: cluster.id }).select('primary_keyword')).map(
    (r: { primary_keyword: string }) => r.primary_keyword,
  );
  const { value, usage } = await generateIdeas(deps.ai.providersFor(await aiSettings(trx, accountId)), input, {
    taken,
  });
  const ideas = value.ideas.slice(0, count);
  const ids: string[] = [];
  for (const idea of ideas) {
    const [row] = await trx('ideas')
      .insert({
        account_id: accountId,
        site_id: data.siteId,
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
        operation_id: data.operationId,
      })
      .returning('id');
    ids.push(row.id);
    await work.progress(ids.length, count);
  }
  await trx('clusters').where({ id: cluster.id }).update({ status: 'mapped', updated_at: trx.fn.now() });
  const actual = await estimate(trx, { operation: 'generate_ideas', quantity: ids.length });
  const charged = await capture(trx, { accountId, key: data.key as string, actual, now: deps.now(), usage });
  const warnings = (await cannibalizationWarnings(trx, data.siteId as string)).filter((w) =>
    w.items.some((i) => ids.includes(i.id)),
  );
  return { idea_ids: ids, provider: usage.provider, credits: charged.captured_credits, cannibalization: warnings };
}
