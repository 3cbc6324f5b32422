// A cheap language guess for short keyword phrases.
//
// General detectors (franc, eld, cld) need sentences; a three-word keyword gives them too little to go on.
// What a keyword does carry is function words ("de", "für", "the"), intent modifiers ("precio", "kaufen")
// and letters that only some languages use (ñ, ß, ç). This scores those and answers null when the evidence
// is absent or tied, so callers fall back to a language they know (the keyword's, the run's, the sector's).
import { INTENT_RULES } from './intent-rules.js';
import { type LanguageCode, SUPPORTED_LANGUAGES } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';
import { stopWords } from './stopwords.js';

export interface LanguageGuess {
  /** The best-scoring language, or null when nothing points to one language. */
  language: LanguageCode | null;
  /** 0–1: the winner's share of the evidence (0 when null). */
  confidence: number;
}

// Letters that point to languages: a strong mark counts 2, a shared one 1 for each language using it.
const LETTER_HINTS: readonly (readonly [RegExp, readonly LanguageCode[], number])[] = [
  [/[ñ¿¡]/, ['es'], 2],
  [/ß/, ['de'], 2],
  [/[äöü]/, ['de', 'sv', 'fi', 'tr'], 1],
  [/[ãõ]/, ['pt'], 2],
  [/[çàâêîôûëïœèù]/, ['fr'], 1],
  [/[àèìòù]/, ['it'], 1],
  [/[áíóú]/, ['es', 'pt'], 1],
  [/[å]/, ['sv', 'da', 'no'], 2],
  [/[æø]/, ['da', 'no'], 2],
  [/[ğışİ]/, ['tr'], 2],
  [/[а-яё]/, ['ru'], 3],
];

let modifierWords: Map<LanguageCode, Set<string>> | null = null;

function modifiersOf(language: LanguageCode): Set<string> {
  if (!modifierWords) {
    modifierWords = new Map();
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = new Set<string>();
      for (const rules of Object.values(INTENT_RULES[lang] ?? {})) {
        for (const [pattern] of rules ?? []) for (const w of pattern.split(' ')) if (w.length > 2) words.add(w);
      }
      modifierWords.set(lang, words);
    }
  }
  return modifierWords.get(language)!;
}

/** Guesses the language of a keyword phrase from its function words, intent modifiers and letters. */
export function detectLanguage(phrase: string): LanguageGuess {
  return detectLanguageOfTokens(tokenize(phrase), phrase);
}

/**
 * `detectLanguage` on tokens already made by `tokenize`. Pass the phrase too when you have it: case folding
 * turned its ß into "ss", and the letter is evidence.
 */
export function detectLanguageOfTokens(tokens: readonly string[], phrase?: string): LanguageGuess {
  if (tokens.length === 0) return { language: null, confidence: 0 };
  const folded = tokens.map(foldDiacritics);
  const text = phrase === undefined ? tokens.join(' ') : phrase.toLowerCase();
  const scores = new Map<LanguageCode, number>();
  for (const lang of SUPPORTED_LANGUAGES) {
    const stop = stopWords(lang);
    const mods = modifiersOf(lang);
    let score = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (stop.has(tokens[i]!) || stop.has(folded[i]!)) score += 1;
      if (mods.has(folded[i]!)) score += 1;
    }
    if (score > 0) scores.set(lang, score);
  }
  for (const [re, langs, weight] of LETTER_HINTS) {
    if (re.test(text)) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  let best: LanguageCode | null = null;
  let top = 0;
  let second = 0;
  let total = 0;
  for (const lang of SUPPORTED_LANGUAGES) {
    const s = scores.get(lang) ?? 0;
    total += s;
    if (s > top) {
      second = top;
      top = s;
      best = lang;
    } else if (s > second) {
      second = s;
    }
  }
  if (!best || top === second) return { language: null, confidence: 0 };
  return { language: best, confidence: Math.round((top / total) * 100) / 100 };
}
