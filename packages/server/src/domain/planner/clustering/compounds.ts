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

/** Scratch arrays over the item ids, reused by every sector of a run (and left zeroed between uses). */
export class CompoundScratch {
  present = new Uint8Array(0);
  isPrefix = new Uint8Array(0);
  languageOf: (LanguageCode | undefined)[] = [];

  fit(size: number): void {
    if (this.present.length >= size) return;
    const grown = Math.max(size, this.present.length * 2);
    this.present = new Uint8Array(grown);
    this.isPrefix = new Uint8Array(grown);
  }
}

/** Sets in compressed rows: record v holds the item ids `items[off[v]..off[v+1])`, in phrase order. */
export interface Records {
  off: Int32Array;
  items: Int32Array;
}

/** The run's stems: ids by name, names by id, and `item`, which gives a stem's id (adding it when new). */
export interface StemTable {
  readonly itemIds: ReadonlyMap<string, number>;
  readonly itemNames: readonly string[];
  item(stem: string): number;
}

/**
 * Splits the compound stems of one sector's records (sets of stem ids, in phrase order) as above. Record v is
 * keyword `members[v]`, in language `language[members[v]]`. Returns the records with every split stem replaced by
 * its parts (each once), or the same records when nothing splits.
 */
export function splitCompounds(
  records: Records,
  members: readonly number[],
  language: readonly (LanguageCode | null)[],
  stems: StemTable,
  scratch: CompoundScratch = new CompoundScratch(),
): Records {
  const vocabulary = stems.itemNames.length;
  scratch.fit(vocabulary);
  // Which stems occur in the sector on their own (each record is a set of whole-word stems), in which language.
  // The sector's own stems, listed once: with many sectors, walking the whole vocabulary each time would not do.
  const own = ownStems(records, members, language, scratch);
  try {
    return split(records, own, stems, scratch, vocabulary);
  } finally {
    const { present, isPrefix } = scratch;
    for (const id of own) {
      present[id] = 0;
      isPrefix[id] = 0;
    }
  }
}

function ownStems(
  records: Records,
  members: readonly number[],
  language: readonly (LanguageCode | null)[],
  scratch: CompoundScratch,
): number[] {
  const { off, items } = records;
  const { present, languageOf } = scratch;
  const own: number[] = [];
  for (let v = 0; v < members.length; v++) {
    for (let q = off[v]!; q < off[v + 1]!; q++) {
      const id = items[q]!;
      if (present[id]) continue;
      present[id] = 1;
      languageOf[id] = language[members[v]!]!;
      own.push(id);
    }
  }
  return own;
}

// Each step in a function of its own: V8 compiles a function while its loop runs, and code of it that had not run
// by then (a later loop) costs a deoptimization in every later run.

/** Whether stem id `id` occurs in the sector (ids added during this split are not looked up). */
function known(stems: StemTable, present: Uint8Array, vocabulary: number, stem: string): number {
  const id = stems.itemIds.get(stem);
  return id !== undefined && id < vocabulary && present[id] ? id : -1;
}

/**
 * 1. Candidates, per stem of the sector: every way to read it as two of its stems (joined phrase, into `joined`),
 *    and the compound reading (head rule, into `compound`). Most stems have none, and the sector's pairs are only
 *    collected for those that do.
 */
function candidates(
  own: readonly number[],
  stems: StemTable,
  scratch: CompoundScratch,
  vocabulary: number,
  joined: Map<number, number[]>,
  compound: Map<number, [string, number]>,
): void {
  const names = stems.itemNames;
  const { present, isPrefix, languageOf } = scratch;
  for (const id of own) {
    const name = names[id]!;
    if (name.length < 6 || DIGIT_RE.test(name)) continue;
    for (let i = 1; i < name.length; i++) {
      const a = known(stems, present, vocabulary, name.slice(0, i));
      if (a < 0) continue;
      const b = known(stems, present, vocabulary, name.slice(i));
      if (b < 0) continue;
      const list = joined.get(id);
      if (list) list.push(a, b);
      else joined.set(id, [a, b]);
      isPrefix[a] = 1;
    }
    const language = languageOf[id]!;
    if (!COMPOUNDING.has(language) || name.length < MIN_MODIFIER + MIN_HEAD) continue;
    for (let i = MIN_MODIFIER; i + MIN_HEAD <= name.length; i++) {
      const head = known(stems, present, vocabulary, name.slice(i));
      if (head >= 0) {
        compound.set(id, [name.slice(0, i), head]);
        break;
      }
    }
  }
}

/** 2. The pairs written one after the other somewhere in the sector, among the candidates' first parts. */
function adjacentPairs(records: Records, isPrefix: Uint8Array, vocabulary: number): Set<number> {
  const { off, items } = records;
  const pairs = new Set<number>();
  for (let v = 0; v < off.length - 1; v++) {
    for (let q = off[v]! + 1; q < off[v + 1]!; q++) {
      if (isPrefix[items[q - 1]!]) pairs.add(items[q - 1]! * vocabulary + items[q]!);
    }
  }
  return pairs;
}

function split(
  records: Records,
  own: readonly number[],
  stems: StemTable,
  scratch: CompoundScratch,
  vocabulary: number,
): Records {
  const joined = new Map<number, number[]>(); // stem → [a1, b1, a2, b2, …]
  const compound = new Map<number, [string, number]>(); // stem → [modifier, head]
  candidates(own, stems, scratch, vocabulary, joined, compound);
  if (joined.size === 0 && compound.size === 0) return records;

  const pairs = joined.size > 0 ? adjacentPairs(records, scratch.isPrefix, vocabulary) : new Set<number>();
  const parts = new Map<number, readonly number[]>();
  for (const [id, list] of joined) {
    for (let k = 0; k < list.length; k += 2) {
      if (pairs.has(list[k]! * vocabulary + list[k + 1]!)) {
        parts.set(id, [list[k]!, list[k + 1]!]);
        break;
      }
    }
  }
  for (const [id, [modifier, head]] of compound) {
    if (!parts.has(id)) parts.set(id, [stems.item(stemToken(modifier, scratch.languageOf[id]!)), head]);
  }
  if (parts.size === 0) return records;
  return rewrite(records, parts, vocabulary);
}

/** 3. Records with a split stem get its parts instead (each once). */
function rewrite(records: Records, parts: ReadonlyMap<number, readonly number[]>, vocabulary: number): Records {
  const { off, items } = records;
  const size = off.length - 1;
  // Which stems split, so that the others are copied without a lookup (split stems are all below `vocabulary`).
  const splits = new Uint8Array(vocabulary);
  for (const id of parts.keys()) splits[id] = 1;
  const outOff = new Int32Array(size + 1);
  let out = new Int32Array(items.length + 16);
  let p = 0;
  for (let v = 0; v < size; v++) {
    const start = p;
    for (let q = off[v]!; q < off[v + 1]!; q++) {
      const id = items[q]!;
      const split = id < vocabulary && splits[id] ? parts.get(id) : undefined;
      const count = split ? split.length : 1;
      if (p + count > out.length) {
        const grown = new Int32Array(out.length * 2 + count);
        grown.set(out.subarray(0, p));
        out = grown;
      }
      for (let k = 0; k < count; k++) {
        const part = split ? split[k]! : id;
        let dup = false;
        for (let r = start; r < p; r++) {
          if (out[r] === part) {
            dup = true;
            break;
          }
        }
        if (!dup) out[p++] = part;
      }
    }
    outOff[v + 1] = p;
  }
  return { off: outOff, items: out.subarray(0, p) };
}
