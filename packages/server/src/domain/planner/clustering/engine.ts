// The clustering engine: keywords in, clusters out. Pure — no database, no HTTP, no clock in the result.
//
// 1. Every keyword is tokenized once, in its language (its own, the run's, or its sector's dominant one).
// 2. Keywords are put in priority order: volume descending, then fewer words, then alphabetical, then id.
//    Everything after works on that order, so the result does not depend on the order of the input.
// 3. Per sector (a keyword only ever joins a cluster of its own sector), the algorithm finds every pair at
//    or above the threshold — lexical: weighted Jaccard of stems, exact prefix-filter join (sets.ts);
//    semantic: cosine of embeddings (semantic.ts); serp: shared top-10 URLs (serp.ts + sets.ts).
// 4. The pairs become clusters (graph.ts: star grouping by default), clusters below the minimum size are
//    dissolved, and each cluster gets its head, name, volume, difficulty, intent, terms and cohesion.
import { detectLanguageOfTokens } from '../text/detect.js';
import { classifyTokens, modifierStems } from '../text/intent.js';
import { INTENTS, type Intent } from '../text/intent-rules.js';
import { DEFAULT_LANGUAGE, type LanguageCode, resolveLanguage, SUPPORTED_LANGUAGES } from '../text/languages.js';
import { foldDiacritics, normalizePhrase, tokenize } from '../text/normalize.js';
import { stemToken, stemTokens } from '../text/stem.js';
import { stopWords } from '../text/stopwords.js';
import { splitCompounds } from './compounds.js';
import { adjacency, componentGroups, EdgeBuffer, starGroups, UnionFind } from './graph.js';
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

function weightsFor(weighting: LexicalWeighting, members: readonly Prepared[]): ItemWeight {
  if (weighting === 'uniform') return uniform;
  if (weighting === 'idf') return idf;
  // The modifiers of every language present in the sector (usually one).
  const modifiers = new Set<string>();
  const seen = new Set<LanguageCode>();
  for (const p of members) {
    if (seen.has(p.language!)) continue;
    seen.add(p.language!);
    for (const stem of modifierStems(p.language!)) modifiers.add(stem);
  }
  return (_df, _n, name) => (modifiers.has(name) ? MODIFIER_WEIGHT : 1);
}

// Language detection of a sector looks at this many of its keywords (the first in priority order): enough
// for a majority, and bounded so detection never dominates a large run.
const DETECTION_SAMPLE = 2000;
// A long run gives the event loop a turn this often, so progress reaches its listeners and a server
// process stays responsive.
const YIELD_EVERY_MS = 50;
const MAX_TERMS = 5;
const TERM_SAMPLE = 100;

interface Prepared {
  kw: ClusterKeywordInput;
  index: number;
  tokens: string[];
  /** Tie-break key in priority order: the tokens joined. */
  key: string;
  volume: number;
  language: LanguageCode | null;
  rank: number;
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

