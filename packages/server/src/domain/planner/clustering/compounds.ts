// Compound words, split against the sector's own vocabulary: `laufschuhe` is `lauf` + `schuhe` when the sector
// also says `schuhe` (as in "schuhe zum laufen"), `airfryer` is `air fryer` when the sector also writes it in two
// words. A dictionary decompounder would need a word list per language (megabytes, and still missing brand and
// shop vocabulary); the keywords of a sector are the vocabulary that matters for clustering them, and a split
// against it can only make a keyword meet others of the same sector.
//
// Two rules, on stems (interned ids):
// - joined phrase, every language: a stem that is exactly two stems written one after the other somewhere in the
//   sector ("air fryer" → `airfryer`, "cash back" → `cashback`, "e-bike" → `ebike`) is that pair;
// - compound head, languages that write compounds in one word (German, Dutch, the Nordic languages): a stem that
//   ends with another stem of the sector (at least three letters, as `wag` of `wagen`) after a modifier of at least
//   four is that modifier (stemmed, so a linking `-e-`/`-s-` goes: `hunde|futter` → `hund` + `futt`) plus that
//   head, the longest head first (`kaffee|vollautomat`, not `kaffeevoll|automat`). Short modifiers are left
//   alone: `rad|helm`, `ost|see` are as often words of their own as compounds.
import type { LanguageCode } from '../text/languages.js';
import { stemToken } from '../text/stem.js';

const COMPOUNDING: ReadonlySet<LanguageCode> = new Set(['de', 'nl', 'sv', 'da', 'no', 'fi']);
const MIN_MODIFIER = 4;
const MIN_HEAD = 3;
const DIGIT_RE = /[0-9]/;

/**
 * Rewrites the records of one sector (sets of stem ids, in phrase order), splitting compound stems as above.
 * `intern` gives the id of a stem (adding it when new); `names` are the stems by id. Records that change are
 * replaced; the others are left as they are.
 */
export function splitCompounds(
  records: Int32Array[],
  languages: readonly LanguageCode[],
  ids: ReadonlyMap<string, number>,
  names: readonly string[],
  intern: (stem: string) => number,
): void {
  const size = records.length;
  const vocabulary = names.length;
  // Which stems occur in the sector on their own, and which pairs occur one after the other.
  const present = new Uint8Array(vocabulary);
  const pairs = new Set<number>();
  let compounding = false;
  for (let v = 0; v < size; v++) {
    const rec = records[v]!;
    for (let i = 0; i < rec.length; i++) {
      present[rec[i]!] = 1;
      if (i > 0) pairs.add(rec[i - 1]! * vocabulary + rec[i]!);
    }
    if (COMPOUNDING.has(languages[v]!)) compounding = true;
  }
  const known = (stem: string): number => {
    const id = ids.get(stem);
    return id !== undefined && id < vocabulary && present[id] ? id : -1;
  };
  // Per stem id: 0 = not looked at, 1 = whole, 2 = split (parts in `parts`).
  const state = new Uint8Array(vocabulary);
  const parts = new Map<number, [number, number]>();
  const splitOf = (id: number, language: LanguageCode): [number, number] | null => {
    if (state[id] === 1) return null;
    if (state[id] === 2) return parts.get(id)!;
    state[id] = 1;
    const name = names[id]!;
    if (name.length < 6 || DIGIT_RE.test(name)) return null;
    for (let i = 1; i < name.length; i++) {
      const a = known(name.slice(0, i));
      if (a < 0) continue;
      const b = known(name.slice(i));
      if (b >= 0 && pairs.has(a * vocabulary + b)) return remember(id, [a, b]);
    }
    if (!compounding || !COMPOUNDING.has(language) || name.length < MIN_MODIFIER + MIN_HEAD) return null;
    for (let i = MIN_MODIFIER; i + MIN_HEAD <= name.length; i++) {
      const head = known(name.slice(i));
      if (head < 0) continue;
      const modifier = stemToken(name.slice(0, i), language);
      return remember(id, [intern(modifier), head]);
    }
    return null;
  };
  const remember = (id: number, split: [number, number]): [number, number] => {
    state[id] = 2;
    parts.set(id, split);
    return split;
  };

  for (let v = 0; v < size; v++) {
    const rec = records[v]!;
    let changed = false;
    for (let i = 0; i < rec.length && !changed; i++) if (splitOf(rec[i]!, languages[v]!)) changed = true;
    if (!changed) continue;
    const out: number[] = [];
    for (const id of rec) {
      const split = splitOf(id, languages[v]!);
      for (const part of split ?? [id]) if (!out.includes(part)) out.push(part);
    }
    records[v] = Int32Array.from(out);
  }
}
