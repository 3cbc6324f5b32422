// The clustering engine: keywords in, clusters out. Pure — no database, no HTTP, no clock in the result.
//
// 1. Every keyword is tokenized once, in its language (its own, the run's, or its sector's dominant one); its
//    words become ids into the run's lexicon (lexicon.ts), which folds, stems and looks up each distinct word
//    once per language.
// 2. Keywords are put in priority order: volume descending, then fewer words, then alphabetical, then id.
//    Everything after works on that order, so the result does not depend on the order of the input.
// 3. Per sector (a keyword only ever joins a cluster of its own sector), the algorithm finds every pair at
//    or above the threshold — lexical: weighted Jaccard of stems, exact prefix-filter join (sets.ts);
//    semantic: cosine of embeddings (semantic.ts); serp: shared top-10 URLs (serp.ts + sets.ts).
// 4. The pairs become clusters (graph.ts: star grouping by default), clusters below the minimum size are
//    dissolved, and each cluster gets its head, name, volume, difficulty, intent, terms and cohesion.
import { detectLanguageOfTokens } from '../text/detect.js';
import { mayNameDomain, modifierStems } from '../text/intent.js';
import { INTENTS } from '../text/intent-rules.js';
import { DEFAULT_LANGUAGE, type LanguageCode, resolveLanguage, SUPPORTED_LANGUAGES } from '../text/languages.js';
import { normalizePhrase } from '../text/normalize.js';
import { CompoundScratch, type Records, splitCompounds } from './compounds.js';
import { adjacency, componentGroups, EdgeBuffer, starGroups, UnionFind } from './graph.js';
import { IntBuffer, Lexicon } from './lexicon.js';
import { cosineComponentsJoin, cosineJoin, cosineStarJoin, dot, EXACT_LIMIT, unitVectors } from './semantic.js';
import { serpKeys } from './serp.js';
import {
  allPairsJoin,
  buildSets,
  type ItemWeight,
  type JoinStats,
  type SetPredicate,
  similarityJoin,
  similarityOf,
  starJoin,
  type WeightedSets,
} from './sets.js';
import type {
  Cluster,
  ClusterAlgorithm,
  ClusterGrouping,
  ClusterKeywordInput,
  ClusterOptions,
  ClusterResult,
  ClusterStats,
  LexicalWeighting,
} from './types.js';

export const CLUSTER_ALGORITHMS: readonly ClusterAlgorithm[] = ['lexical', 'semantic', 'serp'];
export const LEXICAL_WEIGHTINGS: readonly LexicalWeighting[] = ['modifiers', 'uniform', 'idf'];

/**
 * Defaults. Lexical was chosen on the labelled set (docs/planner.md, "Choosing a threshold"); semantic is a
 * common near-paraphrase level for sentence-embedding models; serp is the usual "3 of 10" rule.
 */
export const DEFAULT_THRESHOLDS: Readonly<Record<ClusterAlgorithm, number>> = { lexical: 0.25, semantic: 0.8, serp: 3 };

/** Weight of an intent modifier's stem under the `modifiers` weighting (other stems weigh 1). */
export const MODIFIER_WEIGHT = 0.5;

const uniform: ItemWeight = () => 1;
const idf: ItemWeight = (df, n) => Math.log(1 + n / df);

// The `modifiers` weighting per set of languages (a sector's, usually one), made once: the same function for every
// run, so that the code calling it stays compiled for it.
const modifierWeights = new Map<string, ItemWeight>();

function weightsFor(weighting: LexicalWeighting, languages: Iterable<LanguageCode>): ItemWeight {
  if (weighting === 'uniform') return uniform;
  if (weighting === 'idf') return idf;
  const present = [...languages].sort();
  const key = present.join(' ');
  let weigh = modifierWeights.get(key);
  if (!weigh) {
    // The modifiers of every language present in the sector.
    const modifiers = new Set<string>();
    for (const language of present) for (const stem of modifierStems(language)) modifiers.add(stem);
    weigh = (_df, _n, name) => (modifiers.has(name) ? MODIFIER_WEIGHT : 1);
    modifierWeights.set(key, weigh);
  }
  return weigh;
}

// Language detection of a sector looks at this many of its keywords (the first in priority order): enough
// for a majority, and bounded so detection never dominates a large run.
const DETECTION_SAMPLE = 2000;
// A long run gives the event loop a turn this often, so progress reaches its listeners and a server
// process stays responsive.
const YIELD_EVERY_MS = 50;
const MAX_TERMS = 5;
const TERM_SAMPLE = 100;

/**
 * The keywords of a run, column by column (index = input position): their tokens as lexicon ids in compressed
 * rows (`tok[tokOff[i]..tokOff[i+1])`, and the same positions of `read` hold the readings once the language
 * is known), volume, language and rank in priority order.
 */
