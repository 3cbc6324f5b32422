// `igny8 ideas generate`: content ideas for one cluster (--cluster) or for every cluster that has none yet. The
// estimate first and a confirmation (unless --yes), then the generations, a few at a time, with a bar of the
// clusters done; the ideas made (their titles), any cannibalization warning, and the clusters that failed.
import { APIError, APIUserAbortError, type Igny8, isIgny8Error, OperationFailedError, type Schemas } from '@igny8/sdk';
import type { Context } from '../context.js';
import { CliError, describeError, insufficientCredits, usage } from '../errors.js';
import { checkCanConfirm, confirmCharge, stoppedWaiting } from '../operations.js';
import { num, plural } from '../output.js';
import { createBar } from '../progress.js';

type Cluster = Schemas['Cluster'];
type Operation = Schemas['Operation'];

export interface IdeasOptions {
  cluster?: string;
  count: number;
}

/** Generations in flight at once: the server queues them anyway; this keeps the polling light. */
const AT_ONCE = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Outcome {
  cluster: Cluster;
  operation?: Operation;
  error?: { code: string; message: string };
  ideas?: { id: string; title: string }[];
}

export async function generate(ctx: Context, options: IdeasOptions): Promise<void> {
  checkCanConfirm(ctx);
  const client = await ctx.client();
  const site = await ctx.site();
  const clusters = options.cluster
    ? [await findCluster(client, site.id, options.cluster)]
    : await fresh(client, site.id);
  if (clusters.length === 0) {
    throw new CliError(
      `Every cluster of ${site.slug} has ideas already. Cluster new keywords first (\`igny8 cluster\`), or name one with --cluster.`,
      { code: 'NOTHING_TO_DO' },
    );
  }
  const estimate = await client.billing.estimate({
    operation: 'generate_ideas',
    quantity: options.count * clusters.length,
  });
  ctx.out.note(
    `${plural(options.count, 'idea')} for ${clusters.length === 1 ? `the cluster "${clusters[0]?.name}"` : `each of ${num(clusters.length)} clusters`} ` +
      `of ${site.slug}: ${plural(estimate.credits, 'credit')}; ${num(estimate.available_credits)} available.`,
  );
  if (!estimate.sufficient) throw insufficientCredits(estimate.credits, estimate.available_credits);
  await confirmCharge(ctx, 'Generate them?');

  const bar = createBar(ctx.out, 'Generating ideas', 'clusters');
  const outcomes: Outcome[] = [];
  bar.update(0, clusters.length);
  try {
    await ctx.interruptible(async (signal) => {
      const queue = [...clusters];
      let stop: unknown;
      const worker = async () => {
        for (let c = queue.shift(); c && !stop; c = queue.shift()) {
          const outcome = await generateOne(client, site.id, c, options.count, signal).catch((error: unknown) => {
            // Out of credits (or interrupted): the others would fail the same way; stop starting more.
            if (APIUserAbortError.is(error) || (APIError.is(error) && error.status === 402)) stop ??= error;
            if (!isIgny8Error(error)) throw error;
            const d = describeError(error, ctx.errorContext);
            return { cluster: c, error: { code: d.json.code, message: d.json.message } } as Outcome;
          });
          outcomes.push(outcome);
          bar.update(outcomes.length, clusters.length);
        }
      };
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, clusters.length) }, worker));
      if (APIUserAbortError.is(stop)) throw stop;
    });
  } catch (error) {
    if (APIUserAbortError.is(error)) throw stoppedWaiting('the generations already started');
    throw error;
  } finally {
    bar.stop();
  }
  const failed = outcomes.filter((o) => o.error);
  if (failed.length) ctx.out.exitCode = 1;
  ctx.out.result(
    {
      site_id: site.id,
      operations: outcomes.flatMap((o) => (o.operation ? [o.operation] : [])),
      failed: failed.map((o) => ({ cluster_id: o.cluster.id, ...o.error })),
    },
    () => summary(outcomes, clusters.length),
  );
}

async function generateOne(client: Igny8, siteId: string, cluster: Cluster, count: number, signal: AbortSignal) {
  const started = await client.ideas.generate(siteId, cluster.id, { count }, { signal });
  const operation = await client.operations
    .wait(started.id, { intervalMs: 400, timeoutMs: 60 * 60 * 1000, signal })
    .catch((error: unknown) => {
      if (OperationFailedError.is(error)) return error.operation;
      throw error;
    });
  if (operation.status !== 'succeeded') {
    return {
      cluster,
      operation,
      error: { code: operation.error?.code ?? 'JOB_FAILED', message: operation.error?.message ?? operation.status },
    };
  }
  const made = new Set(operation.kind === 'ideas.generate' ? (operation.result?.idea_ids ?? []) : []);
  const ideas: { id: string; title: string }[] = [];
  for await (const idea of client.ideas.list(siteId, { cluster_id: cluster.id, limit: 100 }, { signal })) {
    if (made.has(idea.id)) ideas.push({ id: idea.id, title: idea.title });
  }
  return { cluster, operation, ideas };
}

function summary(outcomes: Outcome[], total: number): string[] {
  const done = outcomes.filter((o) => o.ideas);
  const made = done.reduce((sum, o) => sum + (o.ideas?.length ?? 0), 0);
  const credits = done.reduce(
    (sum, o) => sum + (o.operation?.kind === 'ideas.generate' ? (o.operation.result?.credits ?? 0) : 0),
    0,
  );
  const lines = [
    `Made ${plural(made, 'idea')} for ${plural(done.length, 'cluster')}; ${plural(credits, 'credit')} spent.`,
  ];
  for (const o of done) {
    lines.push(`  ${o.cluster.name}:`);
    for (const idea of o.ideas ?? []) lines.push(`    - ${idea.title}`);
    const warnings = o.operation?.kind === 'ideas.generate' ? (o.operation.result?.cannibalization ?? []) : [];
    for (const w of warnings) {
      const what = w.kind === 'same_primary_keyword' ? `same primary keyword "${w.key}"` : `titles like "${w.key}"`;
      lines.push(`    ! may compete with ${w.items.map((i) => i.label).join(', ')} (${what})`);
    }
  }
  const failed = outcomes.filter((o) => o.error);
  if (failed.length) {
    lines.push(`Failed for ${plural(failed.length, 'cluster')}:`);
    for (const o of failed) lines.push(`  ${o.cluster.name}: ${o.error?.message} (${o.error?.code})`);
  }
  if (outcomes.length < total) lines.push(`Not started: ${plural(total - outcomes.length, 'cluster')}.`);
  return lines;
}

/** The clusters with no ideas yet (status `new`). */
async function fresh(client: Igny8, siteId: string): Promise<Cluster[]> {
  const clusters: Cluster[] = [];
  for await (const c of client.clusters.list(siteId, { status: 'new', limit: 100 })) clusters.push(c);
  return clusters;
}

/** A cluster by id, or by name (without case). */
async function findCluster(client: Igny8, siteId: string, wanted: string): Promise<Cluster> {
  if (UUID.test(wanted)) return client.clusters.get(siteId, wanted);
  const matches: Cluster[] = [];
  for await (const c of client.clusters.list(siteId, { limit: 100 })) {
    if (c.name.toLowerCase() === wanted.toLowerCase()) matches.push(c);
  }
  if (matches.length === 1) return matches[0] as Cluster;
  throw usage(
    matches.length ? `Several clusters are named "${wanted}": give its id.` : `No cluster named "${wanted}".`,
  );
}
