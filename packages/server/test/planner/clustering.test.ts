// The clustering engine: a pure module (no database, no HTTP). Timings live in scripts/bench/clustering.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mulberry32 } from '@igny8/test-support';
import { describe, expect, it } from 'vitest';
import {
  type ClusterKeywordInput,
  type ClusterResult,
  clusterKeywords,
  namingScores,
  normalizeSerpUrl,
  pairwiseScores,
} from '../../src/domain/planner/clustering/index.js';
import { IntBuffer, Lexicon } from '../../src/domain/planner/clustering/lexicon.js';
import { warmUpSample } from '../../src/domain/planner/clustering/warmup.js';
import {
  classifyTokens,
  foldDiacritics,
  type LanguageCode,
  targetKey,
  tokenize,
} from '../../src/domain/planner/text/index.js';

/** A shuffle that is the same on every run (seeded). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const kw = (id: string, phrase: string, volume?: number, extra: Partial<ClusterKeywordInput> = {}) => ({
  id,
  phrase,
  volume,
  ...extra,
});

// Clusters as sets of phrases, for readable assertions.
const phrasesOf = (result: ClusterResult, input: readonly ClusterKeywordInput[]) => {
  const byId = new Map(input.map((k) => [k.id, k.phrase]));
  return result.clusters.map((c) => c.keywordIds.map((id) => byId.get(id)));
};

const SHOES_AND_COFFEE = [
  kw('1', 'running shoes', 50000, { difficulty: 60 }),
  kw('2', 'best running shoes', 20000, { difficulty: 70 }),
  kw('3', 'running shoes for women', 8000, { difficulty: 40 }),
  kw('4', "women's running shoe", 3000),
  kw('5', 'cheap running shoes', 2500, { difficulty: 30 }),
  kw('6', 'cold brew coffee', 30000, { difficulty: 50 }),
  kw('7', 'how to make cold brew coffee', 9000, { difficulty: 20 }),
  kw('8', 'cold brew coffee recipe', 7000),
  kw('9', 'Cold-Brew Coffee!', 100),
  kw('10', 'facebook login', 900000),
  kw('11', 'tax return deadline', 400),
];

describe('lexical clustering', () => {
  it('groups variants of a head term and reports the rest as unclustered', async () => {
    const result = await clusterKeywords({ keywords: SHOES_AND_COFFEE, language: 'en' });
    expect(phrasesOf(result, SHOES_AND_COFFEE)).toEqual([
      ['running shoes', 'best running shoes', 'running shoes for women', "women's running shoe", 'cheap running shoes'],
      ['cold brew coffee', 'how to make cold brew coffee', 'cold brew coffee recipe', 'Cold-Brew Coffee!'],
    ]);
    expect(result.unclustered).toEqual(['10', '11']);
    const [shoes, coffee] = result.clusters;
    expect(shoes).toMatchObject({
      key: '-:running shoes',
      name: 'running shoes',
      headKeywordId: '1',
      totalVolume: 83500,
      avgDifficulty: 50,
      sectorId: null,
    });
    expect(shoes!.terms.slice(0, 2)).toEqual(['running', 'shoes']);
    expect(shoes!.cohesion).toBeGreaterThan(0.25);
    expect(coffee).toMatchObject({ name: 'cold brew coffee', totalVolume: 46100, avgDifficulty: 35 });
    expect(result.stats).toMatchObject({
      algorithm: 'lexical',
      threshold: 0.25,
      grouping: 'star',
      keywords: 11,
      clustered: 9,
      unclustered: 2,
      clusters: 2,
      sectors: 1,
      languages: { en: 11 },
    });
  });

  it('gives each cluster the intent with the most volume, honouring intents set by the user', async () => {
    const keywords = [
      kw('a', 'buy running shoes', 1000),
      kw('b', 'running shoes price', 900),
      kw('c', 'how to clean running shoes', 300),
    ];
    const classified = await clusterKeywords({ keywords, language: 'en' });
    expect(classified.clusters[0]!.intent).toBe('transactional');
    const overridden = await clusterKeywords({
      keywords: keywords.map((k) => ({ ...k, intent: 'informational' as const })),
      language: 'en',
    });
    expect(overridden.clusters[0]!.intent).toBe('informational');
  });

  it('respects the threshold the user sets', async () => {
    const loose = await clusterKeywords({ keywords: SHOES_AND_COFFEE, threshold: 0.25 });
    const strict = await clusterKeywords({ keywords: SHOES_AND_COFFEE, threshold: 0.9 });
    expect(strict.clusters.length).toBeLessThanOrEqual(loose.clusters.length);
    expect(strict.unclustered.length).toBeGreaterThan(loose.unclustered.length);
    // At 0.9 only keywords with the same stems are left together; of two spellings of one search, the cluster is
    // named after the one in fewer words.
    expect(phrasesOf(strict, SHOES_AND_COFFEE)).toEqual([
      ['cold brew coffee', 'Cold-Brew Coffee!'],
      ["women's running shoe", 'running shoes for women'],
    ]);
  });

  it('honours minClusterSize', async () => {
    const result = await clusterKeywords({ keywords: SHOES_AND_COFFEE, minClusterSize: 5 });
    expect(result.clusters.map((c) => c.name)).toEqual(['running shoes']);
    expect(result.unclustered).toHaveLength(6);
    const singles = await clusterKeywords({ keywords: SHOES_AND_COFFEE, minClusterSize: 1 });
    expect(singles.unclustered).toEqual([]);
    expect(singles.clusters).toHaveLength(4);
  });

  it('never puts keywords of different sectors together', async () => {
    const keywords = [
      kw('a1', 'running shoes', 100, { sectorId: 'sport' }),
      kw('a2', 'best running shoes', 50, { sectorId: 'sport' }),
      kw('b1', 'running shoes', 80, { sectorId: 'fashion' }),
      kw('b2', 'running shoes sale', 40, { sectorId: 'fashion' }),
      kw('c1', 'cheap running shoes', 30),
    ];
    const result = await clusterKeywords({ keywords });
    expect(result.clusters.map((c) => [c.sectorId, c.keywordIds])).toEqual([
      ['sport', ['a1', 'a2']],
      ['fashion', ['b1', 'b2']],
    ]);
    expect(result.clusters.map((c) => c.key)).toEqual(['sport:running shoes', 'fashion:running shoes']);
    expect(result.unclustered).toEqual(['c1']);
    expect(result.stats.sectors).toBe(3);
  });

  it('stems each keyword in its language, or the sector’s dominant one', async () => {
    const keywords = [
      kw('1', 'zapatillas para correr', 100),
      kw('2', 'zapatilla de correr barata', 50),
      kw('3', 'mejores zapatillas de correr', 40),
    ];
    const result = await clusterKeywords({ keywords });
    expect(result.stats.languages).toEqual({ es: 3 });
    expect(result.clusters[0]!.keywordIds).toEqual(['1', '2', '3']);
  });

  it('is deterministic: the same input, in any order, gives the same result', async () => {
    const first = await clusterKeywords({ keywords: SHOES_AND_COFFEE });
    const again = await clusterKeywords({ keywords: SHOES_AND_COFFEE });
    const shuffled = await clusterKeywords({ keywords: shuffle(SHOES_AND_COFFEE, 1) });
    expect(again).toEqual(first);
    expect(shuffled).toEqual(first);
  });

  it('reports progress from 0 to the total, never going back', async () => {
    const calls: [number, number][] = [];
    await clusterKeywords({ keywords: SHOES_AND_COFFEE, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 11]);
    expect(calls.at(-1)).toEqual([11, 11]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(clusterKeywords({ keywords: SHOES_AND_COFFEE, signal: controller.signal })).rejects.toThrow('stop');
  });

  it('refuses bad input', async () => {
    await expect(clusterKeywords({ keywords: [kw('1', 'a'), kw('1', 'b')] })).rejects.toThrow(/duplicate/);
    await expect(clusterKeywords({ keywords: [], threshold: 0 })).rejects.toThrow(RangeError);
    await expect(clusterKeywords({ keywords: [], algorithm: 'serp', threshold: 2.5 })).rejects.toThrow(RangeError);
    await expect(clusterKeywords({ keywords: [], minClusterSize: 0 })).rejects.toThrow(RangeError);
    await expect(clusterKeywords({ keywords: [kw('1', 'a')], algorithm: 'semantic' })).rejects.toThrow(TypeError);
  });

  it('handles an empty input and phrases with no words', async () => {
    expect(await clusterKeywords({ keywords: [] })).toMatchObject({ clusters: [], unclustered: [] });
    const result = await clusterKeywords({ keywords: [kw('1', '!!!'), kw('2', '???')] });
    expect(result.unclustered).toEqual(['1', '2']);
  });
});

describe('the run lexicon (words handled once) agrees with the text tools', () => {
  const labelled = JSON.parse(readFileSync(new URL('../fixtures/keywords-labelled.json', import.meta.url), 'utf8'))
    .keywords as (ClusterKeywordInput & { language: LanguageCode })[];
  // Phrases that take the fast path (ASCII, Latin-1 letters) and phrases that must not (marks kept inside terms, other scripts,
  // Turkish case folding).
  const tricky = [
    'Running Shoes',
    '  best   LAPTOP-for students ',
    'h&m jeans',
    "women's boots",
    'c++ tutorial',
    'c# vs java',
    '3,5 zoll festplatte',
    'iphone 15.2 update',
    "l'eau de parfum",
    'crème brûlée recipe',
    'CRÈME BRÛLÉE Größe',
    'Ärger über Öl, ÜBER',
    'ÿ Ÿ × ÷ ª º µ ½',
    'cafe\u0301 noir',
    'ÇIKOLATA İstanbul',
    'straße',
    'tab\there',
    'amazon.com login',
    '東京ホテル',
    '',
    '!!!',
    'A-B_C/d?e',
    '`quoted` word',
  ];
  const random = mulberry32(11);
  const alphabet = "abcXYZ09 -_/.,&'`+#éßÀÉÞàÿ×÷ªµ\u0301İı";
  const noise = Array.from({ length: 2000 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      '',
    ),
  );

  it('reads phrases into the same words as tokenize', () => {
    const lexicon = new Lexicon();
    const out = new IntBuffer(4);
    for (const language of [null, 'en', 'tr', 'fr', 'de'] as const) {
      for (const phrase of [...tricky, ...noise, ...labelled.map((k) => k.phrase)]) {
        out.length = 0;
        lexicon.tokenizeInto(phrase, language, out);
        const words = Array.from(out.data.subarray(0, out.length), (id) => lexicon.tokens[id]);
        expect(words, `${language}: ${phrase}`).toEqual(tokenize(phrase, language));
      }
    }
  });

  it('classifies intent as classifyTokens does (cached on the words the rules read)', () => {
    const lexicon = new Lexicon();
    const out = new IntBuffer(4);
    for (let pass = 0; pass < 2; pass++) {
      for (const k of labelled) {
        out.length = 0;
        lexicon.tokenizeInto(k.phrase, k.language, out);
        const read = Int32Array.from(out.data.subarray(0, out.length), (t) => lexicon.reading(k.language, t));
        const expected = classifyTokens(
          tokenize(k.phrase, k.language).map(foldDiacritics),
          k.language,
          k.phrase,
        ).intent;
        const got = lexicon.intentOf(read, 0, read.length, k.language, k, k.phrase.includes('.'));
        expect(['informational', 'commercial', 'transactional', 'navigational'][got], k.phrase).toBe(expected);
      }
    }
  });
});

describe('the fast joins find exactly what comparing every pair finds', () => {
  const labelled = JSON.parse(readFileSync(new URL('../fixtures/keywords-labelled.json', import.meta.url), 'utf8'))
    .keywords as (ClusterKeywordInput & { group: string })[];

  for (const grouping of ['star', 'components'] as const) {
    for (const threshold of [0.25, 0.5]) {
      it(`lexical, ${grouping}, threshold ${threshold}`, async () => {
        const fast = await clusterKeywords({ keywords: labelled, grouping, threshold });
        const exact = await clusterKeywords({ keywords: labelled, grouping, threshold, exhaustive: true });
        expect(fast.clusters).toEqual(exact.clusters);
        expect(fast.unclustered).toEqual(exact.unclustered);
        expect(fast.stats.candidatePairs).toBeLessThan(exact.stats.candidatePairs);
      });
    }
  }

  // Other weights and thresholds: the star join's positional bound must never rule out a similar pair.
  for (const weighting of ['idf', 'uniform'] as const) {
    for (const threshold of [0.3, 0.7]) {
      it(`lexical, star, ${weighting} weights, threshold ${threshold}`, async () => {
        const fast = await clusterKeywords({ keywords: labelled, weighting, threshold });
        const exact = await clusterKeywords({ keywords: labelled, weighting, threshold, exhaustive: true });
        expect(fast.clusters).toEqual(exact.clusters);
        expect(fast.unclustered).toEqual(exact.unclustered);
      });
    }
  }
});

describe('semantic clustering', () => {
  // Fake embeddings: three topics as orthogonal directions, each keyword a small perturbation of its topic.
  const topics: Record<string, number[]> = { shoes: [1, 0, 0, 0], coffee: [0, 1, 0, 0], taxes: [0, 0, 1, 0] };
  const vectorOf = (topic: string, jitter: number) => topics[topic]!.map((x, i) => x + (i === 3 ? jitter : 0));
  const keywords = [
    kw('1', 'running shoes', 100, { vector: vectorOf('shoes', 0.1) }),
    kw('2', 'sneakers for jogging', 90, { vector: vectorOf('shoes', -0.1) }),
    kw('3', 'trainers', 80, { vector: vectorOf('shoes', 0.2) }),
    kw('4', 'cold brew', 70, { vector: vectorOf('coffee', 0.1) }),
    kw('5', 'iced coffee concentrate', 60, { vector: vectorOf('coffee', 0) }),
    kw('6', 'tax return', 50, { vector: vectorOf('taxes', 0) }),
  ];

  it('groups by cosine similarity of supplied vectors, words in common or not', async () => {
    const result = await clusterKeywords({ keywords, algorithm: 'semantic' });
    expect(result.clusters.map((c) => c.keywordIds)).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
    ]);
    expect(result.unclustered).toEqual(['6']);
    expect(result.clusters[0]!.cohesion).toBeGreaterThan(0.95);
  });

  it('embeds distinct phrases through the caller’s function, in batches, with progress', async () => {
    const calls: string[][] = [];
    const byPhrase = new Map(keywords.map((k) => [k.phrase, Array.from(k.vector!)]));
    const embed = async (texts: string[]) => {
      calls.push(texts);
      return texts.map((t) => byPhrase.get(t.toLowerCase()) ?? byPhrase.get(t)!);
    };
    const progress: number[] = [];
    const input = [...keywords.map(({ vector: _v, ...k }) => k), kw('7', 'Running Shoes', 1)];
    const result = await clusterKeywords({
      keywords: input,
      algorithm: 'semantic',
      embed,
      embedBatchSize: 4,
      onProgress: (done, total) => progress.push(total === 14 ? done : -1),
    });
    expect(calls.flat()).toHaveLength(6); // "Running Shoes" and "running shoes" are embedded once
    expect(calls.map((c) => c.length)).toEqual([4, 2]);
    expect(result.stats.embedded).toBe(6);
    expect(result.clusters[0]!.keywordIds).toEqual(['1', '2', '3', '7']);
    expect(progress.at(-1)).toBe(14);
    expect(progress).not.toContain(-1);
  });

  it('refuses vectors of different dimensions', async () => {
    const bad = [kw('1', 'a', 1, { vector: [1, 0] }), kw('2', 'b', 1, { vector: [1, 0, 0] })];
    await expect(clusterKeywords({ keywords: bad, algorithm: 'semantic' })).rejects.toThrow(/dimension/);
  });

  it('above the exact limit, LSH candidates find (nearly) every similar pair', async () => {
    const rnd = mulberry32(11);
    const dim = 24;
    const centers = Array.from({ length: 60 }, () => Array.from({ length: dim }, () => rnd() * 2 - 1));
    const many = Array.from({ length: 3400 }, (_, i) => {
      const c = centers[i % centers.length]!;
      return kw(`v${i}`, `phrase ${i}`, (i * 7919) % 1000, { vector: c.map((x) => x + (rnd() - 0.5) * 0.25) });
    });
    const fast = await clusterKeywords({ keywords: many, algorithm: 'semantic', threshold: 0.9 });
    const exact = await clusterKeywords({ keywords: many, algorithm: 'semantic', threshold: 0.9, exhaustive: true });
    const labels = new Map<string, string>();
    exact.clusters.forEach((c, i) => {
      for (const id of c.keywordIds) labels.set(id, String(i));
    });
    for (const id of exact.unclustered) labels.set(id, `u${id}`);
    expect(pairwiseScores(labels, fast.clusters).f1).toBeGreaterThan(0.99);
  });
});

describe('semantic clustering at scale', () => {
  it('clusters 100,000 keywords of one sector without error, in bounded work, finding the planted topics', async () => {
    // 4,000 topics as random directions in 48 dimensions, 25 keywords each at cosine ≈ 0.96 from their topic
    // (≈ 0.92 from each other), so every pair of a topic is similar at 0.8 and topics are far apart. The former
    // LSH join kept every candidate pair in a Set and died with "Set maximum size exceeded" on inputs like this.
    const rnd = mulberry32(2024);
    const dim = 48;
    const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const unit = (v: number[]) => {
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    };
    const topics = Array.from({ length: 4000 }, () => unit(Array.from({ length: dim }, gauss)));
    const noise = 0.3 / Math.sqrt(dim);
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const topic = topics[i % topics.length]!;
      return kw(`k${i}`, `keyword ${i}`, (i * 7919) % 100_000, { vector: topic.map((x) => x + gauss() * noise) });
    });
    const result = await clusterKeywords({ keywords: many, algorithm: 'semantic', threshold: 0.8 });
    expect(result.stats.keywords).toBe(100_000);
    // Bounded: a few dozen exact comparisons per keyword, where all pairs would be 5·10⁹.
    expect(result.stats.candidatePairs).toBeLessThan(100 * 100_000);
    const labels = new Map(many.map((k, i) => [k.id, `t${i % topics.length}`]));
    const scores = pairwiseScores(labels, result.clusters);
    expect(scores.precision).toBeGreaterThan(0.99);
    expect(scores.recall).toBeGreaterThan(0.98);
  }, 60_000);
});

describe('serp clustering', () => {
  const serp = (topic: string, ...pages: number[]) => pages.map((p) => `https://www.site${p}.com/${topic}/`);
  const keywords = [
    kw('1', 'running shoes', 100, { serpUrls: serp('shoes', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) }),
    kw('2', 'jogging sneakers', 90, { serpUrls: serp('shoes', 1, 2, 3, 11, 12, 13, 14, 15, 16, 17) }),
    kw('3', 'trainers', 80, { serpUrls: serp('shoes', 4, 5, 18, 19, 20, 21, 22, 23, 24, 25) }),
    kw('4', 'cold brew', 70, { serpUrls: serp('coffee', 1, 2, 3, 4, 5) }),
    kw('5', 'iced coffee', 60, { serpUrls: serp('coffee', 1, 2, 3, 30, 31).map((u) => `${u}?utm_source=x`) }),
    kw('6', 'no results stored', 50),
  ];

  it('groups keywords whose top-10 results share at least the threshold of URLs with the head', async () => {
    const result = await clusterKeywords({ keywords, algorithm: 'serp' });
    expect(result.clusters.map((c) => c.keywordIds)).toEqual([
      ['1', '2'],
      ['4', '5'],
    ]);
    expect(result.unclustered).toEqual(['3', '6']);
    expect(result.clusters[0]!.cohesion).toBe(3); // shared URLs with the head
    const looser = await clusterKeywords({ keywords, algorithm: 'serp', threshold: 2 });
    expect(looser.clusters[0]!.keywordIds).toEqual(['1', '2', '3']);
  });

  it('compares URLs without scheme, www, trailing slash, fragment or tracking parameters', () => {
    expect(normalizeSerpUrl('https://www.Example.com/a/?utm_source=x&b=2&a=1#top')).toBe('example.com/a?a=1&b=2');
    expect(normalizeSerpUrl('example.com/a')).toBe('example.com/a');
    expect(normalizeSerpUrl('not a url')).toBeNull();
  });

  it('finds exactly what comparing every pair finds', async () => {
    const rnd = mulberry32(5);
    const many = Array.from({ length: 600 }, (_, i) => {
      const topic = Math.floor(rnd() * 40);
      const urls = Array.from(
        { length: 10 },
        () => `site${Math.floor(rnd() * 6)}.com/${topic}/${Math.floor(rnd() * 5)}`,
      );
      return kw(`s${i}`, `keyword ${i}`, Math.floor(rnd() * 1000), { serpUrls: urls });
    });
    for (const grouping of ['star', 'components'] as const) {
      const fast = await clusterKeywords({ keywords: many, algorithm: 'serp', threshold: 3, grouping });
      const exact = await clusterKeywords({
        keywords: many,
        algorithm: 'serp',
        threshold: 3,
        grouping,
        exhaustive: true,
      });
      expect(fast.clusters).toEqual(exact.clusters);
      expect(fast.clusters.length).toBeGreaterThan(10);
    }
  });
});

describe('quality on the labelled set (test/fixtures/keywords-labelled.json)', () => {
  const labelled = JSON.parse(readFileSync(new URL('../fixtures/keywords-labelled.json', import.meta.url), 'utf8'))
    .keywords as (ClusterKeywordInput & { group: string; language: string })[];
  const labels = new Map(labelled.map((k) => [k.id, k.group]));

  /** Scores on the keywords of one language only (clusters never mix sectors, and sectors are per language). */
  const scoresIn = (language: string, clusters: ClusterResult['clusters']) => {
    const ids = new Set(labelled.filter((k) => k.language === language).map((k) => k.id));
    const own = new Map([...labels].filter(([id]) => ids.has(id)));
    return pairwiseScores(
      own,
      clusters.map((c) => ({ keywordIds: c.keywordIds.filter((id) => ids.has(id)) })),
    );
  };

  it('is a real labelled set: ≥ 1,000 keywords, ≥ 40 groups, English, Spanish, German and French', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(labels.values()).size).toBeGreaterThanOrEqual(40);
    expect(new Set(labelled.map((k) => k.language))).toEqual(new Set(['en', 'es', 'de', 'fr']));
  });

  it('lexical (defaults) holds its measured pairwise F1 and adjusted Rand index', async () => {
    const result = await clusterKeywords({ keywords: labelled });
    const scores = pairwiseScores(labels, result.clusters);
    // Measured: precision 0.965, recall 0.826, F1 0.890, ARI 0.888 (docs/planner.md). The floor leaves room
    // for deliberate tuning, not for a regression.
    expect(scores.f1).toBeGreaterThanOrEqual(0.88);
    expect(scores.ari).toBeGreaterThanOrEqual(0.88);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches F1 ≥ 0.90 in Spanish, German and French, each on its own', async () => {
    const { clusters } = await clusterKeywords({ keywords: labelled });
    // Measured: es 0.927, de 0.914, fr 0.973 — compounds split against the sector's words and word variants
    // (docs/planner.md); without them de was 0.835, es 0.915.
    for (const language of ['es', 'de', 'fr']) expect(scoresIn(language, clusters).f1).toBeGreaterThanOrEqual(0.9);
    // English is measured at 0.828, below the 0.90 target: its misses are brands and entities a lexical method
    // cannot know (roomba, bitwarden, asana, colosseum) and a sub-topic absorbed by its parent (trail running
    // shoes). The floor guards what there is.
    expect(scoresIn('en', clusters).f1).toBeGreaterThanOrEqual(0.82);
  });

  it('names clusters the way a person would, whatever their volumes', async () => {
    const heads = new Map(labelled.filter((k) => k.id.endsWith('-01')).map((k) => [k.group, k.phrase]));
    const languageOf = new Map(labelled.map((k) => [k.phrase, k.language]));
    // A name is right when it is the group's own name or another spelling of that search ("Fahrradhelme").
    const same = (name: string, head: string) =>
      targetKey(name, languageOf.get(head)) === targetKey(head, languageOf.get(head));
    const byVolume = (result: ClusterResult, input: typeof labelled) => {
      const volume = new Map(input.map((k) => [k.id, k.volume ?? 0]));
      const phrase = new Map(input.map((k) => [k.id, k.phrase]));
      return result.clusters.map((c) => ({
        keywordIds: c.keywordIds,
        name: phrase.get([...c.keywordIds].sort((a, b) => volume.get(b)! - volume.get(a)!)[0]!)!,
      }));
    };
    const result = await clusterKeywords({ keywords: labelled });
    // Measured 0.968 of the groups: their largest cluster carries their name.
    expect(namingScores(labels, heads, result.clusters, same).groups).toBeGreaterThanOrEqual(0.95);

    // The set gives each group's head the highest volume; with volumes shuffled within each group, naming after
    // the highest-volume member finds the head by chance only, while names from the cluster's words hold.
    const rnd = mulberry32(99);
    const shuffledVolumes = [...heads.keys()].flatMap((group) => {
      const members = labelled.filter((k) => k.group === group);
      const volumes = shuffle(
        members.map((k) => k.volume),
        Math.floor(rnd() * 1e9),
      );
      return members.map((k, i) => ({ ...k, volume: volumes[i] }));
    });
    const shuffledResult = await clusterKeywords({ keywords: shuffledVolumes });
    const named = namingScores(labels, heads, shuffledResult.clusters, same).groups;
    const topVolume = namingScores(labels, heads, byVolume(shuffledResult, shuffledVolumes), same).groups;
    expect(named).toBeGreaterThanOrEqual(0.9);
    expect(topVolume).toBeLessThan(0.2);
  });

  it('gives the same clusters for the same keywords shuffled', async () => {
    const first = await clusterKeywords({ keywords: labelled });
    const shuffled = await clusterKeywords({ keywords: shuffle(labelled, 42) });
    expect(shuffled).toEqual(first);
  });
});

