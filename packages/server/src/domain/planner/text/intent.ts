// Search intent from the modifiers of a phrase ("how to" → informational, "best" → commercial, "kaufen" →
// transactional, "login" → navigational). The result names the rule that decided, so that the UI can show
// why, and a confidence the user can weigh before overriding it.
import { detectLanguage } from './detect.js';
import { INTENT_RULES, INTENTS, type Intent, type IntentRule, type RulePosition } from './intent-rules.js';
import { type LanguageCode, resolveLanguage, SUPPORTED_LANGUAGES } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';
import { stemToken } from './stem.js';

export { INTENTS, type Intent } from './intent-rules.js';

export interface IntentResult {
  intent: Intent;
  /** 0–1. A phrase with no modifier gets `informational` at 0.3. */
  confidence: number;
  /** What decided: `<language>:<intent>:<modifier>` (e.g. `de:transactional:kaufen`), `domain`, or `default`. */
  rule: string;
  /** The language whose table matched, when one did. */
  language: string | null;
}

interface CompiledRule {
  words: readonly string[];
  intent: Intent;
  weight: number;
  position: RulePosition;
  label: string;
}

// Rules indexed by their first word, longest first so that "how to" is seen before "how".
const compiled = new Map<string, Map<string, CompiledRule[]>>();

