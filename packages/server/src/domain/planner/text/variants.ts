// Words that name the same thing in one language — regional words (Spain's `coche`, Latin America's `carro`),
// spelling variants (`colour`, `color`), loanwords beside the native word (`airfryer`, `Heißluftfritteuse`) — so
// that their keywords are one search. The project's own short table (no library lists search-term variants for
// these languages; thesauri such as WordNet or OpenThesaurus give meaning neighbours, which would merge pages
// that are not one page). An entry belongs here only when the words are interchangeable in a search in every
// sense they have: `flat` (apartment, and flat feet) or `tenis` (shoes in Mexico, a sport everywhere) are not.
//
// Each line is one set of words; the first is the one the others are matched as. Words are written as people type
// them; they are stemmed with the language's stemmer when the table is built.
import { type LanguageCode, stemmerOf } from './languages.js';
import { foldDiacritics, tokenize } from './normalize.js';

const VARIANTS: Partial<Record<LanguageCode, readonly string[]>> = {
  en: [
    'car auto automobile',
    'vacation holiday',
    'color colour',
    'gray grey',
    'tire tyre',
    'aluminum aluminium',
    'jewelry jewellery',
    'pajamas pyjamas',
    'mom mum',
    'favorite favourite',
    'center centre',
    'theater theatre',
    'catalog catalogue',
    'mold mould',
    'cozy cosy',
    'donut doughnut',
    'vacuum hoover',
    'cellphone mobilephone',
    'movie film',
    'cookie biscuit',
  ],
  es: [
    'coche carro automóvil auto',
    'ordenador computadora computador',
    'móvil celular',
    'billete boleto pasaje',
    'avión aéreo',
    'zumo jugo',
    'gafas anteojos',
    'aparcamiento estacionamiento parqueadero',
    'piso departamento apartamento',
    'nevera refrigerador frigorífico heladera',
    'patata papa',
    'camiseta playera remera',
    'freidora airfryer',
    'portátil laptop',
  ],
  de: [
    'auto pkw kfz',
    'lauf jogging joggen',
    'heißluftfritteuse airfryer',
    'ebike pedelec',
    'handy smartphone',
    'trekking wandern',
    'fernseher tv',
    'kühlschrank kühlgerät',
    'brötchen semmel',
    'tüte beutel',
  ],
  fr: ['voiture auto automobile', 'portable smartphone', 'friteuse airfryer', 'courriel email mail'],
};

const tables = new Map<LanguageCode, ReadonlyMap<string, string>>();

/** Stem → the stem it is matched as, for the language's variant sets (empty for a language without a table). */
export function variantStems(language: LanguageCode): ReadonlyMap<string, string> {
  let table = tables.get(language);
  if (!table) {
    const map = new Map<string, string>();
    const stem = stemmerOf(language);
    // The same steps as a keyword's words take (stem.ts): tokenized, stemmed unless one or two letters, folded.
    const fold = (word: string) => {
      const token = tokenize(word, language)[0] ?? word;
      return foldDiacritics(token.length <= 2 ? token : stem(token));
    };
    for (const line of VARIANTS[language] ?? []) {
      const [first, ...rest] = line.split(' ').map(fold);
      for (const other of rest) if (other !== first) map.set(other, first!);
    }
    table = map;
    tables.set(language, table);
  }
  return table;
}
