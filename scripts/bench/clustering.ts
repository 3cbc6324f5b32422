// Keyword clustering benchmark (targets: engine 10k ≤ 0.3 s, 100k ≤ 2 s on one core, ≤ 1 GiB, faster than a
// plain exact word-Jaccard star baseline at equal or better F1; labelled-set F1 ≥ 0.90).
//
//   node --import tsx scripts/bench/clustering.ts
//
// 1. Quality on the labelled set (packages/server/test/fixtures/keywords-labelled.json): pairwise
//    precision/recall/F1 and adjusted Rand index of the lexical algorithm against the labels, overall and per
//    language; how often cluster names are the groups' own names (volumes as given, and shuffled within each
//    group), against naming after the highest-volume member; the word-Jaccard baseline's F1 (word-jaccard.ts).
// 2. Baseline, same run, same input: the naive exact engine (every pair compared, `exhaustive: true`) against
//    the default one on 3,000 synthetic keywords — the speed-up, and whether the fast engine found the same
//    clusters (pair recall against the exact result).
// 3. 10k and 100k synthetic keywords, each in a child process pinned to one core (taskset) so that its peak
//    RSS is its own: the first (cold) run and the best of two warm runs, CPU time, peak RSS and heap. The
//    word-Jaccard baseline runs on the same keywords (the same seeded input objects: both sides start from the
//    raw phrases and do their own tokenizing) in a child process of its own, so that its cold run is as cold as
//    the engine's. Engine and baseline children alternate, BENCH_ROUNDS times (default 2), and each side keeps
//    its best cold and best warm figure, so that a busy machine penalizes neither side more than the other.
//    Each child then measures a steady state the way JMH does: the same run repeated in the same process, a fixed
//    number of warm-up iterations (STEADY_WARMUPS, the same for both sides) and then STEADY_RUNS measured ones, of
//    which the median CPU time is kept — how a long-lived worker thread (compute/cluster-worker.ts) that has
//    served a few clusterings runs the engine. The comparison — the engine faster than the baseline at 10k and
//    100k at the default threshold, with an F1 at least the baseline's best — is judged on three lines of their
//    own: steady state, warm (best of the 2nd and 3rd run in the process, wall time) and cold (the first run in a
//    fresh process); the 0.5 threshold is measured and reported on each line too, with its own met or not.
//    The exit code is 1 when the warm line is not met at the default threshold.
// 4. Semantic: 100k synthetic keywords with the local provider's embeddings (made before the clock starts), in a
//    child pinned to one core; and on 10k, agreement of the LSH star join with the exhaustive one.
// Human-readable lines, then one JSON object on the last line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedLocally } from '../../packages/server/src/ai/local/embeddings.ts';
import {
  type ClusterKeywordInput,
  type ClusterResult,
  clusterKeywords,
  DEFAULT_THRESHOLDS,
  namingScores,
  pairwiseScores,
} from '../../packages/server/src/domain/planner/clustering/index.ts';
import { targetKey } from '../../packages/server/src/domain/planner/text/index.ts';
import {
  collectGarbage,
  machine,
  mib,
  peakRssMiB,
  printResult,
  round,
  shuffled,
  syntheticKeywords,
  timed,
} from './lib.ts';
import { wordJaccardStar } from './word-jaccard.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const self = fileURLToPath(import.meta.url);
const BASELINE_SIZE = 3000;
const TARGETS = { ms10k: 300, ms100k: 2000, rssMiB: 1024, f1: 0.9 };
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
// The steady-state measure (both sides alike): warm-up iterations, then measured ones (median kept). The warm-up
// count makes each side run about two million keywords before it is measured (20 runs of 10k, 5 of 100k), more
// than either side needs for its times to settle (the series are in the JSON line).
const STEADY_RUNS = 5;
const steadyWarmups = (n: number) => Math.max(4, Math.round(2_000_000 / n));

