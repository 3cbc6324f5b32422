// Generation: a task's article written section by section. The request reserves the credits for the target words
// (402 before any work when they are not there), marks the task `in_progress` and enqueues the job. The job plans
// the outline (one provider call) and splits the reservation into one per section; then writes one section per
// provider call, each committed with its capture as a checkpoint, so that a job that stops resumes at the first
// section not written and no section is written or charged twice; then assembles the content — sanitized html,
// internal links, meta, taxonomy, FAQ, JSON-LD, SEO analysis — as a `generated` revision, and completes the task.
// A generation whose last attempt fails gives back every credit it did not capture and fails the task with the
// reason.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  type AiRegistry,
  buildOutlineRequest,
  buildSectionRequest,
  countWords,
  isProviderError,
  type Outline,
  type OutlineInput,
  type SectionOutput,
  type SectionUnit,
  type Usage,
  unitsOf,
  type Voice,
} from '../../ai/index.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { startChargedRun } from '../billing/charged-runs.js';
import { costFor, estimate } from '../billing/costs.js';
import { capture, release, reserve } from '../billing/credits.js';
import type { OperationPayload } from '../operations/kinds.js';
import { stepJob } from '../operations/steps.js';
import { accountAiSettings } from '../planner/runs.js';
import { commonestLanguage, normalizePhrase } from '../planner/text-api.js';
import type { Clock, Enqueue } from '../ports.js';
import { emitContentEvent } from '../webhooks/emit-sites.js';
import { analysisOf, type ContentRow, recordRevision } from './contents.js';
import {
  designOf,
  drawImage,
  type ImageFiles,
  type ImageRow,
  insertPlannedImages,
  planImagePrompts,
  recordDrawn,
} from './images.js';
import { addInternalLinks, type LinkTarget } from './internal-links.js';
import { sanitizeHtml } from './sanitize.js';
import { sanitizeOptionsOf, settingsOf, voiceOf } from './settings.js';
import { findTask, type TaskRow } from './tasks.js';

/** A reservation held while a section is written is kept for a day: a resumed job still finds it. */
const SECTION_RESERVATION_TTL_MS = 24 * 60 * 60 * 1000;

export interface WriterJobDeps {
  ai: AiRegistry;
  now: Clock;
  files: ImageFiles;
}

type Payload = OperationPayload<'content.generate'>;

/** Credits for `words` words at the site's `generate_content` cost (whole units, rounded up). */
type WordCost = (words: number) => number;

async function wordCost(db: Knex | Knex.Transaction): Promise<WordCost> {
  const cost = await costFor(db, { operation: 'generate_content', quantity: 0 });
  return (words) => Math.ceil(Math.max(0, words) / cost.unit_size) * cost.credits;
}

/**
 * What section `i` costs when the first `i` sections had `before` words and it has `words`: the cost of the words so
 * far less the cost of those before, so the sections together cost exactly what the article's words cost.
 */
const sectionCredits = (cost: WordCost, before: number, words: number) => cost(before + words) - cost(before);

/** A task cancelled while it is written stops at the next part: what was written stays charged, the rest goes back. */
async function assertStillWanted(trx: Knex.Transaction, taskId: string) {
  const task = await trx('tasks').where({ id: taskId }).first('status');
  if (task?.status === 'cancelled') {
    throw new AppError(
      'TASK_TRANSITION_INVALID',
      'The task was cancelled while it was being written; the parts not written were not charged.',
      { status: 'cancelled' },
    );
  }
}

const sectionKey = (payload: Pick<Payload, 'key'>, index: number) => `${payload.key}#${index}`;
const promptsKey = (payload: Pick<Payload, 'key'>) => `${payload.key}#prompts`;
const imageKeyOf = (payload: Pick<Payload, 'key'>, index: number) => `${payload.key}#image-${index}`;

/** What the images of an article cost: their prompts (per content) and each image. */
async function imageCosts(db: Knex | Knex.Transaction, images: number) {
  if (images === 0) return { prompts: 0, image: 0 };
  return {
    prompts: await estimate(db, { operation: 'generate_image_prompts', quantity: 1 }),
    image: await estimate(db, { operation: 'generate_image', quantity: 1 }),
  };
}

