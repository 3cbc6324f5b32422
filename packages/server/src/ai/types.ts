// The provider layer's contracts: one interface per capability, so a deployment can take text from one vendor,
// embeddings from another and images from the local renderer.
import type { z } from 'zod';

export interface Usage {
  /** Name of the provider that answered (`local` for the built-in one). */
  provider: string;
  model: string;
  tokensIn: number;
  tokensOut: number;
  /** 0 when the model has no price in the configuration. */
  costUsd: number;
}

/** A provider the chain gave up on before one answered. */
export interface Failover {
  provider: string;
  code: string;
  message: string;
}

export interface GenerateRequest<T> {
  /** What is asked (`ideas`, …): picks the local implementation and names the JSON schema sent to a model. */
  task: string;
  system?: string;
  prompt: string;
  /**
   * The task's structured input. A model reads the prompt; the local provider cannot, so it works from this.
   * Providers that call a model ignore it.
   */
  input?: unknown;
  schema: z.ZodType<T>;
  /** The JSON Schema sent to the model; derived from `schema` with `z.toJSONSchema` when absent. */
  jsonSchema?: Record<string, unknown>;
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

export interface GenerateResult<T> {
  value: T;
  usage: Usage;
  /** Set by a chain when earlier providers failed before this one answered. */
  failovers?: Failover[];
}

export interface EmbedOptions {
  signal?: AbortSignal;
}

export interface EmbedResult {
  /** One vector per input text, in input order. */
  vectors: number[][];
  usage: Usage;
  failovers?: Failover[];
}

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * What a designed image shows, for the providers that draw one (the local provider): a title over the brand's
 * colours rather than a picture of the prompt. A model provider ignores it and draws the prompt.
 */
export interface ImageDesign {
  /** `featured`: the post's featured image (large title, site name); `in_article`: an image in the body. */
  kind: 'featured' | 'in_article';
  title: string;
  subtitle?: string;
  siteName?: string;
  /** `#rrggbb` or `#rgb`. Text colour and any missing colour are chosen by the design (text at WCAG AA). */
  colors?: { primary: string; secondary?: string; text?: string };
  pattern?: 'dots' | 'grid' | 'waves' | 'diagonal';
  /** BCP 47 language of the title, for line breaking and case. */
  language?: string;
}

export interface ImageRequest {
  prompt: string;
  size: ImageSize;
  style?: string;
  /** Optional: without it the local provider renders the prompt itself. */
  design?: ImageDesign;
  signal?: AbortSignal;
}

export interface ImageResult {
  png: Buffer;
  width: number;
  height: number;
  usage: Usage;
  failovers?: Failover[];
}

export interface TextProvider {
  readonly name: string;
  generate<T>(request: GenerateRequest<T>): Promise<GenerateResult<T>>;
}

export interface EmbeddingProvider {
  readonly name: string;
  embed(texts: string[], options?: EmbedOptions): Promise<EmbedResult>;
}

export interface ImageProvider {
  readonly name: string;
  image(request: ImageRequest): Promise<ImageResult>;
}

/** A configured provider: it offers the capabilities it has (the local one has all three). */
export interface AiProvider {
  readonly name: string;
  readonly kind: 'local' | 'openai-compatible' | 'chain';
  generate?: TextProvider['generate'];
  embed?: EmbeddingProvider['embed'];
  image?: ImageProvider['image'];
}
