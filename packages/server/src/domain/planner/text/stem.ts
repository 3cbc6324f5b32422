// Stop words and stems: the matching signature of a keyword.
import { detectLanguage } from './detect.js';
import { DEFAULT_LANGUAGE, type LanguageCode, resolveLanguage, stemmerOf } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';
import { stopWords } from './stopwords.js';
import { variantStems } from './variants.js';

// Stemming is the costliest step per word, and keyword sets repeat their words a lot, so stems are
// cached per language. The cap keeps a long-running server from growing without bound.
const STEM_CACHE_LIMIT = 200_000;
const stemCaches = new Map<LanguageCode, Map<string, string>>();
const DIGIT_RE = /[0-9]/;
const ASCII_WORD_RE = /^[\x21-\x7e]*$/;

/**
 * The stem of one token in a language, accents folded ("running" → "run", "zapatillas" → "zapatill",
 * "günstigen" → "gunstig"). Tokens of one or two letters and tokens with digits are not stemmed. A word with a
 * regional or spelling variant takes the stem of its set's first word (variants.ts: "carros" → "coch").
 */
export function stemToken(token: string, language: LanguageCode): string {
  let cache = stemCaches.get(language);
  if (!cache) {
    cache = new Map();
    stemCaches.set(language, cache);
  }
  let stem = cache.get(token);
  if (stem === undefined) {
    stem =
      token.length <= 2 || DIGIT_RE.test(token) ? foldDiacritics(token) : foldDiacritics(stemmerOf(language)(token));
    // Variants of one word (`carro` for `coche`, `colour` for `color`) take the one stem they are matched as.
    stem = variantStems(language).get(stem) ?? stem;
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(token, stem);
  }
  return stem;
}

/**
 * Stop words removed and the rest stemmed, in phrase order. A phrase made only of stop words keeps them
 * all ("the who", "how to"), so that it still has a signature to match on.
 */
export function stemTokens(tokens: readonly string[], language: LanguageCode): string[] {
  const stop = stopWords(language);
  const keep = new Array<boolean>(tokens.length);
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The lists spell some words with accents and some without; people type both ("cómo", "como").
    const isStop = stop.has(t) || (!ASCII_WORD_RE.test(t) && stop.has(foldDiacritics(t)));
    keep[i] = !isStop;
    if (!isStop) kept++;
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (kept === 0 || keep[i]) out.push(stemToken(tokens[i]!, language));
  return out;
}

/**
 * The matching signature of a phrase: tokenized, stop words removed, stemmed, accents folded, in phrase
 * order (duplicates kept). The language is the given one, else the detected one, else English.
 */
export function stems(phrase: string, language?: string | null): string[] {
  const lang = resolveLanguage(language) ?? detectLanguage(phrase).language ?? DEFAULT_LANGUAGE;
  return stemTokens(tokenize(phrase, lang), lang);
}