/** Starts writing a task's article: 202 with the Operation. */
export async function startGeneration(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  taskId: string,
  /** `images: 0` writes the text only (the automation plans and draws images in stages of their own). */
  options: { images?: number } = {},
) {
  const task = await findTask(trx, actor, siteId, taskId, { lock: true });
  if (task.status === 'in_progress' || task.status === 'cancelled') {
    throw new AppError(
      'TASK_TRANSITION_INVALID',
      task.status === 'in_progress'
        ? 'This task is being written; wait for its operation to finish.'
        : 'This task is cancelled; queue it again before writing it.',
      { status: task.status, requested: 'in_progress' },
    );
  }
  const cost = await wordCost(trx);
  // The featured image and the site's in-article ones, reserved with the words.
  const images = options.images ?? 1 + (await settingsOf(trx, siteId)).in_article_images;
  const imageCost = await imageCosts(trx, images);
  const operation = await startChargedRun(trx, deps, actor, {
    kind: 'content.generate',
    siteId,
    charge: 'generate_content',
    quantity: task.target_words,
    credits: cost(task.target_words) + imageCost.prompts + images * imageCost.image,
    ttlMs: SECTION_RESERVATION_TTL_MS,
    input: { task_id: task.id, target_words: task.target_words, images },
    job: { taskId: task.id, images },
  });
  await trx('tasks')
    .where({ id: task.id })
    .update({ status: 'in_progress', status_reason: null, updated_at: trx.fn.now() });
  return operation;
}

interface Written {
  html: string;
  summary: string;
  words: number;
  faq?: { question: string; answer: string }[];
}

interface GenerationState {
  title?: string;
  focus?: string;
  secondary?: string[];
  language?: string;
  voice?: Voice;
  outline?: Outline;
  sections?: Written[];
  provider?: string;
  model?: string;
  credits?: number;
  contentId?: string;
  words?: number;
  imageIds?: string[];
  imagesDone?: number;
  cannibalization?: { id: string; title: string }[];
  /** The focus keywords of the site's other contents, for the sections to mention (they become links). */
  related?: string[];
}

/** The brief the outline is planned from: the task, its idea's plan, the cluster's keywords, the site's voice. */
async function planInput(trx: Knex.Transaction, payload: Payload) {
  const task = (await trx('tasks').where({ id: payload.taskId, site_id: payload.siteId }).first()) as
    | TaskRow
    | undefined;
  if (!task) throw new NotFoundError('Task');
  const idea = task.idea_id ? await trx('ideas').where({ id: task.idea_id }).first() : undefined;
  const cluster = task.cluster_id ? await trx('clusters').where({ id: task.cluster_id }).first() : undefined;
  const keywords: { phrase: string; volume: number | null; language: string }[] = cluster
    ? await trx('keywords')
        .where({ cluster_id: cluster.id })
        .orderBy([{ column: 'volume', order: 'desc' }, 'normalized'])
        .limit(300)
        .select('phrase', 'volume', 'language')
    : [];
  const settings = await settingsOf(trx, payload.siteId);
  // The site's language when it set one, else its keywords' (the most common one), else English.
  const voice: Voice = voiceOf(settings, commonestLanguage(keywords) ?? 'en');
  const focus = task.primary_keyword ?? keywords[0]?.phrase ?? task.title;
  const input: OutlineInput = {
    title: task.title,
    primaryKeyword: focus,
    secondaryKeywords: task.secondary_keywords.slice(0, 30),
    structure: task.structure,
    contentType: task.content_type,
    targetWords: task.target_words,
    intent: cluster?.intent ?? 'informational',
    brief: idea?.brief ?? null,
    headings: ((idea?.outline ?? []) as { heading: string; level: 2 | 3 }[]).slice(0, 60),
    keywords: keywords.map((k) => ({ phrase: k.phrase, volume: k.volume })),
    voice,
  };
  // Topics the site already covers, its cluster's first: what the article may point readers on to.
  const related = (
    await trx('contents')
      .where({ site_id: payload.siteId })
      .whereIn('status', ['approved', 'published'])
      .whereNotNull('focus_keyword')
      .whereRaw('task_id is distinct from ?', [task.id])
      .orderByRaw('(cluster_id is not distinct from ?) desc, updated_at desc, id', [task.cluster_id])
      .limit(5)
      .select('focus_keyword')
  )
    .map((r: { focus_keyword: string }) => r.focus_keyword)
    .filter((k) => normalizePhrase(k) !== normalizePhrase(focus));
  return { task, input, voice, related, settings: await accountAiSettings(trx, payload.accountId) };
}

