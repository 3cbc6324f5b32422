// The `openai-compatible` provider: any server speaking the OpenAI chat-completions, embeddings and images API
// (OpenAI itself, OpenRouter, Ollama, vLLM, LM Studio…). Plain fetch, no SDK: the surface used is small, and an
// injectable fetch keeps tests on loopback.
import { z } from 'zod';
import { ProviderError, type ProviderErrorCode } from './errors.js';
import { readPngSize } from './local/png.js';
import type {
  AiProvider,
  EmbedOptions,
  EmbedResult,
  GenerateRequest,
  GenerateResult,
  ImageRequest,
  ImageResult,
  Usage,
} from './types.js';

/** The most of a generated image read from a provider's link (a 4096×4096 PNG is well under this). */
const MAX_IMAGE_BYTES = 32 * 1024 * 1024;
/** The most of an answer read (an image answered as base64 JSON is the largest: a third more than its PNG). */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** The body of `response`, or undefined when it is longer than `max` bytes (reading stops there). */
async function boundedBody(response: Response, max: number): Promise<Buffer | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

/** USD per 1M tokens (and per image for image models). */
export interface ModelPrice {
  input?: number;
  output?: number;
  perImage?: number;
}

export interface OpenAiCompatibleConfig {
  /** Labels usage and errors; defaults to `openai-compatible`. */
  name?: string;
  /** Up to and including the version segment, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  /** Optional: local servers (Ollama, LM Studio) need none. */
  apiKey?: string;
  /** A capability is offered only when its model is configured. */
  models: { chat?: string; embedding?: string; image?: string };
  prices?: Record<string, ModelPrice>;
  /** Per HTTP call (each retry gets its own), default 60 s. Long articles are written per section, so calls stay short. */
  timeoutMs?: number;
  /** Per image call, default 120 s: image models are slow. */
  imageTimeoutMs?: number;
  /** Retries after a 429, a 5xx, a timeout or a network error; default 2 (so at most 3 calls). */
  maxRetries?: number;
  /** The longest Retry-After honoured by waiting (default 30 s); beyond it the call fails RATE_LIMITED at once. */
  maxRetryAfterMs?: number;
  /** Exponential back-off when the server gives no Retry-After: base (default 500 ms) and cap (default 8 s). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Extra headers (OpenRouter's `HTTP-Referer`/`X-Title`, a proxy's key…). */
  headers?: Record<string, string>;
  /** `json_schema` (default) sends the schema as a structured-output constraint; `json_object` for older servers. */
  responseFormat?: 'json_schema' | 'json_object';
  /** Newer OpenAI models take `max_completion_tokens`; most compatible servers take `max_tokens` (default). */
  maxTokensParam?: 'max_tokens' | 'max_completion_tokens';
  /** Texts per /embeddings request, default 128. */
  embeddingBatchSize?: number;
  /** Requested vector size, for models that can shorten their output. */
  embeddingDimensions?: number;
  fetch?: typeof fetch;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const DEFAULTS = {
  timeoutMs: 60_000,
  imageTimeoutMs: 120_000,
  maxRetries: 2,
  maxRetryAfterMs: 30_000,
  backoffBaseMs: 500,
  backoffMaxMs: 8_000,
  embeddingBatchSize: 128,
};

type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

const ChatResponse = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        message: z
          .object({
            content: z
              .union([z.string(), z.array(z.object({ type: z.string().optional(), text: z.string().optional() }))])
              .nullish(),
            refusal: z.string().nullish(),
          })
          .optional(),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() }).nullish(),
});

const EmbeddingResponse = z.object({
  model: z.string().optional(),
  data: z.array(
    z.object({ index: z.number().int().optional(), embedding: z.union([z.array(z.number()), z.string()]) }),
  ),
  usage: z.object({ prompt_tokens: z.number().optional(), total_tokens: z.number().optional() }).nullish(),
});

