// Cosine similarity over caller-supplied embeddings.
//
// Up to EXACT_LIMIT vectors per sector every pair is compared (exact). Above it, star clusters are built the
// way the lexical engine builds them — comparing each keyword with cluster heads only — with candidates from
// random-hyperplane LSH (SimHash, Charikar 2002). Each vector gets CODE_BITS sign bits; two vectors at angle θ
// differ on a bit with probability θ/π. BANDS bands of BAND_BITS bits sampled from the code index the heads
// (bucket = the band's bits read as an integer, a plain typed array per band: no map, no pair set); a keyword
// is compared with the heads sharing one of its buckets, after a Hamming-distance filter on the whole code.
// Work is bounded by construction: at most BANDS × BUCKET_CAP heads are looked at per keyword, and only heads
// enter buckets — on dense keyword sets the similar pairs grow quadratically, the heads do not. The Hamming
// filter and the bands can lose a few borderline pairs, never add a wrong one: every candidate is verified
// with the exact cosine. Hyperplanes and bit samples come from fixed seeds: the same input always gives the
// same clusters.
import type { EdgeBuffer } from './graph.js';
import type { JoinStats, Tick } from './sets.js';

export const EXACT_LIMIT = 3000;
const TICK_EVERY = 256;
/** Sign bits per vector, held in two 32-bit words. */
const CODE_BITS = 64;
/** Bands of BAND_BITS bits each (2^BAND_BITS buckets a band). */
const BANDS = 80;
const BAND_BITS = 10;
/** At most this many heads are read from one bucket (the earliest, i.e. the highest-priority ones). */
export const BUCKET_CAP = 16;

/** Unit-length copies of the vectors, row-major; a zero or non-finite vector is flagged unusable. */
export function unitVectors(vectors: readonly ArrayLike<number>[], dim: number) {
  const n = vectors.length;
  const data = new Float32Array(n * dim);
  const usable = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const v = vectors[r]!;
    let norm = 0;
    for (let k = 0; k < dim; k++) norm += v[k]! * v[k]!;
    if (!(norm > 0) || !Number.isFinite(norm)) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let k = 0; k < dim; k++) data[r * dim + k] = v[k]! * inv;
    usable[r] = 1;
  }
  return { data, usable };
}

/** The dot product of rows a and b (the cosine, for unit rows). */
export function dot(data: Float32Array, dim: number, a: number, b: number): number {
  let s = 0;
  const oa = a * dim;
  const ob = b * dim;
  for (let k = 0; k < dim; k++) s += data[oa + k]! * data[ob + k]!;
  return s;
}

/**
 * All pairs with cosine ≥ threshold, as (lower, higher, cosine): every pair compared. Quadratic — for sectors up
 * to EXACT_LIMIT vectors and for the `exhaustive` reference.
 */
export async function cosineJoin(
  data: Float32Array,
  usable: Uint8Array,
  dim: number,
  threshold: number,
  edges: EdgeBuffer,
  tick?: Tick,
): Promise<JoinStats> {
  const n = usable.length;
  const cosine = cosineOf(data, usable, dim);
  let compared = 0;
  let similar = 0;
  for (let a = 1; a < n; a++) {
    if (tick && a % TICK_EVERY === 0) await tick.tick(a);
    if (!usable[a]) continue;
    for (let b = 0; b < a; b++) {
      if (!usable[b]) continue;
      compared++;
      const sim = cosine(a, b);
      if (sim >= threshold) {
        similar++;
        edges.push(b, a, sim);
      }
    }
  }
  if (tick) await tick.tick(n);
  return { compared, similar };
}

