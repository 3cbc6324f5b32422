// Text handling of the planner: normalization (the dedupe key), tokens, stop words and stems per language,
// language guesses and search intent per language. Pure functions: no database, no server.
import { describe, expect, it } from 'vitest';
import {
  caseFold,
  classifyIntent,
  detectLanguage,
  foldDiacritics,
  isStopWord,
  normalizePhrase,
  resolveLanguage,
  stems,
  tokenize,
} from '../../src/domain/planner/text/index.js';

describe('normalizePhrase (the dedupe key)', () => {
  it('applies NFKC: full-width letters, ligatures and compatibility forms compare equal', () => {
    expect(normalizePhrase('ｆｕｌｌ-ｗｉｄｔｈ ﬁle')).toBe('full width file');
    expect(normalizePhrase('Ｒｕｎｎｉｎｇ Ｓｈｏｅｓ')).toBe(normalizePhrase('running shoes'));
  });

  it('case folds, including German ß/ẞ to "ss" and Greek final sigma', () => {
    expect(normalizePhrase('Straße')).toBe('strasse');
    expect(normalizePhrase('STRASSE')).toBe('strasse');
    expect(normalizePhrase('GROẞE Größe')).toBe('grosse grösse');
    expect(normalizePhrase('ΟΔΟΣ')).toBe(normalizePhrase('οδοσ'));
    expect(caseFold('Fußball')).toBe('fussball');
  });

  it('uses Turkish rules for I only when the language is Turkish', () => {
    expect(normalizePhrase('DIŞ', 'tr')).toBe('dış');
    expect(normalizePhrase('DIŞ', 'en')).toBe('diş');
    expect(normalizePhrase('İSTANBUL', 'tr')).toBe('istanbul');
    expect(normalizePhrase('İSTANBUL')).toBe('istanbul');
  });

  it('keeps accents: "año" and "ano" are different keywords', () => {
    expect(normalizePhrase('Año Nuevo')).toBe('año nuevo');
    expect(normalizePhrase('año')).not.toBe(normalizePhrase('ano'));
    expect(normalizePhrase('Crème Brûlée')).toBe('crème brûlée');
  });

  it('collapses punctuation and whitespace, keeping the marks that are part of a term', () => {
    expect(normalizePhrase("  Women's   Running-Shoes!! ")).toBe('womens running shoes');
    expect(normalizePhrase('many\t\nspaces')).toBe('many spaces');
    expect(normalizePhrase('C++ & C# tips')).toBe('c++ c# tips');
    expect(normalizePhrase('H&M sale')).toBe('h&m sale');
    expect(normalizePhrase('tablet 10,5 zoll')).toBe(normalizePhrase('Tablet 10.5 Zoll'));
    expect(normalizePhrase('what is seo?')).toBe(normalizePhrase('What is SEO'));
    expect(normalizePhrase('...')).toBe('');
  });

  it('splits scripts written without spaces into words', () => {
    expect(normalizePhrase('東京ホテル')).toBe(normalizePhrase('東京 ホテル'));
  });

  // Found by the contract fuzzer: a keyword's language is free text, and Intl.Segmenter threw on it (a 500).
  it('splits them as with no language when the language is no locale Intl knows', () => {
    for (const language of ['𝃊ﴊᔣ', 'en-a1', '--', 'x']) {
      expect(normalizePhrase('東京ホテル', language)).toBe(normalizePhrase('東京 ホテル'));
    }
  });
});

describe('tokenize and foldDiacritics', () => {
  it('splits French/Italian elisions, drops the English possessive, joins other apostrophes', () => {
    expect(tokenize("l'eau de toilette")).toEqual(['l', 'eau', 'de', 'toilette']);
    expect(tokenize("Qu'est-ce que c'est")).toEqual(['qu', 'est', 'ce', 'que', 'c', 'est']);
    expect(tokenize("dell'anno")).toEqual(['dell', 'anno']);
    expect(tokenize("women's shoes")).toEqual(['women', 'shoes']);
    expect(tokenize("don't stop")).toEqual(['dont', 'stop']);
  });

  it('folds accents and special letters for matching', () => {
    expect(foldDiacritics('crème brûlée')).toBe('creme brulee');
    expect(foldDiacritics('año señor')).toBe('ano senor');
    expect(foldDiacritics('smørrebrød œuvre łódź')).toBe('smorrebrod oeuvre lodz');
  });
});

describe('stop words per language (libraries: @orama/stopwords, stopword for Spanish)', () => {
  it('knows each language’s function words', () => {
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('for', 'en')).toBe(true);
    expect(isStopWord('de', 'es')).toBe(true);
    expect(isStopWord('para', 'es')).toBe(true);
    expect(isStopWord('für', 'de')).toBe(true);
    expect(isStopWord('der', 'de')).toBe(true);
    expect(isStopWord('le', 'fr')).toBe(true);
    expect(isStopWord('pour', 'fr')).toBe(true);
  });

  it('treats accented and unaccented spellings alike', () => {
    expect(isStopWord('cómo', 'es')).toBe(true);
    expect(isStopWord('como', 'es')).toBe(true);
  });

  it('keeps content words that matter in keywords (a conservative list by choice)', () => {
    expect(isStopWord('running', 'en')).toBe(false);
    expect(isStopWord('trabajo', 'es')).toBe(false);
    expect(isStopWord('precio', 'es')).toBe(false);
    expect(isStopWord('kaufen', 'de')).toBe(false);
    expect(isStopWord('prix', 'fr')).toBe(false);
  });
});

