// Stop words as the planner compares them.
import { DEFAULT_LANGUAGE, type LanguageCode, rawStopWords, resolveLanguage } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';

const stopSets = new Map<LanguageCode, ReadonlySet<string>>();

/**
 * The stop words of a language as this module compares them: each library word tokenized like a keyword
 * ("i'm" → "im") and also without accents ("más" → "mas"), since people type both.
 */
export function stopWords(language: LanguageCode): ReadonlySet<string> {
  let set = stopSets.get(language);
  if (!set) {
    const words = new Set<string>();
    for (const raw of rawStopWords(language)) {
      for (const t of tokenize(raw, language)) {
        words.add(t);
        words.add(foldDiacritics(t));
      }
    }
    set = words;
    stopSets.set(language, set);
  }
  return set;
}

/** Whether a token (as `tokenize` returns it, accented or not) is a stop word of the language (default English). */
export function isStopWord(token: string, language?: string | null): boolean {
  const set = stopWords(resolveLanguage(language) ?? DEFAULT_LANGUAGE);
  return set.has(token) || set.has(foldDiacritics(token));
}
