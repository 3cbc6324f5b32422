// What a run would cost, stage by stage: the site's backlog now, plus what the earlier enabled stages are expected to
// make (a cluster per 8 new keywords, the configured ideas per cluster, 1,500 words an article where no target is
// known yet, the featured and in-article images per article), priced with the costs table. A run starts only when
// the available credits cover 1.2 × the total: the margin absorbs articles longer than planned.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { estimate } from '../billing/costs.js';
import { readBalance } from '../billing/credits.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { type AutomationConfig, configOf, STAGES, type Stage } from './config.js';

/** The margin a run needs over its estimate. */
export const START_MARGIN = 1.2;
const KEYWORDS_PER_CLUSTER = 8;
const DEFAULT_WORDS = 1500;

const count = async (q: Knex.QueryBuilder) => Number((await q.count({ n: '*' }).first())?.n ?? 0);
const sum = async (q: Knex.QueryBuilder, column: string) => Number((await q.sum({ n: column }).first())?.n ?? 0);

/** The site's backlog per stage: what each stage would work on if it ran now. */
export async function backlog(trx: Knex.Transaction, siteId: string) {
  const site = { site_id: siteId };
  return {
    keywords: await count(trx('keywords').where({ ...site, status: 'new' })),
    clusters: await count(trx('clusters').where({ ...site, status: 'new' })),
    ideas: await count(trx('ideas').where({ ...site, status: 'new' })),
    ideaWords: await sum(trx('ideas').where({ ...site, status: 'new' }), 'target_words'),
    tasks: await count(trx('tasks').where({ ...site, status: 'queued' })),
    taskWords: await sum(trx('tasks').where({ ...site, status: 'queued' }), 'target_words'),
    contentsWithoutImages: await count(
      trx('contents as c')
        .where({ 'c.site_id': siteId, 'c.status': 'draft' })
        .whereNotExists(trx('images').whereRaw('images.content_id = c.id')),
    ),
    pendingImages: await count(trx('images').where({ ...site, status: 'pending' })),
    drafts: await count(trx('contents').where({ ...site, status: 'draft' })),
  };
}

export interface StageEstimate {
  stage: Stage;
  enabled: boolean;
  items: number;
  credits: number;
}

/** Credits per stage for the backlog and the settings (`from`: the stages before it are left out, as on resume). */
export async function estimateStages(
  trx: Knex.Transaction,
  siteId: string,
  config: AutomationConfig,
  from: Stage = 'cluster',
): Promise<StageEstimate[]> {
  const b = await backlog(trx, siteId);
  const on = (s: Stage) => config.enabled_stages.includes(s) && STAGES.indexOf(s) >= STAGES.indexOf(from);
  const price = async (operation: string, quantity: number) =>
    quantity > 0 ? estimate(trx, { operation, quantity }) : 0;
  const out: StageEstimate[] = [];
  const add = (stage: Stage, items: number, credits: number) =>
    out.push({ stage, enabled: on(stage), items: on(stage) ? items : 0, credits: on(stage) ? credits : 0 });

  const keywords = on('cluster') && b.keywords >= config.min_keywords ? b.keywords : 0;
  add('cluster', keywords, await price('cluster_keywords', keywords));
  const clusters = b.clusters + Math.ceil(keywords / KEYWORDS_PER_CLUSTER);
  const ideas = on('ideas') ? clusters * config.ideas_per_cluster : 0;
  add('ideas', clusters, await price('generate_ideas', ideas));
  const newIdeas = b.ideas + ideas;
  add('tasks', newIdeas, 0);
  const articles = b.tasks + (on('tasks') ? newIdeas : 0);
  const words = b.taskWords + (on('tasks') ? b.ideaWords + ideas * DEFAULT_WORDS : 0);
  add('content', articles, await price('generate_content', words));
  const withoutImages = b.contentsWithoutImages + (on('content') ? articles : 0);
  add('image_prompts', withoutImages, (await price('generate_image_prompts', 1)) * withoutImages);
  const images = b.pendingImages + (on('image_prompts') ? withoutImages * (1 + config.in_article_images) : 0);
  add('images', images, (await price('generate_image', 1)) * images);
  add('review', b.drafts + (on('content') ? articles : 0), 0);
  return out;
}

export const requiredFor = (total: number) => Math.ceil(total * START_MARGIN);

export async function estimateAutomation(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  const stages = await estimateStages(trx, siteId, await configOf(trx, siteId));
  const total = stages.reduce((n, s) => n + s.credits, 0);
  const balance = await readBalance(trx, actor.accountId);
  const available = balance.plan + balance.bonus;
  const required = requiredFor(total);
  return { stages, total, required, available, can_start: available >= required };
}
