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
