// The writer's tasks: `outline` (the editorial plan of one article) and `section` (one part of it, written with the
// plan, the summary of what came before, the brand voice and the language). Their schemas, the requests a model is
// sent and the prompt variables. An article is written one section per call, so no call is long however long the
// article is.
import { z } from 'zod';
import { type PromptTemplates, renderPrompt } from '../prompts.js';
import type { GenerateRequest } from '../types.js';
import { IDEA_CONTENT_TYPES, IDEA_STRUCTURES, OutlineHeadingSchema } from './ideas.js';

const phrase = z.string().trim().min(1).max(300);
const budget = z.number().int().min(20).max(10_000);

export const SubsectionSchema = z.object({
  heading: z.string().trim().min(1).max(300),
  keywords: z.array(phrase).max(10),
  words: budget,
});

export const OutlineSectionSchema = z.object({
  heading: z.string().trim().min(1).max(300),
  /** What the section answers, for the writer. */
  brief: z.string().trim().min(1).max(1000),
  keywords: z.array(phrase).max(12),
  words: budget,
  subsections: z.array(SubsectionSchema).max(8),
});

export const OutlineSchema = z.object({
  title: z.string().trim().min(1).max(300),
  intro: z.object({ brief: z.string().trim().min(1).max(1000), keywords: z.array(phrase).max(8), words: budget }),
  sections: z.array(OutlineSectionSchema).min(1).max(20),
  faq: z.object({
    heading: z.string().trim().min(1).max(300),
    questions: z.array(z.string().trim().min(1).max(300)).max(10),
    words: budget,
  }),
  conclusion: z.object({
    heading: z.string().trim().min(1).max(300),
    brief: z.string().trim().min(1).max(1000),
    words: budget,
  }),
});
export type Outline = z.infer<typeof OutlineSchema>;
export type OutlineSection = z.infer<typeof OutlineSectionSchema>;

/** How the site writes: fed into every prompt. */
export const VoiceSchema = z.object({
  language: z.string().min(2).max(35),
  tone: z.string().max(200).nullish(),
  audience: z.string().max(500).nullish(),
  point_of_view: z.string().max(40).default('second_person'),
  reading_level: z.string().max(40).default('general'),
  banned_words: z.array(z.string().max(100)).max(200).default([]),
  style_guide: z.string().max(4000).nullish(),
});
export type Voice = z.infer<typeof VoiceSchema>;

export const OutlineInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  primaryKeyword: phrase,
  secondaryKeywords: z.array(phrase).max(30),
  structure: z.enum(IDEA_STRUCTURES),
  contentType: z.enum(IDEA_CONTENT_TYPES),
  targetWords: z.number().int().min(100).max(20_000),
  intent: z.enum(['informational', 'commercial', 'transactional', 'navigational']).default('informational'),
  brief: z.string().max(4000).nullish(),
  /** The idea's H2/H3 plan, when the task came from one. */
  headings: z.array(OutlineHeadingSchema).max(60).default([]),
  /** The cluster's keywords, strongest first. */
  keywords: z
    .array(z.object({ phrase, volume: z.number().int().min(0).nullish() }))
    .max(500)
    .default([]),
  voice: VoiceSchema,
});
export type OutlineInput = z.input<typeof OutlineInputSchema>;
export type OutlineInputParsed = z.output<typeof OutlineInputSchema>;

/** One unit of writing: the introduction, an H2 section with its H3s, the FAQ or the conclusion. */
export const SectionUnitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('intro'), brief: z.string(), keywords: z.array(z.string()), words: z.number().int() }),
  z.object({ kind: z.literal('section'), ...OutlineSectionSchema.shape }),
  z.object({
    kind: z.literal('faq'),
    heading: z.string(),
    questions: z.array(z.string()),
    words: z.number().int(),
  }),
  z.object({ kind: z.literal('conclusion'), heading: z.string(), brief: z.string(), words: z.number().int() }),
]);
export type SectionUnit = z.infer<typeof SectionUnitSchema>;

/** The units an outline is written in, in order: intro, sections, the FAQ when it has questions, conclusion. */
export function unitsOf(outline: Outline): SectionUnit[] {
  return [
    { kind: 'intro', ...outline.intro },
    ...outline.sections.map((s) => ({ kind: 'section' as const, ...s })),
    ...(outline.faq.questions.length ? [{ kind: 'faq' as const, ...outline.faq }] : []),
    { kind: 'conclusion', ...outline.conclusion },
  ];
}

