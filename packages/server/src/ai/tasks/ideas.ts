// The `ideas` task: its input and output schemas, the request a model is sent, and a helper the planner calls.
import { z } from 'zod';
import {
  DEFAULT_LANGUAGE,
  detectLanguage,
  foldDiacritics,
  normalizePhrase,
  resolveLanguage,
  stems,
  stemToken,
  targetKey,
  tokenize,
} from '../../domain/planner/text/index.js';
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

const IdeaShape = z.object({
  title: z.string().min(1).max(300),
  brief: z.string().min(1).max(4000),
  outline: z.array(OutlineHeadingSchema).min(1).max(60),
  primaryKeyword: z.string().min(1).max(300),
  secondaryKeywords: z.array(z.string().min(1).max(300)).max(30),
  structure: z.enum(IDEA_STRUCTURES),
  contentType: z.enum(IDEA_CONTENT_TYPES),
  targetWords: z.number().int().min(100).max(20000),
});
export type Idea = z.infer<typeof IdeaShape>;
export type OutlineHeading = z.infer<typeof OutlineHeadingSchema>;

/**
 * The form two headings are compared in: normalized like a keyword, accents folded, list numbering dropped
 * (`2. How thick should a yoga mat be?` repeats `How thick should a yoga mat be?`).
 */
export function headingKey(heading: string): string {
  return foldDiacritics(normalizePhrase(heading)).replace(/^(?:\d+ )+/, '');
}

/** Whether `text` names every content word of `phrase` (stems compared, in any order). */
export function targets(text: string, phrase: string, language: string): boolean {
  const lang = resolveLanguage(language) ?? DEFAULT_LANGUAGE;
  const words = new Set(tokenize(text, lang).map((t) => stemToken(t, lang)));
  const wanted = stems(phrase, language);
  return wanted.length > 0 && wanted.every((s) => words.has(s));
}

/** The language an idea's keywords are compared in: the request's, else the one its own text is written in. */
function ideaLanguage(idea: Pick<Idea, 'title' | 'brief' | 'primaryKeyword'>, language: string | undefined): string {
  return (
    resolveLanguage(language) ??
    detectLanguage(`${idea.primaryKeyword} ${idea.title} ${idea.brief}`).language ??
    DEFAULT_LANGUAGE
  );
}

/**
 * What every idea must hold, whichever provider wrote it (the local one builds ideas this way; a model's answer
 * that breaks a rule goes back to it for one repair): the title or the brief targets the primary keyword; the
 * primary keyword is not among the secondary keywords, which do not repeat each other; no heading repeats an
 * earlier one. Keywords are compared by target key (the same search), headings by `headingKey`.
 */
export function checkIdea(idea: Idea, language: string | undefined, ctx: z.RefinementCtx): void {
  const lang = ideaLanguage(idea, language);
  if (!targets(idea.title, idea.primaryKeyword, lang) && !targets(idea.brief, idea.primaryKeyword, lang)) {
    ctx.addIssue({
      code: 'custom',
      path: ['primaryKeyword'],
      message: 'the title or the brief must target the primary keyword (name all its words)',
    });
  }
  const seen = new Set([targetKey(idea.primaryKeyword, lang)]);
  idea.secondaryKeywords.forEach((k, i) => {
    const key = targetKey(k, lang);
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['secondaryKeywords', i],
        message: 'repeats the primary keyword or another secondary keyword (the same search)',
      });
    }
    seen.add(key);
  });
  const headings = new Set<string>();
  idea.outline.forEach((h, i) => {
    const key = headingKey(h.heading);
    if (headings.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['outline', i, 'heading'], message: 'repeats an earlier heading' });
    }
    headings.add(key);
  });
}

/** One idea, with its invariants checked in `language` (detected from the idea's text when not given). */
export const ideaSchema = (language?: string) => IdeaShape.superRefine((idea, ctx) => checkIdea(idea, language, ctx));
export const IdeaSchema = ideaSchema();

/** Models must answer with an object at the root (structured-output APIs refuse a bare array). */
export const ideasOutputSchema = (language?: string) =>
  z.object({ ideas: z.array(ideaSchema(language)).min(1).max(MAX_IDEAS_PER_CALL) });
export const IdeasOutputSchema = ideasOutputSchema();
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
    schema: ideasOutputSchema(parsed.language),
    // Roughly 700 tokens per idea with its outline, and room for the JSON framing.
    maxTokens: options.maxTokens ?? Math.min(16_000, 800 + parsed.count * 900),
    temperature: options.temperature ?? 0.7,
    signal: options.signal,
  };
}

/**
 * The one place that settles each idea's primary keyword across ideas: the provider's choice, unless an earlier
 * idea (of this call, or one of `taken` — the primary keywords the cluster's ideas already have) targets the same
 * search; then the strongest cluster keyword that the idea's title or brief also targets and no idea has taken.
 * An idea with no such keyword keeps its primary (the cannibalization check reports the pair): swapping in a
 * keyword its title does not target would make the idea say one thing and claim another.
 */
export function distinctPrimaries(ideas: readonly Idea[], input: IdeasInput, taken: readonly string[] = []): Idea[] {
  if (ideas.length === 0) return [];
  // One language for the call, so that every key below is comparable.
  const lang = ideaLanguage(ideas[0]!, input.language);
  const used = new Set(taken.map((phrase) => targetKey(phrase, lang)));
  const out: Idea[] = [];
  for (const idea of ideas) {
    let primary = idea.primaryKeyword;
    if (used.has(targetKey(primary, lang))) {
      const alternative = input.cluster.keywords.find(
        (k) =>
          !used.has(targetKey(k.phrase, lang)) &&
          (targets(idea.title, k.phrase, lang) || targets(idea.brief, k.phrase, lang)),
      );
      if (alternative) primary = alternative.phrase;
    }
    const key = targetKey(primary, lang);
    used.add(key);
    const secondaryKeywords = idea.secondaryKeywords.filter((k) => targetKey(k, lang) !== key);
    out.push({ ...idea, primaryKeyword: primary, secondaryKeywords });
  }
  return out;
}

/**
 * Ideas for one cluster from whichever text provider (or chain) the account uses. A model may return more ideas
 * than asked; the extra ones are dropped so credits match what was charged for. `taken` lists the primary
 * keywords the cluster's existing ideas target, so that new ideas pick others where they can.
 */
export async function generateIdeas(
  ai: { text: TextProvider; templates?: PromptTemplates },
  input: IdeasInput,
  options: { signal?: AbortSignal; maxTokens?: number; temperature?: number; taken?: readonly string[] } = {},
): Promise<GenerateResult<IdeasOutput>> {
  const { taken, ...rest } = options;
  const request = buildIdeasRequest(input, { ...rest, templates: ai.templates });
  const result = await ai.text.generate(request);
  const ideas = distinctPrimaries(result.value.ideas.slice(0, input.count), request.input as IdeasInput, taken);
  return { ...result, value: { ideas } };
}