// Speed work on the engine must not change a result: these are the SHA-256 prefixes of the JSON results as the
// engine gave them before its hot path was reorganized (commit 4d7c021), on the labelled set and on the worker's
// multilingual warm-up sample (with and without languages, so that detection runs too).
describe('results stay identical', () => {
  const digest = (result: ClusterResult) =>
    createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16);
  const labelled = (
    JSON.parse(readFileSync(new URL('../fixtures/keywords-labelled.json', import.meta.url), 'utf8')) as {
      keywords: ClusterKeywordInput[];
    }
  ).keywords;
  it.each([
    ['labelled set', { keywords: labelled }, '916103fa4e11dcb8'],
    ['labelled set, threshold 0.5', { keywords: labelled, threshold: 0.5 }, '81572d4a92a96c60'],
    ['labelled set, components', { keywords: labelled, grouping: 'components' as const }, 'eec11ff462db8228'],
    ['warm-up sample', { keywords: warmUpSample(15) }, '9cb280d443864606'],
    [
      'warm-up sample without languages',
      { keywords: warmUpSample(15).map((k) => ({ ...k, language: null })) },
      '724725864d05f132',
    ],
  ])('%s', async (_name, options, expected) => {
    expect(digest(await clusterKeywords(options))).toBe(expected);
  });
});
