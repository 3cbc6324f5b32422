// The `local` provider: offline and deterministic, so the whole product runs with no keys. Structured text is
// produced by a pure function per task (ideas, …) from the request's `input`; its output is still validated with
// the caller's schema, exactly as a model's would be.
import type { z } from 'zod';
import { ProviderError } from '../errors.js';
import { IdeasInputSchema } from '../tasks/ideas.js';
import { ImagePromptsInputSchema, OutlineInputSchema, SectionInputSchema } from '../tasks/writer.js';
import type { AiProvider, EmbedResult, GenerateRequest, GenerateResult, ImageRequest, ImageResult } from '../types.js';
import { embedLocally, LOCAL_EMBEDDING_DIMENSIONS } from './embeddings.js';
import { renderFeaturedImage } from './featured.js';
import { generateIdeasLocally } from './ideas.js';
import { MAX_LOCAL_IMAGE_SIDE, renderPromptPng } from './png.js';
import { estimateTokens } from './text.js';
import { imagePromptsLocally, planOutlineLocally, writeSectionLocally } from './writer.js';

export const LOCAL_MODEL = 'local-1';

/** A local task: the request's `input` in, the value the task's schema describes out. */
export type LocalTaskHandler = (input: unknown, request: GenerateRequest<unknown>) => unknown;

/** The task's input checked against its schema: a local task cannot guess what a malformed input meant. */
function parsedInput<T>(task: string, schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ProviderError(
      'BAD_REQUEST',
      `local provider: invalid input for task "${task}": ${issues(parsed.error)}`,
      {
        provider: 'local',
      },
    );
  }
  return parsed.data;
}

export const DEFAULT_LOCAL_TASKS: Readonly<Record<string, LocalTaskHandler>> = {
  ideas: (input) => ({ ideas: generateIdeasLocally(parsedInput('ideas', IdeasInputSchema, input)) }),
  outline: (input) => planOutlineLocally(parsedInput('outline', OutlineInputSchema, input)),
  section: (input) => writeSectionLocally(parsedInput('section', SectionInputSchema, input)),
  image_prompts: (input) => imagePromptsLocally(parsedInput('image_prompts', ImagePromptsInputSchema, input)),
};

export interface LocalProviderOptions {
  /** Defaults to `local`; the name usage is labelled with. */
  name?: string;
  /** Extra or replacement task handlers (the writer's tasks, as they are built). */
  tasks?: Record<string, LocalTaskHandler>;
  embeddingDimensions?: number;
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function abortIfNeeded(signal: AbortSignal | undefined) {
  // The caller's own cancellation surfaces as it would from fetch: the signal's reason, not a provider failure.
  if (signal?.aborted) throw signal.reason;
}

/** The local provider has every capability. */
export type LocalProvider = Required<AiProvider>;

export function createLocalProvider(options: LocalProviderOptions = {}): LocalProvider {
  const name = options.name ?? 'local';
  const tasks: Record<string, LocalTaskHandler> = { ...DEFAULT_LOCAL_TASKS, ...options.tasks };
  const dimensions = options.embeddingDimensions ?? LOCAL_EMBEDDING_DIMENSIONS;
  const usage = (tokensIn: number, tokensOut: number) => ({
    provider: name,
    model: LOCAL_MODEL,
    tokensIn,
    tokensOut,
    costUsd: 0,
  });

  return {
    name,
    kind: 'local',

    async generate<T>(request: GenerateRequest<T>): Promise<GenerateResult<T>> {
      abortIfNeeded(request.signal);
      const handler = Object.hasOwn(tasks, request.task) ? tasks[request.task] : undefined;
      if (!handler) {
        // UNAVAILABLE rather than BAD_REQUEST: the request may be fine for a model, so a chain moves on to one.
        throw new ProviderError(
          'UNAVAILABLE',
          `local provider has no implementation for task "${request.task}" (known: ${Object.keys(tasks).sort().join(', ')})`,
          { provider: name, retryable: false },
        );
      }
      if (request.input === undefined) {
        throw new ProviderError('BAD_REQUEST', `local provider: task "${request.task}" needs its structured input`, {
          provider: name,
        });
      }
      const raw = handler(request.input, request as GenerateRequest<unknown>);
      const parsed = request.schema.safeParse(raw);
      if (!parsed.success) {
        throw new ProviderError(
          'INVALID_OUTPUT',
          `local provider: output of task "${request.task}" does not match the schema: ${issues(parsed.error)}`,
          { provider: name, retryable: false },
        );
      }
      const tokensIn = estimateTokens((request.system ?? '') + request.prompt);
      return { value: parsed.data, usage: usage(tokensIn, estimateTokens(JSON.stringify(parsed.data))) };
    },

    async embed(texts: string[], embedOptions?: { signal?: AbortSignal }): Promise<EmbedResult> {
      abortIfNeeded(embedOptions?.signal);
      const tokensIn = texts.reduce((sum, t) => sum + estimateTokens(t), 0);
      return { vectors: embedLocally(texts, dimensions), usage: usage(tokensIn, 0) };
    },

    async image(request: ImageRequest): Promise<ImageResult> {
      abortIfNeeded(request.signal);
      const { width, height } = request.size;
      for (const [label, side] of [
        ['width', width],
        ['height', height],
      ] as const) {
        if (!Number.isInteger(side) || side < 1 || side > MAX_LOCAL_IMAGE_SIDE) {
          throw new ProviderError(
            'BAD_REQUEST',
            `local provider: image ${label} must be an integer from 1 to ${MAX_LOCAL_IMAGE_SIDE}, got ${side}`,
            { provider: name },
          );
        }
      }
      const { design } = request;
      let png: Buffer;
      try {
        png = design
          ? renderFeaturedImage({
              title: design.title,
              subtitle: design.subtitle,
              siteName: design.siteName,
              colors: design.colors,
              pattern: design.pattern,
              language: design.language,
              kind: design.kind,
              width,
              height,
            })
          : renderPromptPng(request.prompt, width, height, request.style);
      } catch (error) {
        // A colour or pattern the design cannot use is the caller's mistake, not a failure of the provider.
        if (error instanceof RangeError) {
          throw new ProviderError('BAD_REQUEST', `local provider: ${error.message}`, { provider: name });
        }
        throw error;
      }
      const text = design ? [design.title, design.subtitle, design.siteName].filter(Boolean).join(' ') : '';
      return { png, width, height, usage: usage(estimateTokens(request.prompt + text), 0) };
    },
  };
}
