// Exact set-similarity joins over small weighted sets (stems of a keyword, URLs of its results).
//
// Candidate pairs come from prefix filtering (Bayardo et al., "Scaling up all pairs similarity search",
// WWW 2007): order every set's items rarest first; if sim(a, b) ≥ t then a and b share an item within the
// short "prefix" of each, so only prefixes are indexed and probed. Rare items have short posting lists and
// the common ones ("best", "how", a popular domain) almost never sit in a prefix, so the join touches few
// pairs — yet, unlike MinHash/LSH, it misses none: every pair it skips provably scores below the threshold.
// Candidates are then verified with the exact similarity.
//
// Two joins use it: `similarityJoin` finds every similar pair (for connected components), and `starJoin`
// builds star clusters comparing keywords with cluster heads only — on dense keyword sets ("X for women",
// "best X" for thousands of X) the number of similar pairs grows quadratically, the number of heads does not.
import type { EdgeBuffer } from './graph.js';

/** Sets in compressed rows: record r holds the item ranks `items[off[r]..off[r+1])`, ascending (rarest first). */
export interface WeightedSets {
  n: number;
  off: Int32Array;
  items: Int32Array;
  /** Weight of each item rank. */
  weight: Float64Array;
  /** Sum of the weights of each record's items, added in rank order. */
  total: Float64Array;
}

/**
 * Told every so many records how far a join is; may return a promise (to yield to the event loop, report progress,
 * abort). An object with a method rather than a function, so that a join calls the same function in every run (a
 * closure made per run is a new call target each time, which costs the join's compiled code a deoptimization).
 */
export interface Tick {
  tick(done: number): void | Promise<void>;
}
const TICK_EVERY = 1024;

// Bounds are loosened by this factor so that float rounding can only add candidates, never lose one.
const SLACK = 1 - 1e-9;

/** The weight of an item from its document frequency, the number of records and its name. */
export type ItemWeight = (df: number, n: number, name: string) => number;

/**
 * Builds rank-ordered sets from records of global item ids (compressed rows, each record a set). Items are
 * ranked by document frequency ascending (then by their name, so the ranking does not depend on input order)
 * and weighed by `weighOf`. `scratch` covers every item id and is all zeros; it is zeroed again before return.
 */
