// The baseline the clustering engine must beat (speed, at equal or better F1): plain exact word-Jaccard star
// clustering, as one would write it without this project's text tools — words are the normalized phrase split on
// spaces (no stemming, no stop words, no weights, no compounds), similarity is the plain Jaccard of word sets,
// computed exactly. Keywords go in volume order; each joins the most similar earlier head at or above the
// threshold, or becomes a head. Candidates come from an inverted index of the heads' words (not every pair), so
// that the baseline is a fair, ordinary implementation rather than a quadratic straw man.
import type { ClusterKeywordInput } from '../../packages/server/src/domain/planner/clustering/index.ts';
import { normalizePhrase } from '../../packages/server/src/domain/planner/text/index.ts';

export interface BaselineCluster {
  name: string;
  keywordIds: string[];
}

export function wordJaccardStar(
  keywords: readonly ClusterKeywordInput[],
  threshold: number,
  minClusterSize = 2,
): { clusters: BaselineCluster[]; comparisons: number } {
  const ordered = keywords
    .map((k) => ({ k, words: [...new Set(normalizePhrase(k.phrase).split(' ').filter(Boolean))] }))
    .sort((a, b) => (b.k.volume ?? 0) - (a.k.volume ?? 0) || (a.k.id < b.k.id ? -1 : 1));
  const postings = new Map<string, number[]>();
  const heads: { words: Set<string>; members: string[]; name: string; sector: string | null }[] = [];
  const seen = new Int32Array(keywords.length).fill(-1);
  let comparisons = 0;
  ordered.forEach(({ k, words }, v) => {
    const sector = k.sectorId ?? null;
    let best = -1;
    let bestSim = 0;
    for (const w of words) {
      for (const h of postings.get(w) ?? []) {
        if (seen[h] === v || heads[h]!.sector !== sector) continue;
        seen[h] = v;
        comparisons++;
        const hw = heads[h]!.words;
        let shared = 0;
        for (const x of words) if (hw.has(x)) shared++;
        const sim = shared / (words.length + hw.size - shared);
        if (sim >= threshold && sim > bestSim) {
          best = h;
          bestSim = sim;
        }
      }
    }
    if (best >= 0) {
      heads[best]!.members.push(k.id);
      return;
    }
    const h = heads.length;
    heads.push({ words: new Set(words), members: [k.id], name: k.phrase, sector });
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(h);
      else postings.set(w, [h]);
    }
  });
  const clusters = heads
    .filter((h) => h.members.length >= minClusterSize)
    .map((h) => ({ name: h.name, keywordIds: h.members }));
  return { clusters, comparisons };
}
