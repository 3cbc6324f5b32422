// The AI provider layer: interfaces per capability, the offline `local` provider, the `openai-compatible` one,
// fallback chains, per-account selection and prompt templates.
export { createProviderChain, type ProviderChain, shouldFallBack } from './chain.js';
export {
  type AccountAiSettings,
  type AiConfig,
  AiConfigError,
  type AiConfigInput,
  AiConfigSchema,
  type AiProviders,
  type AiRegistry,
  CAPABILITIES,
  type Capability,
  type CreateProvidersOptions,
  createProviders,
  ENV_PROVIDER_NAME,
  type ProviderChains,
  type ProviderConfig,
  parseAiEnv,
} from './config.js';
export { isProviderError, PROVIDER_ERROR_CODES, ProviderError, type ProviderErrorCode } from './errors.js';
export { contrastRatio, parseHexColor, relativeLuminance } from './local/color.js';
export { cosineSimilarity, embedLocally, embedTextLocally, LOCAL_EMBEDDING_DIMENSIONS } from './local/embeddings.js';
export {
  FEATURED_PATTERNS,
  type FeaturedColors,
  type FeaturedImageOptions,
  type FeaturedPattern,
  MIN_TEXT_CONTRAST,
  renderFeaturedImage,
} from './local/featured.js';
export { describeCluster, generateIdeasLocally } from './local/ideas.js';
export { encodePng, PNG_SIGNATURE, readPngSize, renderPromptPng } from './local/png.js';
export {
  createLocalProvider,
  DEFAULT_LOCAL_TASKS,
  LOCAL_MODEL,
  type LocalProvider,
  type LocalProviderOptions,
  type LocalTaskHandler,
} from './local/provider.js';
export { countWords, imagePromptsLocally, planOutlineLocally, writeSectionLocally } from './local/writer.js';
export {
  createOpenAiCompatibleProvider,
  extractJson,
  isStrictCompatible,
  type ModelPrice,
  type OpenAiCompatibleConfig,
  type OpenAiCompatibleProvider,
  parseRetryAfter,
  toJsonSchema,
} from './openai-compatible.js';
export {
  DEFAULT_PROMPTS,
  type PromptTemplate,
  type PromptTemplates,
  renderPrompt,
  renderTemplate,
  resolvePrompt,
  templateVariables,
} from './prompts.js';
export {
  buildIdeasRequest,
  checkIdea,
  distinctPrimaries,
  generateIdeas,
  headingKey,
  IDEA_CONTENT_TYPES,
  IDEA_STRUCTURES,
  type Idea,
  type IdeaContentType,
  IdeaSchema,
  type IdeaStructure,
  type IdeasInput,
  IdeasInputSchema,
  type IdeasOutput,
  IdeasOutputSchema,
  INTENTS,
  type Intent,
  ideaSchema,
  ideasOutputSchema,
  ideasPromptVariables,
  MAX_IDEAS_PER_CALL,
  type OutlineHeading,
  OutlineHeadingSchema,
  targets,
} from './tasks/ideas.js';
export {
  buildImagePromptsRequest,
  buildOutlineRequest,
  buildSectionRequest,
  type ImagePromptsInput,
  type ImagePromptsOutput,
  type Outline,
  type OutlineInput,
  OutlineInputSchema,
  OutlineSchema,
  type OutlineSection,
  type SectionInput,
  SectionInputSchema,
  type SectionOutput,
  SectionOutputSchema,
  type SectionUnit,
  unitsOf,
  type Voice,
  VoiceSchema,
  voiceVariables,
} from './tasks/writer.js';
export type * from './types.js';