export const SectionInputSchema = z.object({
  title: z.string(),
  primaryKeyword: z.string(),
  outline: OutlineSchema,
  /** Which unit of `unitsOf(outline)` to write. */
  index: z.number().int().min(0),
  /** One line per section already written. */
  previous: z.array(z.string()).default([]),
  /** Topics the site has already covered (their focus keywords): mentioned where they fit, they become links. */
  related: z.array(z.string().max(300)).max(10).default([]),
  voice: VoiceSchema,
});
export type SectionInput = z.input<typeof SectionInputSchema>;
export type SectionInputParsed = z.output<typeof SectionInputSchema>;

export const SectionOutputSchema = z.object({
  /** The section's html: its own heading (h2, h3 for sub-sections) then paragraphs and lists. */
  html: z.string().min(1).max(200_000),
  /** One sentence saying what the section said, for the sections after it. */
  summary: z.string().min(1).max(1000),
  /** The FAQ's questions with their answers as plain text (FAQ only), for the FAQPage markup. */
  faq: z
    .array(z.object({ question: z.string().min(1).max(300), answer: z.string().min(1).max(2000) }))
    .max(10)
    .optional(),
});
export type SectionOutput = z.infer<typeof SectionOutputSchema>;

const POINTS_OF_VIEW: Record<string, string> = {
  first_person_singular: 'first person singular ("I")',
  first_person_plural: 'first person plural ("we")',
  second_person: 'second person ("you")',
  third_person: 'third person',
};

/** The brand voice as prompt variables, shared by every writer prompt. */
export function voiceVariables(voice: Voice): Record<string, string> {
  return {
    language: voice.language,
    tone: voice.tone || 'clear, friendly and expert',
    audience: voice.audience || 'readers searching for this topic',
    point_of_view: POINTS_OF_VIEW[voice.point_of_view] ?? voice.point_of_view,
    reading_level: voice.reading_level,
    banned_words: voice.banned_words.length ? voice.banned_words.join(', ') : '(none)',
    style_guide: voice.style_guide || '(none)',
  };
}

function outlineText(outline: Outline): string {
  const lines = [`Title: ${outline.title}`, `Introduction (${outline.intro.words} words): ${outline.intro.brief}`];
  for (const s of outline.sections) {
    lines.push(`H2 ${s.heading} (${s.words} words): ${s.brief}`);
    for (const sub of s.subsections) lines.push(`  H3 ${sub.heading} (${sub.words} words)`);
  }
  if (outline.faq.questions.length) lines.push(`H2 ${outline.faq.heading}: ${outline.faq.questions.join(' | ')}`);
  lines.push(`H2 ${outline.conclusion.heading} (${outline.conclusion.words} words): ${outline.conclusion.brief}`);
  return lines.join('\n');
}

function unitText(unit: SectionUnit): string {
  switch (unit.kind) {
    case 'intro':
      return `the introduction (no heading): ${unit.brief}`;
    case 'section':
      return [
        `the section "${unit.heading}" as an <h2>: ${unit.brief}`,
        ...unit.subsections.map((s) => `with the sub-section "${s.heading}" as an <h3> (about ${s.words} words)`),
      ].join('\n');
    case 'faq':
      return `the FAQ "${unit.heading}" as an <h2>, each question as an <h3> with a short answer: ${unit.questions.join(' | ')}`;
    case 'conclusion':
      return `the conclusion "${unit.heading}" as an <h2>: ${unit.brief}`;
  }
}

type RequestOptions = { templates?: PromptTemplates; signal?: AbortSignal };

