// The words of one clustering run, each handled once. Keyword lists repeat their words a lot (100,000 synthetic
// keywords use fewer than 1,000 distinct words), so everything the engine derives from a word — its folded form,
// whether it is a stop word, its stem, whether an intent rule may read it — is computed per distinct word and
// language, and keywords hold integer ids into these tables (flat typed arrays, no per-keyword arrays of strings).
//
// - A token is a distinct word as `tokenize` returns it (accents kept), shared by all languages.
// - A reading is a token in one language: the stop-word test, the stem and the intent lookup depend on it.
// - An item is a distinct stem string (the sets the joins compare are sets of items); SERP runs intern their
//   URLs here too.
import { classifyTokens, intentWords } from '../text/intent.js';
import { INTENTS } from '../text/intent-rules.js';
import type { LanguageCode } from '../text/languages.js';
import { foldDiacritics, tokenize } from '../text/normalize.js';
import { stemToken } from '../text/stem.js';
import { stopWords } from '../text/stopwords.js';

const NUMBER_RE = /^[0-9.]+$/;

// Characters of a plain phrase, for the tokenizer's fast path: 1 a lower-case letter or digit, 2 an upper-case
// letter (its lower case is the code + 32), 0 a word break. Plain are printable ASCII and the Latin-1 letters
// (à–ÿ, À–Þ: NFKC leaves them as they are, and their lower case is one code unit 32 further), except ß (case
// folded to "ss"). Anything else — the marks `tokenize` may keep inside a term (. , & ' ` + #), control characters,
// other characters — sends the phrase to `tokenize` itself.
const PLAIN = new Int8Array(256).fill(-1);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = 0;
for (let c = 0x30; c <= 0x39; c++) PLAIN[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) PLAIN[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) PLAIN[c] = 2;
for (const c of ".,&'`+#") PLAIN[c.charCodeAt(0)] = -1;
for (let c = 0xc0; c <= 0xde; c++) PLAIN[c] = c === 0xd7 ? -1 : 2;
for (let c = 0xe0; c <= 0xff; c++) PLAIN[c] = c === 0xf7 ? -1 : 1;

/** The lower case of a plain character (as `PLAIN` reads it). */
const lowerPlain = (c: number): number => (PLAIN[c] === 2 ? c + 32 : c);

// Per language, 1 + the index of each of its intent words (`intentWords`, a fixed list), and the intents classified
// so far by those codes (see `intentOf`). Both depend on the rule tables alone, not on a run's keywords, so they are
// kept for the process, as stems are (stem.ts); the cap bounds a long-running server.
const intentCodeMaps = new Map<LanguageCode, Map<string, number>>();
const intentCaches = new Map<LanguageCode, Map<number | string, number>>();
const INTENT_CACHE_LIMIT = 100_000;

function intentCodesOf(language: LanguageCode): Map<string, number> {
  let codes = intentCodeMaps.get(language);
  if (!codes) {
    codes = new Map();
    for (const w of intentWords(language)) codes.set(w, codes.size + 1);
    intentCodeMaps.set(language, codes);
  }
  return codes;
}

/** An Int32Array that grows as it is appended to. */
export class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }

  /** Makes room for `extra` more values (so that a caller may write `data` directly). */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * An empty array made for strings. An empty `[]` starts out as an array of small integers and changes kind at its
 * first string; code V8 compiled in one run for the changed kind then deoptimizes on the next run's fresh array.
 */
function strings<T extends string>(): T[] {
  const out: T[] = ['' as T];
  out.pop();
  return out;
}

export class Lexicon {
  /** Distinct tokens by id. */
  readonly tokens: string[] = strings();
  // Open addressing on the tokens' characters (id + 1, 0 = empty), so that a phrase's words are found without
  // cutting them out of it first.
  private slots = new Int32Array(1024);
  // An Int32Array, not a number[]: hashes outside the small-integer range would turn an array into doubles
  // part-way through a run (and its optimized code back into bytecode).
  private hashes = new Int32Array(512);
  /** Per language, token id → reading id (-1: not made yet); sized when the first reading is asked for. */
  private readonly readingsOf = new Map<LanguageCode, Int32Array>();
  readonly readingLanguage: LanguageCode[] = strings();
  readonly readingFolded: string[] = strings();
  readonly readingStop: number[] = [];
  /** The item id of the reading's stem. */
  readonly readingStem: number[] = [];
  /** The item id of the reading's stem when it may be a cluster term (not a stop word, not a number), else -1. */
  readonly readingTerm: number[] = [];
  /** 1 + the index of the folded word among the language's intent words, or 0 when no intent rule reads it. */
  readonly readingIntent: number[] = [];
  readonly itemIds = new Map<string, number>();
  readonly itemNames: string[] = strings();

  /** The id of a token (added when new). */
  token(word: string): number {
    let h = 0;
    for (let j = 0; j < word.length; j++) h = (Math.imul(h, 31) + word.charCodeAt(j)) | 0;
    return this.find(word, 0, word.length, h, false);
  }

