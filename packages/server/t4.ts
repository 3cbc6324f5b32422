import { readFileSync } from 'node:fs';
import { clusterKeywords, pairwiseScores } from './src/domain/planner/clustering/index.js';
const data = JSON.parse(readFileSync('test/fixtures/keywords-labelled.json', 'utf8'));
const byId = new Map(data.keywords.map((k: any) => [k.id, k]));
const labels = new Map(data.keywords.map((k: any) => [k.id, k.group]));
const t = Number(process.argv[2] ?? 0.25);
const r = await clusterKeywords({ keywords: data.keywords, threshold: t, weighting: (process.argv[4] ?? 'modifiers') as any });
console.log(pairwiseScores(labels as any, r.clusters));
const only = process.argv[3];
for (const c of r.clusters) {
  const groups = new Map<string, number>();
  for (const id of c.keywordIds) { const g = (byId.get(id) as any).group; groups.set(g, (groups.get(g) ?? 0) + 1); }
  if (only && ![...groups.keys()].some(g => g.startsWith(only))) continue;
  console.log(`[${c.keywordIds.length}] ${c.name} :: ${[...groups].map(([g, n]) => g + '×' + n).join(', ')} :: ${c.keywordIds.slice(1, 8).map(id => (byId.get(id) as any).phrase).join(' | ')}`);
}
console.log('UNCLUSTERED', r.unclustered.map(id => (byId.get(id) as any).phrase).join(' | '));
