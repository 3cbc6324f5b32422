import { readFileSync } from 'node:fs';
import { pairwiseScores } from './src/domain/planner/clustering/quality.js';
import { adjacency, EdgeBuffer, starGroups, componentGroups } from './src/domain/planner/clustering/graph.js';
import { INTENT_RULES } from './src/domain/planner/text/intent-rules.js';
import { stemToken, stemTokens } from './src/domain/planner/text/stem.js';
import { tokenize } from './src/domain/planner/text/normalize.js';
const data = JSON.parse(readFileSync('test/fixtures/keywords-labelled.json', 'utf8'));
const labels = new Map<string, string>(data.keywords.map((k: any) => [k.id, k.group]));
const mods = new Set<string>();
for (const [lang, table] of Object.entries(INTENT_RULES)) for (const rules of Object.values(table)) for (const [p] of rules!) for (const w of p.split(' ')) mods.add(stemToken(w, lang as any));
const sectors = new Map<string, any[]>();
for (const k of data.keywords) { const l = sectors.get(k.sectorId) ?? []; l.push(k); sectors.set(k.sectorId, l); }
for (const l of sectors.values()) l.sort((a, b) => b.volume - a.volume || (a.phrase < b.phrase ? -1 : 1));
const prepared = new Map<string, { stems: string[] }>();
for (const k of data.keywords) prepared.set(k.id, { stems: [...new Set(stemTokens(tokenize(k.phrase, k.language), k.language))] });
type M = (a: string[], b: string[], w: (s: string) => number) => number;
const inter = (a: string[], b: string[], w: (s: string) => number) => { let s = 0; for (const x of a) if (b.includes(x)) s += w(x); return s; };
const W = (a: string[], w: (s: string) => number) => a.reduce((s, x) => s + w(x), 0);
const J: M = (a, b, w) => { const i = inter(a, b, w); return i / (W(a, w) + W(b, w) - i); };
const O: M = (a, b, w) => { const i = inter(a, b, w); return i / Math.min(W(a, w), W(b, w)); };
const C: M = (a, b, w) => { const i = inter(a, b, w); return i / Math.sqrt(W(a, w) * W(b, w)); };
const mix = (beta: number): M => (a, b, w) => Math.max(J(a, b, w), beta * O(a, b, w));
const weights: Record<string, (s: string) => number> = { uni: () => 1, mod5: (s) => (mods.has(s) ? 0.5 : 1), mod3: (s) => (mods.has(s) ? 0.3 : 1), mod7: (s) => (mods.has(s) ? 0.7 : 1) };
const measures: Record<string, M> = { J, C };
const grouping = process.argv[2] ?? 'star';
const results: string[] = [];
for (const [mn, m] of Object.entries(measures)) for (const [wn, w] of Object.entries(weights)) for (const t of [0.2, 0.22, 0.25, 0.28, 0.3, 0.35, 0.4, 0.45]) {
  const clusters: { keywordIds: string[] }[] = [];
  for (const list of sectors.values()) {
    const n = list.length; const edges = new EdgeBuffer();
    for (let a = 1; a < n; a++) for (let b = 0; b < a; b++) { const s = m(prepared.get(list[a].id)!.stems, prepared.get(list[b].id)!.stems, w); if (s >= t) edges.push(b, a, s); }
    const adj = adjacency(n, edges);
    const head = grouping === 'star' || grouping === 'attach' ? starGroups(n, adj) : componentGroups(n, edges);
    if (grouping === 'attach') {
      const size = new Int32Array(n); for (let v = 0; v < n; v++) size[head[v]!]!++;
      for (let v = 0; v < n; v++) if (head[v] === v && size[v] === 1) { let best = -1, bs = -1; for (let p = adj.off[v]!; p < adj.off[v+1]!; p++) if (adj.sim[p]! > bs) { bs = adj.sim[p]!; best = adj.nbr[p]!; } if (best >= 0) head[v] = head[best]!; }
    }
    const g = new Map<number, string[]>(); for (let v = 0; v < n; v++) { const l = g.get(head[v]!) ?? []; l.push(list[v].id); g.set(head[v]!, l); }
    for (const ids of g.values()) if (ids.length > 1) clusters.push({ keywordIds: ids });
  }
  const s = pairwiseScores(labels, clusters);
  results.push(`${s.f1.toFixed(3)} ${mn} ${wn} ${t} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} ARI ${s.ari.toFixed(3)} clusters ${clusters.length}`);
}
results.sort().reverse(); console.log(results.slice(0, 25).join('\n'));
