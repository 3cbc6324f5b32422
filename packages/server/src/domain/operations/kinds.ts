// The catalogue of long-running work: each kind of Operation, the payload its job carries and the result it
// produces. The job's name is the Operation's `kind`; the result schemas are the ones `openapi.yaml` declares
// for `Operation.result` (a union keyed by kind), so the API, the SDK and the jobs agree on every shape.
// Payloads are checked when a job is enqueued and again when a worker takes it.
import { type components, schemas } from '@igny8/contract';
import { z } from 'zod';

export type OperationKind = components['schemas']['Operation']['kind'];

const ids = { operationId: z.uuid(), accountId: z.uuid() };
/** Work charged to the account's credits: the reservation's key and how much it holds. */
const charge = { key: z.string().min(1).max(200), credits: z.number().int().min(0) };

export const operationKinds = {
  'account.export': {
    title: 'The account export',
    payload: z.strictObject({ ...ids }),
    result: schemas.AccountExportResult,
  },
  'keywords.import': {
    title: 'The keyword import',
    payload: z.strictObject({ ...ids, siteId: z.uuid().optional(), importId: z.uuid() }),
    result: schemas.KeywordImportResult,
  },
  'keywords.cluster': {
    title: 'The clustering run',
    payload: z.strictObject({ ...ids, siteId: z.uuid(), options: schemas.ClusteringRequest, ...charge }),
    result: schemas.ClusteringResult,
  },
  'ideas.generate': {
    title: 'The idea generation',
    payload: z.strictObject({
      ...ids,
      siteId: z.uuid(),
      clusterId: z.uuid(),
      count: z.number().int().min(1).max(10),
      ...charge,
    }),
    result: schemas.IdeaGenerationResult,
  },
  'content.generate': {
    title: 'The article',
    payload: z.strictObject({
      ...ids,
      siteId: z.uuid(),
      taskId: z.uuid(),
      /** Images to draw with the article: the featured one and the site's in-article ones (reserved with it). */
      images: z.number().int().min(0).max(11),
      ...charge,
    }),
    result: schemas.ContentGenerationResult,
  },
  'image.regenerate': {
    title: 'The image',
    payload: z.strictObject({
      ...ids,
      siteId: z.uuid(),
      imageId: z.uuid(),
      prompt: z.string().min(1).max(2000).optional(),
      ...charge,
    }),
    result: schemas.ImageRegenerationResult,
  },
  'content.image_prompts': {
    title: 'The image prompts',
    payload: z.strictObject({
      ...ids,
      siteId: z.uuid(),
      contentId: z.uuid(),
      inArticle: z.number().int().min(0).max(10),
      ...charge,
    }),
    result: schemas.ImagePromptsResult,
  },
  'content.publish': {
    title: 'The publication',
    payload: z.strictObject({
      ...ids,
      siteId: z.uuid(),
      contentId: z.uuid(),
      publicationId: z.uuid(),
      ...charge,
    }),
    result: schemas.PublicationResult,
  },
} as const satisfies Record<OperationKind, { title: string; payload: z.ZodType; result: z.ZodType }>;

export type OperationPayload<K extends OperationKind> = z.output<(typeof operationKinds)[K]['payload']>;
export type OperationResult<K extends OperationKind> = z.output<(typeof operationKinds)[K]['result']>;