function rulesOf(language: string): Map<string, CompiledRule[]> {
  let index = compiled.get(language);
  if (index) return index;
  index = new Map();
  const table = INTENT_RULES[language] ?? {};
  for (const intent of INTENTS) {
    for (const [pattern, weight, position = 'any'] of (table[intent] ?? []) as IntentRule[]) {
      const words = pattern.split(' ');
      const rule: CompiledRule = { words, intent, weight, position, label: `${language}:${intent}:${pattern}` };
      const list = index.get(words[0]!) ?? [];
      list.push(rule);
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  compiled.set(language, index);
  return index;
}

// Precedence when two intents score the same: the more specific intent wins ("best price" is transactional).
const PRECEDENCE: Record<Intent, number> = { navigational: 4, transactional: 3, commercial: 2, informational: 1 };
const CONFIDENCE_OF_WEIGHT = (w: number) => (w >= 3 ? 0.9 : w >= 2.5 ? 0.85 : w >= 2 ? 0.8 : w >= 1.5 ? 0.65 : 0.55);
const DOMAIN_RE =
  /(?:^|\s)(?:www\.)?[\p{L}\p{N}-]+\.(?:com|net|org|io|co|app|info|de|fr|es|it|nl|pt|uk|eu|us)(?:\/|\s|$)/u;

const DEFAULT_RESULT: IntentResult = { intent: 'informational', confidence: 0.3, rule: 'default', language: null };

/**
 * Classifies the search intent of a phrase from its modifiers. With a language, that language's table and the
 * English one (web words like "login" and "vs" are used everywhere) are consulted; without one, the detected
 * language's, or all tables when detection is unsure.
 */
export function classifyIntent(phrase: string, language?: string | null): IntentResult {
  const lang = resolveLanguage(language) ?? detectLanguage(phrase).language;
  const tokens = tokenize(phrase, lang).map(foldDiacritics);
  return classifyTokens(tokens, lang, phrase);
}

/**
 * The classifier on tokens already made (folded), for callers that tokenize anyway (the clustering engine).
 * `phrase` is only used to spot a domain name ("amazon.com").
 */
export function classifyTokens(
  tokens: readonly string[],
  language: LanguageCode | null,
  phrase?: string,
): IntentResult {
  if (phrase && DOMAIN_RE.test(phrase.toLowerCase())) {
    return { intent: 'navigational', confidence: 0.9, rule: 'domain', language: null };
  }
  if (tokens.length === 0) return DEFAULT_RESULT;
  const languages: readonly string[] = language
    ? language === 'en' || !INTENT_RULES[language]
      ? ['en']
      : [language, 'en']
    : SUPPORTED_LANGUAGES.filter((l) => INTENT_RULES[l]);
  const scores: Record<Intent, number> = { informational: 0, commercial: 0, transactional: 0, navigational: 0 };
  const strongest: Partial<Record<Intent, { weight: number; rule: CompiledRule }>> = {};
  let any = false;
  // A modifier found at one position counts once, even when several languages' tables list it ("vs", "top").
  const counted = new Set<string>();
  for (const lang of languages) {
    const index = rulesOf(lang);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = index.get(tokens[i]!);
      if (!candidates) continue;
      for (const rule of candidates) {
        if (i + rule.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < rule.words.length; k++) {
          if (tokens[i + k] !== rule.words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (rule.position === 'start' && i !== 0) continue;
        const at = `${i}:${rule.label.slice(rule.label.lastIndexOf(':') + 1)}`;
        if (counted.has(at)) break;
        counted.add(at);
        const weight = rule.position === 'lead' && i !== 0 ? rule.weight / 2 : rule.weight;
        scores[rule.intent] += weight;
        const best = strongest[rule.intent];
        if (!best || weight > best.weight) strongest[rule.intent] = { weight, rule };
        any = true;
        // The longest pattern at a position wins; "how to" must not also count "how".
        break;
      }
    }
  }
  if (!any) return DEFAULT_RESULT;
  let winner: Intent = 'informational';
  for (const intent of INTENTS) {
    const s = scores[intent];
    const w = scores[winner];
    if (s > w || (s === w && PRECEDENCE[intent] > PRECEDENCE[winner])) winner = intent;
  }
  let runnerUp = 0;
  for (const intent of INTENTS) if (intent !== winner) runnerUp = Math.max(runnerUp, scores[intent]);
  const top = strongest[winner]!;
  const confidence = CONFIDENCE_OF_WEIGHT(top.weight) * (1 - (0.4 * runnerUp) / scores[winner]);
  const [ruleLanguage] = top.rule.label.split(':', 1);
  return {
    intent: winner,
    confidence: Math.round(confidence * 100) / 100,
    rule: top.rule.label,
    language: ruleLanguage ?? null,
  };
}

const intentWordSets = new Map<LanguageCode, ReadonlySet<string>>();

/**
 * Every word of the rules `classifyTokens` consults for a language (its own table and the English one). A token
 * outside this set never matches a rule word, so two token lists that agree position by position on the tokens
 * in it (the others read as "no word"), neither phrase naming a domain, get the same classification: callers
 * that classify many phrases can cache the result on that reduced key.
 */
export function intentWords(language: LanguageCode): ReadonlySet<string> {
  let set = intentWordSets.get(language);
  if (!set) {
    const words = new Set<string>();
    for (const lang of language === 'en' || !INTENT_RULES[language] ? ['en'] : [language, 'en']) {
      for (const rule of rulesOf(lang).values()) for (const r of rule) for (const w of r.words) words.add(w);
    }
    set = words;
    intentWordSets.set(language, set);
  }
  return set;
}

/** Whether `classifyTokens` would look for a domain name in the phrase (one with a dot). */
export const mayNameDomain = (phrase: string): boolean => phrase.includes('.');

const modifierStemSets = new Map<LanguageCode, ReadonlySet<string>>();

/**
 * The stems of a language's intent modifiers ("best", "cheap", "review", "how", "kaufen", "precio"): words
 * that say what the searcher wants to do, not what about. Lexical clustering gives them less weight so that
 * "nordvpn review" and "bitwarden review" do not meet over "review".
 */
export function modifierStems(language: LanguageCode): ReadonlySet<string> {
  let set = modifierStemSets.get(language);
  if (!set) {
    const stems = new Set<string>();
    for (const lang of language === 'en' || !INTENT_RULES[language] ? ['en'] : [language, 'en']) {
      const table = INTENT_RULES[lang] ?? {};
      for (const intent of INTENTS) {
        for (const [pattern] of table[intent] ?? []) {
          for (const word of pattern.split(' ')) stems.add(stemToken(word, language));
        }
      }
    }
    set = stems;
    modifierStemSets.set(language, set);
  }
  return set;
}
