// Cosine similarity over caller-supplied embeddings.
//
// Up to EXACT_LIMIT vectors per sector every pair is compared (blocked, on one Float32Array). Above it,
// candidates come from random-hyperplane LSH (SimHash, Charikar 2002): BANDS bands of ROWS sign bits; two
// vectors at angle θ agree on a bit with probability 1 − θ/π, so at cosine 0.8 a pair collides in at least
// one band with probability ≈ 0.98, at 0.9 ≈ 1. Every candidate is verified with the exact cosine, so LSH
// can only lose a few borderline pairs, never add a wrong one. The hyperplanes come from a fixed seed:
// the same input always gives the same pairs.
import type { EdgeBuffer } from './graph.js';
import type { JoinStats, Tick } from './sets.js';

export const EXACT_LIMIT = 3000;
const BANDS = 24;
const ROWS = 8;
const TICK_EVERY = 256;

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

/** All pairs with cosine ≥ threshold, as (lower, higher, cosine). */
export async function cosineJoin(
  data: Float32Array,
  usable: Uint8Array,
  dim: number,
  threshold: number,
  edges: EdgeBuffer,
  tick?: Tick,
  exhaustive = false,
): Promise<JoinStats> {
  const n = usable.length;
  if (exhaustive || n <= EXACT_LIMIT) {
    let compared = 0;
    let similar = 0;
    for (let a = 1; a < n; a++) {
      if (tick && a % TICK_EVERY === 0) await tick(a);
      if (!usable[a]) continue;
      for (let b = 0; b < a; b++) {
        if (!usable[b]) continue;
        compared++;
        const sim = dot(data, dim, a, b);
        if (sim >= threshold) {
          similar++;
          edges.push(b, a, sim);
        }
      }
    }
    if (tick) await tick(n);
    return { compared, similar };
  }
  return lshJoin(data, usable, dim, threshold, edges, tick);
}

// mulberry32: a small, fast, seedable PRNG — enough for hyperplanes, and the same everywhere.
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

async function lshJoin(
  data: Float32Array,
  usable: Uint8Array,
  dim: number,
  threshold: number,
  edges: EdgeBuffer,
  tick?: Tick,
): Promise<JoinStats> {
  const n = usable.length;
  const bits = BANDS * ROWS;
  const rnd = mulberry32(0x1ab8);
  // Gaussian hyperplanes (Box–Muller), so directions are uniform on the sphere.
  const planes = new Float32Array(bits * dim);
  for (let i = 0; i < planes.length; i++) {
    planes[i] = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  }
  const codes = new Int32Array(n * BANDS);
  for (let r = 0; r < n; r++) {
    if (tick && r % TICK_EVERY === 0) await tick(Math.floor(r / 2));
    const o = r * dim;
    for (let band = 0; band < BANDS; band++) {
      let code = 0;
      for (let row = 0; row < ROWS; row++) {
        const po = (band * ROWS + row) * dim;
        let s = 0;
        for (let k = 0; k < dim; k++) s += planes[po + k]! * data[o + k]!;
        code = (code << 1) | (s >= 0 ? 1 : 0);
      }
      codes[r * BANDS + band] = code;
    }
  }
  // Bucket members per band by sorting (band code, record), then compare within each bucket.
  const order = new Int32Array(n);
  const seenPairs = new Set<number>();
  let compared = 0;
  let similar = 0;
  for (let band = 0; band < BANDS; band++) {
    for (let r = 0; r < n; r++) order[r] = r;
    order.sort((x, y) => codes[x * BANDS + band]! - codes[y * BANDS + band]! || x - y);
    let from = 0;
    while (from < n) {
      let to = from + 1;
      const code = codes[order[from]! * BANDS + band]!;
      while (to < n && codes[order[to]! * BANDS + band] === code) to++;
      for (let i = from + 1; i < to; i++) {
        const a = order[i]!;
        if (!usable[a]) continue;
        for (let j = from; j < i; j++) {
          const b = order[j]!;
          if (!usable[b]) continue;
          // One verification per pair across bands: a pair key fits a double exactly for n < 2^26.
          const key = b * n + a;
          if (seenPairs.has(key)) continue;
          seenPairs.add(key);
          compared++;
          const sim = dot(data, dim, a, b);
          if (sim >= threshold) {
            similar++;
            edges.push(b, a, sim);
          }
        }
      }
      from = to;
    }
    if (tick) await tick(Math.floor(n / 2 + ((band + 1) * n) / (2 * BANDS)));
  }
  return { compared, similar };
}