/** The outline's budgets scaled to add up to the target exactly (a model's rarely do). */
export function budgeted(outline: Outline, target: number): Outline {
  const units = unitsOf(outline);
  const sum = units.reduce((n, u) => n + u.words, 0);
  if (sum === target || sum === 0) return outline;
  const f = target / sum;
  const scale = (n: number) => Math.max(20, Math.round(n * f));
  const out: Outline = {
    ...outline,
    intro: { ...outline.intro, words: scale(outline.intro.words) },
    sections: outline.sections.map((s) => {
      const words = scale(s.words);
      return { ...s, words, subsections: s.subsections.map((sub) => ({ ...sub, words: scale(sub.words) })) };
    }),
    faq: { ...outline.faq, words: scale(outline.faq.words) },
    conclusion: { ...outline.conclusion, words: scale(outline.conclusion.words) },
  };
  // Rounding leaves a few words over or under: the conclusion takes them.
  const left = target - unitsOf(out).reduce((n, u) => n + u.words, 0);
  out.conclusion.words = Math.max(20, out.conclusion.words + left);
  return out;
}

const addUsage = (a: Usage | undefined, b: Usage): Usage => ({
  provider: b.provider,
  model: b.model,
  tokensIn: (a?.tokensIn ?? 0) + b.tokensIn,
  tokensOut: (a?.tokensOut ?? 0) + b.tokensOut,
  costUsd: (a?.costUsd ?? 0) + b.costUsd,
});

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A part's html as the article needs it, whoever wrote it: no <h1> (the title is the page's), no heading above the
 * introduction, and every other part opening with its H2 — the planned heading when a model left it out.
 */
export function shapedSection(unit: SectionUnit, html: string): string {
  const out = html.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/gi, '').trim();
  if (unit.kind === 'intro') return out.replace(/^(?:\s*<h[2-6]\b[^>]*>[\s\S]*?<\/h[2-6]>)+/i, '').trim();
  return /^<h2\b/i.test(out) ? out : `<h2>${escapeHtml(unit.heading)}</h2>\n${out}`;
}

/** The words of a section as the content will count them. */
const sectionWords = (out: SectionOutput) => countWords(out.html);

