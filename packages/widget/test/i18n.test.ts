import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n, directionOf, NAMESPACES, pickLanguage, SUPPORTED_LOCALES } from '../src/i18n/index.js';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const catalogue = (language: string, ns: string): Record<string, string> =>
  JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8'));

beforeAll(async () => {
  for (const language of SUPPORTED_LOCALES) for (const ns of NAMESPACES) await createI18n(language).load(ns);
});

describe('i18n', () => {
  it('picks the catalogue by language and falls back to English', () => {
    expect(pickLanguage('es-MX')).toBe('es');
    expect(pickLanguage('ar_EG')).toBe('ar');
    expect(pickLanguage('fr-CA')).toBe('fr');
    expect(pickLanguage('de_DE')).toBe('de');
    expect(pickLanguage('zz-ZZ')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });

  it('writes Arabic (and other right-to-left languages) right to left', () => {
    expect(createI18n('ar').dir).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
    expect(createI18n('es').dir).toBe('ltr');
    expect(createI18n('en-GB').dir).toBe('ltr');
  });

  it('survives a malformed locale tag', () => {
    const i18n = createI18n('not a locale!');
    expect(i18n.locale).toBe('en');
    expect(i18n.t('tabs.planner')).toBe('Planner');
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(createI18n('en').t('keywords.count', { count: 12345 })).toBe('12,345 items');
    expect(createI18n('es').t('tabs.overview')).toBe('Resumen');
    expect(createI18n('fr').t('tabs.overview')).toBe('Vue d’ensemble');
    expect(createI18n('de').t('keywords.count', { count: 1234 })).toBe('1.234 Einträge');
    expect(createI18n('de').number(1234.5)).toBe('1.234,5');
    expect(createI18n('en').date('2026-03-01T12:00:00Z')).toMatch(/Mar 1, 2026/);
  });

  it('fills the credit and plan words from the catalogue, or from the brand’s terms', () => {
    const en = createI18n('en', { 'x.test': '{count} {credits} on the {Plan}' });
    expect(en.t('x.test' as never, { count: 5 })).toBe('5 credits on the Plan');
    const partner = createI18n('en', { 'x.test': '{count} {credits}', 'term.credits': 'tokens' });
    expect(partner.t('x.test' as never, { count: 5 })).toBe('5 tokens');
  });

  it('has every language and namespace as a file, and nothing else in the folder', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const language of SUPPORTED_LOCALES) {
      expect(readdirSync(join(LOCALES, language)).sort()).toEqual(NAMESPACES.map((n) => `${n}.json`).sort());
    }
  });

  it('has each English key once across namespaces, translated in every language with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const seen = new Map<string, string>();
    for (const ns of NAMESPACES) {
      const en = catalogue('en', ns);
      for (const key of Object.keys(en)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${ns}`).toBeUndefined();
        seen.set(key, ns);
      }
      for (const language of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
        const translated = catalogue(language, ns);
        expect(Object.keys(translated).sort(), `${language}/${ns}.json keys`).toEqual(Object.keys(en).sort());
        for (const [key, text] of Object.entries(en)) {
          expect(translated[key], `${language}/${ns}.json ${key}`).toBeTypeOf('string');
          expect(translated[key]?.trim(), `${language}/${ns}.json ${key}`).not.toBe('');
          expect(placeholders(translated[key] as string), `${language}/${ns}.json ${key}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it('takes a host’s messages over the catalogue’s, for the keys it gives, placeholders filled the same way', () => {
    const i18n = createI18n('zz-ZZ', { 'tabs.planner': 'Planung', 'keywords.count': '{count} angezeigt' });
    expect(i18n.t('tabs.planner')).toBe('Planung');
    expect(i18n.t('keywords.count', { count: 1234 })).toBe('1,234 angezeigt');
    // Keys it leaves out come from the catalogue of the locale (English here: there is no such language).
    expect(i18n.t('tabs.overview')).toBe('Overview');
    // Over a catalogue of its own too; an empty or non-string override is ignored.
    const es = createI18n('es', { 'tabs.overview': 'Vista general', 'tabs.planner': '' });
    expect(es.t('tabs.overview')).toBe('Vista general');
    expect(es.t('tabs.planner')).toBe(createI18n('es').t('tabs.planner'));
    expect(createI18n('en', { 'tabs.planner': 42 as unknown as string }).t('tabs.planner')).toBe('Planner');
  });
});
