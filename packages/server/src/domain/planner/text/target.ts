// "The same search": the key two phrases share when one page would target both. Cannibalization checks and
// idea planning compare keywords with it, so that `running shoe`, `Running-Shoes` and `shoes for running` are
// one target while `what is a running shoe` (a question, another page) is not.
import { detectLanguage } from './detect.js';
import { INTENT_RULES } from './intent-rules.js';
import { DEFAULT_LANGUAGE, type LanguageCode, resolveLanguage } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';
import { stemTokens } from './stem.js';

const questionWordSets = new Map<LanguageCode, ReadonlySet<string>>();

/** Words that turn a phrase into a question when they open it (`how`, `cómo`, `warum`), from the intent tables. */
function questionWords(language: LanguageCode): ReadonlySet<string> {
  let set = questionWordSets.get(language);
  if (!set) {
    const words = new Set<string>();
    for (const lang of language === 'en' ? ['en'] : [language, 'en']) {
      for (const [pattern, , position] of INTENT_RULES[lang]?.informational ?? []) {
        if (position === 'start' || position === 'lead') words.add(pattern.split(' ')[0]!);
      }
    }
    set = words;
    questionWordSets.set(language, set);
  }
  return set;
}

/**
 * The target key of a phrase: its stems as a set (stop words dropped, accents folded, word order and repeats
 * ignored), marked `?` when a question word opens it. Stop words are dropped because they do not change the
 * search (`zapatillas de running` = `zapatillas running`); a question word does, since it asks for another
 * kind of page than the bare topic.
 */
export function targetKey(phrase: string, language?: string | null): string {
  const lang = resolveLanguage(language) ?? detectLanguage(phrase).language ?? DEFAULT_LANGUAGE;
  const tokens = tokenize(phrase, lang);
  const key = [...new Set(stemTokens(tokens, lang))].sort().join(' ');
  const first = tokens[0];
  return first !== undefined && questionWords(lang).has(foldDiacritics(first)) ? `? ${key}` : key;
}
