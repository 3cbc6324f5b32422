// Text handling for the planner: normalization (the dedupe key), tokens, stop words, stems, language and
// search intent. Pure functions, no I/O; docs/planner.md describes the choices.
export { detectLanguage, detectLanguageOfTokens, type LanguageGuess } from './detect.js';
export { classifyIntent, classifyTokens, INTENTS, type Intent, type IntentResult, modifierStems } from './intent.js';
export { DEFAULT_LANGUAGE, type LanguageCode, resolveLanguage, SUPPORTED_LANGUAGES } from './languages.js';
export { caseFold, foldDiacritics, normalizePhrase, tokenize } from './normalize.js';
export { stems, stemToken, stemTokens } from './stem.js';
export { isStopWord, stopWords } from './stopwords.js';
export { targetKey } from './target.js';