export const generationJob = (deps: WriterJobDeps) =>
  stepJob({
    kind: 'content.generate',
    initial: {} as GenerationState,
    retryLimit: 3,
    steps: [
      {
        name: 'planning the outline',
        async run(ctx, state) {
          const { payload } = ctx;
          const { task, input, voice, related, settings } = await ctx.read((trx) => planInput(trx, payload));
          const ai = deps.ai.providersFor(settings);
          const { value, usage } = await ai.text.generate(buildOutlineRequest(input, { templates: ai.templates }));
          const outline = budgeted({ ...value, title: value.title || task.title }, task.target_words);
          const units = unitsOf(outline);
          return {
            async commit(trx) {
              // The one reservation made at the start becomes one per section, in this transaction: nothing else
              // can take the credits in between, and each section is then captured under its own key.
              const cost = await wordCost(trx);
              await release(trx, {
                accountId: payload.accountId,
                key: payload.key,
                now: deps.now(),
                reason: 'split per section',
              });
              let before = 0;
              for (const [i, unit] of units.entries()) {
                await reserve(trx, {
                  accountId: payload.accountId,
                  key: sectionKey(payload, i),
                  credits: sectionCredits(cost, before, unit.words),
                  operation: 'generate_content',
                  siteId: payload.siteId,
                  ttlMs: SECTION_RESERVATION_TTL_MS,
                  now: deps.now(),
                });
                before += unit.words;
              }
              const imageCost = await imageCosts(trx, payload.images);
              const held = (key: string, credits: number, operation: string) =>
                reserve(trx, {
                  accountId: payload.accountId,
                  key,
                  credits,
                  operation,
                  siteId: payload.siteId,
                  ttlMs: SECTION_RESERVATION_TTL_MS,
                  now: deps.now(),
                });
              if (payload.images > 0) await held(promptsKey(payload), imageCost.prompts, 'generate_image_prompts');
              for (let j = 0; j < payload.images; j++)
                await held(imageKeyOf(payload, j), imageCost.image, 'generate_image');
              await trx('operations')
                .where({ id: ctx.operationId })
                .update({ progress_done: 0, progress_total: units.length });
              return {
                ...state,
                title: outline.title,
                focus: input.primaryKeyword,
                secondary: input.secondaryKeywords ?? [],
                language: voice.language,
                voice,
                related,
                outline,
                sections: [],
                provider: usage.provider,
                model: usage.model,
                credits: 0,
              };
            },
          };
        },
      },
      {
        name: 'writing the sections',
        async run(ctx, state) {
          const { payload } = ctx;
          const outline = state.outline as Outline;
          const sections = state.sections ?? [];
          const index = sections.length;
          const units = unitsOf(outline);
          const unit = units[index];
          if (!unit) return { state, again: false };
          const settings = await ctx.read(async (trx) => {
            await assertStillWanted(trx, payload.taskId);
            return accountAiSettings(trx, payload.accountId);
          });
          const ai = deps.ai.providersFor(settings);
          const request = buildSectionRequest(
            {
              title: state.title as string,
              primaryKeyword: state.focus as string,
              outline,
              index,
              previous: sections.map((s) => s.summary),
              voice: state.voice as Voice,
              related: state.related ?? [],
            },
            { templates: ai.templates },
          );
          let { value, usage } = await ai.text.generate(request);
          let total = addUsage(undefined, usage);
          // A section far short of its budget is asked for once more, at its length: the article's length is part
          // of what was ordered.
          if (sectionWords(value) < unit.words * 0.8) {
            const longer = await ai.text.generate({
              ...request,
              prompt: `${request.prompt}\n\nYour previous answer had ${sectionWords(value)} words; this section needs about ${unit.words}. Write it again at that length.`,
            });
            total = addUsage(total, longer.usage);
            if (sectionWords(longer.value) > sectionWords(value)) value = longer.value;
            usage = longer.usage;
          }
          const html = shapedSection(unit, value.html);
          const written: Written = { html, summary: value.summary, words: countWords(html), faq: value.faq };
          const before = sections.reduce((n, s) => n + s.words, 0);
          const more = index + 1 < units.length;
          return {
            again: more,
            async commit(trx) {
              const cost = await wordCost(trx);
              const charged = await capture(trx, {
                accountId: payload.accountId,
                key: sectionKey(payload, index),
                actual: sectionCredits(cost, before, written.words),
                now: deps.now(),
                usage: total,
              });
              await trx('operations')
                .where({ id: ctx.operationId })
                .update({ progress_done: index + 1, progress_total: units.length });
              return {
                ...state,
                sections: [...sections, written],
                provider: usage.provider,
                model: usage.model,
                credits: (state.credits ?? 0) + (charged.captured_credits ?? 0),
              };
            },
          };
        },
      },
      {
        name: 'assembling the article',
        async run(ctx, state) {
          return {
            commit: async (trx) => {
              const { contentId, words, cannibalization } = await assemble(trx, ctx.payload, ctx.actor, state);
              return { ...state, contentId, words, cannibalization };
            },
          };
        },
      },
      {
        name: 'making the image prompts',
        async run(ctx, state) {
          const { payload } = ctx;
          if (payload.images === 0) return { state: { ...state, imageIds: [] } };
          const outline = state.outline as Outline;
          const { settings, siteName } = await ctx.read(async (trx) => ({
            settings: await accountAiSettings(trx, payload.accountId),
            siteName: ((await trx('sites').where({ id: payload.siteId }).first('name'))?.name as string) ?? '',
          }));
          const { rows, usage } = await planImagePrompts(deps, settings, {
            title: outline.title,
            primaryKeyword: state.focus as string,
            headings: outline.sections.map((s) => s.heading),
            count: payload.images - 1,
            siteName,
            voice: state.voice as Voice,
          });
          return {
            async commit(trx) {
              await insertPlannedImages(trx, payload, state.contentId as string, rows);
              // Fewer sections than images asked for: the images not made are not charged.
              for (let j = rows.length; j < payload.images; j++) {
                await release(trx, {
                  accountId: payload.accountId,
                  key: imageKeyOf(payload, j),
                  now: deps.now(),
                  reason: 'not needed',
                });
              }
              const charged = await capture(trx, {
                accountId: payload.accountId,
                key: promptsKey(payload),
                actual: await estimate(trx, { operation: 'generate_image_prompts', quantity: 1 }),
                now: deps.now(),
                usage,
              });
              return {
                ...state,
                imageIds: rows.map((r) => r.id),
                imagesDone: 0,
                credits: (state.credits ?? 0) + (charged.captured_credits ?? 0),
              };
            },
          };
        },
      },
      {
        name: 'drawing the images',
        async run(ctx, state) {
          const { payload } = ctx;
          const ids = state.imageIds ?? [];
          const index = state.imagesDone ?? 0;
          const id = ids[index];
          if (!id) return { state };
          const { row, design, settings } = await ctx.read(async (trx) => {
            const row = (await trx('images').where({ id }).first()) as ImageRow;
            return { row, design: await designOf(trx, row), settings: await accountAiSettings(trx, payload.accountId) };
          });
          // An image the provider cannot draw is recorded as failed and not charged; the article stands without it.
          const drawn = await drawImage(deps, settings, row, design).catch((err: unknown) => {
            if (isProviderError(err)) return { error: err.message };
            throw err;
          });
          return {
            again: index + 1 < ids.length,
            async commit(trx) {
              const key = imageKeyOf(payload, index);
              let credits = 0;
              if ('error' in drawn) {
                await trx('images')
                  .where({ id })
                  .update({ status: 'failed', error: drawn.error.slice(0, 1000), updated_at: trx.fn.now() });
                await release(trx, { accountId: payload.accountId, key, now: deps.now(), reason: 'the image failed' });
              } else {
                await recordDrawn(trx, id, drawn);
                const charged = await capture(trx, {
                  accountId: payload.accountId,
                  key,
                  actual: await estimate(trx, { operation: 'generate_image', quantity: 1 }),
                  now: deps.now(),
                  usage: drawn.usage,
                });
                credits = charged.captured_credits ?? 0;
              }
              return { ...state, imagesDone: index + 1, credits: (state.credits ?? 0) + credits };
            },
          };
        },
      },
    ],
    result: (s, { payload }) => ({
      task_id: payload.taskId,
      content_id: s.contentId as string,
      sections: s.sections?.length ?? 0,
      words: s.words ?? 0,
      target_words: Math.max(
        100,
        unitsOf(s.outline as Outline).reduce((n, u) => n + u.words, 0),
      ),
      credits: s.credits ?? 0,
      provider: s.provider ?? 'local',
      model: s.model ?? '',
      image_ids: s.imageIds ?? [],
      cannibalization: (s.cannibalization ?? []).map((c) => ({ content_id: c.id, title: c.title })),
    }),
    async onFinalFailure(trx, { payload }, failure) {
      // Every reservation of this run not captured goes back: the one made at the start, or the sections' left.
      const held: { key: string }[] = await trx('credit_reservations')
        .where({ account_id: payload.accountId, status: 'held' })
        .where((q) => q.where({ key: payload.key }).orWhere('key', 'like', `${payload.key}#%`))
        .select('key');
      for (const { key } of held) {
        await release(trx, { accountId: payload.accountId, key, now: deps.now(), reason: 'the work failed' });
      }
      await trx('tasks')
        .where({ id: payload.taskId, status: 'in_progress' })
        .update({ status: 'failed', status_reason: failure.message.slice(0, 1000), updated_at: trx.fn.now() });
    },
    // The writer finished the content (its text, and the images asked for): `content.generated`, committed with the
    // operation's success.
    async onSucceeded(trx, _ctx, result) {
      const content = (await trx('contents').where({ id: result.content_id }).first()) as ContentRow | undefined;
      if (content) await emitContentEvent(trx, 'content.generated', content, deps.now());
    },
  });