  /**
   * Appends the token ids of a phrase, as `tokenize(phrase, language)` would give its words. Plain phrases (ASCII
   * and Latin-1 letters, digits and word breaks only) are scanned here, without cutting out a string per word; any
   * other goes through `tokenize`.
   */
  tokenizeInto(phrase: string, language: LanguageCode | null, out: IntBuffer): void {
    if (language !== 'tr') {
      const mark = out.length;
      let start = -1;
      let h = 0;
      let upper = false;
      let plain = true;
      for (let j = 0; j <= phrase.length; j++) {
        const c = j < phrase.length ? phrase.charCodeAt(j) : 0x20;
        const kind = c < 256 ? PLAIN[c]! : -1;
        if (kind > 0) {
          if (start < 0) {
            start = j;
            h = 0;
            upper = false;
          }
          if (kind === 2) upper = true;
          h = (Math.imul(h, 31) + (kind === 2 ? c + 32 : c)) | 0;
        } else if (kind === 0) {
          if (start >= 0) {
            out.push(this.find(phrase, start, j, h, upper));
            start = -1;
          }
        } else {
          plain = false;
          break;
        }
      }
      if (plain) return;
      out.length = mark;
    }
    for (const word of tokenize(phrase, language)) out.push(this.token(word));
  }

  /** The id of the token `text[from..to)`, lower-cased when `upper` (plain characters), whose hash is `h`. */
  private find(text: string, from: number, to: number, h: number, upper: boolean): number {
    const mask = this.slots.length - 1;
    const length = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] !== h) continue;
      const known = this.tokens[id]!;
      if (known.length !== length) continue;
      let same = true;
      for (let j = 0; j < length; j++) {
        let c = text.charCodeAt(from + j);
        if (upper) c = lowerPlain(c);
        if (c !== known.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    const word = from === 0 && to === text.length ? text : text.slice(from, to);
    const id = this.tokens.length;
    this.tokens.push(upper ? word.toLowerCase() : word);
    if (id === this.hashes.length) {
      const grown = new Int32Array(2 * id);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    if (2 * this.tokens.length > this.slots.length) this.rehash();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.tokens.length; id++) this.place(id, this.hashes[id]!);
  }

  item(name: string): number {
    let id = this.itemIds.get(name);
    if (id === undefined) {
      id = this.itemNames.length;
      this.itemIds.set(name, id);
      this.itemNames.push(name);
    }
    return id;
  }

  /** Token id → reading id in a language, -1 where not made yet (`reading` makes it). */
  readingTable(language: LanguageCode): Int32Array {
    let table = this.readingsOf.get(language);
    if (!table) {
      table = new Int32Array(this.tokens.length).fill(-1);
      this.readingsOf.set(language, table);
    }
    return table;
  }

  /** The reading of a token in a language. Call after every keyword is tokenized. */
  reading(language: LanguageCode, token: number): number {
    const table = this.readingTable(language);
    const known = table[token]!;
    if (known >= 0) return known;
    const word = this.tokens[token]!;
    const folded = foldDiacritics(word);
    // As stemTokens and the summaries test it: the lists spell some words with accents and some without.
    const stop = stopWords(language);
    const isStop = stop.has(word) || stop.has(folded);
    const stem = this.item(stemToken(word, language));
    const codes = intentCodesOf(language);
    const id = this.readingFolded.length;
    this.readingLanguage.push(language);
    this.readingFolded.push(folded);
    this.readingStop.push(isStop ? 1 : 0);
    this.readingStem.push(stem);
    this.readingTerm.push(isStop || NUMBER_RE.test(word) ? -1 : stem);
    this.readingIntent.push(codes.get(folded) ?? 0);
    table[token] = id;
    return id;
  }

  /**
   * The intent `classifyTokens` gives a keyword (as its index in INTENTS), from its readings `read[from..to)`.
   * Only the words an intent rule reads matter (and their positions), so the result is cached on those; a phrase
   * that may name a domain (`dotted`) is classified directly. The keyword's phrase is only read when the cache does
   * not answer (its object is passed, so that a cached answer does not touch it).
   */
  intentOf(
    read: Int32Array,
    from: number,
    to: number,
    language: LanguageCode,
    keyword: { readonly phrase: string },
    dotted: boolean,
  ): number {
    if (dotted) return INTENTS.indexOf(classifyTokens(this.folded(read, from, to), language, keyword.phrase).intent);
    const codes = this.readingIntent;
    let last = -1;
    for (let k = from; k < to; k++) if (codes[read[k]!]! > 0) last = k;
    // No word any rule reads: the default, as classifyTokens answers it (informational).
    if (last < 0) return 0;
    let cache = intentCaches.get(language);
    if (!cache || cache.size >= INTENT_CACHE_LIMIT) {
      cache = new Map();
      intentCaches.set(language, cache);
    }
    // The key: the codes as the base-8192 digits of a number when they fit (up to four positions, as most
    // keywords have; the last digit is never 0, so lengths cannot collide), else as the characters of a string.
    let key: number | string = 0;
    if (last - from < 4 && intentCodesOf(language).size < 8192) {
      for (let k = last; k >= from; k--) key = key * 8192 + codes[read[k]!]!;
    } else {
      key = '';
      for (let k = from; k <= last; k++) key += String.fromCharCode(codes[read[k]!]!);
    }
    let intent = cache.get(key);
    if (intent === undefined) {
      intent = INTENTS.indexOf(classifyTokens(this.folded(read, from, to), language, keyword.phrase).intent);
      cache.set(key, intent);
    }
    return intent;
  }

  private folded(read: Int32Array, from: number, to: number): string[] {
    const out: string[] = new Array(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.readingFolded[read[k]!]!;
    return out;
  }
}
