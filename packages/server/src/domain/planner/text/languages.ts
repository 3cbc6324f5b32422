// The languages the planner stems and strips stop words for, and where each table comes from.
//
// Stemmers: @orama/stemmers (Snowball algorithms for every language; Porter for English). It is
// maintained, typed, ESM with one sub-path per language, has no dependencies and stems a word in
// about 1 µs — the Snowball JS port `snowball-stemmers` (Porter2 for English) was measured here at
// ~8 µs a word, which alone would eat a tenth of the 100k-keyword clustering budget.
//
// Stop words: @orama/stopwords (the Snowball/NLTK function-word lists) for every language but
// Spanish, whose Orama list also holds content words that matter in keywords ("trabajo", "tiempo",
// "mejor", "nuevo", "precio"-like nouns); Spanish uses the `stopword` package's function-word list.
// Keyword phrases are short, so a conservative list is better than an aggressive one: a dropped
// content word can never be matched again, while a kept function word only costs a little weight.
/// <reference path="./stopword.d.ts" />
// (The reference carries the typing of `stopword` to every project that compiles this file, scripts/ too.)
import { stemmer as stemDa } from '@orama/stemmers/danish';
import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFi } from '@orama/stemmers/finnish';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemNo } from '@orama/stemmers/norwegian';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemSv } from '@orama/stemmers/swedish';
import { stemmer as stemTr } from '@orama/stemmers/turkish';
import { stopwords as swDa } from '@orama/stopwords/danish';
import { stopwords as swNl } from '@orama/stopwords/dutch';
import { stopwords as swEn } from '@orama/stopwords/english';
import { stopwords as swFi } from '@orama/stopwords/finnish';
import { stopwords as swFr } from '@orama/stopwords/french';
import { stopwords as swDe } from '@orama/stopwords/german';
import { stopwords as swIt } from '@orama/stopwords/italian';
import { stopwords as swNo } from '@orama/stopwords/norwegian';
import { stopwords as swPt } from '@orama/stopwords/portuguese';
import { stopwords as swRu } from '@orama/stopwords/russian';
import { stopwords as swSv } from '@orama/stopwords/swedish';
import { stopwords as swTr } from '@orama/stopwords/turkish';
import { spa as swEs } from 'stopword';

export const SUPPORTED_LANGUAGES = [
  'en',
  'es',
  'de',
  'fr',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'no',
  'fi',
  'ru',
  'tr',
] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];

/** The language used when nothing else decides (no keyword language, no run default, nothing detected). */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

interface LanguageTables {
  stem: (word: string) => string;
  stopWords: readonly string[];
}

const TABLES: Record<LanguageCode, LanguageTables> = {
  en: { stem: stemEn, stopWords: swEn },
  es: { stem: stemEs, stopWords: swEs },
  de: { stem: stemDe, stopWords: swDe },
  fr: { stem: stemFr, stopWords: swFr },
  it: { stem: stemIt, stopWords: swIt },
  pt: { stem: stemPt, stopWords: swPt },
  nl: { stem: stemNl, stopWords: swNl },
  sv: { stem: stemSv, stopWords: swSv },
  da: { stem: stemDa, stopWords: swDa },
  no: { stem: stemNo, stopWords: swNo },
  fi: { stem: stemFi, stopWords: swFi },
  ru: { stem: stemRu, stopWords: swRu },
  tr: { stem: stemTr, stopWords: swTr },
};

// Other spellings of a language that keyword tools and browsers send.
const ALIASES: Record<string, LanguageCode> = {
  nb: 'no',
  nn: 'no',
  eng: 'en',
  spa: 'es',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  swe: 'sv',
  dan: 'da',
  nor: 'no',
  fin: 'fi',
  rus: 'ru',
  tur: 'tr',
  english: 'en',
  spanish: 'es',
  german: 'de',
  french: 'fr',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
};

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);

/**
 * A supported language code for a BCP 47 tag, an ISO 639 code or an English name
 * (`'en-US'`, `'ES'`, `'deu'`, `'nb'`, `'German'`), or null when the language is not supported.
 */
export function resolveLanguage(language?: string | null): LanguageCode | null {
  if (!language) return null;
  const lower = language.trim().toLowerCase();
  const primary = lower.split(/[-_]/, 1)[0] ?? '';
  if (SUPPORTED.has(primary)) return primary as LanguageCode;
  return ALIASES[primary] ?? ALIASES[lower] ?? null;
}

export const stemmerOf = (language: LanguageCode) => TABLES[language].stem;

/** The library's stop-word list as published (not normalized). */
export const rawStopWords = (language: LanguageCode): readonly string[] => TABLES[language].stopWords;
