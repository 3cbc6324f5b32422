// What the planner uses of the text tools and the clustering engine (both pure modules).
import { classifyIntent } from './text/index.js';

export { clusterKeywords } from './clustering/index.js';
export { normalizePhrase } from './text/index.js';

export type Intent = 'informational' | 'commercial' | 'transactional' | 'navigational';

export const intentOf = (phrase: string, language?: string | null): Intent => classifyIntent(phrase, language).intent;
