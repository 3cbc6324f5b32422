import { describe, expect, it } from 'vitest';
import { ar } from '../src/i18n/ar.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { createI18n, directionOf, pickLanguage } from '../src/i18n/index.js';

describe('i18n', () => {
  it('picks the catalogue by language and falls back to English', () => {
    expect(pickLanguage('es-MX')).toBe('es');
    expect(pickLanguage('ar_EG')).toBe('ar');
    expect(pickLanguage('de-DE')).toBe('en');
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
    expect(i18n.t('tabs.keywords')).toBe('Keywords');
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(createI18n('en').t('keywords.count', { count: 12345 })).toBe('12,345 shown');
    expect(createI18n('es').t('tabs.overview')).toBe('Resumen');
    expect(createI18n('de').number(1234.5)).toBe('1.234,5');
    expect(createI18n('en').date('2026-03-01T12:00:00Z')).toMatch(/Mar 1, 2026/);
  });

  it('has every English key translated in each catalogue, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalogue of [es, ar]) {
      for (const [key, text] of Object.entries(en)) {
        const translated = catalogue[key as keyof typeof en];
        expect(translated, key).toBeTypeOf('string');
        expect(placeholders(translated as string), key).toEqual(placeholders(text));
      }
    }
  });

  it('takes a host’s messages over the catalogue’s, for the keys it gives, placeholders filled the same way', () => {
    const i18n = createI18n('de-DE', { 'tabs.keywords': 'Schlüsselwörter', 'keywords.count': '{count} angezeigt' });
    expect(i18n.t('tabs.keywords')).toBe('Schlüsselwörter');
    expect(i18n.t('keywords.count', { count: 1234 })).toBe('1.234 angezeigt');
    // Keys it leaves out come from the catalogue of the locale (English here: there is no German one).
    expect(i18n.t('tabs.overview')).toBe('Overview');
    // Over a catalogue of its own too; an empty or non-string override is ignored.
    const es = createI18n('es', { 'tabs.overview': 'Vista general', 'tabs.keywords': '' });
    expect(es.t('tabs.overview')).toBe('Vista general');
    expect(es.t('tabs.keywords')).toBe(createI18n('es').t('tabs.keywords'));
    expect(createI18n('en', { 'tabs.keywords': 42 as unknown as string }).t('tabs.keywords')).toBe('Keywords');
  });
});
