// Prompt templates: defaults live here, in code, so every deployment has working prompts; an account may override
// any of them (the lead stores overrides per account and passes them in as a map).
import { ProviderError } from './errors.js';

export interface PromptTemplate {
  system?: string;
  user: string;
  /** Values used for variables the caller does not pass. */
  defaults?: Record<string, string>;
}

/** Per-task overrides; a missing field keeps the default's. */
export type PromptTemplates = Record<string, Partial<PromptTemplate> | undefined>;

export const DEFAULT_PROMPTS: Readonly<Record<string, PromptTemplate>> = {
  ideas: {
    system:
      'You are a senior SEO content strategist. You plan articles and pages that satisfy the search intent of a ' +
      'keyword cluster, avoid cannibalisation between pieces, and use the exact keywords searchers type. ' +
      'You answer with JSON only.',
    user: [
      'Plan {{count}} distinct content ideas for the keyword cluster "{{cluster}}".',
      'Search intent: {{intent}}. Write titles, briefs and headings in the language "{{language}}".',
      '',
      'Keywords of the cluster, with monthly search volume where known:',
      '{{keywords}}',
      '',
      'Rules:',
      '- Each idea takes a different angle and, where the cluster allows, a different primary keyword taken from the list.',
      '- Match the intent: informational → guide or how_to; commercial → comparison, listicle or review;',
      '  transactional → a product page or landing page; navigational → a page.',
      '- structure is one of: {{structures}}. contentType is one of: {{content_types}}.',
      '- outline is the H2/H3 plan (level 2 or 3, starting with a level 2); build it from the sub-topics and',
      '  questions in the keyword list, not from generic headings.',
      '- primaryKeyword is the keyword the title and brief target: the title (or else the brief) names all its words.',
      '- secondaryKeywords are other keywords from the list that the piece should cover; never the primary keyword',
      '  again, nor two spellings of one search.',
      '- No heading may repeat another, even with different numbering, case or punctuation.',
      '- brief is two or three sentences telling a writer what the piece must achieve.',
      '- targetWords is a realistic length for the structure (e.g. 600 for a page, 1500-2500 for a guide).',
    ].join('\n'),
    defaults: {
      language: 'en',
      structures: 'article, guide, listicle, comparison, review, how_to, cluster_hub',
      content_types: 'post, page, product, taxonomy',
    },
  },
  outline: {
    system:
      'You are a senior editor planning an SEO article. You write plans a writer can follow section by section, ' +
      'with headings a person would use. You answer with JSON only.',
    user: [
      'Plan the article "{{title}}" in the language "{{language}}" (every heading and brief in that language).',
      'Primary keyword: {{primary_keyword}}. Secondary keywords: {{secondary_keywords}}.',
      'Structure: {{structure}}; content type: {{content_type}}; search intent: {{intent}}; about {{target_words}} words.',
      'Brief: {{brief}}',
      'Audience: {{audience}}. Tone: {{tone}}. Point of view: {{point_of_view}}. Reading level: {{reading_level}}.',
      '',
      'The planned headings, if any (improve their wording, keep their intent):',
      '{{headings}}',
      '',
      'Keywords of the cluster:',
      '{{keywords}}',
      '',
      'Rules:',
      '- intro: what the introduction must achieve, the keywords it names (the primary keyword first), its words.',
      '- sections: H2s that each answer one sub-question of the topic, worded as a person would head them (never',
      '  a keyword pasted verbatim); at least one H2 names the primary keyword; H3 subsections only where needed.',
      '- Each section lists the keywords it must cover and its word budget; the budgets of intro, sections, faq and',
      '  conclusion add up to about {{target_words}}.',
      '- faq: questions from the question keywords (none if there are none).',
      '- conclusion: a heading and what it must say.',
      '- Never use these words: {{banned_words}}.',
    ].join('\n'),
    defaults: { language: 'en' },
  },
  image_prompts: {
    system:
      'You are an art director for a blog. You describe images an image model can draw, and write alt text for ' +
      'readers who cannot see them. You answer with JSON only.',
    user: [
      'Article: "{{title}}" (primary keyword: {{primary_keyword}}), for the site "{{site_name}}".',
      'Its sections:',
      '{{headings}}',
      '',
      'Describe one featured image for the article and {{count}} in-article images, each for one section (its',
      'number in "section"), spread over the article. Prompts in English, for an image model: subject, setting,',
      'style, no text in the image. Alt text in the language "{{language}}": what the image shows, under 125',
      'characters, naming the primary keyword in the featured one. Tone of the site: {{tone}}.',
      'Never use these words: {{banned_words}}.',
    ].join('\n'),
    defaults: { language: 'en' },
  },
  section: {
    system:
      'You are an expert writer. You write one section of an article at a time, in the language "{{language}}", ' +
      'for {{audience}}, in a {{tone}} tone, in the {{point_of_view}}, at a {{reading_level}} reading level. ' +
      'Style guide: {{style_guide}}. Never use these words: {{banned_words}}. You answer with JSON only.',
    user: [
      'Article: "{{title}}" (primary keyword: {{primary_keyword}}). Write in the language "{{language}}".',
      '',
      'The whole plan:',
      '{{outline}}',
      '',
      'What the sections before this one said:',
      '{{previous}}',
      '',
      'Now write only {{section}}',
      'Cover these keywords naturally: {{keywords}}.',
      'Where it fits, mention these topics the site has already covered, in these words (they will be linked): {{related}}.',
      'Length: about {{words}} words (stay within 10 %).',
      '',
      'Answer with JSON: "html" (the section as HTML: its heading, then <p>, <ul>/<ol>, <strong>; no <h1>, no',
      'scripts, no styles, no links), "summary" (one sentence on what this section says), and for a FAQ "faq"',
      '(each question with its answer as plain text). Do not repeat what earlier sections said.',
    ].join('\n'),
    defaults: { language: 'en' },
  },
};

/**
 * Replaces `{{name}}` (spaces inside the braces allowed) with the variable's value. An unknown variable renders as
 * an empty string: an account's edited template with a typo should degrade a prompt, not stop its queue.
 */
export function renderTemplate(template: string, variables: Record<string, string | number | undefined>): string {
  return template.replace(/\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}/g, (_, name: string) => {
    const value = variables[name];
    return value === undefined ? '' : String(value);
  });
}

/** Variable names a template uses, so an override can be checked before it is saved. */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The effective template of a task: the default with the account's override laid over it. */
export function resolvePrompt(task: string, overrides?: PromptTemplates): PromptTemplate {
  const base = DEFAULT_PROMPTS[task];
  const override = overrides?.[task];
  const user = override?.user ?? base?.user;
  if (user === undefined) throw new ProviderError('BAD_REQUEST', `No prompt template for task "${task}"`);
  const system = override?.system ?? base?.system;
  const defaults = { ...base?.defaults, ...override?.defaults };
  return { user, ...(system === undefined ? {} : { system }), defaults };
}

export function renderPrompt(
  task: string,
  variables: Record<string, string | number | undefined>,
  overrides?: PromptTemplates,
): { system?: string; prompt: string } {
  const template = resolvePrompt(task, overrides);
  const values = { ...template.defaults };
  for (const [name, value] of Object.entries(variables)) if (value !== undefined) values[name] = String(value);
  const prompt = renderTemplate(template.user, values);
  return template.system === undefined ? { prompt } : { system: renderTemplate(template.system, values), prompt };
}