// ---------------------------------------------------------------------------------------------------------------
// Assembly

/** A slug from a phrase: lower case ASCII words joined by hyphens (accents folded), at most 75 characters. */
export function slugOf(phrase: string): string {
  const slug = phrase
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 75).replace(/-[^-]*$/, (m) => (slug.length > 75 ? '' : m)) || 'article';
}

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The meta title: the title when it fits, else cut; the focus keyword first when the title does not name it; a
 * short one followed by the site's name, as search results show best between 30 and 60 characters.
 */
function metaTitle(title: string, focus: string, siteName: string): string {
  let t = title.toLowerCase().includes(focus.toLowerCase()) ? title : `${focus}: ${title}`;
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length < 30 && siteName && t.length + siteName.length + 3 <= 60) t = `${t} – ${siteName}`;
  return clip(t, 60);
}

/** The meta description: the introduction's first sentences, naming the focus keyword, at most 160 characters. */
function metaDescription(introHtml: string, focus: string): string {
  const text = plain(introHtml);
  const named = text.toLowerCase().includes(focus.toLowerCase()) ? text : `${focus}: ${text}`;
  return clip(named, 160);
}

/** A slug no other content of the site has: `-2`, `-3`… appended when taken. */
async function freeSlug(trx: Knex.Transaction, siteId: string, base: string, selfId: string | null): Promise<string> {
  const taken = new Set(
    (
      await trx('contents')
        .where({ site_id: siteId })
        .where((q) => q.where({ slug: base }).orWhere('slug', 'like', `${base}-%`))
        .modify((q) => {
          if (selfId) q.whereNot({ id: selfId });
        })
        .select('slug')
    ).map((r: { slug: string }) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const words = (text: string) =>
  new Set(
    normalizePhrase(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** Terms of the site's synced taxonomy that the article is about: their name's words all appear in its keywords. */
function matchTerms(terms: { name?: string }[] | undefined, about: Set<string>, max: number): string[] {
  return (terms ?? [])
    .map((t) => t.name)
    .filter((name): name is string => typeof name === 'string' && name.trim().length > 0)
    .filter((name) => {
      const w = words(name);
      return w.size > 0 && [...w].every((x) => about.has(x));
    })
    .slice(0, max);
}

/** Where the site's other contents are: the published URL, else (approved) the permalink it will be published at. */
async function linkTargets(
  trx: Knex.Transaction,
  siteId: string,
  siteUrl: string | null,
  clusterId: string | null,
  selfId: string | null,
) {
  const rows: {
    id: string;
    url: string | null;
    slug: string | null;
    title: string;
    focus_keyword: string | null;
    secondary_keywords: string[];
    status: string;
    cluster_id: string | null;
    structure: string | null;
  }[] = await trx('contents as c')
    .leftJoin('tasks as t', 't.id', 'c.task_id')
    .where('c.site_id', siteId)
    .whereIn('c.status', ['approved', 'published'])
    .modify((q) => {
      if (selfId) q.whereNot('c.id', selfId);
    })
    .orderBy([{ column: 'c.updated_at', order: 'desc' }, { column: 'c.id' }])
    .limit(500)
    .select(
      'c.id',
      'c.url',
      'c.slug',
      'c.title',
      'c.focus_keyword',
      'c.secondary_keywords',
      'c.status',
      'c.cluster_id',
      't.structure',
    );
  const base = siteUrl ? siteUrl.replace(/\/+$/, '') : null;
  const targets: LinkTarget[] = rows.map((r) => ({
    id: r.id,
    url: r.url ?? (base && r.slug ? `${base}/${r.slug}/` : null),
    phrases: [r.focus_keyword, r.title, ...(r.secondary_keywords ?? [])].filter((p): p is string => !!p),
  }));
  // The cluster's hub first: a piece of a cluster links up to it before anything else.
  const hub = rows.findIndex((r) => r.structure === 'cluster_hub' && clusterId && r.cluster_id === clusterId);
  if (hub > 0) targets.unshift(...targets.splice(hub, 1));
  return targets;
}

/** Another content of the site targeting the same focus keyword: the two would compete for one search. */
async function competing(trx: Knex.Transaction, siteId: string, focus: string, selfId: string | null) {
  return (await trx('contents')
    .where({ site_id: siteId })
    .whereRaw('lower(focus_keyword) = lower(?)', [focus])
    .modify((q) => {
      if (selfId) q.whereNot({ id: selfId });
    })
    .orderBy('created_at')
    .limit(10)
    .select('id', 'title')) as { id: string; title: string }[];
}

async function assemble(trx: Knex.Transaction, payload: Payload, actor: Actor, state: GenerationState) {
  const task = (await trx('tasks').where({ id: payload.taskId }).forNoKeyUpdate().first()) as TaskRow | undefined;
  if (!task) throw new NotFoundError('Task');
  await assertStillWanted(trx, task.id);
  const site = await trx('sites').where({ id: payload.siteId }).first('url', 'name');
  const existing = (await trx('contents').where({ task_id: task.id }).forNoKeyUpdate().first()) as
    | ContentRow
    | undefined;
  const settings = await settingsOf(trx, payload.siteId);
  const outline = state.outline as Outline;
  const sections = state.sections ?? [];
  const focus = state.focus as string;
  const id = existing?.id ?? randomUUID();

  const raw = sections.map((s) => s.html).join('\n');
  const clean = sanitizeHtml(raw, sanitizeOptionsOf(settings));
  const targets = await linkTargets(trx, payload.siteId, site?.url ?? null, task.cluster_id, id);
  const slug = await freeSlug(trx, payload.siteId, existing?.slug ?? slugOf(focus), id);
  const selfUrl = site?.url ? `${site.url.replace(/\/+$/, '')}/${slug}/` : null;
  const { html, links } = addInternalLinks(clean, targets, {
    selfId: id,
    selfUrl,
    perThousandWords: settings.links_per_1000_words,
  });
  const faq = sections.flatMap((s) => s.faq ?? []);
  const title = outline.title;
  const meta_title = metaTitle(title, focus, site?.name ?? '');
  const meta_description = metaDescription(sections[0]?.html ?? '', focus);

  const integration = await trx('integrations').where({ site_id: payload.siteId }).first('metadata');
  const about = words([focus, title, ...(state.secondary ?? [])].join(' '));
  const categories = matchTerms(integration?.metadata?.categories, about, 2);
  const syncedTags = matchTerms(integration?.metadata?.tags, about, 8);
  const tags = syncedTags.length ? syncedTags : [focus, ...(state.secondary ?? [])].slice(0, 5);

  const language = state.language ?? 'en';
  const description = meta_description;
  const jsonLd: Record<string, unknown>[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: clip(title, 110),
      description,
      inLanguage: language,
      keywords: [focus, ...(state.secondary ?? [])].slice(0, 10).join(', '),
      wordCount: 0,
      ...(selfUrl ? { mainEntityOfPage: selfUrl } : {}),
    },
  ];
  if (faq.length) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answer },
      })),
    });
  }

  const row = {
    title,
    html,
    meta_title,
    meta_description,
    slug,
    focus_keyword: focus,
    secondary_keywords: state.secondary ?? [],
    outline,
    internal_links: links,
    categories,
    tags,
    faq,
    language,
    target_words: task.target_words,
    provider: state.provider ?? null,
    model: state.model ?? null,
  };
  const seo = analysisOf({ ...row }, site?.url ? new URL(site.url).host : null);
  (jsonLd[0] as { wordCount: number }).wordCount = seo.wordCount;
  const values = {
    ...row,
    secondary_keywords: JSON.stringify(row.secondary_keywords),
    outline: JSON.stringify(outline),
    internal_links: JSON.stringify(links),
    categories: JSON.stringify(categories),
    tags: JSON.stringify(tags),
    faq: JSON.stringify(faq),
    json_ld: JSON.stringify(jsonLd),
    word_count: seo.wordCount,
    reading_minutes: seo.wordCount ? Math.max(1, Math.round(seo.wordCount / 230)) : 0,
    seo_score: seo.score,
    seo_checks: JSON.stringify(seo.checks),
    updated_at: trx.fn.now(),
  };
  const [saved] = (
    existing
      ? await trx('contents').where({ id }).update(values).returning('*')
      : await trx('contents')
          .insert({
            id,
            account_id: payload.accountId,
            site_id: payload.siteId,
            task_id: task.id,
            cluster_id: task.cluster_id,
            status: 'draft',
            ...values,
          })
          .returning('*')
  ) as ContentRow[];
  await recordRevision(trx, saved as ContentRow, 'generated', actor.userId);
  await trx('tasks')
    .where({ id: task.id })
    .update({ status: 'completed', status_reason: null, updated_at: trx.fn.now() });
  if (task.idea_id)
    await trx('ideas').where({ id: task.idea_id }).update({ status: 'completed', updated_at: trx.fn.now() });
  return { contentId: id, words: seo.wordCount, cannibalization: await competing(trx, payload.siteId, focus, id) };
}
