// Images of a content: one featured and N in-article (N per site), each a prompt, an alt text and a PNG in the
// storage (local disk or S3-compatible), served by signed URLs that expire and name one image of one account —
// no other tenant can use them. `pending → generating → generated`, `failed`. Drawn by the account's image
// provider (the local one renders a designed featured image); drawing again is a charged operation of its own.

import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { type AiRegistry, buildImagePromptsRequest, type ImageDesign, type ImagePromptsInput } from '../../ai/index.js';
import { withTenant } from '../../db/tenant.js';
import { NotFoundError } from '../../errors.js';
import { type BlobStorage, fileTokenExpiresAt, imageKey, signFileToken, verifyFileToken } from '../../storage/index.js';
import type { Actor } from '../actor.js';
import { captureRun, releaseRun, startChargedRun } from '../billing/charged-runs.js';
import { estimate } from '../billing/costs.js';
import { stepJob } from '../operations/steps.js';
import { accountAiSettings } from '../planner/runs.js';
import type { Clock, Enqueue, TenantTransactions } from '../ports.js';
import { findVisibleSite } from '../tenancy/sites.js';
import { settingsOf, voiceOf } from './settings.js';

/** Where images are kept and how their URLs are signed. */
export interface ImageFiles {
  storage: BlobStorage;
  /** The key file URLs are signed with (derived from the server secret). */
  secret: Buffer;
  /** During a rotation, the key derived from the secret the server's replaced: URLs it signed still work. */
  previousSecret?: Buffer;
  ttlSeconds: number;
  /** The API's public URL, which signed URLs start with. */
  publicUrl: string;
}

export type ImageKind = 'featured' | 'in_article';

