// The `ideas` task: its input and output schemas, the request a model is sent, and a helper the planner calls.
import { z } from 'zod';
import { type PromptTemplates, renderPrompt } from '../prompts.js';
import type { GenerateRequest, GenerateResult, TextProvider } from '../types.js';

export const INTENTS = ['informational', 'commercial', 'transactional', 'navigational'] as const;
export const IDEA_STRUCTURES = [
  'article',
  'guide',
  'listicle',
  'comparison',
  'review',
  'how_to',
  'cluster_hub',
] as const;
export const IDEA_CONTENT_TYPES = ['post', 'page', 'product', 'taxonomy'] as const;
/** Upper bound on ideas per cluster per call: more would mean near-duplicates competing for the same queries. */
export const MAX_IDEAS_PER_CALL = 20;

export type Intent = (typeof INTENTS)[number];
export type IdeaStructure = (typeof IDEA_STRUCTURES)[number];
export type IdeaContentType = (typeof IDEA_CONTENT_TYPES)[number];

export const IdeasInputSchema = z.object({
  cluster: z.object({
    name: z.string().trim().min(1).max(300),
    intent: z.enum(INTENTS),
    keywords: z
      .array(
        z.object({
          phrase: z.string().trim().min(1).max(300),
          // Rows straight from the database carry null for an unknown volume.
          volume: z.number().int().min(0).nullish(),
        }),
      )
      .max(5000),
  }),
  count: z.number().int().min(1).max(MAX_IDEAS_PER_CALL),
  language: z.string().min(2).max(35).optional(),
});
export type IdeasInput = z.infer<typeof IdeasInputSchema>;

export const OutlineHeadingSchema = z.object({
  heading: z.string().min(1).max(300),
  level: z.literal([2, 3]),
});

export const IdeaSchema = z.object({
  title: z.string().min(1).max(300),
  brief: z.string().min(1).max(4000),
  outline: z.array(OutlineHeadingSchema).min(1).max(60),
  primaryKeyword: z.string().min(1).max(300),
  secondaryKeywords: z.array(z.string().min(1).max(300)).max(30),
  structure: z.enum(IDEA_STRUCTURES),
  contentType: z.enum(IDEA_CONTENT_TYPES),
  targetWords: z.number().int().min(100).max(20000),
});
export type Idea = z.infer<typeof IdeaSchema>;
export type OutlineHeading = z.infer<typeof OutlineHeadingSchema>;

/** Models must answer with an object at the root (structured-output APIs refuse a bare array). */
export const IdeasOutputSchema = z.object({ ideas: z.array(IdeaSchema).min(1).max(MAX_IDEAS_PER_CALL) });
export type IdeasOutput = z.infer<typeof IdeasOutputSchema>;

function keywordList(input: IdeasInput): string {
  return input.cluster.keywords
    .slice(0, 200)
    .map((k) => (k.volume == null ? `- ${k.phrase}` : `- ${k.phrase} (volume ${k.volume})`))
    .join('\n');
}

/** The variables the `ideas` template may use: cluster, intent, count, keywords, language, structures, content_types. */
export function ideasPromptVariables(input: IdeasInput): Record<string, string | number> {
  return {
    cluster: input.cluster.name,
    intent: input.cluster.intent,
    count: input.count,
    language: input.language ?? 'en',
    keywords: keywordList(input),
    structures: IDEA_STRUCTURES.join(', '),
    content_types: IDEA_CONTENT_TYPES.join(', '),
  };
}

export function buildIdeasRequest(
  input: IdeasInput,
  options: { templates?: PromptTemplates; signal?: AbortSignal; maxTokens?: number; temperature?: number } = {},
): GenerateRequest<IdeasOutput> {
  const parsed = IdeasInputSchema.parse(input);
  const { system, prompt } = renderPrompt('ideas', ideasPromptVariables(parsed), options.templates);
  return {
    task: 'ideas',
    system,
    prompt,
    input: parsed,
    schema: IdeasOutputSchema,
    // Roughly 700 tokens per idea with its outline, and room for the JSON framing.
    maxTokens: options.maxTokens ?? Math.min(16_000, 800 + parsed.count * 900),
    temperature: options.temperature ?? 0.7,
    signal: options.signal,
  };
}

/**
 * Ideas for one cluster from whichever text provider (or chain) the account uses. A model may return more ideas
 * than asked; the extra ones are dropped so credits match what was charged for.
 */
export async function generateIdeas(
  ai: { text: TextProvider; templates?: PromptTemplates },
  input: IdeasInput,
  options: { signal?: AbortSignal; maxTokens?: number; temperature?: number } = {},
): Promise<GenerateResult<IdeasOutput>> {
  const request = buildIdeasRequest(input, { ...options, templates: ai.templates });
  const result = await ai.text.generate(request);
  return { ...result, value: { ideas: result.value.ideas.slice(0, input.count) } };
}
