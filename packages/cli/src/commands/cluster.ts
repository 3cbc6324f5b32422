// `igny8 cluster`: counts what it covers, shows the estimate and the balance, asks (unless --yes), then follows the
// clustering to its end and prints what it made.
import type { Context } from '../context.js';
import { CliError, insufficientCredits } from '../errors.js';
import { checkCanConfirm, confirmCharge, follow } from '../operations.js';
import { num, plural } from '../output.js';

export interface ClusterOptions {
  algorithm?: 'lexical' | 'semantic' | 'serp';
  threshold?: number;
  minClusterSize?: number;
  sector?: string;
  includeMapped?: boolean;
}

/** Counting stops here, as the widget's does: the estimate then says "10,000+". */
const COUNT_UP_TO = 10_000;

export async function cluster(ctx: Context, options: ClusterOptions): Promise<void> {
  checkCanConfirm(ctx);
  const client = await ctx.client();
  const site = await ctx.site();
  let n = 0;
  for (const status of options.includeMapped ? (['new', 'mapped'] as const) : (['new'] as const)) {
    const query = { status, limit: 100, ...(options.sector ? { sector_id: options.sector } : {}) };
    for await (const _ of client.keywords.list(site.id, query)) if (++n >= COUNT_UP_TO) break;
    if (n >= COUNT_UP_TO) break;
  }
  if (n === 0) {
    throw new CliError(
      `${site.slug} has no new keywords to cluster. Import some first: \`igny8 keywords import <file.csv>\`.`,
      { code: 'NO_KEYWORDS' },
    );
  }
  const more = n >= COUNT_UP_TO ? '+' : '';
  const estimate = await client.billing.estimate({ operation: 'cluster_keywords', quantity: n });
  const noun = `${options.includeMapped ? '' : 'new '}keyword${n === 1 ? '' : 's'}`;
  ctx.out.note(
    `Clustering ${num(n)}${more} ${noun} of ${site.slug} (${options.algorithm ?? 'lexical'}): ` +
      `${plural(estimate.credits, 'credit')}${more}; ${num(estimate.available_credits)} available.`,
  );
  if (!estimate.sufficient) throw insufficientCredits(estimate.credits, estimate.available_credits);
  await confirmCharge(ctx, 'Start the clustering?');
  const started = await client.clusters.run(site.id, {
    ...(options.algorithm ? { algorithm: options.algorithm } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.minClusterSize !== undefined ? { min_cluster_size: options.minClusterSize } : {}),
    ...(options.sector ? { sector_id: options.sector } : {}),
    ...(options.includeMapped ? { include_mapped: true } : {}),
  });
  const done = await follow(ctx, started, 'Clustering', 'keywords');
  const r = done.kind === 'keywords.cluster' ? done.result : null;
  ctx.out.result(done, () =>
    r
      ? [
          `Made ${plural(r.clusters, 'cluster')} from ${plural(r.keywords, 'keyword')} (${r.algorithm}): ` +
            `${num(r.clustered_keywords)} clustered, ${num(r.unclustered_keywords)} left alone; ${plural(r.credits, 'credit')} spent.`,
          ...(r.clusters > 0 ? ['Next: `igny8 ideas generate` writes content ideas for the new clusters.'] : []),
        ]
      : ['Clustering finished.'],
  );
}