interface SizeResult {
  keywords: number;
  threshold: number;
  clusters: number;
  unclustered: number;
  comparisons: number;
  coldMs: number;
  warmMs: number;
  warmCpuMs: number;
  /** Steady state: the median of STEADY_RUNS runs after the warm-up iterations (CPU time, and wall time). */
  steadyCpuMs: number;
  steadyMs: number;
  steadySeriesCpuMs: number[];
  rssBeforeMiB: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  pinned: boolean;
  /** The word-Jaccard baseline on the same keywords, in a child process of its own. */
  baselineThreshold: number;
  baselineColdMs: number;
  baselineWarmMs: number;
  baselineWarmCpuMs: number;
  baselineSteadyCpuMs: number;
  baselineSteadyMs: number;
  baselineSteadySeriesCpuMs: number[];
  baselineComparisons: number;
  baselineClusters: number;
  /** Baseline time over engine time: above 1, the engine is faster. */
  coldRatio: number;
  warmRatio: number;
  steadyRatio: number;
}

type EngineChild = Omit<
  SizeResult,
  | 'baselineThreshold'
  | 'baselineColdMs'
  | 'baselineWarmMs'
  | 'baselineWarmCpuMs'
  | 'baselineSteadyCpuMs'
  | 'baselineSteadyMs'
  | 'baselineSteadySeriesCpuMs'
  | 'baselineComparisons'
  | 'baselineClusters'
  | 'coldRatio'
  | 'warmRatio'
  | 'steadyRatio'
>;

interface BaselineChild {
  keywords: number;
  threshold: number;
  clusters: number;
  comparisons: number;
  coldMs: number;
  warmMs: number;
  warmCpuMs: number;
  steadyCpuMs: number;
  steadyMs: number;
  steadySeriesCpuMs: number[];
  peakRssMiB: number;
}

interface SemanticResult {
  keywords: number;
  threshold: number;
  embedMs: number;
  coldMs: number;
  warmMs: number;
  clusters: number;
  unclustered: number;
  comparisons: number;
  peakRssMiB: number;
  pinned: boolean;
}

// ------------------------------------------------------------------------------------------ child mode

async function semanticChild(n: number, threshold: number): Promise<void> {
  const keywords = syntheticKeywords(n, 42);
  const embedded = await timed(() => embedLocally(keywords.map((k) => k.phrase)));
  const input = keywords.map((k, i) => ({ ...k, vector: embedded.value[i]! }));
  collectGarbage();
  const run = () => clusterKeywords({ keywords: input, algorithm: 'semantic', threshold });
  const cold = await timed(run);
  const warm = await timed(run);
  const result: SemanticResult = {
    keywords: n,
    threshold,
    embedMs: round(embedded.wallMs),
    coldMs: round(cold.wallMs),
    warmMs: round(warm.wallMs),
    clusters: cold.value.clusters.length,
    unclustered: cold.value.unclustered.length,
    comparisons: cold.value.stats.candidatePairs,
    peakRssMiB: peakRssMiB(),
    pinned: process.env.BENCH_PINNED === '1',
  };
  console.log(JSON.stringify(result));
}

const median = (xs: readonly number[]) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};

/**
 * The runs of one side in its process, measured alike for the engine and the baseline: the first (cold), the
 * best of the 2nd and 3rd (warm), then `steadyWarmups(n)` more unmeasured runs and STEADY_RUNS measured ones.
 */
async function measureRuns<T>(n: number, run: () => Promise<T> | T) {
  const cold = await timed(run);
  let warm = await timed(run);
  const again = await timed(run);
  if (again.wallMs < warm.wallMs) warm = again;
  for (let i = 0; i < steadyWarmups(n); i++) await run();
  const steady: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < STEADY_RUNS; i++) steady.push(await timed(run));
  return {
    cold,
    warm,
    steadyCpuMs: round(median(steady.map((t) => t.cpuMs))),
    steadyMs: round(median(steady.map((t) => t.wallMs))),
    steadySeriesCpuMs: steady.map((t) => round(t.cpuMs)),
  };
}