  readonly tick = async (done: number): Promise<void> => {
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
  };

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

const byPriority = (a: Prepared, b: Prepared): number =>
  b.volume - a.volume ||
  a.tokens.length - b.tokens.length ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
  (a.kw.id < b.kw.id ? -1 : a.kw.id > b.kw.id ? 1 : 0);

const finiteOr = (value: number | null | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

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
  const runLanguage = resolveLanguage(options.language);
  const prepared: Prepared[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kw = input[i]!;
    const language = resolveLanguage(kw.language) ?? runLanguage;
    const tokens = tokenize(kw.phrase, language);
    prepared[i] = { kw, index: i, tokens, key: tokens.join(' '), volume: finiteOr(kw.volume, -1), language, rank: 0 };
  }

  // 2. Priority order.
  const ordered = prepared.slice().sort(byPriority);
  for (let r = 0; r < n; r++) ordered[r]!.rank = r;

  // 3. Sectors, each listing its keywords in priority order.
  const sectors = new Map<string | null, Prepared[]>();
  for (const p of ordered) {
    const sector = p.kw.sectorId ?? null;
    let list = sectors.get(sector);
    if (!list) {
      list = [];
      sectors.set(sector, list);
    }
    list.push(p);
  }
  const sectorKeys = [...sectors.keys()].sort((a, b) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1,
  );

  // Keywords without a language take their sector's dominant one: a site's keywords are mostly in one
  // language, and stemming a whole sector one way keeps identical words matching even when a guess is off.
  const languages: Record<string, number> = {};
  for (const sector of sectorKeys) {
    const members = sectors.get(sector)!;
    if (members.some((p) => p.language === null)) {
      const votes = new Map<LanguageCode, number>();
      let sampled = 0;
      for (const p of members) {
        if (p.language !== null) continue;
        const guess = detectLanguageOfTokens(p.tokens, p.kw.phrase).language;
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
      for (const p of members) if (p.language === null) p.language = dominant;
    }
    for (const p of members) languages[p.language!] = (languages[p.language!] ?? 0) + 1;
  }

  // Semantic runs embed what has no vector first (distinct phrases once, in a fixed order).
  const vectors = new Map<string, ArrayLike<number>>();
  let embedded = 0;
  if (needsEmbedding) {
    embedded = await embedMissing(ordered, options.embed!, batch, vectors, progress);
    progress.advance(n);
  }

  const stats = { candidatePairs: 0, similarPairs: 0 };
  const count = (join: JoinStats) => {
    stats.candidatePairs += join.compared;
    stats.similarPairs += join.similar;
  };
  const clusters: Cluster[] = [];
  const unclustered: Prepared[] = [];
  // Stems (lexical) or URLs (serp) as integers, shared by all sectors.
  const itemIds = new Map<string, number>();
  const itemNames: string[] = [];
  const urlCache = new Map<string, string | null>();
  let dim = -1;

  for (const sector of sectorKeys) {
    const members = sectors.get(sector)!;
    const size = members.length;
    let head: Int32Array;
    let similarity: (a: number, b: number) => number;
    if (algorithm === 'lexical' || algorithm === 'serp') {
      const records: Int32Array[] = new Array(size);
      for (let v = 0; v < size; v++) {
        const p = members[v]!;
        const items =
          algorithm === 'lexical'
            ? stemTokens(p.tokens, p.language!)
            : serpKeys(Array.isArray(p.kw.serpUrls) ? p.kw.serpUrls : [], urlCache);
        records[v] = internIds(items, itemIds, itemNames);
      }
      if (algorithm === 'lexical') {
        splitCompounds(
          records,
          members.map((p) => p.language!),
          itemIds,
          itemNames,
          (stem) => internIds([stem], itemIds, itemNames)[0]!,
        );
      }
      const weighOf = algorithm === 'serp' ? uniform : weightsFor(weighting, members);
      const sets = buildSets(records, itemNames, weighOf, new Int32Array(itemNames.length));
      const predicate: SetPredicate = { kind: algorithm === 'serp' ? 'overlap' : 'jaccard', threshold };
      similarity = (a, b) => similarityOf(sets, predicate, a, b);
      if (options.exhaustive) {
        const edges = new EdgeBuffer(Math.max(16, size));
        count(await allPairsJoin(sets, predicate, edges, progress.tick));
        head = groupEdges(size, edges, grouping);
      } else if (grouping === 'star') {
        const star = await starJoin(sets, predicate, progress.tick);
        count(star.stats);
        head = star.head;
      } else {
        // Components need only one similar pair between two groups: pairs already connected are not compared.
        const forest = new UnionFind(size);
        const link = (x: number, y: number) => forest.union(x, y);
        count(await similarityJoin(sets, predicate, link, progress.tick, (x, y) => forest.same(x, y)));
        head = new Int32Array(size);
        for (let v = 0; v < size; v++) head[v] = forest.find(v);
      }
    } else {
      const rows: ArrayLike<number>[] = new Array(size);
      for (let v = 0; v < size; v++) {
        const p = members[v]!;
        const vector = p.kw.vector ?? vectors.get(normalizePhrase(p.kw.phrase, p.language))!;
        if (dim === -1) dim = vector.length;
        if (vector.length !== dim || dim === 0) {
          throw new RangeError(
            `every embedding must have the same, non-zero dimension (${dim}); ${p.kw.id} has ${vector.length}`,
          );
        }
        rows[v] = vector;
      }
      const d = Math.max(dim, 0);
      const { data, usable } = unitVectors(rows, d);
      similarity = (a, b) => (usable[a] && usable[b] ? dot(data, d, a, b) : 0);
      if (options.exhaustive || size <= EXACT_LIMIT) {
        const edges = new EdgeBuffer(Math.max(16, size));
        count(await cosineJoin(data, usable, d, threshold, edges, progress.tick));
        head = groupEdges(size, edges, grouping);
      } else if (grouping === 'star') {
        // Above the exact limit the similar pairs can number in the billions (100k keywords of one topic): the
        // star join compares keywords with heads only, on bounded LSH buckets, and never lists the pairs.
        const star = await cosineStarJoin(data, usable, d, threshold, progress.tick);
        count(star.stats);
        head = star.head;
      } else {
        const forest = new UnionFind(size);
        count(await cosineComponentsJoin(data, usable, d, threshold, forest, progress.tick));
        head = new Int32Array(size);
        for (let v = 0; v < size; v++) head[v] = forest.find(v);
      }
    }
    progress.advance(size);

    const groups = new Map<number, number[]>();
    for (let v = 0; v < size; v++) {
      const h = head[v]!;
      const list = groups.get(h);
      if (list) list.push(v);
      else groups.set(h, [v]);
    }
    for (const [center, group] of groups) {
      if (group.length < minClusterSize) {
        for (const v of group) unclustered.push(members[v]!);
        continue;
      }
      let cohesion = 0;
      for (const v of group) if (v !== center) cohesion += similarity(v, center);
      cohesion = group.length > 1 ? cohesion / (group.length - 1) : similarity(center, center);
      // The head is the center the cluster formed around (for components, its highest-priority keyword).
      const ordered = [center, ...group.filter((v) => v !== center)];
      clusters.push(
        summarize(
          ordered.map((v) => members[v]!),
          sector,
          cohesion,
        ),
      );
    }
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
  unclustered.sort((a, b) => a.rank - b.rank);
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
  return { clusters, unclustered: unclustered.map((p) => p.kw.id), stats: result };
}

function groupEdges(size: number, edges: EdgeBuffer, grouping: ClusterGrouping): Int32Array {
  return grouping === 'star' ? starGroups(size, adjacency(size, edges)) : componentGroups(size, edges);
}

function internIds(items: readonly string[], ids: Map<string, number>, names: string[]): Int32Array {
  const out = new Int32Array(items.length);
  let k = 0;
  for (const item of items) {
    let id = ids.get(item);
    if (id === undefined) {
      id = names.length;
      ids.set(item, id);
      names.push(item);
    }
    // Sets: a repeated word ("dog food for dogs") counts once.
    let dup = false;
    for (let q = 0; q < k; q++) {
      if (out[q] === id) {
        dup = true;
        break;
      }
    }
    if (!dup) out[k++] = id;
  }
  return k === out.length ? out : out.slice(0, k);
}

async function embedMissing(
  ordered: readonly Prepared[],
  embed: NonNullable<ClusterOptions['embed']>,
  batchSize: number,
  vectors: Map<string, ArrayLike<number>>,
  progress: Progress,
): Promise<number> {
  // One text per normalized phrase: the highest-priority spelling of it.
  const texts = new Map<string, string>();
  const perKey = new Map<string, number>();
  for (const p of ordered) {
    if (p.kw.vector) continue;
    const key = normalizePhrase(p.kw.phrase, p.language);
    if (!texts.has(key)) texts.set(key, p.kw.phrase);
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  const keys = [...texts.keys()].sort();
  let done = ordered.filter((p) => p.kw.vector).length;
  for (let from = 0; from < keys.length; from += batchSize) {
    const slice = keys.slice(from, from + batchSize);
    const result = await embed(slice.map((k) => texts.get(k)!));
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

function summarize(group: readonly Prepared[], sector: string | null, cohesion: number): Cluster {
  let totalVolume = 0;
  let difficultySum = 0;
  let difficultyCount = 0;
  const intentWeight: Record<Intent, number> = { informational: 0, commercial: 0, transactional: 0, navigational: 0 };
  const intents: Intent[] = [];
  const stemCounts = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  const sampled: { p: Prepared; stems: string[] }[] = [];
  for (const p of group) {
    const volume = Math.max(p.volume, 0);
    totalVolume += volume;
    const difficulty = finiteOr(p.kw.difficulty, Number.NaN);
    if (!Number.isNaN(difficulty)) {
      difficultySum += difficulty;
      difficultyCount++;
    }
    const folded = p.tokens.map(foldDiacritics);
    const intent =
      p.kw.intent && INTENTS.includes(p.kw.intent)
        ? p.kw.intent
        : classifyTokens(folded, p.language, p.kw.phrase).intent;
    intents.push(intent);
    intentWeight[intent] += volume + 1;
    // Terms come from the head and the highest-priority members; the long tail of a big cluster changes
    // nothing there and would cost most of the summary's time.
    if (intents.length > TERM_SAMPLE) continue;
    const stop = stopWords(p.language!);
    const seen = new Set<string>();
    const mine: string[] = [];
    sampled.push({ p, stems: mine });
    for (let i = 0; i < p.tokens.length; i++) {
      const token = p.tokens[i]!;
      if (stop.has(token) || stop.has(folded[i]!) || /^[0-9.]+$/.test(token)) continue;
      const stem = stemToken(token, p.language!);
      if (seen.has(stem)) continue;
      seen.add(stem);
      stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
      mine.push(stem);
      const forms = surfaces.get(stem) ?? new Map<string, number>();
      forms.set(token, (forms.get(token) ?? 0) + 1);
      surfaces.set(stem, forms);
    }
  }
  // The dominant intent carries the most volume; a tie goes to the head's intent, then to the fixed order.
  const headIntent = intents[0]!;
  let intent: Intent = headIntent;
  for (const candidate of INTENTS) {
    if (intentWeight[candidate] > intentWeight[intent]) intent = candidate;
  }
  const terms = [...stemCounts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_TERMS)
    .map(([stem]) => {
      const forms = [...surfaces.get(stem)!.entries()];
      forms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return forms[0]![0];
    });
  const named = nameOf(group, sampled, stemCounts);
  return {
    key: `${sector ?? '-'}:${normalizePhrase(named.kw.phrase, named.language)}`,
    name: named.kw.phrase.trim().replace(/\s+/g, ' '),
    headKeywordId: named.kw.id,
    keywordIds: [named.kw.id, ...group.filter((p) => p !== named).map((p) => p.kw.id)],
    totalVolume,
    avgDifficulty: difficultyCount ? Math.round((difficultySum / difficultyCount) * 100) / 100 : null,
    intent,
    sectorId: sector,
    terms,
    cohesion: Math.round(cohesion * 1000) / 1000,
  };
}

/**
 * The member a person would name the cluster after: the one whose words are the cluster's common words — the
 * stems that more than half of its (sampled) members share, `running shoes` for a cluster of running shoe
 * searches — and little else (Jaccard between its stems and those core stems). Ties go to the member whose other
 * words are the more common in the cluster (`cold brew coffee` over `cold brew with milk`), then to the one with
 * fewer words (`laptop for students` over `laptops for students under 500`, `keto diet` over `what is keto
 * diet`), then to the earlier in priority order (more volume). The highest-volume member is often a long-tail
 * phrase or a question, and the keyword a star cluster formed around is the highest-volume keyword unlike an
 * earlier one, which says even less. With no core (no stem shared by half), the cluster keeps the keyword it
 * formed around.
 */
function nameOf(
  group: readonly Prepared[],
  sampled: readonly { p: Prepared; stems: string[] }[],
  stemCounts: ReadonlyMap<string, number>,
): Prepared {
  const members = Math.min(group.length, TERM_SAMPLE);
  const core = new Set<string>();
  for (const [stem, count] of stemCounts) if (2 * count > members) core.add(stem);
  let best = group[0]!;
  if (core.size === 0) return best;
  let bestScore = -1;
  let bestTypical = -1;
  for (const { p, stems } of sampled) {
    let shared = 0;
    let typical = 0;
    for (const stem of stems) {
      if (core.has(stem)) shared++;
      else typical += stemCounts.get(stem)!;
    }
    const score = shared / (stems.length + core.size - shared);
    const better =
      score > bestScore ||
      (score === bestScore &&
        (typical > bestTypical ||
          (typical === bestTypical &&
            (p.tokens.length < best.tokens.length || (p.tokens.length === best.tokens.length && p.rank < best.rank)))));
    if (better) {
      best = p;
      bestScore = score;
      bestTypical = typical;
    }
  }
  return best;
}