export function buildSets(
  records: { off: Int32Array; items: Int32Array },
  names: readonly string[],
  weighOf: ItemWeight,
  scratch: Int32Array,
): WeightedSets {
  const { off: recOff, items: recItems } = records;
  const n = recOff.length - 1;
  const size = recOff[n]!;
  // Each loop in a function of its own: V8 compiles a function while its loop runs, and code of it that had not
  // run by then (a later loop) costs a deoptimization in every later run.
  // scratch[id] holds the document frequency while counting, then the rank.
  const vocab = countItems(recItems, size, scratch);
  vocab.sort((x, y) => scratch[x]! - scratch[y]! || (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
  const weight = new Float64Array(vocab.length);
  rankItems(vocab, names, weighOf, n, scratch, weight);
  const off = new Int32Array(n + 1);
  const items = new Int32Array(size);
  const total = new Float64Array(n);
  rankRecords(recOff, recItems, scratch, weight, off, items, total);
  for (const id of vocab) scratch[id] = 0;
  return { n, off, items, weight, total };
}

/** The distinct item ids, first-seen order; their document frequencies counted into `scratch`. */
function countItems(recItems: Int32Array, size: number, scratch: Int32Array): number[] {
  const vocab: number[] = [];
  for (let q = 0; q < size; q++) {
    const id = recItems[q]!;
    if (scratch[id]!++ === 0) vocab.push(id);
  }
  return vocab;
}

/** Weighs the items in rank order and leaves each one's rank in `scratch`. */
function rankItems(
  vocab: readonly number[],
  names: readonly string[],
  weighOf: ItemWeight,
  n: number,
  scratch: Int32Array,
  weight: Float64Array,
): void {
  for (let r = 0; r < vocab.length; r++) {
    const id = vocab[r]!;
    weight[r] = weighOf(scratch[id]!, n, names[id]!);
    scratch[id] = r;
  }
}

/** Each record's items as ranks, ascending, and its total weight (added in rank order). */
function rankRecords(
  recOff: Int32Array,
  recItems: Int32Array,
  rank: Int32Array,
  weight: Float64Array,
  off: Int32Array,
  items: Int32Array,
  total: Float64Array,
): void {
  for (let r = 0; r < total.length; r++) {
    const start = recOff[r]!;
    const end = recOff[r + 1]!;
    for (let q = start; q < end; q++) items[q] = rank[recItems[q]!]!;
    // Records are short: an insertion sort beats a typed-array sort call.
    for (let q = start + 1; q < end; q++) {
      const x = items[q]!;
      let k = q - 1;
      while (k >= start && items[k]! > x) {
        items[k + 1] = items[k]!;
        k--;
      }
      items[k + 1] = x;
    }
    let w = 0;
    for (let q = start; q < end; q++) w += weight[items[q]!]!;
    total[r] = w;
    off[r + 1] = end;
  }
}

/** Weighted Jaccard: the weight of the shared items over the weight of all items of either set. */
export function weightedJaccard(sets: WeightedSets, a: number, b: number): number {
  const { off, items, weight, total } = sets;
  let i = off[a]!;
  const ie = off[a + 1]!;
  let j = off[b]!;
  const je = off[b + 1]!;
  let inter = 0;
  while (i < ie && j < je) {
    const x = items[i]!;
    const y = items[j]!;
    if (x === y) {
      inter += weight[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = total[a]! + total[b]! - inter;
  return union > 0 ? inter / union : 0;
}

/** How many items two sets share. */
export function sharedCount(sets: WeightedSets, a: number, b: number): number {
  const { off, items } = sets;
  let i = off[a]!;
  const ie = off[a + 1]!;
  let j = off[b]!;
  const je = off[b + 1]!;
  let shared = 0;
  while (i < ie && j < je) {
    const x = items[i]!;
    const y = items[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * What "similar" means for a join: `jaccard` — weighted Jaccard ≥ threshold; `overlap` — at least `threshold`
 * shared items (the sets must have unit weights).
 */
export interface SetPredicate {
  kind: 'jaccard' | 'overlap';
  threshold: number;
}

/** The similarity of two records under a predicate: weighted Jaccard, or the shared item count. */
export const similarityOf = (sets: WeightedSets, p: SetPredicate, a: number, b: number): number =>
  p.kind === 'jaccard' ? weightedJaccard(sets, a, b) : sharedCount(sets, a, b);

// sim(a, b) ≥ t needs W(a∩b) ≥ minShare(a): t·W(a) for Jaccard (the union weighs at least W(a)), the
// count itself for overlap. The same bound is the length filter: a partner must weigh at least as much.
const minShare = (p: SetPredicate, total: number) =>
  p.kind === 'jaccard' ? p.threshold * total * SLACK : p.threshold - 1e-9;

// Both directions of the length filter, for joins that do not visit records by weight.
const lengthsFit = (sets: WeightedSets, p: SetPredicate, a: number, b: number) =>
  sets.total[b]! >= minShare(p, sets.total[a]!) && sets.total[a]! >= minShare(p, sets.total[b]!);

/**
 * Each record's prefix end: its rarest items up to the point where what remains weighs less than the share
 * a similar partner must have in common. A pair sharing nothing in both prefixes cannot be similar.
 */
function prefixEnds(sets: WeightedSets, p: SetPredicate) {
  const prefixEnd = new Int32Array(sets.n);
  const base = new Int32Array(sets.weight.length + 1);
  prefixLengths(sets, p, prefixEnd, base);
  for (let x = 0; x < sets.weight.length; x++) base[x + 1]! += base[x]!;
  return { prefixEnd, base };
}

/** Each record's prefix end into `prefixEnd`, and per item rank, how many prefixes hold it into `base[rank + 1]`. */
function prefixLengths(sets: WeightedSets, p: SetPredicate, prefixEnd: Int32Array, base: Int32Array): void {
  const { n, off, items, weight, total } = sets;
  for (let r = 0; r < n; r++) {
    let rem = total[r]!;
    const need = minShare(p, rem);
    let q = off[r]!;
    const end = off[r + 1]!;
    // A record too light to ever be similar (fewer URLs than the shared minimum) gets no prefix at all.
    if (rem >= need) {
      while (q < end && rem >= need) {
        rem -= weight[items[q]!]!;
        base[items[q]! + 1]!++;
        q++;
      }
    }
    prefixEnd[r] = q;
  }
}

export interface JoinStats {
  /**
   * Candidate pairs checked against the threshold (after the length filter): by their exact similarity, or (the
   * star join's weighted Jaccard) by a positional bound that proves them below it.
   */
  compared: number;
  /** Of those, pairs at or above the threshold. */
  similar: number;
}

/**
 * Every similar pair, passed to `onSimilar` as (lower index, higher index, similarity). `skip(a, b)` may rule
 * a candidate out before it is compared (connected components skip pairs already connected). Records are
 * visited by total weight ascending, so the length filter is a moving start in each posting list.
 */
export async function similarityJoin(
  sets: WeightedSets,
  p: SetPredicate,
  onSimilar: (a: number, b: number, sim: number) => void,
  tick?: Tick,
  skip?: (a: number, b: number) => boolean,
): Promise<JoinStats> {
  const { n, off, items, total } = sets;
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[r] = r;
  order.sort((x, y) => total[x]! - total[y]! || x - y);
  const { prefixEnd, base } = prefixEnds(sets, p);
  const postings = new Int32Array(base[base.length - 1]!);
  const fill = base.slice(0, base.length - 1);
  const start = base.slice(0, base.length - 1);
  const mark = new Int32Array(n);
  const candidates = new Int32Array(n);
  const stats: JoinStats = { compared: 0, similar: 0 };
  for (let i = 0; i < n; i++) {
    if (tick && i % TICK_EVERY === 0) await tick.tick(i);
    const a = order[i]!;
    const minTotal = minShare(p, total[a]!);
    let nc = 0;
    for (let q = off[a]!; q < prefixEnd[a]!; q++) {
      const x = items[q]!;
      let s = start[x]!;
      const f = fill[x]!;
      while (s < f && total[postings[s]!]! < minTotal) s++;
      start[x] = s;
      for (; s < f; s++) {
        const b = postings[s]!;
        if (mark[b] !== i + 1) {
          mark[b] = i + 1;
          candidates[nc++] = b;
        }
      }
    }
    for (let c = 0; c < nc; c++) {
      const b = candidates[c]!;
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      if (skip?.(lo, hi)) continue;
      stats.compared++;
      const sim = similarityOf(sets, p, a, b);
      if (sim >= p.threshold) {
        stats.similar++;
        onSimilar(lo, hi, sim);
      }
    }
    for (let q = off[a]!; q < prefixEnd[a]!; q++) postings[fill[items[q]!]!++] = a;
  }
  if (tick) await tick.tick(n);
  return stats;
}

/** The state of one star join that its steps share (a class, so that every run has the same shape). */
class StarState {
  readonly total: Float64Array;
  readonly jaccard: boolean;
  readonly threshold: number;
  readonly prefixEnd: Int32Array;
  readonly base: Int32Array;
  /** Per item rank, the end of its posting list (heads indexed so far). */
  readonly fill: Int32Array;
  readonly postings: Int32Array;
  /** Beside each posting, the position (in `items`) of the item in the head's record. */
  readonly postingAt: Int32Array;
  /** Per position in `items`, the weight of the record's items after it. */
  readonly after: Float64Array;
  readonly head: Int32Array;
  readonly bestSim: Float64Array;
  readonly mark: Int32Array;
  compared = 0;
  similar = 0;
  // The candidate search of the current record: the most similar head so far and its similarity.
  best = -1;
  bs = Number.NEGATIVE_INFINITY;

  constructor(
    readonly sets: WeightedSets,
    p: SetPredicate,
  ) {
    const { prefixEnd, base } = prefixEnds(sets, p);
    this.total = sets.total;
    this.jaccard = p.kind === 'jaccard';
    this.threshold = p.threshold;
    this.prefixEnd = prefixEnd;
    this.base = base;
    this.fill = base.slice(0, base.length - 1);
    this.postings = new Int32Array(base[base.length - 1]!);
    this.postingAt = new Int32Array(this.postings.length);
    this.after = weightsAfter(sets);
    this.head = new Int32Array(sets.n).fill(-1);
    this.bestSim = new Float64Array(sets.n);
    this.mark = new Int32Array(sets.n);
  }
}

/** Per position in the records' items, the weight of the items after it in its record. */
function weightsAfter(sets: WeightedSets): Float64Array {
  const { n, off, items, weight } = sets;
  const after = new Float64Array(items.length);
  for (let r = 0; r < n; r++) {
    let w = 0;
    for (let q = off[r + 1]! - 1; q >= off[r]!; q--) {
      after[q] = w;
      w += weight[items[q]!]!;
    }
  }
  return after;
}

/**
 * Compares record v with candidate h when their weights allow a similar pair (`lengthsFit`), and keeps the most
 * similar at or above the threshold in `best`/`bs` (ties: the lower index). The candidate was found on the item at
 * position `qv` of v and `qh` of h, the first item the two share (a shared item before it would be in both
 * prefixes, and found first): for weighted Jaccard, the pair shares at most that item's weight and the lighter of
 * the two rests, and a pair that cannot reach the threshold that way is decided without the exact similarity
 * (positional filtering, Xiao et al., "Efficient similarity joins for near duplicate detection", WWW 2008).
 */
function consider(st: StarState, v: number, h: number, qv: number, qh: number): void {
  const { total, threshold } = st;
  const tv = total[v]!;
  const th = total[h]!;
  // lengthsFit, spelled out: the same bounds as minShare gives.
  if (st.jaccard) {
    if (!(th >= threshold * tv * SLACK && tv >= threshold * th * SLACK)) return;
  } else if (!(th >= threshold - 1e-9 && tv >= threshold - 1e-9)) return;
  st.compared++;
  if (st.jaccard) {
    // sim ≥ t needs shared ≥ t·(W(v) + W(h)) / (1 + t); loosened by SLACK, so that rounding never decides.
    const { after } = st;
    const most = st.sets.weight[st.sets.items[qv]!]! + Math.min(after[qv]!, after[qh]!);
    if (most * (1 + threshold) < threshold * (tv + th) * SLACK) return;
  }
  const sim = st.jaccard ? weightedJaccard(st.sets, v, h) : sharedCount(st.sets, v, h);
  if (sim < threshold) return;
  st.similar++;
  if (sim > st.bs || (sim === st.bs && h < st.best)) {
    st.best = h;
    st.bs = sim;
  }
}

/** Step 1 for record v: the heads sharing a prefix item with it, compared; it becomes a head when none is similar. */
function joinEarlierHead(st: StarState, v: number): void {
  const { off, items } = st.sets;
  const { mark, prefixEnd, base, fill, postings } = st;
  st.best = -1;
  st.bs = Number.NEGATIVE_INFINITY;
  const end = prefixEnd[v]!;
  for (let q = off[v]!; q < end; q++) {
    const x = items[q]!;
    for (let s = base[x]!; s < fill[x]!; s++) {
      const h = postings[s]!;
      if (mark[h] !== v + 1) {
        mark[h] = v + 1;
        consider(st, v, h, q, st.postingAt[s]!);
      }
    }
  }
  st.bestSim[v] = st.bs;
  if (st.best < 0) {
    st.head[v] = v;
    for (let q = off[v]!; q < end; q++) {
      const s = fill[items[q]!]!++;
      postings[s] = v;
      st.postingAt[s] = q;
    }
  } else {
    st.head[v] = st.best;
  }
}

/** Step 2 for member v: the later heads sharing a prefix item with it (posting lists hold heads ascending). */
function joinLaterHead(st: StarState, v: number): void {
  const { off, items } = st.sets;
  const { mark, prefixEnd, base, fill, postings } = st;
  st.best = st.head[v]!;
  st.bs = st.bestSim[v]!;
  for (let q = off[v]!; q < prefixEnd[v]!; q++) {
    const x = items[q]!;
    for (let s = fill[x]! - 1; s >= base[x]!; s--) {
      const h = postings[s]!;
      if (h < v) break;
      if (mark[h] !== -(v + 1)) {
        mark[h] = -(v + 1);
        consider(st, v, h, q, st.postingAt[s]!);
      }
    }
  }
  st.head[v] = st.best;
  st.bestSim[v] = st.bs;
}

/**
 * Star clusters without the full similarity graph; the same result as `starGroups` on every similar pair
 * (the tests check that against `allPairsJoin`). Records are in priority order (0 = most head-like).
 *
 * 1. In priority order, a record similar to no earlier head becomes a head; only heads are indexed, so each
 *    record is compared with the heads sharing a prefix item — not with all its look-alikes.
 * 2. Every other record joins its most similar head, later heads included (ties: the earlier head).
 * 3. A head nothing joined goes to the cluster of its most similar record, if any.
 * Returns, per record, the head of its cluster, and `sim`: per member, its similarity to that head as the join
 * computed it (`similarityOf(sets, p, member, head)`), NaN where the join did not compute it (heads, and heads
 * moved in step 3).
 */
export async function starJoin(
  sets: WeightedSets,
  p: SetPredicate,
  tick?: Tick,
): Promise<{ head: Int32Array; sim: Float64Array; stats: JoinStats }> {
  const { n, off, items } = sets;
  const st = new StarState(sets, p);
  const { prefixEnd, base, postings, head, mark, bestSim } = st;

  // 1. Heads, and each other record's best earlier head.
  for (let v = 0; v < n; v++) {
    if (tick && v % TICK_EVERY === 0) await tick.tick(v >> 1);
    joinEarlierHead(st, v);
  }

  // 2. Later heads may match better. Posting lists hold heads in ascending order: read them from the end.
  for (let v = 0; v < n; v++) {
    if (tick && v % TICK_EVERY === 0) await tick.tick((n + v) >> 1);
    if (head[v] !== v) joinLaterHead(st, v);
  }
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) size[head[v]!]!++;

  // 3. Lonely heads. Their similar records are all members (two heads are never similar), so this is one
  //    step and cannot chain; it needs an index of every record, built only when there is a lonely head.
  const lonely: number[] = [];
  for (let v = 0; v < n; v++) if (head[v] === v && size[v] === 1) lonely.push(v);
  if (lonely.length > 0) {
    const all = new Int32Array(postings.length);
    const allFill = base.slice(0, base.length - 1);
    for (let v = 0; v < n; v++) for (let q = off[v]!; q < prefixEnd[v]!; q++) all[allFill[items[q]!]!++] = v;
    const moves: number[] = [];
    mark.fill(0);
    for (const v of lonely) {
      let best = -1;
      let bs = Number.NEGATIVE_INFINITY;
      for (let q = off[v]!; q < prefixEnd[v]!; q++) {
        const x = items[q]!;
        for (let s = base[x]!; s < allFill[x]!; s++) {
          const b = all[s]!;
          if (b === v || mark[b] === v + 1) continue;
          mark[b] = v + 1;
          if (!lengthsFit(sets, p, v, b)) continue;
          st.compared++;
          const sim = similarityOf(sets, p, v, b);
          if (sim >= p.threshold && (sim > bs || (sim === bs && b < best))) {
            best = b;
            bs = sim;
          }
        }
      }
      if (best >= 0) moves.push(v, head[best]!);
    }
    for (let i = 0; i < moves.length; i += 2) head[moves[i]!] = moves[i + 1]!;
  }
  // bestSim holds each member's similarity to its head; heads (-Infinity there, moved or not) have none.
  for (let v = 0; v < n; v++) if (head[v] === v || bestSim[v] === Number.NEGATIVE_INFINITY) bestSim[v] = Number.NaN;
  if (tick) await tick.tick(n);
  return { head, sim: bestSim, stats: { compared: st.compared, similar: st.similar } };
}

/**
 * The naive exact join: every pair compared. Quadratic — the reference the fast joins are checked and
 * benchmarked against, not for production sizes.
 */
export async function allPairsJoin(sets: WeightedSets, p: SetPredicate, edges: EdgeBuffer, tick?: Tick) {
  const stats: JoinStats = { compared: 0, similar: 0 };
  for (let a = 1; a < sets.n; a++) {
    if (tick && a % TICK_EVERY === 0) await tick.tick(a);
    for (let b = 0; b < a; b++) {
      stats.compared++;
      const sim = similarityOf(sets, p, a, b);
      if (sim >= p.threshold) {
        stats.similar++;
        edges.push(b, a, sim);
      }
    }
  }
  if (tick) await tick.tick(sets.n);
  return stats;
}
