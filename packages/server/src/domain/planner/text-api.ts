// What the planner uses of the text tools and the clustering engine (both pure modules).
import { classifyIntent } from './text/index.js';

export { clusterKeywords } from './clustering/index.js';
export { normalizePhrase } from './text/index.js';

export type Intent = 'informational' | 'commercial' | 'transactional' | 'navigational';

export const intentOf = (phrase: string, language?: string | null): Intent => classifyIntent(phrase, language).intent;

/** The language most of the keywords are in (ties to the first in alphabetical order); undefined for none. */
export function commonestLanguage(keywords: readonly { language: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const k of keywords) counts.set(k.language, (counts.get(k.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