export interface ImageRow {
  id: string;
  account_id: string;
  site_id: string;
  content_id: string;
  kind: ImageKind;
  position: number;
  status: 'pending' | 'generating' | 'generated' | 'failed';
  prompt: string;
  alt_text: string;
  width: number;
  height: number;
  storage_key: string | null;
  bytes: number | null;
  provider: string | null;
  model: string | null;
  error: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Sizes drawn: the featured image at the size social cards and WordPress themes use, in-article a little taller. */
export const IMAGE_SIZES: Record<ImageKind, { width: number; height: number }> = {
  featured: { width: 1200, height: 630 },
  in_article: { width: 1200, height: 800 },
};

/** A signed URL for one stored image, and when it stops working. */
export function signedUrl(files: ImageFiles, row: Pick<ImageRow, 'id' | 'account_id'>, now: Date) {
  const expiresAt = fileTokenExpiresAt(now, files.ttlSeconds);
  const token = signFileToken({ accountId: row.account_id, imageId: row.id, expiresAt }, files.secret);
  return { url: `${files.publicUrl.replace(/\/+$/, '')}/v1/files/${token}`, expiresAt };
}

export function presentImage(row: ImageRow, files: ImageFiles, now: Date) {
  const signed = row.status === 'generated' && row.storage_key ? signedUrl(files, row, now) : null;
  return {
    id: row.id,
    site_id: row.site_id,
    content_id: row.content_id,
    kind: row.kind,
    position: row.position,
    status: row.status,
    prompt: row.prompt,
    alt_text: row.alt_text,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    provider: row.provider,
    model: row.model,
    error: row.error,
    url: signed?.url ?? null,
    url_expires_at: signed?.expiresAt.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

const ORDER = [{ column: 'kind', order: 'asc' as const }, { column: 'position' }, { column: 'id' }];

export async function listContentImages(
  trx: Knex.Transaction,
  deps: { files: ImageFiles; now: Clock },
  actor: Actor,
  siteId: string,
  contentId: string,
) {
  await findVisibleSite(trx, actor, siteId);
  const content = await trx('contents').where({ id: contentId, site_id: siteId }).first('id');
  if (!content) throw new NotFoundError('Content');
  // `featured` sorts before `in_article`.
  const rows = (await trx('images').where({ content_id: contentId }).orderBy(ORDER)) as ImageRow[];
  const now = deps.now();
  return rows.map((r) => presentImage(r, deps.files, now));
}

export async function findImage(
  trx: Knex.Transaction,
  actor: Actor,
  siteId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ImageRow> {
  await findVisibleSite(trx, actor, siteId);
  const q = trx('images').where({ id, site_id: siteId }).first();
  const row = (await (options.lock ? q.forNoKeyUpdate() : q)) as ImageRow | undefined;
  if (!row) throw new NotFoundError('Image');
  return row;
}

export async function getImage(
  trx: Knex.Transaction,
  deps: { files: ImageFiles; now: Clock },
  actor: Actor,
  siteId: string,
  id: string,
) {
  return presentImage(await findImage(trx, actor, siteId, id), deps.files, deps.now());
}

export async function updateImage(
  trx: Knex.Transaction,
  deps: { files: ImageFiles; now: Clock },
  actor: Actor,
  siteId: string,
  id: string,
  patch: { alt_text: string },
) {
  await findImage(trx, actor, siteId, id, { lock: true });
  const [row] = (await trx('images')
    .where({ id })
    .update({ alt_text: patch.alt_text.trim(), updated_at: trx.fn.now() })
    .returning('*')) as ImageRow[];
  return presentImage(row as ImageRow, deps.files, deps.now());
}

/** The stored PNG of an image, or 404 when it has none (not drawn yet, or failed). */
async function fileOf(files: ImageFiles, row: ImageRow) {
  const stored = row.status === 'generated' && row.storage_key ? await files.storage.get(row.storage_key) : undefined;
  if (!stored) throw new NotFoundError('Image file');
  return { contentType: stored.contentType, body: stored.body };
}

/** An image's PNG: the row is found in a short transaction, and the object store read with none open. */
export async function imageFile(
  tenant: TenantTransactions,
  files: ImageFiles,
  actor: Actor,
  siteId: string,
  id: string,
) {
  return fileOf(files, await tenant((trx) => findImage(trx, actor, siteId, id)));
}

/**
 * The PNG a signed URL names, read in the account the token was signed for: an expired, altered or unknown link is
 * 404, and a token names one image of one account, so it opens nothing else.
 */
export async function signedFile(deps: { files: ImageFiles; now: Clock; app: Knex }, token: string) {
  const { secret, previousSecret } = deps.files;
  const claims = verifyFileToken(token, previousSecret ? [secret, previousSecret] : secret, deps.now());
  if ('error' in claims) {
    throw new NotFoundError(claims.error === 'expired' ? 'This file link has expired; ask for a fresh one' : 'File');
  }
  const row = (await withTenant(deps.app, { accountId: claims.accountId }, (trx) =>
    trx('images').where({ id: claims.imageId, account_id: claims.accountId }).first(),
  )) as ImageRow | undefined;
  if (!row) throw new NotFoundError('File');
  return fileOf(deps.files, row);
}

/** What drawing an image needs: the providers, the storage, the site's name for the design. */
export interface DrawDeps {
  ai: AiRegistry;
  files: ImageFiles;
}

/**
 * Draws one image with the account's image provider and stores it (no transaction may be open: a provider call).
 * The local provider renders the designed image from `design`; a model draws from the prompt.
 */
export async function drawImage(
  deps: DrawDeps,
  settings: Awaited<ReturnType<typeof accountAiSettings>>,
  row: Pick<ImageRow, 'id' | 'account_id' | 'site_id' | 'kind' | 'prompt' | 'width' | 'height'>,
  design: ImageDesign,
) {
  const ai = deps.ai.providersFor(settings);
  const out = await ai.images.image({ prompt: row.prompt, size: { width: row.width, height: row.height }, design });
  const key = imageKey(row.account_id, row.site_id, row.id);
  await deps.files.storage.put(key, out.png, 'image/png');
  return { key, bytes: out.png.length, width: out.width, height: out.height, usage: out.usage };
}

/** An image drawn and stored: `generated`, with its file, its size and who drew it. */
export async function recordDrawn(
  trx: Knex.Transaction,
  id: string,
  drawn: Awaited<ReturnType<typeof drawImage>>,
  extra: { prompt?: string } = {},
): Promise<void> {
  await trx('images')
    .where({ id })
    .update({
      status: 'generated',
      ...extra,
      storage_key: drawn.key,
      bytes: drawn.bytes,
      width: drawn.width,
      height: drawn.height,
      provider: drawn.usage.provider,
      model: drawn.usage.model,
      error: null,
      updated_at: trx.fn.now(),
    });
}

/** The design of an image: the article's title on the featured one, the section's heading on an in-article one. */
export async function designOf(trx: Knex.Transaction, row: Pick<ImageRow, 'content_id' | 'kind' | 'position'>) {
  const content = await trx('contents as c')
    .join('sites as s', 's.id', 'c.site_id')
    .where('c.id', row.content_id)
    .first('c.title', 'c.outline', 'c.language', 's.name as site_name');
  const sections = (content?.outline?.sections ?? []) as { heading: string }[];
  const title =
    row.kind === 'featured' ? (content?.title ?? '') : (sections[row.position - 1]?.heading ?? content?.title ?? '');
  return {
    kind: row.kind,
    title,
    siteName: content?.site_name ?? undefined,
    language: content?.language ?? undefined,
  } satisfies ImageDesign;
}

/** Starts drawing an image again: 202 with the Operation. */
export async function startRegeneration(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  id: string,
  prompt?: string,
) {
  const image = await findImage(trx, actor, siteId, id, { lock: true });
  return startChargedRun(trx, deps, actor, {
    kind: 'image.regenerate',
    siteId,
    charge: 'generate_image',
    quantity: 1,
    input: { image_id: image.id },
    job: { imageId: image.id, ...(prompt ? { prompt } : {}) },
  });
}

interface RegenerationState {
  credits?: number;
  provider?: string;
}

export const regenerationJob = (deps: DrawDeps & { now: Clock }) =>
  stepJob({
    kind: 'image.regenerate',
    initial: {} as RegenerationState,
    steps: [
      {
        name: 'drawing the image',
        async run(ctx, state) {
          const { payload } = ctx;
          const { row, design, settings } = await ctx.read(async (trx) => {
            const row = (await trx('images').where({ id: payload.imageId }).first()) as ImageRow | undefined;
            if (!row) throw new NotFoundError('Image');
            return { row, design: await designOf(trx, row), settings: await accountAiSettings(trx, payload.accountId) };
          });
          const prompt = payload.prompt ?? row.prompt;
          const drawn = await drawImage(deps, settings, { ...row, prompt }, design);
          return {
            async commit(trx) {
              await recordDrawn(trx, row.id, drawn, { prompt });
              const actual = await estimate(trx, { operation: 'generate_image', quantity: 1 });
              const charged = await captureRun(trx, deps.now, payload, actual, drawn.usage);
              return { ...state, credits: charged.captured_credits ?? 0, provider: drawn.usage.provider };
            },
          };
        },
      },
    ],
    result: (s, { payload }) => ({
      image_id: payload.imageId,
      credits: s.credits ?? 0,
      provider: s.provider ?? 'local',
    }),
    onFinalFailure: (trx, { payload }) => releaseRun(trx, deps.now, payload),
  });

/** One image the prompts planned: what to draw, its alt text, where it goes. */
export interface PlannedImage {
  id: string;
  kind: ImageKind;
  position: number;
  prompt: string;
  alt: string;
}

/**
 * The prompts and alt texts of an article's images (a provider call: no transaction may be open): the featured
 * image and up to `count` in-article ones, each after a different H2.
 */
export async function planImagePrompts(
  deps: Pick<DrawDeps, 'ai'>,
  settings: Awaited<ReturnType<typeof accountAiSettings>>,
  input: ImagePromptsInput,
) {
  const ai = deps.ai.providersFor(settings);
  const { value, usage } = await ai.text.generate(buildImagePromptsRequest(input, { templates: ai.templates }));
  const seen = new Set<number>();
  const inArticle = value.in_article
    .filter((i) => i.section <= input.headings.length && !seen.has(i.section) && seen.add(i.section))
    .slice(0, input.count);
  const rows: PlannedImage[] = [
    { kind: 'featured' as const, position: 0, prompt: value.featured.prompt, alt: value.featured.alt },
    ...inArticle.map((i) => ({ kind: 'in_article' as const, position: i.section, prompt: i.prompt, alt: i.alt })),
  ].map((r) => ({ ...r, id: randomUUID() }));
  return { rows, usage };
}

/** The planned images of a content, `pending`; a content written again has its images planned afresh. */
export async function insertPlannedImages(
  trx: Knex.Transaction,
  owner: { accountId: string; siteId: string },
  contentId: string,
  rows: readonly PlannedImage[],
): Promise<void> {
  if (!rows.length) return;
  await trx('images')
    .insert(
      rows.map((r) => ({
        id: r.id,
        account_id: owner.accountId,
        site_id: owner.siteId,
        content_id: contentId,
        kind: r.kind,
        position: r.position,
        status: 'pending',
        prompt: r.prompt,
        alt_text: r.alt,
        ...IMAGE_SIZES[r.kind],
      })),
    )
    .onConflict(['content_id', 'kind', 'position'])
    .merge(['id', 'status', 'prompt', 'alt_text', 'storage_key', 'bytes', 'error', 'updated_at']);
}

/** Plans the images of a content written without them: 202 with an Operation (`content.image_prompts`). */
export async function startImagePrompts(
  trx: Knex.Transaction,
  deps: { queue: Enqueue; now: Clock },
  actor: Actor,
  siteId: string,
  contentId: string,
  inArticle: number,
) {
  await findVisibleSite(trx, actor, siteId);
  const content = await trx('contents').where({ id: contentId, site_id: siteId }).first('id');
  if (!content) throw new NotFoundError('Content');
  return startChargedRun(trx, deps, actor, {
    kind: 'content.image_prompts',
    siteId,
    charge: 'generate_image_prompts',
    quantity: 1,
    input: { content_id: contentId, in_article_images: inArticle },
    job: { contentId, inArticle },
  });
}

interface PromptsState {
  imageIds?: string[];
  credits?: number;
}

export const imagePromptsJob = (deps: DrawDeps & { now: Clock }) =>
  stepJob({
    kind: 'content.image_prompts',
    initial: {} as PromptsState,
    steps: [
      {
        name: 'making the image prompts',
        async run(ctx, state) {
          const { payload } = ctx;
          const { content, siteName, settings, voice } = await ctx.read(async (trx) => {
            const content = await trx('contents').where({ id: payload.contentId }).first();
            if (!content) throw new NotFoundError('Content');
            const site = await trx('sites').where({ id: payload.siteId }).first('name');
            return {
              content,
              siteName: (site?.name as string) ?? '',
              settings: await accountAiSettings(trx, payload.accountId),
              voice: voiceOf(await settingsOf(trx, payload.siteId), content.language ?? 'en'),
            };
          });
          const sections = ((content.outline?.sections ?? []) as { heading: string }[]).map((s) => s.heading);
          const { rows, usage } = await planImagePrompts(deps, settings, {
            title: content.title,
            primaryKeyword: content.focus_keyword ?? content.title,
            headings: sections,
            count: Math.min(payload.inArticle, sections.length),
            siteName,
            voice,
          });
          return {
            async commit(trx) {
              await insertPlannedImages(trx, payload, payload.contentId, rows);
              const actual = await estimate(trx, { operation: 'generate_image_prompts', quantity: 1 });
              const charged = await captureRun(trx, deps.now, payload, actual, usage);
              return { ...state, imageIds: rows.map((r) => r.id), credits: charged.captured_credits ?? 0 };
            },
          };
        },
      },
    ],
    result: (s, { payload }) => ({
      content_id: payload.contentId,
      image_ids: s.imageIds ?? [],
      credits: s.credits ?? 0,
    }),
    onFinalFailure: (trx, { payload }) => releaseRun(trx, deps.now, payload),
  });