// mulberry32: a small, fast, seedable PRNG — enough for hyperplanes and bit samples, and the same everywhere.
function mulberry32(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The cosine of v with any u, for unit rows. Embeddings made by feature hashing (the local provider's) have a few
 * dozen non-zero coordinates out of hundreds: for them u's non-zeros are listed once and each product reads only
 * those — several times fewer operations than the dense loop, which model embeddings (dense) keep.
 */
function cosineOf(data: Float32Array, usable: Uint8Array, dim: number): (v: number, u: number) => number {
  const n = usable.length;
  let nonZero = 0;
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) nonZero++;
  if (nonZero > (n * dim) / 4) return (v, u) => dot(data, dim, v, u);
  const off = new Int32Array(n + 1);
  const idx = new Int32Array(nonZero);
  const val = new Float32Array(nonZero);
  let q = 0;
  for (let r = 0; r < n; r++) {
    const o = r * dim;
    for (let k = 0; k < dim; k++) {
      const x = data[o + k]!;
      if (x !== 0) {
        idx[q] = k;
        val[q++] = x;
      }
    }
    off[r + 1] = q;
  }
  return (v, u) => {
    const o = v * dim;
    let sum = 0;
    for (let p = off[u]!; p < off[u + 1]!; p++) sum += data[o + idx[p]!]! * val[p]!;
    return sum;
  };
}

/**
 * The largest Hamming distance between the codes of two vectors at the threshold cosine that the filter lets
 * through: the expected distance plus two standard deviations. A pair exactly at the threshold is lost with
 * probability ≈ 2 %, a closer pair far less often (its distance is shorter); the pairs near the threshold are the
 * bulk of the candidates, and this bound halves the exact checks that four deviations cost, at the same quality
 * on the benchmark set.
 */
export function hammingLimit(threshold: number): number {
  const p = Math.acos(Math.min(1, Math.max(-1, threshold))) / Math.PI;
  return Math.min(CODE_BITS, Math.ceil(CODE_BITS * p + 2 * Math.sqrt(CODE_BITS * p * (1 - p))));
}

/** SimHash codes (two words per vector) and each vector's bucket in every band. */
async function lshCodes(data: Float32Array, usable: Uint8Array, dim: number, tick?: Tick) {
  const n = usable.length;
  const rnd = mulberry32(0x1ab8);
  // Gaussian hyperplanes (Box–Muller), so directions are uniform on the sphere; stored coordinate-major so that
  // a coordinate that is zero (embeddings made by feature hashing are mostly zeros) costs nothing.
  const planes = new Float64Array(dim * CODE_BITS);
  for (let i = 0; i < planes.length; i++) {
    planes[i] = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  }
  const bitsOf = new Int32Array(BANDS * BAND_BITS);
  for (let band = 0; band < BANDS; band++) {
    // Distinct bits within a band (a partial Fisher–Yates over the code's positions).
    const positions = Array.from({ length: CODE_BITS }, (_, i) => i);
    for (let i = 0; i < BAND_BITS; i++) {
      const j = i + Math.floor(rnd() * (CODE_BITS - i));
      [positions[i], positions[j]] = [positions[j]!, positions[i]!];
      bitsOf[band * BAND_BITS + i] = positions[i]!;
    }
  }
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const buckets = new Uint16Array(n * BANDS);
  const acc = new Float64Array(CODE_BITS);
  for (let r = 0; r < n; r++) {
    if (tick && r % TICK_EVERY === 0) await tick.tick(r >> 2);
    if (!usable[r]) continue;
    acc.fill(0);
    const o = r * dim;
    for (let k = 0; k < dim; k++) {
      const x = data[o + k]!;
      if (x === 0) continue;
      const base = k * CODE_BITS;
      for (let b = 0; b < CODE_BITS; b++) acc[b]! += planes[base + b]! * x;
    }
    let l = 0;
    let h = 0;
    for (let b = 0; b < 32; b++) if (acc[b]! >= 0) l |= 1 << b;
    for (let b = 0; b < 32; b++) if (acc[32 + b]! >= 0) h |= 1 << b;
    lo[r] = l;
    hi[r] = h;
    for (let band = 0; band < BANDS; band++) {
      let code = 0;
      for (let i = 0; i < BAND_BITS; i++) {
        const bit = bitsOf[band * BAND_BITS + i]!;
        const word = bit < 32 ? l : h;
        code = (code << 1) | ((word >>> (bit & 31)) & 1);
      }
      buckets[r * BANDS + band] = code;
    }
  }
  return { lo, hi, buckets };
}

/**
 * Buckets on typed arrays: per band, 2^BAND_BITS buckets, each a contiguous run of members in insertion order,
 * each member stored with its code so that the Hamming filter reads memory in order (most candidates fail it).
 * Every record's bucket is known before the join starts, so each run is sized up front (to at most BUCKET_CAP,
 * the most that is ever read): nothing is allocated per insert.
 */
class BandIndex {
  /** Run of bucket `slot`: entries start[slot] ≤ e < end[slot]; entry e is (record, lo, hi) at 3e. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly entries: Int32Array;

  constructor(
    private readonly buckets: Uint16Array,
    private readonly lo: Int32Array,
    private readonly hi: Int32Array,
    eligible: (v: number) => boolean,
  ) {
    const n = lo.length;
    const slots = BANDS << BAND_BITS;
    const room = new Int32Array(slots);
    for (let v = 0; v < n; v++) {
      if (!eligible(v)) continue;
      for (let band = 0; band < BANDS; band++) {
        const slot = (band << BAND_BITS) | buckets[v * BANDS + band]!;
        if (room[slot]! < BUCKET_CAP) room[slot]!++;
      }
    }
    this.start = new Int32Array(slots + 1);
    for (let slot = 0; slot < slots; slot++) this.start[slot + 1] = this.start[slot]! + room[slot]!;
    this.end = this.start.slice(0, slots);
    this.entries = new Int32Array(3 * this.start[slots]!);
  }

  /** Appends v to its bucket in every band (a full bucket keeps its earlier, higher-priority members). */
  insert(v: number): void {
    for (let band = 0; band < BANDS; band++) {
      const slot = (band << BAND_BITS) | this.buckets[v * BANDS + band]!;
      const at = this.end[slot]!;
      if (at < this.start[slot + 1]!) {
        this.entries[3 * at] = v;
        this.entries[3 * at + 1] = this.lo[v]!;
        this.entries[3 * at + 2] = this.hi[v]!;
        this.end[slot] = at + 1;
      }
    }
  }
}

/**
 * Star clusters for more than EXACT_LIMIT vectors (records in priority order, 0 = most head-like), the same
 * three steps as the lexical `starJoin`: a record similar to no earlier head becomes a head; every other record
 * joins its most similar head, later heads included (ties: the earlier head); a head nothing joined goes to the
 * cluster of its most similar record. Returns, per record, the head of its cluster.
 */
export async function cosineStarJoin(
  data: Float32Array,
  usable: Uint8Array,
  dim: number,
  threshold: number,
  tick?: Tick,
): Promise<{ head: Int32Array; stats: JoinStats }> {
  const n = usable.length;
  const stats: JoinStats = { compared: 0, similar: 0 };
  const { lo, hi, buckets } = await lshCodes(data, usable, dim, tick);
  const maxHamming = hammingLimit(threshold);
  const cosine = cosineOf(data, usable, dim);
  const head = new Int32Array(n).fill(-1);
  const bestSim = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const mark = new Int32Array(n);
  const heads = new BandIndex(buckets, lo, hi, (v) => usable[v] === 1);

  // Once a record has a similar partner, only closer ones matter: `limit` tightens to the Hamming distance a pair
  // at that similarity could have (visits set it through `closerThan`).
  let limit = maxHamming;
  const closerThan = (sim: number) => {
    limit = Math.min(limit, hammingLimit(sim));
  };
  /** Visits the members of v's buckets that pass the Hamming filter, each once per stamp, and verifies them;
   *  `visit` returns true to stop. With `after` ≥ 0, only members above `after` (bucket runs are in priority
   *  order, so each is read from its end). */
  const probe = (
    index: BandIndex,
    v: number,
    stamp: number,
    visit: (u: number, sim: number) => boolean,
    after = -1,
  ): void => {
    const lv = lo[v]!;
    const hv = hi[v]!;
    for (let band = 0; band < BANDS; band++) {
      const slot = (band << BAND_BITS) | buckets[v * BANDS + band]!;
      const from = 3 * index.start[slot]!;
      const entries = index.entries;
      for (let e = 3 * index.end[slot]! - 3; e >= from; e -= 3) {
        const u = entries[e]!;
        if (u <= after) break;
        if (popcount(lv ^ entries[e + 1]!) + popcount(hv ^ entries[e + 2]!) > limit) continue;
        if (u === v || mark[u] === stamp) continue;
        mark[u] = stamp;
        stats.compared++;
        const sim = cosine(v, u);
        if (sim < threshold) continue;
        stats.similar++;
        if (visit(u, sim)) return;
      }
    }
  };

  // Heads are pairwise less similar than the threshold: their angle exceeds θt = acos(threshold). A head h with
  // angle(v, h) ≤ θt / 2 is then the most similar head v has (any other head h' has angle(v, h') >
  // θt − angle(v, h) ≥ angle(v, h), by the triangle inequality on angles), so the search can stop there.
  const decisive = Math.cos(Math.acos(Math.min(1, Math.max(-1, threshold))) / 2);
  const better = (v: number, u: number, sim: number) => {
    if (sim > bestSim[v]! || (sim === bestSim[v] && u < head[v]!)) {
      head[v] = u;
      bestSim[v] = sim;
      closerThan(sim);
    }
    return bestSim[v]! >= decisive;
  };

  // 1. In priority order, a record similar to no earlier head becomes a head; any other record gets its most
  //    similar earlier head.
  for (let v = 0; v < n; v++) {
    if (tick && v % TICK_EVERY === 0) await tick.tick((n >> 2) + (v >> 2));
    if (!usable[v]) {
      head[v] = v;
      continue;
    }
    limit = maxHamming;
    probe(heads, v, v + 1, (u, sim) => better(v, u, sim));
    if (head[v]! < 0) {
      head[v] = v;
      heads.insert(v);
    }
  }

  // 2. Later heads may be more similar (ties: the earlier head), unless the earlier one is decisive.
  const isHead = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (head[v] === v) isHead[v] = 1;
  for (let v = 0; v < n; v++) {
    if (tick && v % TICK_EVERY === 0) await tick.tick((n >> 1) + (v >> 2));
    if (isHead[v] || bestSim[v]! >= decisive) continue;
    limit = hammingLimit(bestSim[v]!);
    probe(heads, v, -(v + 1), (u, sim) => better(v, u, sim), v);
  }

  // 3. Lonely heads go to the cluster of their most similar record, found in an index of every record (built
  //    only when there is a lonely head). Moves are decided on the clusters of step 2, then applied.
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) size[head[v]!]!++;
  const lonely: number[] = [];
  for (let v = 0; v < n; v++) if (isHead[v] && usable[v] && size[v] === 1) lonely.push(v);
  if (lonely.length > 0) {
    // Two heads are (nearly always) not similar: a lonely head's partner is a member, so only members are indexed.
    const member = (v: number) => usable[v] === 1 && isHead[v] === 0;
    const all = new BandIndex(buckets, lo, hi, member);
    for (let v = 0; v < n; v++) if (member(v)) all.insert(v);
    mark.fill(0);
    const moves: number[] = [];
    for (let i = 0; i < lonely.length; i++) {
      if (tick && i % TICK_EVERY === 0) await tick.tick(((3 * n) >> 2) + Math.floor((i * n) / (4 * lonely.length)));
      const v = lonely[i]!;
      let best = -1;
      let bs = Number.NEGATIVE_INFINITY;
      limit = maxHamming;
      probe(all, v, v + 1, (u, sim) => {
        if (sim > bs || (sim === bs && u < best)) {
          best = u;
          bs = sim;
          closerThan(sim);
        }
        return false;
      });
      if (best >= 0) moves.push(v, head[best]!);
    }
    for (let i = 0; i < moves.length; i += 2) head[moves[i]!] = moves[i + 1]!;
  }
  if (tick) await tick.tick(n);
  return { head, stats };
}