async function child(n: number, threshold: number): Promise<void> {
  const keywords = syntheticKeywords(n, 42);
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const onProgress = () => {
    const heap = process.memoryUsage().heapUsed;
    if (heap > peakHeap) peakHeap = heap;
  };
  const run = () => clusterKeywords({ keywords, threshold, onProgress });
  const { cold, warm, steadyCpuMs, steadyMs, steadySeriesCpuMs } = await measureRuns(n, run);
  const result: EngineChild = {
    keywords: n,
    threshold,
    clusters: cold.value.clusters.length,
    unclustered: cold.value.unclustered.length,
    comparisons: cold.value.stats.candidatePairs,
    coldMs: round(cold.wallMs),
    warmMs: round(warm.wallMs),
    warmCpuMs: round(warm.cpuMs),
    steadyCpuMs,
    steadyMs,
    steadySeriesCpuMs,
    rssBeforeMiB: mib(rssBefore),
    peakRssMiB: peakRssMiB(),
    peakHeapMiB: mib(peakHeap),
    pinned: process.env.BENCH_PINNED === '1',
  };
  console.log(JSON.stringify(result));
}

/** The word-Jaccard baseline alone in a fresh process, on the same keywords as `child`. */
async function baselineChild(n: number, threshold: number): Promise<void> {
  const keywords = syntheticKeywords(n, 42);
  collectGarbage();
  const run = () => wordJaccardStar(keywords, threshold);
  const { cold, warm, steadyCpuMs, steadyMs, steadySeriesCpuMs } = await measureRuns(n, run);
  const result: BaselineChild = {
    keywords: n,
    threshold,
    clusters: cold.value.clusters.length,
    comparisons: cold.value.comparisons,
    coldMs: round(cold.wallMs),
    warmMs: round(warm.wallMs),
    warmCpuMs: round(warm.cpuMs),
    steadyCpuMs,
    steadyMs,
    steadySeriesCpuMs,
    peakRssMiB: peakRssMiB(),
  };
  console.log(JSON.stringify(result));
}

function runChild<T>(mode: '--child' | '--baseline' | '--semantic', ...args: number[]): T {
  const node = [process.execPath, '--expose-gc', '--import', 'tsx', self, mode, ...args.map(String)];
  // One core, as the target says; taskset is util-linux, present on Debian.
  const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const [cmd, ...rest] = pin ? ['taskset', '-c', '0', ...node] : node;
  const out = spawnSync(cmd!, rest, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_PINNED: pin ? '1' : '0' },
  });
  if (out.status !== 0) throw new Error(`child ${mode} ${args.join(' ')} failed: ${out.stderr}`);
  const last = out.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as T;
}

// ----------------------------------------------------------------------------------------- parent mode

const sameResult = (a: ClusterResult, b: ClusterResult) =>
  JSON.stringify(a.clusters) === JSON.stringify(b.clusters) &&
  JSON.stringify(a.unclustered) === JSON.stringify(b.unclustered);

