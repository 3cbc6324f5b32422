// Agreement between a clustering and known labels, for quality tests and benchmarks (and for anyone tuning
// a threshold on their own labelled keywords).

export interface PairwiseScores {
  /** Of the pairs put together, the share that belong together. */
  precision: number;
  /** Of the pairs that belong together, the share put together. */
  recall: number;
  /** Harmonic mean of pairwise precision and recall. */
  f1: number;
  /** Adjusted Rand index: 1 = identical partitions, ~0 = chance agreement. */
  ari: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/**
 * Pairwise precision/recall/F1 and the adjusted Rand index of predicted clusters against true groups.
 * Keywords not in any predicted cluster count as singletons; keywords without a label are ignored.
 */
export function pairwiseScores(
  labels: ReadonlyMap<string, string>,
  clusters: readonly { readonly keywordIds: readonly string[] }[],
): PairwiseScores {
  const cell = new Map<string, number>();
  const predictedSize = new Map<number, number>();
  const trueSize = new Map<string, number>();
  const placed = new Set<string>();
  let n = 0;
  clusters.forEach((c, ci) => {
    for (const id of c.keywordIds) {
      const label = labels.get(id);
      if (label === undefined) continue;
      placed.add(id);
      n++;
      const key = `${ci}\u0000${label}`;
      cell.set(key, (cell.get(key) ?? 0) + 1);
      predictedSize.set(ci, (predictedSize.get(ci) ?? 0) + 1);
      trueSize.set(label, (trueSize.get(label) ?? 0) + 1);
    }
  });
  for (const [id, label] of labels) {
    if (placed.has(id)) continue;
    n++;
    trueSize.set(label, (trueSize.get(label) ?? 0) + 1);
  }
  let together = 0;
  for (const k of cell.values()) together += pairs(k);
  let predicted = 0;
  for (const k of predictedSize.values()) predicted += pairs(k);
  let actual = 0;
  for (const k of trueSize.values()) actual += pairs(k);
  const precision = predicted ? together / predicted : 1;
  const recall = actual ? together / actual : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const expected = n > 1 ? (predicted * actual) / pairs(n) : 0;
  const max = (predicted + actual) / 2;
  const ari = max - expected ? (together - expected) / (max - expected) : 1;
  return { precision, recall, f1, ari };
}

export interface NamingScores {
  /** Of the groups, the share whose largest cluster is named with the group's own name. */
  groups: number;
  /** Of all clusters, the share named with the name of the group most of their keywords belong to. */
  clusters: number;
}

/**
 * How often cluster names match the names people gave the groups. `labels` maps keyword ids to groups, `names`
 * each group to its name, `phrases` keyword ids to phrases; names are compared by `same` (e.g. normalized).
 * A group's largest cluster is the one holding most of its keywords (ties: the first).
 */
export function namingScores(
  labels: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
  clusters: readonly { readonly name: string; readonly keywordIds: readonly string[] }[],
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): NamingScores {
  const largest = new Map<string, { size: number; name: string }>();
  let named = 0;
  let counted = 0;
  for (const c of clusters) {
    const counts = new Map<string, number>();
    for (const id of c.keywordIds) {
      const label = labels.get(id);
      if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    let major: string | undefined;
    let majorCount = 0;
    for (const [label, count] of counts) {
      if (count > majorCount) {
        major = label;
        majorCount = count;
      }
      const seen = largest.get(label);
      if (!seen || count > seen.size) largest.set(label, { size: count, name: c.name });
    }
    if (major === undefined) continue;
    counted++;
    if (same(c.name, names.get(major) ?? '')) named++;
  }
  let groups = 0;
  for (const [label, name] of names) {
    const best = largest.get(label);
    if (best && same(best.name, name)) groups++;
  }
  return { groups: names.size ? groups / names.size : 1, clusters: counted ? named / counted : 1 };
}