describe('stems per language (library: @orama/stemmers)', () => {
  it('English: inflections meet, stop words go', () => {
    expect(stems('running shoes', 'en')).toEqual(['run', 'shoe']);
    expect(stems('best shoe for running', 'en')).toEqual(['best', 'shoe', 'run']);
  });

  it('Spanish', () => {
    expect(stems('zapatillas para correr', 'es')).toEqual(stems('zapatilla de correr', 'es'));
    expect(stems('cómo hacer pan', 'es')).toEqual(stems('como hacer pan', 'es'));
  });

  it('German, umlauts folded', () => {
    expect(stems('günstige Laufschuhe', 'de')).toEqual(['gunstig', 'laufschuh']);
    expect(stems('günstigen Laufschuh', 'de')).toEqual(['gunstig', 'laufschuh']);
  });

  it('French', () => {
    expect(stems('chaussures de course', 'fr')).toEqual(stems('chaussure course', 'fr'));
    expect(stems("l'assurance auto", 'fr')).toEqual(stems('assurances auto', 'fr'));
  });

  it('keeps a phrase made only of stop words, so it can still match', () => {
    expect(stems('the who', 'en')).toEqual(['the', 'who']);
  });

  it('guesses the language when none is given', () => {
    expect(stems('zapatillas para correr')).toEqual(stems('zapatillas para correr', 'es'));
  });
});

describe('language', () => {
  it('resolves tags, ISO 639 codes and names', () => {
    expect(resolveLanguage('en-US')).toBe('en');
    expect(resolveLanguage('DE')).toBe('de');
    expect(resolveLanguage('nb')).toBe('no');
    expect(resolveLanguage('spa')).toBe('es');
    expect(resolveLanguage('French')).toBe('fr');
    expect(resolveLanguage('xx')).toBeNull();
    expect(resolveLanguage(null)).toBeNull();
  });

  it('detects the language of short phrases from function words, modifiers and letters', () => {
    expect(detectLanguage('zapatillas para correr').language).toBe('es');
    expect(detectLanguage('laufschuhe für damen').language).toBe('de');
    expect(detectLanguage('chaussures pour femme').language).toBe('fr');
    expect(detectLanguage('shoes for women').language).toBe('en');
    expect(detectLanguage('Straße').language).toBe('de');
  });

  it('answers null when there is no evidence or a tie', () => {
    expect(detectLanguage('xyz 123')).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage('la').language).toBeNull();
  });
});

describe('classifyIntent', () => {
  const intentOf = (phrase: string, language?: string) => classifyIntent(phrase, language).intent;

  it('English modifiers', () => {
    expect(intentOf('how to make cold brew', 'en')).toBe('informational');
    expect(intentOf('what is a vpn', 'en')).toBe('informational');
    expect(intentOf('best running shoes', 'en')).toBe('commercial');
    expect(intentOf('nordvpn vs expressvpn', 'en')).toBe('commercial');
    expect(intentOf('buy running shoes', 'en')).toBe('transactional');
    expect(intentOf('plumber near me', 'en')).toBe('transactional');
    expect(intentOf('facebook login', 'en')).toBe('navigational');
    expect(intentOf('chase sign in', 'en')).toBe('navigational');
  });

  it('Spanish modifiers', () => {
    expect(intentOf('precio iphone 15', 'es')).toBe('transactional');
    expect(intentOf('comprar zapatillas', 'es')).toBe('transactional');
    expect(intentOf('cómo hacer paella', 'es')).toBe('informational');
    expect(intentOf('mejores zapatillas running', 'es')).toBe('commercial');
    expect(intentOf('iniciar sesión gmail', 'es')).toBe('navigational');
  });

  it('German modifiers', () => {
    expect(intentOf('laufschuhe kaufen', 'de')).toBe('transactional');
    expect(intentOf('e-bike günstig', 'de')).toBe('transactional');
    expect(intentOf('was ist seo', 'de')).toBe('informational');
    expect(intentOf('kaffeevollautomat test', 'de')).toBe('commercial');
    expect(intentOf('paypal anmelden', 'de')).toBe('navigational');
  });

  it('French modifiers', () => {
    expect(intentOf('comment faire des crêpes', 'fr')).toBe('informational');
    expect(intentOf('assurance auto pas cher', 'fr')).toBe('transactional');
    expect(intentOf('acheter vélo électrique', 'fr')).toBe('transactional');
    expect(intentOf('meilleur vélo électrique', 'fr')).toBe('commercial');
    expect(intentOf('ameli mon compte', 'fr')).toBe('navigational');
  });

  it('names the rule that decided and a confidence', () => {
    expect(classifyIntent('laufschuhe kaufen', 'de')).toEqual({
      intent: 'transactional',
      confidence: 0.85,
      rule: 'de:transactional:kaufen',
      language: 'de',
    });
    expect(classifyIntent('amazon.com').rule).toBe('domain');
  });

  it('a question opening the phrase outweighs a buying word, with less confidence', () => {
    const r = classifyIntent('how to buy bitcoin', 'en');
    expect(r.intent).toBe('informational');
    expect(r.confidence).toBeLessThan(classifyIntent('how to make bread', 'en').confidence);
  });

  it('falls back to informational with low confidence when no modifier is present', () => {
    expect(classifyIntent('running shoes', 'en')).toEqual({
      intent: 'informational',
      confidence: 0.3,
      rule: 'default',
      language: null,
    });
  });

  it('works without a language', () => {
    expect(intentOf('precio')).toBe('transactional');
    expect(intentOf('kaufen')).toBe('transactional');
    expect(intentOf('best laptop')).toBe('commercial');
  });
});