async function main(): Promise<void> {
  const m = machine();
  console.log(`clustering benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}`);

  // 1. Quality on the labelled set.
  const fixture = JSON.parse(
    readFileSync(join(root, 'packages/server/test/fixtures/keywords-labelled.json'), 'utf8'),
  ) as { keywords: (ClusterKeywordInput & { group: string; language: string; volume: number })[] };
  const labels = new Map(fixture.keywords.map((k) => [k.id, k.group]));
  const groups = new Set(labels.values()).size;
  const quality: Record<string, unknown>[] = [];
  const variants = [
    { name: 'lexical (default)', options: {} },
    { name: 'lexical, uniform weights', options: { weighting: 'uniform' as const } },
    { name: 'lexical, idf weights', options: { weighting: 'idf' as const } },
    { name: 'lexical, threshold 0.5', options: { threshold: 0.5 } },
    { name: 'lexical, components', options: { grouping: 'components' as const } },
  ];
  let labelledMs = 0;
  for (const v of variants) {
    const run = await timed(() => clusterKeywords({ keywords: fixture.keywords, ...v.options }));
    const s = pairwiseScores(labels, run.value.clusters);
    if (v.name === 'lexical (default)') labelledMs = run.wallMs;
    quality.push({ variant: v.name, ...Object.fromEntries(Object.entries(s).map(([k, x]) => [k, round(x, 3)])) });
    console.log(
      `labelled set (${fixture.keywords.length} keywords, ${groups} groups), ${v.name}: ` +
        `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} ARI ${s.ari.toFixed(3)} ` +
        `(${run.value.clusters.length} clusters, ${run.value.unclustered.length} unclustered, ${round(run.wallMs)} ms)`,
    );
  }
  // Per language (sectors are per language, so no cluster mixes two).
  const defaults = await clusterKeywords({ keywords: fixture.keywords });
  const f1PerLanguage = (clusters: readonly { keywordIds: readonly string[] }[]) => {
    const out: Record<string, number> = {};
    for (const language of ['en', 'es', 'de', 'fr']) {
      const ids = new Set(fixture.keywords.filter((k) => k.language === language).map((k) => k.id));
      const own = new Map([...labels].filter(([id]) => ids.has(id)));
      const s = pairwiseScores(
        own,
        clusters.map((c) => ({ keywordIds: c.keywordIds.filter((id) => ids.has(id)) })),
      );
      out[language] = round(s.f1, 3);
    }
    return out;
  };
  const perLanguage = f1PerLanguage(defaults.clusters);
  console.log(
    `labelled set, F1 per language: ${Object.entries(perLanguage)
      .map(([l, f]) => `${l} ${f.toFixed(3)}`)
      .join(', ')}`,
  );

  // Names: is a group's largest cluster named with the group's own name (or another spelling of that search)?
  const heads = new Map(fixture.keywords.filter((k) => k.id.endsWith('-01')).map((k) => [k.group, k.phrase]));
  const languageOf = new Map(fixture.keywords.map((k) => [k.phrase, k.language]));
  const same = (name: string, head: string) =>
    targetKey(name, languageOf.get(head)) === targetKey(head, languageOf.get(head));
  const topVolumeNames = (result: ClusterResult, input: typeof fixture.keywords) => {
    const byId = new Map(input.map((k) => [k.id, k]));
    return result.clusters.map((c) => ({
      keywordIds: c.keywordIds,
      name: c.keywordIds.map((id) => byId.get(id)!).sort((a, b) => b.volume - a.volume)[0]!.phrase,
    }));
  };
  // The set gives each group's head the highest volume, which flatters naming by volume; shuffling volumes
  // within each group shows what a name depends on.
  const shuffledVolumes = [...heads.keys()].flatMap((group, g) => {
    const members = fixture.keywords.filter((k) => k.group === group);
    const volumes = shuffled(
      members.map((k) => k.volume),
      1000 + g,
    );
    return members.map((k, i) => ({ ...k, volume: volumes[i]! }));
  });
  const naming: Record<string, unknown> = {};
  for (const [label, input] of [
    ['volumes as given', fixture.keywords],
    ['volumes shuffled within groups', shuffledVolumes],
  ] as const) {
    const result = label === 'volumes as given' ? defaults : await clusterKeywords({ keywords: input });
    const ours = namingScores(labels, heads, result.clusters, same);
    const byVolume = namingScores(labels, heads, topVolumeNames(result, input), same);
    naming[label] = {
      groupsNamed: round(ours.groups, 3),
      clustersNamed: round(ours.clusters, 3),
      topVolumeGroupsNamed: round(byVolume.groups, 3),
      f1: round(pairwiseScores(labels, result.clusters).f1, 3),
    };
    console.log(
      `names, ${label}: ${(ours.groups * 100).toFixed(1)} % of groups' largest clusters carry the group's name ` +
        `(${(ours.clusters * 100).toFixed(1)} % of all clusters); naming after the highest-volume member: ` +
        `${(byVolume.groups * 100).toFixed(1)} %`,
    );
  }

  // The word-Jaccard baseline on the labelled set, at its own best threshold and at the engine's default.
  const baselineScores = (threshold: number) => {
    const clusters = wordJaccardStar(fixture.keywords, threshold).clusters;
    const s = pairwiseScores(labels, clusters);
    return { threshold, f1: s.f1, precision: s.precision, recall: s.recall, clusters };
  };
  let baselineBest = baselineScores(0.2);
  for (const threshold of [0.25, 0.3, 0.34, 0.4, 0.5]) {
    const s = baselineScores(threshold);
    if (s.f1 > baselineBest.f1) baselineBest = s;
  }
  const baselineAtDefault = baselineScores(DEFAULT_THRESHOLDS.lexical);
  const baselinePerLanguage = f1PerLanguage(baselineBest.clusters);
  console.log(
    `word-Jaccard star baseline on the labelled set, best threshold ${baselineBest.threshold}: ` +
      `P ${baselineBest.precision.toFixed(3)} R ${baselineBest.recall.toFixed(3)} F1 ${baselineBest.f1.toFixed(3)} ` +
      `(${Object.entries(baselinePerLanguage)
        .map(([l, f]) => `${l} ${f.toFixed(3)}`)
        .join(', ')}); at the engine's default ${DEFAULT_THRESHOLDS.lexical}: ` +
      `P ${baselineAtDefault.precision.toFixed(3)} R ${baselineAtDefault.recall.toFixed(3)} F1 ${baselineAtDefault.f1.toFixed(3)}`,
  );

  const shuffledRun = await clusterKeywords({ keywords: shuffled(fixture.keywords, 7) });
  const deterministic = sameResult(await clusterKeywords({ keywords: fixture.keywords }), shuffledRun);
  console.log(`labelled set shuffled: same clusters ${deterministic}`);

  // 2. Baseline: the exact all-pairs engine on a size it can finish, same input, same run.
  const base = syntheticKeywords(BASELINE_SIZE, 7);
  const warmup = syntheticKeywords(500, 8);
  await clusterKeywords({ keywords: warmup });
  await clusterKeywords({ keywords: warmup, exhaustive: true });
  const exact = await timed(() => clusterKeywords({ keywords: base, exhaustive: true }));
  const fast = await timed(() => clusterKeywords({ keywords: base }));
  const exactLabels = new Map<string, string>();
  exact.value.clusters.forEach((c, i) => {
    for (const id of c.keywordIds) exactLabels.set(id, `c${i}`);
  });
  for (const id of exact.value.unclustered) exactLabels.set(id, `u:${id}`);
  const agreement = pairwiseScores(exactLabels, fast.value.clusters);
  const identical = sameResult(exact.value, fast.value);
  const speedup = exact.wallMs / fast.wallMs;
  console.log(
    `baseline ${BASELINE_SIZE} keywords: exact all-pairs ${round(exact.wallMs)} ms ` +
      `(${exact.value.stats.candidatePairs} comparisons), fast ${round(fast.wallMs)} ms ` +
      `(${fast.value.stats.candidatePairs} comparisons): ${round(speedup)}× faster; ` +
      `same clusters ${identical}, pair recall ${agreement.recall.toFixed(4)}, pair precision ${agreement.precision.toFixed(4)}`,
  );

  // 3. Sizes, each side in its own processes, alternating; each side keeps its best cold and best warm run.
  const sizes: SizeResult[] = [];
  for (const [n, threshold] of [
    [10_000, 0.25],
    [100_000, 0.25],
    [100_000, 0.5],
  ] as const) {
    let engine: EngineChild | undefined;
    let baseline: BaselineChild | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const e = runChild<EngineChild>('--child', n, threshold);
      const b = runChild<BaselineChild>('--baseline', n, baselineBest.threshold);
      engine = engine
        ? {
            ...engine,
            coldMs: Math.min(engine.coldMs, e.coldMs),
            warmMs: Math.min(engine.warmMs, e.warmMs),
            warmCpuMs: Math.min(engine.warmCpuMs, e.warmCpuMs),
            ...(e.steadyCpuMs < engine.steadyCpuMs
              ? { steadyCpuMs: e.steadyCpuMs, steadyMs: e.steadyMs, steadySeriesCpuMs: e.steadySeriesCpuMs }
              : {}),
            peakRssMiB: Math.max(engine.peakRssMiB, e.peakRssMiB),
            peakHeapMiB: Math.max(engine.peakHeapMiB, e.peakHeapMiB),
          }
        : e;
      baseline = baseline
        ? {
            ...baseline,
            coldMs: Math.min(baseline.coldMs, b.coldMs),
            warmMs: Math.min(baseline.warmMs, b.warmMs),
            warmCpuMs: Math.min(baseline.warmCpuMs, b.warmCpuMs),
            ...(b.steadyCpuMs < baseline.steadyCpuMs
              ? { steadyCpuMs: b.steadyCpuMs, steadyMs: b.steadyMs, steadySeriesCpuMs: b.steadySeriesCpuMs }
              : {}),
          }
        : b;
    }
    const r: SizeResult = {
      ...engine!,
      baselineThreshold: baseline!.threshold,
      baselineColdMs: baseline!.coldMs,
      baselineWarmMs: baseline!.warmMs,
      baselineWarmCpuMs: baseline!.warmCpuMs,
      baselineSteadyCpuMs: baseline!.steadyCpuMs,
      baselineSteadyMs: baseline!.steadyMs,
      baselineSteadySeriesCpuMs: baseline!.steadySeriesCpuMs,
      baselineComparisons: baseline!.comparisons,
      baselineClusters: baseline!.clusters,
      coldRatio: round(baseline!.coldMs / engine!.coldMs, 2),
      warmRatio: round(baseline!.warmMs / engine!.warmMs, 2),
      steadyRatio: round(baseline!.steadyCpuMs / engine!.steadyCpuMs, 2),
    };
    sizes.push(r);
    console.log(
      `${n} keywords, threshold ${threshold}${r.pinned ? ', one core' : ''}, best of ${ROUNDS}: ` +
        `engine cold ${r.coldMs} ms, warm ${r.warmMs} ms (cpu ${r.warmCpuMs} ms); ` +
        `word-Jaccard baseline (threshold ${r.baselineThreshold}) cold ${r.baselineColdMs} ms, warm ${r.baselineWarmMs} ms ` +
        `(cpu ${r.baselineWarmCpuMs} ms); steady state (cpu, median of ${STEADY_RUNS} after ` +
        `${steadyWarmups(n)} warm-up runs): engine ${r.steadyCpuMs} ms, baseline ${r.baselineSteadyCpuMs} ms; ` +
        `baseline/engine: cold ${r.coldRatio}×, warm ${r.warmRatio}×, steady ${r.steadyRatio}×; ` +
        `engine peak RSS ${r.peakRssMiB} MiB (${r.rssBeforeMiB} MiB before the run), peak heap ${r.peakHeapMiB} MiB; ` +
        `${r.clusters} clusters, ${r.unclustered} unclustered, ${r.comparisons} comparisons ` +
        `(baseline: ${r.baselineClusters} clusters, ${r.baselineComparisons} comparisons)`,
    );
  }

  // 4. Semantic: 100k in one sector with the local embeddings, and the LSH join against the exhaustive one on 10k.
  const semantic = runChild<SemanticResult>('--semantic', 100_000, 0.8);
  console.log(
    `semantic, ${semantic.keywords} keywords (local embeddings, made in ${semantic.embedMs} ms before the clock)` +
      `${semantic.pinned ? ', one core' : ''}: cold ${semantic.coldMs} ms, warm ${semantic.warmMs} ms; ` +
      `peak RSS ${semantic.peakRssMiB} MiB; ${semantic.clusters} clusters, ${semantic.comparisons} comparisons`,
  );
  const tenK = syntheticKeywords(10_000, 42);
  const tenKVectors = embedLocally(tenK.map((k) => k.phrase));
  const tenKInput = tenK.map((k, i) => ({ ...k, vector: tenKVectors[i]! }));
  const lsh = await timed(() => clusterKeywords({ keywords: tenKInput, algorithm: 'semantic' }));
  const all = await timed(() => clusterKeywords({ keywords: tenKInput, algorithm: 'semantic', exhaustive: true }));
  const allLabels = new Map<string, string>();
  all.value.clusters.forEach((c, i) => {
    for (const id of c.keywordIds) allLabels.set(id, `c${i}`);
  });
  for (const id of all.value.unclustered) allLabels.set(id, `u:${id}`);
  const semanticAgreement = pairwiseScores(allLabels, lsh.value.clusters);
  console.log(
    `semantic, 10000 keywords: LSH star join ${round(lsh.wallMs)} ms (${lsh.value.stats.candidatePairs} comparisons), ` +
      `exhaustive ${round(all.wallMs)} ms (${all.value.stats.candidatePairs}); pairwise F1 against it ` +
      `${semanticAgreement.f1.toFixed(3)}`,
  );
  const at = (n: number) => sizes.find((s) => s.keywords === n && s.threshold === DEFAULT_THRESHOLDS.lexical)!;
  const labelledF1 = quality.find((q) => q.variant === 'lexical (default)')!.f1 as number;
  // The acceptance line: faster than the baseline at ≥ its best F1, on 10k and 100k at the default threshold. It is
  // judged on three measures, each on a line of its own, the same for both sides: steady state (median CPU time
  // after the warm-up iterations, as in a long-lived worker thread that has served a few clusterings), warm (best
  // wall time of the 2nd and 3rd run in the process) and cold (first run in a fresh process, nothing warmed). The
  // 0.5 threshold is run and reported on each line with its own verdict. The exit code rests on the warm line.
  const compared = sizes;
  const atDefaultThreshold = compared.filter((s) => s.threshold === DEFAULT_THRESHOLDS.lexical);
  const atOther = compared.filter((s) => s.threshold !== DEFAULT_THRESHOLDS.lexical);
  const faster = (list: SizeResult[], pick: (s: SizeResult) => [number, number]) =>
    list.every((s) => pick(s)[0] < pick(s)[1]);
  const steadyPick = (s: SizeResult): [number, number] => [s.steadyCpuMs, s.baselineSteadyCpuMs];
  const warmPick = (s: SizeResult): [number, number] => [s.warmMs, s.baselineWarmMs];
  const coldPick = (s: SizeResult): [number, number] => [s.coldMs, s.baselineColdMs];
  const fasterWarm = faster(atDefaultThreshold, warmPick);
  const fasterCold = faster(atDefaultThreshold, coldPick);
  const fasterSteady = faster(atDefaultThreshold, steadyPick);
  const atLeastBaselineF1 = labelledF1 >= round(baselineBest.f1, 3) && labelledF1 >= round(baselineAtDefault.f1, 3);
  const baselineMet = fasterWarm && atLeastBaselineF1;
  const targets = {
    '10k_ms': { target: TARGETS.ms10k, cold: at(10_000).coldMs, warm: at(10_000).warmMs },
    '100k_ms': { target: TARGETS.ms100k, cold: at(100_000).coldMs, warm: at(100_000).warmMs },
    rss_mib: { target: TARGETS.rssMiB, peak: Math.max(...sizes.map((s) => s.peakRssMiB)) },
    baseline: {
      met: baselineMet,
      measurement: `warm (best of the 2nd and 3rd run in the process, both sides), at the default threshold ${DEFAULT_THRESHOLDS.lexical}`,
      fasterWarm,
      fasterCold,
      fasterSteady,
      steadyMet: fasterSteady && atLeastBaselineF1,
      coldMet: fasterCold && atLeastBaselineF1,
      otherThresholds: {
        fasterWarm: faster(atOther, warmPick),
        fasterCold: faster(atOther, coldPick),
        fasterSteady: faster(atOther, steadyPick),
      },
      steadyWarmups: Object.fromEntries(compared.map((s) => [s.keywords, steadyWarmups(s.keywords)])),
      steadyRuns: STEADY_RUNS,
      atLeastBaselineF1,
      engineF1: labelledF1,
      baselineBestF1: round(baselineBest.f1, 3),
      baselineBestThreshold: baselineBest.threshold,
      baselineF1AtDefaultThreshold: round(baselineAtDefault.f1, 3),
      sizes: compared.map((s) => ({
        keywords: s.keywords,
        threshold: s.threshold,
        engineColdMs: s.coldMs,
        engineWarmMs: s.warmMs,
        engineSteadyCpuMs: s.steadyCpuMs,
        baselineColdMs: s.baselineColdMs,
        baselineWarmMs: s.baselineWarmMs,
        baselineSteadyCpuMs: s.baselineSteadyCpuMs,
        coldRatio: s.coldRatio,
        warmRatio: s.warmRatio,
        steadyRatio: s.steadyRatio,
      })),
    },
    labelled_f1: { target: TARGETS.f1, overall: labelledF1, perLanguage },
    met:
      at(10_000).coldMs <= TARGETS.ms10k &&
      at(100_000).coldMs <= TARGETS.ms100k &&
      Math.max(...sizes.map((s) => s.peakRssMiB)) <= TARGETS.rssMiB &&
      baselineMet &&
      Object.values(perLanguage).every((f) => f >= TARGETS.f1),
  };
  const versus = (list: SizeResult[], pick: (s: SizeResult) => [number, number]) =>
    list
      .map((s) => {
        const [engine, baseline] = pick(s);
        return `${s.keywords} at ${s.threshold}: engine ${engine} ms vs baseline ${baseline} ms (${round(baseline / engine, 2)}×)`;
      })
      .join('; ');
  const verdict = (label: string, pick: (s: SizeResult) => [number, number]) => {
    const met = faster(atDefaultThreshold, pick) && atLeastBaselineF1;
    const others = [...new Set(atOther.map((s) => s.threshold))].join(', ');
    console.log(
      `faster than the word-Jaccard baseline at equal or better F1, ${label}: ` +
        `${met ? 'MET' : 'NOT MET'} at the default threshold ${DEFAULT_THRESHOLDS.lexical} — ` +
        `${versus(atDefaultThreshold, pick)}` +
        (atOther.length > 0
          ? `; at ${others}: ${faster(atOther, pick) ? 'met' : 'not met'} — ${versus(atOther, pick)}`
          : ''),
    );
  };
  console.log(
    `labelled-set F1 ${labelledF1.toFixed(3)} vs the baseline's ${baselineBest.f1.toFixed(3)} (its best, threshold ` +
      `${baselineBest.threshold}) and ${baselineAtDefault.f1.toFixed(3)} (at ${DEFAULT_THRESHOLDS.lexical}): ` +
      `${atLeastBaselineF1 ? 'equal or better' : 'WORSE'}`,
  );
  verdict(
    `steady state (median CPU time of ${STEADY_RUNS} runs after ${[...new Set(compared.map((s) => steadyWarmups(s.keywords)))].join('/')} ` +
      `warm-up runs of the same input in the process, both sides, as in a long-lived worker thread)`,
    steadyPick,
  );
  verdict('warm (best wall time of the 2nd and 3rd run in the process, both sides)', warmPick);
  verdict('cold (first run in a fresh process, nothing warmed, both sides)', coldPick);
  console.log(`all targets (cold runs): ${targets.met ? 'met' : 'NOT met'}`);
  if (!baselineMet) process.exitCode = 1;
  printResult({
    bench: 'clustering',
    machine: m,
    labelled: {
      keywords: fixture.keywords.length,
      groups,
      ms: round(labelledMs),
      deterministic,
      quality,
      perLanguage,
      naming,
      wordJaccardBaseline: {
        threshold: baselineBest.threshold,
        precision: round(baselineBest.precision, 3),
        recall: round(baselineBest.recall, 3),
        f1: round(baselineBest.f1, 3),
        perLanguage: baselinePerLanguage,
        atDefaultThreshold: {
          threshold: DEFAULT_THRESHOLDS.lexical,
          precision: round(baselineAtDefault.precision, 3),
          recall: round(baselineAtDefault.recall, 3),
          f1: round(baselineAtDefault.f1, 3),
        },
      },
    },
    baseline: {
      keywords: BASELINE_SIZE,
      exactMs: round(exact.wallMs),
      fastMs: round(fast.wallMs),
      speedup: round(speedup),
      exactComparisons: exact.value.stats.candidatePairs,
      fastComparisons: fast.value.stats.candidatePairs,
      identical,
      pairRecall: round(agreement.recall, 4),
      pairPrecision: round(agreement.precision, 4),
    },
    sizes,
    semantic: {
      ...semantic,
      agreement10k: {
        lshMs: round(lsh.wallMs),
        exhaustiveMs: round(all.wallMs),
        lshComparisons: lsh.value.stats.candidatePairs,
        exhaustiveComparisons: all.value.stats.candidatePairs,
        f1: round(semanticAgreement.f1, 3),
      },
    },
    targets,
  });
}

const childAt = process.argv.indexOf('--child');
const baselineAt = process.argv.indexOf('--baseline');
const semanticAt = process.argv.indexOf('--semantic');
const arg = (at: number, i: number) => Number(process.argv[at + i]);
if (childAt >= 0) await child(arg(childAt, 1), arg(childAt, 2));
else if (baselineAt >= 0) await baselineChild(arg(baselineAt, 1), arg(baselineAt, 2));
else if (semanticAt >= 0) await semanticChild(arg(semanticAt, 1), arg(semanticAt, 2));
else await main();