const ImageResponse = z.object({
  data: z.array(z.object({ b64_json: z.string().nullish(), url: z.string().nullish() })).min(1),
  usage: z.object({ input_tokens: z.number().optional(), output_tokens: z.number().optional() }).nullish(),
});

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After as seconds or as an HTTP date (RFC 9110); OpenAI also sends `retry-after-ms`. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function truncate(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** What the server said went wrong, from OpenAI's `{ error: { message, code } }`, Ollama's `{ error: "…" }`, or text. */
function describeErrorBody(body: string): { message: string; code?: string } {
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown };
    const e = json.error;
    if (typeof e === 'string') return { message: e };
    if (e && typeof e === 'object') {
      const o = e as { message?: unknown; code?: unknown; type?: unknown };
      const code = typeof o.code === 'string' ? o.code : typeof o.type === 'string' ? o.type : undefined;
      return { message: typeof o.message === 'string' ? o.message : JSON.stringify(e), code };
    }
    if (typeof json.message === 'string') return { message: json.message };
  } catch {
    // not JSON: the text itself is the message
  }
  return { message: body.trim() || '(empty body)' };
}

function classifyStatus(status: number, detail: { message: string; code?: string }): ProviderErrorCode {
  const quota =
    detail.code === 'insufficient_quota' ||
    /exceeded your current quota|insufficient (credits|balance|quota)|billing/i.test(detail.message);
  if (status === 402 || (status === 429 && quota)) return 'QUOTA_EXCEEDED';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 408) return 'TIMEOUT';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'BAD_REQUEST';
  return 'UNAVAILABLE';
}

/** A JSON value out of a model's reply, tolerating code fences and chatter around the object. */
export function extractJson(content: string): unknown {
  const text = content.trim();
  try {
    return JSON.parse(text);
  } catch {
    const fenced = text.match(/```(?:json)?\s*([\s\S]*?)```/i)?.[1];
    if (fenced) {
      try {
        return JSON.parse(fenced.trim());
      } catch {
        // fall through to the outermost braces
      }
    }
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start >= 0 && end > start) return JSON.parse(text.slice(start, end + 1));
    throw new SyntaxError('no JSON object in the reply');
  }
}

/** The JSON Schema to send: zod's, without `$schema` (some servers reject unknown top-level keys). */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

/**
 * Strict structured outputs accept only objects that close their properties and require all of them; a schema
 * with optional fields is sent non-strict rather than refused.
 */
export function isStrictCompatible(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isStrictCompatible);
  if (!node || typeof node !== 'object') return true;
  const o = node as Record<string, unknown>;
  if (o.type === 'object' || o.properties) {
    const keys = Object.keys((o.properties as Record<string, unknown>) ?? {});
    const required = new Set((o.required as string[]) ?? []);
    if (o.additionalProperties !== false || keys.some((k) => !required.has(k))) return false;
  }
  return Object.entries(o).every(([key, value]) => key === 'enum' || key === 'const' || isStrictCompatible(value));
}

function schemaName(task: string): string {
  return task.replace(/[^a-zA-Z0-9_-]+/g, '_').slice(0, 64) || 'output';
}

function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p as { text?: string }).text ?? '').join('');
  return undefined;
}

function formatIssues(error: z.ZodError): string {
  return truncate(
    error.issues
      .slice(0, 12)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; '),
    2000,
  );
}

function decodeBase64Floats(b64: string): number[] {
  const bytes = Buffer.from(b64, 'base64');
  return Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4)));
}

export type OpenAiCompatibleProvider = AiProvider & { readonly kind: 'openai-compatible'; readonly baseUrl: string };