export function buildOutlineRequest(input: OutlineInput, options: RequestOptions = {}): GenerateRequest<Outline> {
  const parsed = OutlineInputSchema.parse(input);
  const { system, prompt } = renderPrompt(
    'outline',
    {
      ...voiceVariables(parsed.voice),
      title: parsed.title,
      primary_keyword: parsed.primaryKeyword,
      secondary_keywords: parsed.secondaryKeywords.join(', ') || '(none)',
      structure: parsed.structure,
      content_type: parsed.contentType,
      intent: parsed.intent,
      target_words: parsed.targetWords,
      brief: parsed.brief ?? '',
      headings:
        parsed.headings.map((h) => `${'  '.repeat(h.level - 2)}H${h.level} ${h.heading}`).join('\n') || '(none)',
      keywords:
        parsed.keywords
          .slice(0, 150)
          .map((k) => `- ${k.phrase}`)
          .join('\n') || '(none)',
    },
    options.templates,
  );
  return {
    task: 'outline',
    system,
    prompt,
    input: parsed,
    schema: OutlineSchema,
    maxTokens: 4000,
    temperature: 0.5,
    signal: options.signal,
  };
}

export function buildSectionRequest(input: SectionInput, options: RequestOptions = {}): GenerateRequest<SectionOutput> {
  const parsed = SectionInputSchema.parse(input);
  const units = unitsOf(parsed.outline);
  const unit = units[parsed.index];
  if (!unit) throw new RangeError(`section ${parsed.index} is not in the outline (${units.length} sections)`);
  const keywords = unit.kind === 'section' || unit.kind === 'intro' ? unit.keywords : [];
  const { system, prompt } = renderPrompt(
    'section',
    {
      ...voiceVariables(parsed.voice),
      title: parsed.title,
      primary_keyword: parsed.primaryKeyword,
      outline: outlineText(parsed.outline),
      section: unitText(unit),
      keywords: keywords.join(', ') || '(none)',
      words: unit.words,
      previous: parsed.previous.length
        ? parsed.previous.map((p, i) => `${i + 1}. ${p}`).join('\n')
        : '(this is the first section)',
      related: parsed.related.length ? parsed.related.join(', ') : '(none)',
    },
    options.templates,
  );
  return {
    task: 'section',
    system,
    prompt,
    input: parsed,
    schema: SectionOutputSchema,
    // About 1.4 tokens a word in the languages we write, plus the html and the JSON around it.
    maxTokens: Math.min(8000, Math.ceil(unit.words * 2) + 400),
    temperature: 0.7,
    signal: options.signal,
  };
}

export const ImagePromptsInputSchema = z.object({
  title: z.string().min(1).max(300),
  primaryKeyword: z.string().min(1).max(300),
  /** The article's H2 headings, in order: in-article images illustrate some of them. */
  headings: z.array(z.string().max(300)).max(40),
  /** How many in-article images (besides the featured one). */
  count: z.number().int().min(0).max(10),
  siteName: z.string().max(200).default(''),
  voice: VoiceSchema,
});
export type ImagePromptsInput = z.input<typeof ImagePromptsInputSchema>;
export type ImagePromptsInputParsed = z.output<typeof ImagePromptsInputSchema>;

const ImagePromptSchema = z.object({
  prompt: z.string().trim().min(1).max(2000),
  /** Alt text in the site's language: what the image shows, for readers who cannot see it. */
  alt: z.string().trim().min(1).max(300),
});

export const ImagePromptsOutputSchema = z.object({
  featured: ImagePromptSchema,
  in_article: z.array(
    ImagePromptSchema.extend({
      /** The H2 (1 = the first) the image goes after. */
      section: z.number().int().min(1).max(40),
    }),
  ),
});
export type ImagePromptsOutput = z.infer<typeof ImagePromptsOutputSchema>;

export function buildImagePromptsRequest(
  input: ImagePromptsInput,
  options: RequestOptions = {},
): GenerateRequest<ImagePromptsOutput> {
  const parsed = ImagePromptsInputSchema.parse(input);
  const { system, prompt } = renderPrompt(
    'image_prompts',
    {
      ...voiceVariables(parsed.voice),
      title: parsed.title,
      primary_keyword: parsed.primaryKeyword,
      count: parsed.count,
      site_name: parsed.siteName || '(none)',
      headings: parsed.headings.map((h, i) => `${i + 1}. ${h}`).join('\n') || '(none)',
    },
    options.templates,
  );
  return {
    task: 'image_prompts',
    system,
    prompt,
    input: parsed,
    schema: ImagePromptsOutputSchema,
    maxTokens: 1500,
    temperature: 0.6,
    signal: options.signal,
  };
}
