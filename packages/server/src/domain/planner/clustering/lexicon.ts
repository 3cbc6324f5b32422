// The words of one clustering run, each handled once. Keyword lists repeat their words a lot (100,000 synthetic
// keywords use fewer than 1,000 distinct words), so everything the engine derives from a word — its folded form,
// whether it is a stop word, its stem, whether an intent rule may read it — is computed per distinct word and
// language, and keywords hold integer ids into these tables (flat typed arrays, no per-keyword arrays of strings).
//
// - A token is a distinct word as `tokenize` returns it (accents kept), shared by all languages.
// - A reading is a token in one language: the stop-word test, the stem and the intent lookup depend on it.
// - An item is a distinct stem string (the sets the joins compare are sets of items); SERP runs intern their
//   URLs here too.
import { classifyTokens, intentWords, mayNameDomain } from '../text/intent.js';
import type { Intent } from '../text/intent-rules.js';
import type { LanguageCode } from '../text/languages.js';
import { foldDiacritics } from '../text/normalize.js';
import { stemToken } from '../text/stem.js';
import { stopWords } from '../text/stopwords.js';

const NUMBER_RE = /^[0-9.]+$/;

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

export class Lexicon {
  readonly tokenIds = new Map<string, number>();
  readonly tokens: string[] = [];
  /** Per language, token id → reading id (-1: not made yet); sized when the first reading is asked for. */
  private readonly readingsOf = new Map<LanguageCode, Int32Array>();
  readonly readingLanguage: LanguageCode[] = [];
  readonly readingFolded: string[] = [];
  readonly readingStop: number[] = [];
  /** The item id of the reading's stem. */
  readonly readingStem: number[] = [];
  /** The item id of the reading's stem when it may be a cluster term (not a stop word, not a number), else -1. */
  readonly readingTerm: number[] = [];
  /** 1 + the index of the folded word among the language's intent words, or 0 when no intent rule reads it. */
  readonly readingIntent: number[] = [];
  readonly itemIds = new Map<string, number>();
  readonly itemNames: string[] = [];
  private readonly intentCodes = new Map<LanguageCode, Map<string, number>>();
  private readonly intentCache = new Map<LanguageCode, Map<string, Intent>>();

  token(word: string): number {
    let id = this.tokenIds.get(word);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokenIds.set(word, id);
      this.tokens.push(word);
    }
    return id;
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

  /** The reading of a token in a language. Call after every keyword is tokenized. */
  reading(language: LanguageCode, token: number): number {
    let table = this.readingsOf.get(language);
    if (!table) {
      table = new Int32Array(this.tokens.length).fill(-1);
      this.readingsOf.set(language, table);
    }
    const known = table[token]!;
    if (known >= 0) return known;
    const word = this.tokens[token]!;
    const folded = foldDiacritics(word);
    // As stemTokens and the summaries test it: the lists spell some words with accents and some without.
    const stop = stopWords(language);
    const isStop = stop.has(word) || stop.has(folded);
    const stem = this.item(stemToken(word, language));
    let codes = this.intentCodes.get(language);
    if (!codes) {
      codes = new Map();
      for (const w of intentWords(language)) codes.set(w, codes.size + 1);
      this.intentCodes.set(language, codes);
    }
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
   * The intent `classifyTokens` gives a keyword, from its readings `read[from..to)`. Only the words an intent
   * rule reads matter (and their positions), so the result is cached on those; a phrase that may name a domain
   * is classified directly.
   */
  intentOf(read: Int32Array, from: number, to: number, language: LanguageCode, phrase: string): Intent {
    if (mayNameDomain(phrase)) return classifyTokens(this.folded(read, from, to), language, phrase).intent;
    let last = -1;
    for (let k = from; k < to; k++) if (this.readingIntent[read[k]!]! > 0) last = k;
    // No word any rule reads: the default, as classifyTokens answers it.
    if (last < 0) return 'informational';
    let key = '';
    for (let k = from; k <= last; k++) key += String.fromCharCode(this.readingIntent[read[k]!]!);
    let cache = this.intentCache.get(language);
    if (!cache) {
      cache = new Map();
      this.intentCache.set(language, cache);
    }
    let intent = cache.get(key);
    if (intent === undefined) {
      intent = classifyTokens(this.folded(read, from, to), language, phrase).intent;
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