interface Keywords {
  input: readonly ClusterKeywordInput[];
  lexicon: Lexicon;
  tokOff: Int32Array;
  tok: Int32Array;
  read: Int32Array;
  volume: Float64Array;
  /** NaN when the keyword has none. */
  difficulty: Float64Array;
  /** The given intent's index in INTENTS, or -1 (classified from the phrase). */
  intent: Int8Array;
  /** Whether the phrase may name a domain (the intent classifier then looks at it whole). */
  dotted: Uint8Array;
  language: (LanguageCode | null)[];
  /** The index of the keyword's sector in `sectorIds`. */
  sector: Int32Array;
  sectorIds: (string | null)[];
  rank: Int32Array;
}

const finiteOr = (value: number | null | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

function tokenizeAll(input: readonly ClusterKeywordInput[], runLanguage: LanguageCode | null): Keywords {
  const n = input.length;
  const lexicon = new Lexicon();
  const tokOff = new Int32Array(n + 1);
  const buffer = new IntBuffer(4 * n);
  const volume = new Float64Array(n);
  const difficulty = new Float64Array(n);
  const intent = new Int8Array(n);
  const dotted = new Uint8Array(n);
  const language: (LanguageCode | null)[] = new Array(n);
  const resolved = new Map<string, LanguageCode | null>();
  const sector = new Int32Array(n);
  const sectorIds: (string | null)[] = [];
  const sectorIndex = new Map<string | null, number>();
  for (let i = 0; i < n; i++) {
    const kw = input[i]!;
    const sectorId = kw.sectorId ?? null;
    let s = sectorIndex.get(sectorId);
    if (s === undefined) {
      s = sectorIds.length;
      sectorIds.push(sectorId);
      sectorIndex.set(sectorId, s);
    }
    sector[i] = s;
    let lang = runLanguage;
    if (kw.language) {
      let own = resolved.get(kw.language);
      if (own === undefined) {
        own = resolveLanguage(kw.language);
        resolved.set(kw.language, own);
      }
      lang = own ?? runLanguage;
    }
    language[i] = lang;
    volume[i] = finiteOr(kw.volume, -1);
    difficulty[i] = finiteOr(kw.difficulty, Number.NaN);
    intent[i] = kw.intent ? INTENTS.indexOf(kw.intent) : -1;
    dotted[i] = mayNameDomain(kw.phrase) ? 1 : 0;
    lexicon.tokenizeInto(kw.phrase, lang, buffer);
    tokOff[i + 1] = buffer.length;
  }
  const tok = buffer.toArray();
  return {
    input,
    lexicon,
    tokOff,
    tok,
    read: new Int32Array(tok.length),
    volume,
    difficulty,
    intent,
    dotted,
    language,
    sector,
    sectorIds,
    rank: new Int32Array(n),
  };
}

/**
 * Keyword indices in priority order: volume descending, then fewer words, then the words joined by spaces
 * alphabetically (compared word by word on the tokens' alphabetical ranks, which orders the same way: no token
 * holds a character below the space), then id.
 */
function priorityOrder(k: Keywords): number[] {
  const { input, tokOff, tok, volume } = k;
  const tokRank = tokenRanks(k.lexicon.tokens);
  const order = identity(input.length);
  order.sort((a, b) => {
    const dv = volume[b]! - volume[a]!;
    if (dv !== 0) return dv;
    const fa = tokOff[a]!;
    const fb = tokOff[b]!;
    const la = tokOff[a + 1]! - fa;
    const dl = la - (tokOff[b + 1]! - fb);
    if (dl !== 0) return dl;
    for (let q = 0; q < la; q++) {
      const d = tokRank[tok[fa + q]!]! - tokRank[tok[fb + q]!]!;
      if (d !== 0) return d;
    }
    const ia = input[a]!.id;
    const ib = input[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  ranks(order, k.rank);
  return order;
}

/** Each token's rank in alphabetical order. */
function tokenRanks(words: readonly string[]): Int32Array {
  const alphabetical = identity(words.length).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const tokRank = new Int32Array(words.length);
  ranks(alphabetical, tokRank);
  return tokRank;
}

const identity = (n: number): number[] => {
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
};

/** `rank[order[r]] = r`. */
function ranks(order: readonly number[], rank: Int32Array): void {
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
}

/** The tokens of keyword i as strings. */
const tokensOf = (k: Keywords, i: number): string[] => {
  const out: string[] = [];
  for (let q = k.tokOff[i]!; q < k.tokOff[i + 1]!; q++) out.push(k.lexicon.tokens[k.tok[q]!]!);
  return out;
};

function tokenCount(tokOff: Int32Array, members: readonly number[]): number {
  let count = 0;
  for (let v = 0; v < members.length; v++) count += tokOff[members[v]! + 1]! - tokOff[members[v]!]!;
  return count;
}

/**
 * The stem sets of a sector's keywords: stop words dropped (all kept when the phrase is only stop words, so
 * that it still has a signature), stems in phrase order, each once.
 */
function stemRecords(k: Keywords, members: readonly number[]): Records {
  const { tokOff, read, lexicon } = k;
  const { readingStop, readingStem } = lexicon;
  const size = members.length;
  const capacity = tokenCount(tokOff, members);
  const off = new Int32Array(size + 1);
  const items = new Int32Array(capacity);
  let p = 0;
  for (let v = 0; v < size; v++) {
    const i = members[v]!;
    const from = tokOff[i]!;
    const to = tokOff[i + 1]!;
    let onlyStop = true;
    for (let q = from; q < to; q++) {
      if (!readingStop[read[q]!]) {
        onlyStop = false;
        break;
      }
    }
    const start = p;
    for (let q = from; q < to; q++) {
      const r = read[q]!;
      if (!onlyStop && readingStop[r]) continue;
      const stem = readingStem[r]!;
      let dup = false;
      for (let s = start; s < p; s++) {
        if (items[s] === stem) {
          dup = true;
          break;
        }
      }
      if (!dup) items[p++] = stem;
    }
    off[v + 1] = p;
  }
  return { off, items: p === capacity ? items : items.subarray(0, p) };
}

/** The distinct normalized top-10 URLs of a sector's keywords, as item ids. */
function serpRecords(k: Keywords, members: readonly number[], urlCache: Map<string, string | null>): Records {
  const off = new Int32Array(members.length + 1);
  const items = new IntBuffer(4 * members.length);
  for (let v = 0; v < members.length; v++) {
    const kw = k.input[members[v]!]!;
    for (const url of serpKeys(Array.isArray(kw.serpUrls) ? kw.serpUrls : [], urlCache)) {
      items.push(k.lexicon.item(url));
    }
    off[v + 1] = items.length;
  }
  return { off, items: items.toArray() };
}

class Progress {
  private base = 0;
  private reported = -1;
  private lastYield = performance.now();

  constructor(
    private readonly listener: ((done: number, total: number) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
    readonly total: number,
  ) {}

  async tick(done: number): Promise<void> {
    this.signal?.throwIfAborted();
    const value = Math.min(this.total, this.base + done);
    if (value > this.reported) {
      this.reported = value;
      this.listener?.(value, this.total);
    }
    const now = performance.now();
    if (now - this.lastYield >= YIELD_EVERY_MS) {
      this.lastYield = now;
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.signal?.throwIfAborted();
    }
  }

  advance(n: number): void {
    this.base += n;
  }
}

function checkOptions(options: ClusterOptions) {
  const algorithm = options.algorithm ?? 'lexical';
  if (!CLUSTER_ALGORITHMS.includes(algorithm)) throw new RangeError(`unknown clustering algorithm: ${algorithm}`);
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[algorithm];
  if (algorithm === 'serp') {
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 10) {
      throw new RangeError('serp threshold is the number of shared top-10 URLs: an integer from 1 to 10');
    }
  } else if (algorithm === 'semantic') {
    if (!(threshold > -1 && threshold <= 1)) throw new RangeError('semantic threshold is a cosine in (-1, 1]');
  } else if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError('lexical threshold is a similarity in (0, 1]');
  }
  const minClusterSize = options.minClusterSize ?? 2;
  if (!Number.isInteger(minClusterSize) || minClusterSize < 1) {
    throw new RangeError('minClusterSize must be a positive integer');
  }
  const grouping: ClusterGrouping = options.grouping ?? 'star';
  if (grouping !== 'star' && grouping !== 'components') throw new RangeError(`unknown grouping: ${grouping}`);
  const weighting = options.weighting ?? 'modifiers';
  if (!LEXICAL_WEIGHTINGS.includes(weighting)) throw new RangeError(`unknown weighting: ${weighting}`);
  const batch = options.embedBatchSize ?? 256;
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError('embedBatchSize must be a positive integer');
  const ids = new Set<string>();
  for (const kw of options.keywords) {
    if (typeof kw.id !== 'string' || typeof kw.phrase !== 'string') {
      throw new TypeError('every keyword needs a string id and phrase');
    }
    if (ids.has(kw.id)) throw new RangeError(`duplicate keyword id: ${kw.id}`);
    ids.add(kw.id);
  }
  return { algorithm, threshold, minClusterSize, grouping, weighting, batch };
}

/**
 * Clusters keywords with one of three algorithms. Deterministic: the same keywords (in any order) with the
 * same options give the same result. CPU-bound; it yields to the event loop every 50 ms of work.
 */
export async function clusterKeywords(options: ClusterOptions): Promise<ClusterResult> {
  const { algorithm, threshold, minClusterSize, grouping, weighting, batch } = checkOptions(options);
  const { signal } = options;
  signal?.throwIfAborted();
  const input = options.keywords;
  const n = input.length;
  const needsEmbedding = algorithm === 'semantic' && input.some((k) => !k.vector);
  if (needsEmbedding && !options.embed) {
    throw new TypeError('semantic clustering needs a vector on every keyword or an embed function');
  }
  const progress = new Progress(options.onProgress, signal, needsEmbedding ? 2 * n : n);
  await progress.tick(0);

  // 1. Tokens, in the keyword's own language when it has one (or the run's).
  const k = tokenizeAll(input, resolveLanguage(options.language));
  const { lexicon, language } = k;

  // 2. Priority order.
  const ordered = priorityOrder(k);

  // 3. Sectors, each listing its keywords in priority order.
  const sectors = sectorsOf(k, ordered);
  const sectorKeys = [...sectors.keys()].sort((a, b) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1,
  );

  // Keywords without a language take their sector's dominant one: a site's keywords are mostly in one
  // language, and stemming a whole sector one way keeps identical words matching even when a guess is off.
  const languages: Record<string, number> = {};
  const sectorLanguages = new Map<string | null, Set<LanguageCode>>();
  for (const sector of sectorKeys) {
    const members = sectors.get(sector)!;
    if (members.some((i) => language[i] === null)) fillSectorLanguage(k, members);
    sectorLanguages.set(sector, readSector(k, members, languages));
  }
  // Semantic runs embed what has no vector first (distinct phrases once, in a fixed order).
  const vectors = new Map<string, ArrayLike<number>>();
  let embedded = 0;
  if (needsEmbedding) {
    embedded = await embedMissing(k, ordered, options.embed!, batch, vectors, progress);
    progress.advance(n);
  }

  const stats = { candidatePairs: 0, similarPairs: 0 };
  const count = (join: JoinStats) => {
    stats.candidatePairs += join.compared;
    stats.similarPairs += join.similar;
  };
  const clusters: Cluster[] = [];
  const unclustered: number[] = [];
  const urlCache = new Map<string, string | null>();
  const compoundScratch = new CompoundScratch();
  let setScratch = new Int32Array(0);
  const summary = new Summary(k);
  let dim = -1;

  for (const sector of sectorKeys) {
    const members = sectors.get(sector)!;
    const size = members.length;
    let joined: Joined;
    if (algorithm === 'lexical' || algorithm === 'serp') {
      const records =
        algorithm === 'lexical'
          ? splitCompounds(stemRecords(k, members), members, language, lexicon, compoundScratch)
          : serpRecords(k, members, urlCache);
      const weighOf = algorithm === 'serp' ? uniform : weightsFor(weighting, sectorLanguages.get(sector)!);
      if (setScratch.length < lexicon.itemNames.length) setScratch = new Int32Array(2 * lexicon.itemNames.length);
      const sets = buildSets(records, lexicon.itemNames, weighOf, setScratch);
      const predicate: SetPredicate = { kind: algorithm === 'serp' ? 'overlap' : 'jaccard', threshold };
      joined = await joinSets(sets, predicate, size, grouping, options.exhaustive === true, count, progress);
    } else {
      const rows = vectorRows(k, members, vectors, dim);
      if (dim === -1 && size > 0) dim = rows[0]!.length;
      joined = await joinVectors(
        rows,
        Math.max(dim, 0),
        threshold,
        grouping,
        options.exhaustive === true,
        count,
        progress,
      );
    }
    progress.advance(size);
    collectGroups(members, joined, minClusterSize, summary, sector, clusters, unclustered);
  }
  await progress.tick(progress.total);

  clusters.sort((a, b) => b.totalVolume - a.totalVolume || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seenKeys = new Map<string, number>();
  for (const c of clusters) {
    // Identical head phrases can only head two clusters when the algorithm is not lexical (same words,
    // different results or vectors); a suffix keeps keys unique.
    const count = seenKeys.get(c.key) ?? 0;
    seenKeys.set(c.key, count + 1);
    if (count > 0) c.key = `${c.key}#${count + 1}`;
  }
  const { rank } = k;
  unclustered.sort((a, b) => rank[a]! - rank[b]!);
  const clustered = n - unclustered.length;
  const result: ClusterStats = {
    algorithm,
    threshold,
    grouping,
    keywords: n,
    clustered,
    unclustered: unclustered.length,
    clusters: clusters.length,
    sectors: sectorKeys.length,
    candidatePairs: stats.candidatePairs,
    similarPairs: stats.similarPairs,
    languages,
  };
  if (algorithm === 'semantic') result.embedded = embedded;
  return { clusters, unclustered: unclustered.map((i) => input[i]!.id), stats: result };
}

// The steps of a run, each in a function of its own: V8 optimizes a hot loop of a long function by compiling the
// whole function around it (on-stack replacement), and leaves that code again where the rest of the function has
// not run yet, so loops in small functions get fast sooner and cost less compiling.

/** Keyword indices per sector, each list in priority order. */
function sectorsOf(k: Keywords, ordered: readonly number[]): Map<string | null, number[]> {
  const lists: number[][] = k.sectorIds.map(() => []);
  const { sector } = k;
  for (let r = 0; r < ordered.length; r++) lists[sector[ordered[r]!]!]!.push(ordered[r]!);
  return new Map(k.sectorIds.map((id, s) => [id, lists[s]!]));
}

/** Gives the sector's keywords without a language the language detected most often among them (a sample). */
function fillSectorLanguage(k: Keywords, members: readonly number[]): void {
  const { input, language } = k;
  const votes = new Map<LanguageCode, number>();
  let sampled = 0;
  for (const i of members) {
    if (language[i] !== null) continue;
    const guess = detectLanguageOfTokens(tokensOf(k, i), input[i]!.phrase).language;
    if (guess) votes.set(guess, (votes.get(guess) ?? 0) + 1);
    if (++sampled === DETECTION_SAMPLE) break;
  }
  let dominant: LanguageCode = DEFAULT_LANGUAGE;
  let best = 0;
  for (const lang of SUPPORTED_LANGUAGES) {
    const v = votes.get(lang) ?? 0;
    if (v > best) {
      best = v;
      dominant = lang;
    }
  }
  for (const i of members) if (language[i] === null) language[i] = dominant;
}

/**
 * Each token's reading in its keyword's language (made once per distinct word and language), for the keywords of
 * one sector; counts the keywords per language into `languages` and returns the languages present.
 */
function readSector(k: Keywords, members: readonly number[], languages: Record<string, number>): Set<LanguageCode> {
  const { tokOff, tok, read, lexicon, language } = k;
  const present = new Set<LanguageCode>();
  let lang: LanguageCode | null = null;
  let table: Int32Array = new Int32Array(0);
  let run = 0;
  for (const i of members) {
    const own = language[i]!;
    if (own !== lang) {
      if (lang !== null) languages[lang] = (languages[lang] ?? 0) + run;
      lang = own;
      run = 0;
      present.add(lang);
      table = lexicon.readingTable(lang);
    }
    run++;
    for (let q = tokOff[i]!; q < tokOff[i + 1]!; q++) {
      const r = table[tok[q]!]!;
      read[q] = r >= 0 ? r : lexicon.reading(lang, tok[q]!);
    }
  }
  if (lang !== null) languages[lang] = (languages[lang] ?? 0) + run;
  return present;
}

interface Joined {
  /** Per member (index in the sector), the member whose group it is in. */
  head: Int32Array;
  /** Per member, its similarity to its head when the join computed it, NaN where not; null: none computed. */
  sim: Float64Array | null;
  similarity: (a: number, b: number) => number;
}

/** The lexical and SERP joins of one sector's sets. */
async function joinSets(
  sets: WeightedSets,
  predicate: SetPredicate,
  size: number,
  grouping: ClusterGrouping,
  exhaustive: boolean,
  count: (join: JoinStats) => void,
  progress: Progress,
): Promise<Joined> {
  const similarity = (a: number, b: number) => similarityOf(sets, predicate, a, b);
  if (exhaustive) {
    const edges = new EdgeBuffer(Math.max(16, size));
    count(await allPairsJoin(sets, predicate, edges, progress));
    return { head: groupEdges(size, edges, grouping), sim: null, similarity };
  }
  if (grouping === 'star') {
    const star = await starJoin(sets, predicate, progress);
    count(star.stats);
    return { head: star.head, sim: star.sim, similarity };
  }
  // Components need only one similar pair between two groups: pairs already connected are not compared.
  const forest = new UnionFind(size);
  const link = (x: number, y: number) => forest.union(x, y);
  count(await similarityJoin(sets, predicate, link, progress, (x, y) => forest.same(x, y)));
  return { head: forestHeads(forest, size), sim: null, similarity };
}

function forestHeads(forest: UnionFind, size: number): Int32Array {
  const head = new Int32Array(size);
  for (let v = 0; v < size; v++) head[v] = forest.find(v);
  return head;
}

/** The embeddings of one sector's keywords; every one must have the run's dimension (`dim`, -1: not known yet). */
function vectorRows(
  k: Keywords,
  members: readonly number[],
  vectors: ReadonlyMap<string, ArrayLike<number>>,
  dim: number,
): ArrayLike<number>[] {
  const { input, language } = k;
  const rows: ArrayLike<number>[] = new Array(members.length);
  for (let v = 0; v < members.length; v++) {
    const i = members[v]!;
    const kw = input[i]!;
    const vector = kw.vector ?? vectors.get(normalizePhrase(kw.phrase, language[i]))!;
    if (dim === -1) dim = vector.length;
    if (vector.length !== dim || dim === 0) {
      throw new RangeError(
        `every embedding must have the same, non-zero dimension (${dim}); ${kw.id} has ${vector.length}`,
      );
    }
    rows[v] = vector;
  }
  return rows;
}

/** The semantic joins of one sector's embeddings. */
async function joinVectors(
  rows: readonly ArrayLike<number>[],
  d: number,
  threshold: number,
  grouping: ClusterGrouping,
  exhaustive: boolean,
  count: (join: JoinStats) => void,
  progress: Progress,
): Promise<Joined> {
  const size = rows.length;
  const { data, usable } = unitVectors(rows, d);
  const similarity = (a: number, b: number) => (usable[a] && usable[b] ? dot(data, d, a, b) : 0);
  if (exhaustive || size <= EXACT_LIMIT) {
    const edges = new EdgeBuffer(Math.max(16, size));
    count(await cosineJoin(data, usable, d, threshold, edges, progress));
    return { head: groupEdges(size, edges, grouping), sim: null, similarity };
  }
  if (grouping === 'star') {
    // Above the exact limit the similar pairs can number in the billions (100k keywords of one topic): the
    // star join compares keywords with heads only, on bounded LSH buckets, and never lists the pairs.
    const star = await cosineStarJoin(data, usable, d, threshold, progress);
    count(star.stats);
    return { head: star.head, sim: null, similarity };
  }
  const forest = new UnionFind(size);
  count(await cosineComponentsJoin(data, usable, d, threshold, forest, progress));
  return { head: forestHeads(forest, size), sim: null, similarity };
}

/**
 * The groups of one sector (by head, in the order their first member comes, members ascending; a counting sort,
 * no maps): those of at least `minClusterSize` become clusters, the others' members go to `unclustered`.
 */
function collectGroups(
  members: readonly number[],
  joined: Joined,
  minClusterSize: number,
  summary: Summary,
  sector: string | null,
  clusters: Cluster[],
  unclustered: number[],
): void {
  const { head } = joined;
  const size = members.length;
  // Each loop in a function of its own (here and in the steps below): V8 compiles a function while its loop runs,
  // and code of it that had not run by then (a later loop) costs a deoptimization in every later run.
  const groupSize = new Int32Array(size);
  const heads = groupHeads(head, groupSize);
  const start = groupStarts(heads, groupSize);
  const byGroup = groupMembers(head, heads, start);
  // The figures over every member (volume, difficulty, intent, cohesion) in one pass over the sector's groups.
  const totals = groupTotals(summary.k, members, joined, heads, start, byGroup, minClusterSize);
  for (let g = 0; g < heads.length; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    if (to - from < minClusterSize) {
      for (let q = from; q < to; q++) unclustered.push(members[byGroup[q]!]!);
    } else {
      clusters.push(summary.of(groupOf(members, heads[g]!, byGroup, from, to), sector, totals, g));
    }
  }
}

/** Per group, the figures a cluster's summary adds up over all its members. */
interface GroupTotals {
  volume: Float64Array;
  difficultySum: Float64Array;
  difficultyCount: Int32Array;
  /** The dominant intent (index in INTENTS). */
  intent: Int8Array;
  cohesion: Float64Array;
}

/**
 * The totals of each group of at least `minClusterSize` members, each added up in the cluster's member order (its
 * center first, then the others in priority order): volume (negative counts as 0), difficulty, the intents' weights
 * (volume + 1 each; the dominant one carries the most, a tie goes to the center's, then to the fixed order) and the
 * cohesion (the mean similarity of the other members to the center).
 */
function groupTotals(
  k: Keywords,
  members: readonly number[],
  joined: Joined,
  heads: readonly number[],
  start: Int32Array,
  byGroup: Int32Array,
  minClusterSize: number,
): GroupTotals {
  const { input, volume, difficulty, intent: given, dotted, language, tokOff, read, lexicon } = k;
  const { sim, similarity } = joined;
  const groups = heads.length;
  const out: GroupTotals = {
    volume: new Float64Array(groups),
    difficultySum: new Float64Array(groups),
    difficultyCount: new Int32Array(groups),
    intent: new Int8Array(groups),
    cohesion: new Float64Array(groups),
  };
  const intentWeight = new Float64Array(INTENTS.length);
  for (let g = 0; g < groups; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    if (to - from < minClusterSize) continue;
    const center = heads[g]!;
    intentWeight.fill(0);
    let totalVolume = 0;
    let difficultySum = 0;
    let difficultyCount = 0;
    let headIntent = 0;
    let cohesion = 0;
    // q = from - 1 stands for the center; the others follow in order.
    for (let q = from - 1; q < to; q++) {
      const u = q < from ? center : byGroup[q]!;
      if (q >= from && u === center) continue;
      const i = members[u]!;
      const v = Math.max(volume[i]!, 0);
      totalVolume += v;
      const d = difficulty[i]!;
      if (!Number.isNaN(d)) {
        difficultySum += d;
        difficultyCount++;
      }
      let intent = given[i]!;
      if (intent < 0) {
        intent = lexicon.intentOf(read, tokOff[i]!, tokOff[i + 1]!, language[i]!, input[i]!, dotted[i] === 1);
      }
      if (q < from) headIntent = intent;
      else {
        // The join's own figure where it has one (the same computation), else computed here.
        const s = sim === null ? Number.NaN : sim[u]!;
        cohesion += Number.isNaN(s) ? similarity(u, center) : s;
      }
      intentWeight[intent]! += v + 1;
    }
    let intent = headIntent;
    for (let c = 0; c < INTENTS.length; c++) if (intentWeight[c]! > intentWeight[intent]!) intent = c;
    out.volume[g] = totalVolume;
    out.difficultySum[g] = difficultySum;
    out.difficultyCount[g] = difficultyCount;
    out.intent[g] = intent;
    out.cohesion[g] = to - from > 1 ? cohesion / (to - from - 1) : similarity(center, center);
  }
  return out;
}

/** The heads in the order their first member comes; counts each group's size into `groupSize`. */
function groupHeads(head: Int32Array, groupSize: Int32Array): number[] {
  const heads: number[] = [];
  for (let v = 0; v < head.length; v++) if (groupSize[head[v]!]!++ === 0) heads.push(head[v]!);
  return heads;
}

function groupStarts(heads: readonly number[], groupSize: Int32Array): Int32Array {
  const start = new Int32Array(heads.length + 1);
  for (let g = 0; g < heads.length; g++) start[g + 1] = start[g]! + groupSize[heads[g]!]!;
  return start;
}

/** The members grouped (a counting sort by head, members ascending within each group). */
function groupMembers(head: Int32Array, heads: readonly number[], start: Int32Array): Int32Array {
  const slot = new Int32Array(head.length);
  for (let g = 0; g < heads.length; g++) slot[heads[g]!] = start[g]!;
  const byGroup = new Int32Array(head.length);
  fillGroups(head, slot, byGroup);
  return byGroup;
}

function fillGroups(head: Int32Array, slot: Int32Array, byGroup: Int32Array): void {
  for (let v = 0; v < head.length; v++) byGroup[slot[head[v]!]!++] = v;
}

/** A group's keywords: its center (the head the cluster formed around; for components, its highest-priority
 *  keyword), then the others in priority order. */
function groupOf(members: readonly number[], center: number, byGroup: Int32Array, from: number, to: number): number[] {
  const group: number[] = [members[center]!];
  for (let q = from; q < to; q++) if (byGroup[q] !== center) group.push(members[byGroup[q]!]!);
  return group;
}

function groupEdges(size: number, edges: EdgeBuffer, grouping: ClusterGrouping): Int32Array {
  return grouping === 'star' ? starGroups(size, adjacency(size, edges)) : componentGroups(size, edges);
}

async function embedMissing(
  k: Keywords,
  ordered: readonly number[],
  embed: NonNullable<ClusterOptions['embed']>,
  batchSize: number,
  vectors: Map<string, ArrayLike<number>>,
  progress: Progress,
): Promise<number> {
  // One text per normalized phrase: the highest-priority spelling of it.
  const texts = new Map<string, string>();
  const perKey = new Map<string, number>();
  let done = 0;
  for (const i of ordered) {
    const kw = k.input[i]!;
    if (kw.vector) {
      done++;
      continue;
    }
    const key = normalizePhrase(kw.phrase, k.language[i]);
    if (!texts.has(key)) texts.set(key, kw.phrase);
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  const keys = [...texts.keys()].sort();
  for (let from = 0; from < keys.length; from += batchSize) {
    const slice = keys.slice(from, from + batchSize);
    const result = await embed(slice.map((key) => texts.get(key)!));
    if (!Array.isArray(result) || result.length !== slice.length) {
      throw new RangeError(
        `embed returned ${Array.isArray(result) ? result.length : 'no'} vectors for ${slice.length} texts`,
      );
    }
    slice.forEach((key, i) => {
      vectors.set(key, result[i]!);
      done += perKey.get(key)!;
    });
    await progress.tick(done);
  }
  return keys.length;
}

/**
 * Cluster summaries: volume, difficulty, intent, terms, name. Everything per word comes from the lexicon; the
 * counters are arrays over item ids reused by every cluster of the run.
 */
class Summary {
  private stemCount = new Int32Array(0);
  /** Per token id, how often it is the surface form of one term stem (zero between uses). */
  private formCount = new Int32Array(0);
  // The distinct term stems of the sampled members, flattened: entry e is stem `entryStem[e]`, first written as
  // token `entryToken[e]`; member m's entries are `entryOff[m]..entryOff[m + 1]`.
  private entryStem = new Int32Array(1024);
  private entryToken = new Int32Array(1024);
  private readonly entryOff = new Int32Array(TERM_SAMPLE + 1);
  private readonly forms: number[] = [];

  constructor(readonly k: Keywords) {}

  /** The cluster of `group` (center first), group `g` of `totals`. */
  of(group: readonly number[], sector: string | null, totals: GroupTotals, g: number): Cluster {
    const { input, language } = this.k;
    const { itemNames, tokens } = this.k.lexicon;
    if (this.stemCount.length < itemNames.length) this.stemCount = new Int32Array(2 * itemNames.length);
    if (this.formCount.length < tokens.length) this.formCount = new Int32Array(2 * tokens.length);
    // Terms come from the head and the highest-priority members; the long tail of a big cluster changes
    // nothing there and would cost most of the summary's time.
    const sampled = Math.min(group.length, TERM_SAMPLE);
    const stems = this.sampleStems(group, sampled);
    const stemCount = this.stemCount;
    const byCount = stems.slice().sort((a, b) => {
      const d = stemCount[b]! - stemCount[a]!;
      if (d !== 0) return d;
      const x = itemNames[a]!;
      const y = itemNames[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const terms: string[] = [];
    for (let t = 0; t < byCount.length && t < MAX_TERMS; t++) terms.push(tokens[this.surfaceOf(byCount[t]!, sampled)]!);
    const named = this.nameOf(group, sampled, stems);
    for (const stem of stems) stemCount[stem] = 0;
    const kw = input[named]!;
    const keywordIds: string[] = new Array(group.length);
    keywordIds[0] = kw.id;
    for (let m = 0, o = 1; m < group.length; m++) if (group[m] !== named) keywordIds[o++] = input[group[m]!]!.id;
    const totalVolume = totals.volume[g]!;
    const difficultySum = totals.difficultySum[g]!;
    const difficultyCount = totals.difficultyCount[g]!;
    return {
      key: `${sector ?? '-'}:${normalizePhrase(kw.phrase, language[named])}`,
      name: kw.phrase.trim().replace(/\s+/g, ' '),
      headKeywordId: kw.id,
      keywordIds,
      totalVolume,
      avgDifficulty: difficultyCount ? Math.round((difficultySum / difficultyCount) * 100) / 100 : null,
      intent: INTENTS[totals.intent[g]!]!,
      sectorId: sector,
      terms,
      cohesion: Math.round(totals.cohesion[g]! * 1000) / 1000,
    };
  }

  /**
   * The distinct term stems of the first `sampled` members, each with the token it is first written as there (the
   * entries), counted into `stemCount`; returns the stems in first-seen order.
   */
  private sampleStems(group: readonly number[], sampled: number): number[] {
    const { tokOff, tok, read, lexicon } = this.k;
    const { readingTerm } = lexicon;
    const { stemCount, entryOff } = this;
    let capacity = 0;
    for (let m = 0; m < sampled; m++) capacity += tokOff[group[m]! + 1]! - tokOff[group[m]!]!;
    if (this.entryStem.length < capacity) {
      this.entryStem = new Int32Array(2 * capacity);
      this.entryToken = new Int32Array(2 * capacity);
    }
    const { entryStem, entryToken } = this;
    const stems: number[] = [];
    let e = 0;
    for (let m = 0; m < sampled; m++) {
      const i = group[m]!;
      const start = e;
      for (let q = tokOff[i]!; q < tokOff[i + 1]!; q++) {
        const stem = readingTerm[read[q]!]!;
        if (stem < 0) continue;
        let dup = false;
        for (let x = start; x < e; x++) {
          if (entryStem[x] === stem) {
            dup = true;
            break;
          }
        }
        if (dup) continue;
        entryStem[e] = stem;
        entryToken[e++] = tok[q]!;
        if (stemCount[stem]!++ === 0) stems.push(stem);
      }
      entryOff[m + 1] = e;
    }
    return stems;
  }

  /** The token a term stem is most often written as among the sampled members (ties: alphabetical). */
  private surfaceOf(stem: number, sampled: number): number {
    const { entryStem, entryToken, formCount, forms } = this;
    const { tokens } = this.k.lexicon;
    const end = this.entryOff[sampled]!;
    forms.length = 0;
    for (let e = 0; e < end; e++) {
      if (entryStem[e] !== stem) continue;
      const t = entryToken[e]!;
      if (formCount[t]!++ === 0) forms.push(t);
    }
    let best = forms[0]!;
    for (let f = 1; f < forms.length; f++) {
      const t = forms[f]!;
      const d = formCount[t]! - formCount[best]!;
      if (d > 0 || (d === 0 && tokens[t]! < tokens[best]!)) best = t;
    }
    for (const t of forms) formCount[t] = 0;
    return best;
  }

  /**
   * The member a person would name the cluster after: the one whose words are the cluster's common words — the
   * stems that more than half of its (sampled) members share, `running shoes` for a cluster of running shoe
   * searches — and little else (Jaccard between its stems and those core stems). Ties go to the member whose
   * other words are the more common in the cluster (`cold brew coffee` over `cold brew with milk`), then to the
   * one with fewer words (`laptop for students` over `laptops for students under 500`, `keto diet` over `what is
   * keto diet`), then to the earlier in priority order (more volume). The highest-volume member is often a
   * long-tail phrase or a question, and the keyword a star cluster formed around is the highest-volume keyword
   * unlike an earlier one, which says even less. With no core (no stem shared by half), the cluster keeps the
   * keyword it formed around. The first `sampled` members are looked at, by their entries (`sampleStems`).
   */
  private nameOf(group: readonly number[], sampled: number, stems: readonly number[]): number {
    const { tokOff, rank } = this.k;
    const { stemCount, entryStem, entryOff } = this;
    const members = sampled;
    let core = 0;
    for (const stem of stems) if (2 * stemCount[stem]! > members) core++;
    let best = group[0]!;
    if (core === 0) return best;
    let bestScore = -1;
    let bestTypical = -1;
    const words = (i: number) => tokOff[i + 1]! - tokOff[i]!;
    for (let m = 0; m < sampled; m++) {
      const i = group[m]!;
      let shared = 0;
      let typical = 0;
      for (let e = entryOff[m]!; e < entryOff[m + 1]!; e++) {
        const c = stemCount[entryStem[e]!]!;
        if (2 * c > members) shared++;
        else typical += c;
      }
      const score = shared / (entryOff[m + 1]! - entryOff[m]! + core - shared);
      const better =
        score > bestScore ||
        (score === bestScore &&
          (typical > bestTypical ||
            (typical === bestTypical &&
              (words(i) < words(best) || (words(i) === words(best) && rank[i]! < rank[best]!)))));
      if (better) {
        best = i;
        bestScore = score;
        bestTypical = typical;
      }
    }
    return best;
  }
}
