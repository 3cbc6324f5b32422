// How a site's automation runs: the stages enabled, how many items of each are worked on at once, ideas per cluster,
// in-article images per content, the fewest new keywords worth clustering, the auto-approve rule, a schedule (daily,
// weekly or monthly at a local time in the account's timezone) and the publishing cadence handed to publishing. A
// site that never changed them has the defaults; a run keeps a copy of the settings it started with.
import type { Knex } from 'knex';
import type { Actor } from '../actor.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { parseSchedule, type Schedule } from './schedule.js';

export type { Schedule };

export const STAGES = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'] as const;
export type Stage = (typeof STAGES)[number];

/** Items worked on at once: one clustering covers every new keyword; articles are the slow part. */
export const DEFAULT_BATCH_SIZES: Record<Stage, number> = {
  cluster: 1,
  ideas: 5,
  tasks: 100,
  content: 3,
  image_prompts: 5,
  images: 5,
  review: 100,
};

export interface AutoApprove {
  enabled: boolean;
  min_seo_score: number;
  no_failed_checks: boolean;
}

export interface Cadence {
  posts_per_day: number;
  window_start: string;
  window_end: string;
}

export interface AutomationConfig {
  enabled_stages: Stage[];
  batch_sizes: Record<Stage, number>;
  ideas_per_cluster: number;
  in_article_images: number;
  min_keywords: number;
  auto_approve: AutoApprove;
  schedule: Schedule | null;
  publishing_cadence: Cadence | null;
}

export const DEFAULT_AUTOMATION_CONFIG: AutomationConfig = {
  enabled_stages: [...STAGES],
  batch_sizes: { ...DEFAULT_BATCH_SIZES },
  ideas_per_cluster: 3,
  in_article_images: 2,
  min_keywords: 5,
  auto_approve: { enabled: false, min_seo_score: 80, no_failed_checks: true },
  schedule: null,
  publishing_cadence: null,
};

type Stored = AutomationConfig & { updated_at: Date | null; schedule_since: Date | null };

interface Row {
  site_id: string;
  enabled_stages: Stage[];
  batch_sizes: Partial<Record<Stage, number>>;
  ideas_per_cluster: number;
  in_article_images: number;
  min_keywords: number;
  auto_approve: AutoApprove;
  schedule: Schedule | null;
  schedule_since: Date | null;
  publishing_cadence: Cadence | null;
  updated_at: Date;
}

const fromRow = (row: Row): Stored => ({
  // Stages in their order, whatever order they were sent in.
  enabled_stages: STAGES.filter((s) => row.enabled_stages.includes(s)),
  batch_sizes: { ...DEFAULT_BATCH_SIZES, ...row.batch_sizes },
  ideas_per_cluster: row.ideas_per_cluster,
  in_article_images: row.in_article_images,
  min_keywords: row.min_keywords,
  auto_approve: row.auto_approve,
  schedule: row.schedule,
  publishing_cadence: row.publishing_cadence,
  schedule_since: row.schedule_since,
  updated_at: row.updated_at,
});

/** The site's settings, or the defaults; the caller has checked the site is one the actor sees. */
export async function configOf(trx: Knex.Transaction, siteId: string): Promise<Stored> {
  const row = (await trx('automation_configs').where({ site_id: siteId }).first()) as Row | undefined;
  return row ? fromRow(row) : { ...DEFAULT_AUTOMATION_CONFIG, updated_at: null, schedule_since: null };
}

export const presentConfig = (siteId: string, c: Stored) => ({
  site_id: siteId,
  enabled_stages: c.enabled_stages,
  batch_sizes: c.batch_sizes,
  ideas_per_cluster: c.ideas_per_cluster,
  in_article_images: c.in_article_images,
  min_keywords: c.min_keywords,
  auto_approve: c.auto_approve,
  schedule: c.schedule,
  publishing_cadence: c.publishing_cadence,
  updated_at: c.updated_at?.toISOString() ?? null,
});

export async function getAutomationConfig(trx: Knex.Transaction, actor: Actor, siteId: string) {
  await findVisibleSite(trx, actor, siteId);
  return presentConfig(siteId, await configOf(trx, siteId));
}

export type ConfigPatch = Partial<Omit<AutomationConfig, 'batch_sizes' | 'schedule'>> & {
  batch_sizes?: Partial<Record<Stage, number>>;
  /** Checked by `parseSchedule` (the weekday a weekly schedule needs, the day a monthly one needs). */
  schedule?: unknown;
};

export async function updateAutomationConfig(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  patch: ConfigPatch,
  now: Date,
) {
  await findVisibleSite(trx, actor, siteId);
  const current = await configOf(trx, siteId);
  const schedule =
    patch.schedule === undefined ? current.schedule : patch.schedule === null ? null : parseSchedule(patch.schedule);
  const next: AutomationConfig = {
    ...current,
    ...patch,
    schedule,
    batch_sizes: { ...current.batch_sizes, ...patch.batch_sizes },
  } as AutomationConfig;
  // A schedule counts from when it was set: one set at 10:00 for 09:00 first runs the next day.
  const scheduleChanged =
    patch.schedule !== undefined && JSON.stringify(patch.schedule) !== JSON.stringify(current.schedule);
  const row = {
    site_id: siteId,
    account_id: actor.accountId,
    enabled_stages: JSON.stringify(STAGES.filter((s) => next.enabled_stages.includes(s))),
    batch_sizes: JSON.stringify(next.batch_sizes),
    ideas_per_cluster: next.ideas_per_cluster,
    in_article_images: next.in_article_images,
    min_keywords: next.min_keywords,
    auto_approve: JSON.stringify(next.auto_approve),
    schedule: next.schedule ? JSON.stringify(next.schedule) : null,
    schedule_since: scheduleChanged ? (next.schedule ? now : null) : current.schedule_since,
    publishing_cadence: next.publishing_cadence ? JSON.stringify(next.publishing_cadence) : null,
    updated_at: trx.fn.now(),
  };
  const [saved] = (await trx('automation_configs').insert(row).onConflict('site_id').merge().returning('*')) as Row[];
  return presentConfig(siteId, fromRow(saved as Row));
}
