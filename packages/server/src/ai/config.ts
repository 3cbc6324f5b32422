// Which providers exist (operator configuration, from the environment or a config object) and which ones an
// account uses (its settings, stored by the server, choose among the configured names only — an account can never
// point the server at a URL of its own).
import { z } from 'zod';
import { createProviderChain, type ProviderChain } from './chain.js';
import { createLocalProvider, type LocalTaskHandler } from './local/provider.js';
import { createOpenAiCompatibleProvider, type OpenAiCompatibleConfig } from './openai-compatible.js';
import type { PromptTemplates } from './prompts.js';
import type { AiProvider, EmbeddingProvider, ImageProvider, TextProvider } from './types.js';

export const CAPABILITIES = ['text', 'embeddings', 'images'] as const;
export type Capability = (typeof CAPABILITIES)[number];

const PriceSchema = z.object({
  input: z.number().min(0).optional(),
  output: z.number().min(0).optional(),
  perImage: z.number().min(0).optional(),
});

const httpUrl = z.url({ protocol: /^https?$/ });

const LocalConfigSchema = z.object({
  kind: z.literal('local'),
  embeddingDimensions: z.number().int().min(8).max(4096).optional(),
});

const OpenAiCompatibleConfigSchema = z.object({
  kind: z.literal('openai-compatible'),
  baseUrl: httpUrl,
  apiKey: z.string().min(1).optional(),
  models: z.object({
    chat: z.string().min(1).optional(),
    embedding: z.string().min(1).optional(),
    image: z.string().min(1).optional(),
  }),
  prices: z.record(z.string(), PriceSchema).optional(),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
  imageTimeoutMs: z.number().int().min(100).max(900_000).optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
  maxRetryAfterMs: z.number().int().min(0).max(600_000).optional(),
  backoffBaseMs: z.number().int().min(0).optional(),
  backoffMaxMs: z.number().int().min(0).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  responseFormat: z.enum(['json_schema', 'json_object']).optional(),
  maxTokensParam: z.enum(['max_tokens', 'max_completion_tokens']).optional(),
  embeddingBatchSize: z.number().int().min(1).max(2048).optional(),
  embeddingDimensions: z.number().int().min(1).optional(),
});

const ChainsSchema = z.object({
  text: z.array(z.string().min(1)).optional(),
  embeddings: z.array(z.string().min(1)).optional(),
  images: z.array(z.string().min(1)).optional(),
});

export const AiConfigSchema = z.object({
  /** The provider used when no chain says otherwise; `local` unless set. */
  default: z.string().min(1).default('local'),
  /** Provider configs by name. A `local` entry may omit `kind`; a local provider named `local` always exists. */
  providers: z
    .record(
      z.string().regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'provider names are letters, digits, _ . -'),
      z.discriminatedUnion('kind', [OpenAiCompatibleConfigSchema, LocalConfigSchema]),
    )
    .default({}),
  /** Per capability, the providers to try in order. */
  chains: ChainsSchema.optional(),
  /** Per-call timeout for every openai-compatible provider that does not set its own. */
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
});

export type AiConfig = z.input<typeof AiConfigSchema>;
export type ProviderConfig = z.infer<typeof OpenAiCompatibleConfigSchema> | z.infer<typeof LocalConfigSchema>;
export type ProviderChains = z.infer<typeof ChainsSchema>;

/** A config as written: `local: {}` may leave out its kind. */
export type AiConfigInput = Omit<AiConfig, 'providers'> & {
  providers?: Record<string, ProviderConfig | Record<string, never>>;
};

/** What an account may choose; the server stores it per account. Unknown names are ignored (see providersFor). */
export interface AccountAiSettings {
  /** The preferred provider for every capability it has; the operator's fallbacks still follow it. */
  provider?: string;
  /** Explicit order per capability, overriding `provider`. */
  chains?: ProviderChains;
  /** Per-task prompt overrides, laid over the defaults. */
  templates?: PromptTemplates;
}

/** The providers one account uses, one per capability, plus its prompt templates. */
export interface AiProviders {
  text: TextProvider & ProviderChain;
  embeddings: EmbeddingProvider & ProviderChain;
  images: ImageProvider & ProviderChain;
  templates: PromptTemplates;
  /** The provider names tried, per capability, in order. */
  chains: Record<Capability, string[]>;
}

export interface AiRegistry {
  /** Configured provider names (what an account may choose from). */
  readonly names: string[];
  readonly defaultName: string;
  get(name: string): AiProvider | undefined;
  /** The operator's defaults: what an account without settings gets. */
  readonly defaults: AiProviders;
  /** The providers for an account; `undefined` settings → the defaults. */
  providersFor(settings?: AccountAiSettings): AiProviders;
}

