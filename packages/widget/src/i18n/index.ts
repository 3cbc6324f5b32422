// Locale selection, message catalogues and formatting. Catalogues are JSON files, one per language and screen
// (`locales/<language>/<namespace>.json`, key → text with `{placeholders}`): the format translation tools read, and
// each screen loads only its own, in the user's language, with its code. Numbers and dates go through Intl so each
// locale gets its own digits and formats.
import enCore from '../../locales/en/core.json' with { type: 'json' };
import type { MessageKey } from './keys.js';

export type { MessageKey } from './keys.js';

/** The catalogue files of each language: `core` (the shell, errors) and one per screen. */
export const NAMESPACES = [
  'core',
  'overview',
  'planner',
  'writer',
  'automation',
  'publishing',
  'billing',
  'settings',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Languages with a complete catalogue; any other locale is shown in English (with its own number and date formats). */
export const SUPPORTED_LOCALES = ['en', 'es', 'ar', 'fr', 'de'] as const;

// Scripts written right to left; a locale is RTL when its language is one of these (fa and he have no catalogue
// yet, but a host passing them still gets the right direction around the English text of its own data).
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

type Dictionary = Record<string, string>;

// Placeholders every message may use without the caller filling them: the words for credits and the plan, which a
// partner renames (`brand.terms`, or `messages` for `term.credits`…).
const TERMS = new Set(['credits', 'Credits', 'plan', 'Plan']);

// What has been loaded, merged per language; English's core ships in the first chunk so an error can always be said.
const dictionaries = new Map<string, Dictionary>([['en', { ...enCore }]]);
const loaded = new Set<string>(['en/core']);
const pending = new Map<string, Promise<void>>();

/** Loads one catalogue file of a language (once, however many ask); resolves when `t` can use it. */
export function loadMessages(language: string, namespace: Namespace): Promise<void> {
  const id = `${language}/${namespace}`;
  if (loaded.has(id)) return Promise.resolve();
  let promise = pending.get(id);
  if (!promise) {
    promise = import(`../../locales/${language}/${namespace}.json`).then(
      (module: { default: Dictionary }) => {
        dictionaries.set(language, { ...dictionaries.get(language), ...module.default });
        loaded.add(id);
        pending.delete(id);
      },
      (error: unknown) => {
        // A chunk that failed to load (a network blip) is asked for again next time.
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, promise);
  }
  return promise;
}

export function hasMessages(language: string, namespace: Namespace): boolean {
  return loaded.has(`${language}/${namespace}`);
}

export interface I18n {
  /** The locale as given (e.g. `es-MX`), used for Intl formatting. */
  locale: string;
  /** The catalogue used: one of SUPPORTED_LOCALES. */
  language: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: Record<string, string | number>): string;
  number(value: number): string;
  date(value: string | Date): string;
  /** Loads a screen's catalogue in this language. */
  load(namespace: Namespace): Promise<void>;
  ready(namespace: Namespace): boolean;
}

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** `ar-EG` → `ar`; an unknown language falls back to English. */
export function pickLanguage(locale: string | undefined): string {
  const language = languageOf(locale ?? 'en');
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? language : 'en';
}

export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale ?? 'en')) ? 'rtl' : 'ltr';
}

/**
 * `messages` overrides the catalogue's entries (key → text, same `{placeholders}`), e.g. a host's own translations
 * for its locale; keys it leaves out come from the catalogue (English where the language's is not loaded yet).
 */
export function createI18n(requested?: string, messages?: Partial<Record<string, string>>): I18n {
  // Intl throws on a malformed tag; fall back rather than fail to render.
  let locale = requested || 'en';
  try {
    locale = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    locale = 'en';
  }
  const language = pickLanguage(locale);
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const lookup = (key: MessageKey): string => {
    const override = messages?.[key];
    if (typeof override === 'string' && override) return override;
    return dictionaries.get(language)?.[key] ?? dictionaries.get('en')?.[key] ?? key;
  };
  return {
    locale,
    language,
    dir: directionOf(locale),
    t(key, params) {
      const template = lookup(key);
      if (!template.includes('{')) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        // `{credits}`, `{Credits}`, `{plan}`, `{Plan}`: the brand's words for them unless the caller gives a value.
        const value = params?.[name] ?? (TERMS.has(name) ? lookup(`term.${name}` as MessageKey) : undefined);
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
    number: (value) => numbers.format(value),
    date: (value) => dates.format(typeof value === 'string' ? new Date(value) : value),
    load: (namespace) => loadMessages(language, namespace),
    ready: (namespace) => hasMessages(language, namespace),
  };
}
