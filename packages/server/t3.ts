import { readFileSync } from 'node:fs';
import { clusterKeywords, pairwiseScores } from './src/domain/planner/clustering/index.js';
import { INTENT_RULES } from './src/domain/planner/text/intent-rules.js';
import { stemToken } from './src/domain/planner/text/stem.js';
const data = JSON.parse(readFileSync('test/fixtures/keywords-labelled.json', 'utf8'));
const labels = new Map(data.keywords.map((k: any) => [k.id, k.group]));
const mods = new Set<string>();
for (const [lang, table] of Object.entries(INTENT_RULES)) for (const rules of Object.values(table)) for (const [p] of rules!) for (const w of p.split(' ')) mods.add(stemToken(w, lang as any));
const weights: Record<string, any> = {
  uniform: 'uniform',
  modifier: (_df: number, _n: number, name: string) => (mods.has(name) ? 0.5 : 1),
  modifier3: (_df: number, _n: number, name: string) => (mods.has(name) ? 0.3 : 1),
  cappedIdf: (df: number, n: number) => Math.log(1 + n / Math.max(df, n / 50)),
  capMod: (df: number, n: number, name: string) => Math.log(1 + n / Math.max(df, n / 50)) * (mods.has(name) ? 0.5 : 1),
};
const grouping = (process.argv[2] ?? 'star') as any;
for (const measure of ['jaccard', 'cosine'])
for (const [wn, w] of Object.entries(weights))
for (const t of measure === "jaccard" ? [0.15, 0.2, 0.22, 0.25, 0.28, 0.3] : [0.3, 0.35, 0.4, 0.45]) {
  const r = await clusterKeywords({ keywords: data.keywords, threshold: t, grouping, __weight: w, __measure: measure } as any);
  const s = pairwiseScores(labels as any, r.clusters);
  console.log(grouping, measure, wn, t, 'P', s.precision.toFixed(3), 'R', s.recall.toFixed(3), 'F1', s.f1.toFixed(3), 'ARI', s.ari.toFixed(3), 'clusters', r.clusters.length, 'uncl', r.unclustered.length);
}