export function createOpenAiCompatibleProvider(config: OpenAiCompatibleConfig): OpenAiCompatibleProvider {
  const name = config.name ?? 'openai-compatible';
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const fetchImpl = config.fetch ?? globalThis.fetch;
  const sleep = config.sleep ?? defaultSleep;
  const random = config.random ?? Math.random;
  const timeoutMs = config.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxRetries = Math.max(0, config.maxRetries ?? DEFAULTS.maxRetries);
  const maxRetryAfterMs = config.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;
  const backoffBaseMs = config.backoffBaseMs ?? DEFAULTS.backoffBaseMs;
  const backoffMaxMs = config.backoffMaxMs ?? DEFAULTS.backoffMaxMs;

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'Igny8',
    ...config.headers,
  };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  function cost(model: string, served: string | undefined, tokensIn: number, tokensOut: number, images = 0): number {
    const price = config.prices?.[model] ?? (served ? config.prices?.[served] : undefined);
    if (!price) return 0;
    const usd =
      (tokensIn * (price.input ?? 0) + tokensOut * (price.output ?? 0)) / 1_000_000 + images * (price.perImage ?? 0);
    // Round away float noise (0.30000000000000004), keep sub-cent precision for cheap calls.
    return Math.round(usd * 1e10) / 1e10;
  }

  function backoff(attempt: number): number {
    const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** attempt);
    // Equal jitter: at least half the delay, so retries from many workers spread out without hammering.
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  /**
   * One POST with per-attempt timeouts and bounded retries on 429, 5xx, timeouts and network errors.
   * The caller's abort is rethrown as its reason (not a provider failure); everything else is a ProviderError.
   */
  async function post(
    path: string,
    body: unknown,
    options: { signal?: AbortSignal; timeoutMs: number; model: string },
  ): Promise<unknown> {
    const url = `${baseUrl}${path}`;
    const label = `${name} (${options.model})`;
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      let error: ProviderError;
      try {
        const response = await fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
        if (response.ok) {
          // The answer is read up to a bound, whatever the server sends.
          const bytes = await boundedBody(response, MAX_ANSWER_BYTES);
          if (!bytes) {
            error = new ProviderError(
              'INVALID_OUTPUT',
              `${label}: ${path} answered more than ${MAX_ANSWER_BYTES >> 20} MB`,
              {
                provider: name,
                status: response.status,
                retryable: false,
              },
            );
          } else {
            try {
              return JSON.parse(bytes.toString('utf8'));
            } catch {
              // A proxy's HTML error page with a 200: the server is not answering as an API should.
              error = new ProviderError('UNAVAILABLE', `${label}: ${path} answered with a body that is not JSON`, {
                provider: name,
                status: response.status,
              });
            }
          }
        } else {
          const detail = describeErrorBody((await boundedBody(response, 1 << 20))?.toString('utf8') ?? '');
          const code = classifyStatus(response.status, detail);
          error = new ProviderError(
            code,
            `${label}: HTTP ${response.status} from ${path}: ${truncate(detail.message)}`,
            {
              provider: name,
              status: response.status,
              retryAfterMs: parseRetryAfter(response.headers),
              // A missing model or a refused key will not fix itself by retrying here, but another provider may serve.
              retryable:
                response.status === 401 || response.status === 403 || response.status === 404 ? false : undefined,
            },
          );
        }
      } catch (cause) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (timeout.aborted) {
          error = new ProviderError('TIMEOUT', `${label}: ${path} took longer than ${options.timeoutMs} ms`, {
            provider: name,
            cause,
          });
        } else {
          const message = cause instanceof Error ? cause.message : String(cause);
          error = new ProviderError('UNAVAILABLE', `${label}: ${path} could not be reached: ${message}`, {
            provider: name,
            cause,
          });
        }
      }

      const retriable = error.code === 'RATE_LIMITED' || error.code === 'TIMEOUT' || error.code === 'UNAVAILABLE';
      if (!retriable || !error.retryable || attempt >= maxRetries) {
        if (attempt === 0) throw error;
        throw new ProviderError(error.code, `${error.message} (after ${attempt + 1} attempts)`, {
          provider: name,
          status: error.status,
          retryAfterMs: error.retryAfterMs,
          retryable: error.retryable,
          cause: error,
        });
      }
      // A server asking for a long pause is better left alone: fail now so the chain or the queue can move on.
      if (error.retryAfterMs !== undefined && error.retryAfterMs > maxRetryAfterMs) throw error;
      await sleep(error.retryAfterMs ?? backoff(attempt), options.signal);
    }
  }

  async function chat(
    model: string,
    messages: ChatMessage[],
    request: GenerateRequest<unknown>,
    jsonSchema: Record<string, unknown>,
  ): Promise<{
    content: string | undefined;
    refusal?: string;
    truncated: boolean;
    served?: string;
    tokensIn: number;
    tokensOut: number;
  }> {
    const body: Record<string, unknown> = { model, messages };
    if (config.responseFormat === 'json_object') body.response_format = { type: 'json_object' };
    else {
      body.response_format = {
        type: 'json_schema',
        json_schema: { name: schemaName(request.task), schema: jsonSchema, strict: isStrictCompatible(jsonSchema) },
      };
    }
    if (request.maxTokens !== undefined) body[config.maxTokensParam ?? 'max_tokens'] = request.maxTokens;
    if (request.temperature !== undefined) body.temperature = request.temperature;
    const json = await post('/chat/completions', body, { signal: request.signal, timeoutMs, model });
    const parsed = ChatResponse.safeParse(json);
    if (!parsed.success) {
      throw new ProviderError('UNAVAILABLE', `${name} (${model}): /chat/completions answered in an unknown shape`, {
        provider: name,
      });
    }
    const choice = parsed.data.choices[0]!;
    const content = contentText(choice.message?.content);
    const promptChars = messages.reduce((n, m) => n + m.content.length, 0);
    return {
      content,
      refusal: choice.message?.refusal ?? undefined,
      truncated: choice.finish_reason === 'length',
      served: parsed.data.model,
      // Some servers omit usage; an estimate beats recording zero tokens.
      tokensIn: parsed.data.usage?.prompt_tokens ?? Math.ceil(promptChars / 4),
      tokensOut: parsed.data.usage?.completion_tokens ?? Math.ceil((content?.length ?? 0) / 4),
    };
  }

  const provider: OpenAiCompatibleProvider = { name, kind: 'openai-compatible', baseUrl };

  const chatModel = config.models.chat;
  if (chatModel) {
    provider.generate = async <T>(request: GenerateRequest<T>): Promise<GenerateResult<T>> => {
      const jsonSchema = request.jsonSchema ?? toJsonSchema(request.schema);
      const system =
        config.responseFormat === 'json_object'
          ? `${request.system ?? ''}\n\nAnswer with one JSON object that matches this JSON Schema:\n${JSON.stringify(jsonSchema)}`.trim()
          : request.system;
      const messages: ChatMessage[] = [];
      if (system) messages.push({ role: 'system', content: system });
      messages.push({ role: 'user', content: request.prompt });

      let tokensIn = 0;
      let tokensOut = 0;
      let served: string | undefined;
      let problem = '';
      // The first answer, then one repair: the invalid output goes back with what was wrong with it.
      for (let round = 0; round < 2; round++) {
        const reply = await chat(chatModel, messages, request as GenerateRequest<unknown>, jsonSchema);
        tokensIn += reply.tokensIn;
        tokensOut += reply.tokensOut;
        served = reply.served ?? served;
        const usage = (): Usage => ({
          provider: name,
          model: served ?? chatModel,
          tokensIn,
          tokensOut,
          costUsd: cost(chatModel, served, tokensIn, tokensOut),
        });
        if (reply.refusal && !reply.content) {
          throw new ProviderError(
            'INVALID_OUTPUT',
            `${name} (${chatModel}) refused task "${request.task}": ${truncate(reply.refusal)}`,
            {
              provider: name,
              usage: usage(),
            },
          );
        }
        let candidate: unknown;
        try {
          candidate = extractJson(reply.content ?? '');
          const result = request.schema.safeParse(candidate);
          if (result.success) return { value: result.data, usage: usage() };
          problem = `it does not match the schema: ${formatIssues(result.error)}`;
        } catch (error) {
          problem = `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
        }
        // Cut off at the token limit: the repair has to be shorter, not just well-formed.
        if (reply.truncated) problem += ' — it was cut off at the token limit, so keep every text field shorter';
        if (round === 1) {
          throw new ProviderError(
            'INVALID_OUTPUT',
            `${name} (${chatModel}) gave invalid output for task "${request.task}" twice; last reply: ${problem}`,
            { provider: name, usage: usage() },
          );
        }
        messages.push({ role: 'assistant', content: reply.content ?? '' });
        messages.push({
          role: 'user',
          content:
            `Your previous reply was rejected because ${problem}.\n` +
            `Reply again with only the corrected JSON object for "${schemaName(request.task)}" — no explanations, no code fences.`,
        });
      }
      // Unreachable: the loop returns or throws.
      throw new ProviderError('INVALID_OUTPUT', `${name}: no output`, { provider: name });
    };
  }

  const embeddingModel = config.models.embedding;
  if (embeddingModel) {
    provider.embed = async (texts: string[], options?: EmbedOptions): Promise<EmbedResult> => {
      const batchSize = Math.max(1, config.embeddingBatchSize ?? DEFAULTS.embeddingBatchSize);
      const vectors: number[][] = [];
      let tokensIn = 0;
      let served: string | undefined;
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize);
        const body: Record<string, unknown> = { model: embeddingModel, input: batch, encoding_format: 'float' };
        if (config.embeddingDimensions) body.dimensions = config.embeddingDimensions;
        const json = await post('/embeddings', body, { signal: options?.signal, timeoutMs, model: embeddingModel });
        const parsed = EmbeddingResponse.safeParse(json);
        if (!parsed.success || parsed.data.data.length !== batch.length) {
          throw new ProviderError(
            'INVALID_OUTPUT',
            `${name} (${embeddingModel}): /embeddings returned ${parsed.success ? parsed.data.data.length : 'no'} vectors for ${batch.length} texts`,
            { provider: name },
          );
        }
        const ordered = parsed.data.data
          .map((d, i) => ({ index: d.index ?? i, embedding: d.embedding }))
          .sort((a, b) => a.index - b.index);
        for (const d of ordered) {
          vectors.push(typeof d.embedding === 'string' ? decodeBase64Floats(d.embedding) : d.embedding);
        }
        served = parsed.data.model ?? served;
        tokensIn +=
          parsed.data.usage?.prompt_tokens ?? parsed.data.usage?.total_tokens ?? Math.ceil(batch.join(' ').length / 4);
      }
      return {
        vectors,
        usage: {
          provider: name,
          model: served ?? embeddingModel,
          tokensIn,
          tokensOut: 0,
          costUsd: cost(embeddingModel, served, tokensIn, 0),
        },
      };
    };
  }

  const imageModel = config.models.image;
  if (imageModel) {
    provider.image = async (request: ImageRequest): Promise<ImageResult> => {
      const prompt = request.style ? `${request.prompt}\n\nStyle: ${request.style}` : request.prompt;
      const body = { model: imageModel, prompt, n: 1, size: `${request.size.width}x${request.size.height}` };
      const imageTimeout = config.imageTimeoutMs ?? DEFAULTS.imageTimeoutMs;
      const json = await post('/images/generations', body, {
        signal: request.signal,
        timeoutMs: imageTimeout,
        model: imageModel,
      });
      const parsed = ImageResponse.safeParse(json);
      const first = parsed.success ? parsed.data.data[0] : undefined;
      let png: Buffer | undefined;
      if (first?.b64_json) png = Buffer.from(first.b64_json, 'base64');
      else if (first?.url) {
        // Models that answer with a link (signed, short-lived) rather than the bytes.
        const signal = request.signal
          ? AbortSignal.any([request.signal, AbortSignal.timeout(imageTimeout)])
          : AbortSignal.timeout(imageTimeout);
        try {
          // The link is the provider's answer, so untrusted like the rest of it: no redirect is followed, and no
          // more than MAX_IMAGE_BYTES is read, whatever the server at the link sends.
          const response = await fetchImpl(first.url, { signal, redirect: 'manual' });
          if (response.ok) png = await boundedBody(response, MAX_IMAGE_BYTES);
          else await response.body?.cancel();
        } catch (cause) {
          if (request.signal?.aborted) throw request.signal.reason;
          throw new ProviderError('UNAVAILABLE', `${name} (${imageModel}): the generated image could not be fetched`, {
            provider: name,
            cause,
          });
        }
      }
      const size = png ? readPngSize(png) : undefined;
      if (!png || !size) {
        throw new ProviderError(
          'INVALID_OUTPUT',
          `${name} (${imageModel}): /images/generations returned no PNG image`,
          {
            provider: name,
          },
        );
      }
      const tokensIn = parsed.success ? (parsed.data.usage?.input_tokens ?? 0) : 0;
      const tokensOut = parsed.success ? (parsed.data.usage?.output_tokens ?? 0) : 0;
      return {
        png,
        width: size.width,
        height: size.height,
        usage: {
          provider: name,
          model: imageModel,
          tokensIn,
          tokensOut,
          costUsd: cost(imageModel, undefined, tokensIn, tokensOut, 1),
        },
      };
    };
  }

  return provider;
}
