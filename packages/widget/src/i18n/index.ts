// Locale selection and message formatting. Catalogues are small and bundled (no loading), numbers and dates go
// through Intl so each locale gets its own digits and formats.
import { ar } from './ar.js';
import { type Catalogue, en, type MessageKey } from './en.js';
import { es } from './es.js';

export type { MessageKey } from './en.js';

const CATALOGUES: Record<string, Catalogue> = { en, es, ar };
// Scripts written right to left; a locale is RTL when its language is one of these (fa and he have no catalogue
// yet, but a host passing them still gets the right direction around the English text of its own data).
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export const SUPPORTED_LOCALES = Object.keys(CATALOGUES);

export interface I18n {
  /** The locale as given (e.g. `es-MX`), used for Intl formatting. */
  locale: string;
  /** The catalogue used: `en`, `es` or `ar`. */
  language: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: Record<string, string | number>): string;
  number(value: number): string;
  date(value: string | Date): string;
}

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** `ar-EG` → `ar`; an unknown language falls back to English. */
export function pickLanguage(locale: string | undefined): string {
  const language = languageOf(locale ?? 'en');
  return language in CATALOGUES ? language : 'en';
}

export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale ?? 'en')) ? 'rtl' : 'ltr';
}

/**
 * `messages` overrides the catalogue's entries (key → text, same `{placeholders}`), e.g. a host's own translations
 * for its locale; keys it leaves out come from the catalogue.
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
  const catalogue = CATALOGUES[language] ?? en;
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return {
    locale,
    language,
    dir: directionOf(locale),
    t(key, params) {
      const override = messages?.[key];
      const template = typeof override === 'string' && override ? override : (catalogue[key] ?? en[key] ?? key);
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
    number: (value) => numbers.format(value),
    date: (value) => dates.format(typeof value === 'string' ? new Date(value) : value),
  };
}