export class AiConfigError extends Error {
  override readonly name = 'AiConfigError';
}

export interface CreateProvidersOptions {
  /** For tests: the fetch every openai-compatible provider uses. */
  fetch?: typeof fetch;
  sleep?: OpenAiCompatibleConfig['sleep'];
  /** Extra local task implementations (the writer's tasks, as they are built). */
  localTasks?: Record<string, LocalTaskHandler>;
}

const CAPABILITY_METHOD: Record<Capability, 'generate' | 'embed' | 'image'> = {
  text: 'generate',
  embeddings: 'embed',
  images: 'image',
};

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function createProviders(config: AiConfigInput, options: CreateProvidersOptions = {}): AiRegistry {
  // `local: {}` is enough for the built-in provider: give it its kind before validation.
  const entries = Object.entries(config.providers ?? {}).map(([name, value]) => [
    name,
    name === 'local' && value && typeof value === 'object' && !('kind' in value) ? { ...value, kind: 'local' } : value,
  ]);
  const parsed = AiConfigSchema.safeParse({ ...config, providers: Object.fromEntries(entries) });
  if (!parsed.success) throw new AiConfigError(`Invalid AI provider configuration: ${describeIssues(parsed.error)}`);
  const cfg = parsed.data;

  const providers = new Map<string, AiProvider>();
  for (const [name, raw] of Object.entries(cfg.providers)) {
    if (raw.kind === 'openai-compatible') {
      const { kind: _kind, ...rest } = raw;
      if (!rest.models.chat && !rest.models.embedding && !rest.models.image) {
        throw new AiConfigError(
          `AI provider "${name}" configures no model (models.chat, models.embedding or models.image)`,
        );
      }
      providers.set(
        name,
        createOpenAiCompatibleProvider({
          ...rest,
          name,
          timeoutMs: rest.timeoutMs ?? cfg.timeoutMs,
          fetch: options.fetch,
          sleep: options.sleep,
        }),
      );
    } else {
      providers.set(
        name,
        createLocalProvider({ name, tasks: options.localTasks, embeddingDimensions: raw.embeddingDimensions }),
      );
    }
  }
  // Always there, so every capability has somewhere to go and the product runs with no keys.
  if (!providers.has('local')) providers.set('local', createLocalProvider({ tasks: options.localTasks }));

  const names = [...providers.keys()];
  const check = (where: string, list: string[] | undefined) => {
    for (const n of list ?? []) {
      if (!providers.has(n))
        throw new AiConfigError(`${where} names unknown AI provider "${n}" (known: ${names.join(', ')})`);
    }
  };
  check('default', [cfg.default]);
  for (const capability of CAPABILITIES) check(`chains.${capability}`, cfg.chains?.[capability]);

  const has = (name: string, capability: Capability) =>
    typeof providers.get(name)?.[CAPABILITY_METHOD[capability]] === 'function';

  function order(capability: Capability, settings?: AccountAiSettings): string[] {
    const known = (list: string[] | undefined) => (list ?? []).filter((n) => providers.has(n));
    const operator = cfg.chains?.[capability] ?? [cfg.default];
    let list = known(settings?.chains?.[capability]);
    if (list.length === 0 && settings?.provider && providers.has(settings.provider)) {
      list = [settings.provider, ...operator.filter((n) => n !== settings.provider)];
    }
    if (list.length === 0) list = operator;
    const usable = [...new Set(list)].filter((n) => has(n, capability));
    return usable.length > 0 ? usable : ['local'];
  }

  const chainCache = new Map<string, ProviderChain>();
  const chainOf = (list: string[]): ProviderChain => {
    const key = list.join('\u0000');
    let chain = chainCache.get(key);
    if (!chain) {
      chain = createProviderChain(
        list.map((n) => providers.get(n)!),
        list.join('>'),
      );
      chainCache.set(key, chain);
    }
    return chain;
  };

  function providersFor(settings?: AccountAiSettings): AiProviders {
    const chains = {
      text: order('text', settings),
      embeddings: order('embeddings', settings),
      images: order('images', settings),
    };
    return {
      // `order` keeps only members with the capability, so each chain has the method it is typed with.
      text: chainOf(chains.text) as AiProviders['text'],
      embeddings: chainOf(chains.embeddings) as AiProviders['embeddings'],
      images: chainOf(chains.images) as AiProviders['images'],
      templates: { ...settings?.templates },
      chains,
    };
  }

  return {
    names,
    defaultName: cfg.default,
    get: (name) => providers.get(name),
    defaults: providersFor(undefined),
    providersFor,
  };
}