/**
 * Connected components for more than EXACT_LIMIT vectors: every record is indexed, each compared with the earlier
 * records sharing a bucket (up to BUCKET_CAP a bucket) unless they are already connected. Returns, per record,
 * the root of its component (its earliest record).
 */
export async function cosineComponentsJoin(
  data: Float32Array,
  usable: Uint8Array,
  dim: number,
  threshold: number,
  forest: { union(a: number, b: number): void; same(a: number, b: number): boolean; find(v: number): number },
  tick?: Tick,
): Promise<JoinStats> {
  const n = usable.length;
  const stats: JoinStats = { compared: 0, similar: 0 };
  const { lo, hi, buckets } = await lshCodes(data, usable, dim, tick);
  const maxHamming = hammingLimit(threshold);
  const cosine = cosineOf(data, usable, dim);
  const index = new BandIndex(buckets, lo, hi, (v) => usable[v] === 1);
  const mark = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (tick && v % TICK_EVERY === 0) await tick.tick((n >> 2) + Math.floor((3 * v) / 4));
    if (!usable[v]) continue;
    for (let band = 0; band < BANDS; band++) {
      const slot = (band << BAND_BITS) | buckets[v * BANDS + band]!;
      const entries = index.entries;
      const end = 3 * index.end[slot]!;
      for (let e = 3 * index.start[slot]!; e < end; e += 3) {
        const u = entries[e]!;
        if (popcount(lo[v]! ^ entries[e + 1]!) + popcount(hi[v]! ^ entries[e + 2]!) > maxHamming) continue;
        if (mark[u] === v + 1) continue;
        mark[u] = v + 1;
        if (forest.same(u, v)) continue;
        stats.compared++;
        if (cosine(v, u) >= threshold) {
          stats.similar++;
          forest.union(u, v);
        }
      }
    }
    index.insert(v);
  }
  if (tick) await tick.tick(n);
  return stats;
}
