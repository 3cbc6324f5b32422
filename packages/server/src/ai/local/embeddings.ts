// Deterministic embeddings without a model: feature hashing of stemmed words and character trigrams into a small
// vector, L2-normalised. Lexical, not semantic — but near-duplicate keywords (plurals, word order, accents, typos)
// land close together, which is what clustering and cannibalisation checks need offline.
import { contentStems, foldAccents, normalizePhrase } from './text.js';

export const LOCAL_EMBEDDING_DIMENSIONS = 256;

/** FNV-1a, 32 bits: fast, stable across platforms and Node versions (unlike anything seeded per process). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: Float64Array, feature: string, weight: number) {
  const h = fnv1a(feature);
  // The sign bit spreads collisions out instead of letting them pile up in one direction.
  const sign = h & 0x80000000 ? -1 : 1;
  const index = h % vector.length;
  vector[index] = (vector[index] ?? 0) + sign * weight;
}

export function embedTextLocally(text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Float64Array(dimensions);
  const stems = contentStems(text);
  // Whole words carry the meaning: they weigh more than any single trigram.
  for (const s of stems) addFeature(vector, `w:${s}`, 1);
  // Trigrams over the stems, word by word with boundary marks, catch typos and compounds (`laufschuhe`/`schuhe`).
  const folded = stems.length > 0 ? stems : [foldAccents(normalizePhrase(text))].filter(Boolean);
  for (const word of folded) {
    const padded = `#${word}#`;
    for (let i = 0; i + 3 <= padded.length; i++) addFeature(vector, `t:${padded.slice(i, i + 3)}`, 0.35);
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  // An empty text stays the zero vector: similar to nothing rather than to everything.
  return Array.from(vector, (v) => (norm > 0 ? v / norm : 0));
}

export function embedLocally(texts: string[], dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[][] {
  return texts.map((t) => embedTextLocally(t, dimensions));
}

/** Cosine similarity; for the L2-normalised vectors above it is the dot product. */
export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