type Env = Record<string, string | undefined>;

function envInt(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AiConfigError(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function envBool(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new AiConfigError(`${key} must be true or false, got "${raw}"`);
}

function envEnum<T extends string>(env: Env, key: string, values: readonly T[]): T | undefined {
  const raw = env[key]?.trim();
  if (!raw) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    throw new AiConfigError(`${key} must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/** The name the environment-configured openai-compatible provider gets (it labels usage records). */
export const ENV_PROVIDER_NAME = 'openai-compatible';

/**
 * The AI configuration from environment variables (see the table in the report / docs/configuration.md).
 * Throws AiConfigError naming the variable when a value is invalid.
 */
export function parseAiEnv(env: Env): AiConfig {
  const provider = envEnum(env, 'AI_PROVIDER', ['local', 'openai-compatible'] as const) ?? 'local';
  const timeoutMs = envInt(env, 'AI_TIMEOUT_MS', 60_000, 100, 600_000);
  const maxRetries = envInt(env, 'AI_MAX_RETRIES', 2, 0, 10);
  const fallbackToLocal = envBool(env, 'AI_FALLBACK_TO_LOCAL', true);
  const baseUrl = env.OPENAI_COMPATIBLE_BASE_URL?.trim() || undefined;
  const chat = env.OPENAI_COMPATIBLE_CHAT_MODEL?.trim() || undefined;
  const embedding = env.OPENAI_COMPATIBLE_EMBEDDING_MODEL?.trim() || undefined;
  const image = env.OPENAI_COMPATIBLE_IMAGE_MODEL?.trim() || undefined;

  const config: AiConfig = { default: 'local', providers: { local: { kind: 'local' } }, timeoutMs };
  if (!baseUrl) {
    if (provider === 'openai-compatible') {
      throw new AiConfigError('AI_PROVIDER=openai-compatible needs OPENAI_COMPATIBLE_BASE_URL');
    }
    return config;
  }
  if (!httpUrl.safeParse(baseUrl).success) {
    throw new AiConfigError(`OPENAI_COMPATIBLE_BASE_URL must be an http(s) URL, got "${baseUrl}"`);
  }
  if (provider === 'openai-compatible' && !chat) {
    throw new AiConfigError('AI_PROVIDER=openai-compatible needs OPENAI_COMPATIBLE_CHAT_MODEL');
  }
  if (!chat && !embedding && !image) {
    throw new AiConfigError(
      'OPENAI_COMPATIBLE_BASE_URL is set but no model is: set OPENAI_COMPATIBLE_CHAT_MODEL (and optionally the embedding and image models)',
    );
  }
  let prices: Record<string, z.infer<typeof PriceSchema>> | undefined;
  const rawPrices = env.OPENAI_COMPATIBLE_PRICES?.trim();
  if (rawPrices) {
    let json: unknown;
    try {
      json = JSON.parse(rawPrices);
    } catch {
      throw new AiConfigError('OPENAI_COMPATIBLE_PRICES must be JSON, e.g. {"my-model":{"input":0.15,"output":0.6}}');
    }
    const checked = z.record(z.string(), PriceSchema.strict()).safeParse(json);
    if (!checked.success) throw new AiConfigError(`OPENAI_COMPATIBLE_PRICES: ${describeIssues(checked.error)}`);
    prices = checked.data;
  }

  const remote: ProviderConfig = {
    kind: 'openai-compatible',
    baseUrl,
    apiKey: env.OPENAI_COMPATIBLE_API_KEY?.trim() || undefined,
    models: { chat, embedding, image },
    prices,
    timeoutMs,
    maxRetries,
    responseFormat: envEnum(env, 'OPENAI_COMPATIBLE_RESPONSE_FORMAT', ['json_schema', 'json_object'] as const),
    maxTokensParam: envEnum(env, 'OPENAI_COMPATIBLE_MAX_TOKENS_PARAM', [
      'max_tokens',
      'max_completion_tokens',
    ] as const),
  };
  config.providers = { local: { kind: 'local' }, [ENV_PROVIDER_NAME]: remote };
  if (provider === 'local') return config;

  config.default = ENV_PROVIDER_NAME;
  const withFallback = fallbackToLocal ? [ENV_PROVIDER_NAME, 'local'] : [ENV_PROVIDER_NAME];
  config.chains = {
    text: withFallback,
    // Vectors of different models cannot be compared, so embeddings never silently switch to the local ones.
    embeddings: embedding ? [ENV_PROVIDER_NAME] : ['local'],
    images: image ? withFallback : ['local'],
  };
  return config;
}
