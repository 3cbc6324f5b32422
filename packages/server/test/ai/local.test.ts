import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  cosineSimilarity,
  createLocalProvider,
  describeCluster,
  embedLocally,
  generateIdeas,
  generateIdeasLocally,
  type IdeasInput,
  IdeasOutputSchema,
  PNG_SIGNATURE,
  ProviderError,
  readPngSize,
} from '../../src/ai/index.js';
import { topicStems } from '../../src/ai/local/text.js';

const RUNNING_SHOES = [
  ['running shoes', 90_000],
  ['best running shoes', 40_000],
  ['running shoes for women', 22_000],
  ['womens running shoes', 9_000],
  ['trail running shoes', 18_000],
  ['trail running shoes waterproof', 2_000],
  ['running shoes for flat feet', 8_000],
  ['how to clean running shoes', 5_000],
  ['how long do running shoes last', 6_000],
  ['what are the best running shoes for beginners', 1_200],
  ['running shoes for beginners', 4_000],
  ['cushioned running shoes', 3_000],
  ['running shoes review', 2_500],
].map(([phrase, volume]) => ({ phrase: phrase as string, volume: volume as number }));

function input(intent: IdeasInput['cluster']['intent'], count = 3, keywords = RUNNING_SHOES): IdeasInput {
  return { cluster: { name: 'running shoes', intent, keywords }, count };
}

/** Every term a heading may legitimately use: the cluster's own keywords' terms. */
function clusterStems(keywords: { phrase: string }[]): Set<string> {
  return new Set(keywords.flatMap((k) => topicStems(k.phrase)));
}

describe('generateIdeasLocally', () => {
  it('builds non-empty outlines from the cluster’s own keywords, sub-topics and questions', () => {
    const ideas = generateIdeasLocally(input('informational', 5));
    expect(IdeasOutputSchema.parse({ ideas }).ideas).toHaveLength(5);
    const stems = clusterStems(RUNNING_SHOES);
    const phrases = new Set(RUNNING_SHOES.map((k) => k.phrase));
    for (const idea of ideas) {
      expect(idea.outline.length).toBeGreaterThan(0);
      expect(idea.outline[0]!.level).toBe(2);
      // Every heading carries a term of the cluster: nothing generic like "Conclusion".
      for (const h of idea.outline)
        expect(
          topicStems(h.heading).some((s) => stems.has(s)),
          h.heading,
        ).toBe(true);
      expect(phrases.has(idea.primaryKeyword)).toBe(true);
      for (const k of idea.secondaryKeywords) expect(phrases.has(k)).toBe(true);
      expect(idea.secondaryKeywords).not.toContain(idea.primaryKeyword);
      expect(idea.title.toLowerCase()).toContain(idea.primaryKeyword.toLowerCase());
      expect(idea.brief).toContain(idea.primaryKeyword);
    }
    // The sub-topics and the questions of the cluster show up as headings.
    const headings = ideas.flatMap((i) => i.outline.map((h) => h.heading.toLowerCase()));
    expect(headings).toContain('trail running shoes');
    expect(headings).toContain('running shoes for flat feet');
    expect(headings.some((h) => h.startsWith('how long do running shoes last'))).toBe(true);
  });

  it('groups keywords by the terms that distinguish them beyond the head term', () => {
    const d = describeCluster(input('informational'));
    expect(d.head).toBe('running shoes');
    expect(d.headTerms).toEqual(expect.arrayContaining(['run', 'shoe']));
    const women = d.subTopics.find((s) => s.term === 'women');
    expect(women?.keywords.sort()).toEqual(['running shoes for women', 'womens running shoes']);
    expect(d.subTopics.find((s) => s.term === 'trail')?.keywords).toContain('trail running shoes waterproof');
    // "best" and "review" are intent modifiers, not sub-topics.
    expect(d.subTopics.map((s) => s.term)).not.toContain('best');
    expect(d.questions).toEqual(
      expect.arrayContaining(['how to clean running shoes', 'what are the best running shoes for beginners']),
    );
  });

  it('lets the intent decide the structure and content type', () => {
    const info = generateIdeasLocally(input('informational', 4));
    const commercial = generateIdeasLocally(input('commercial', 4));
    const transactional = generateIdeasLocally(input('transactional', 4));
    const navigational = generateIdeasLocally(input('navigational', 2));

    expect(['guide', 'how_to']).toContain(info[0]!.structure);
    expect(info.slice(0, 2).map((i) => i.structure)).toEqual(['guide', 'how_to']);
    expect(info.every((i) => i.contentType === 'post')).toBe(true);

    expect(commercial.slice(0, 3).map((i) => i.structure)).toEqual(['comparison', 'listicle', 'review']);
    // The "best …" keyword is the natural primary of the top list, "… review" of the review.
    expect(commercial[1]!.primaryKeyword).toBe('best running shoes');
    expect(commercial[2]!.primaryKeyword).toBe('running shoes review');

    expect(transactional[0]!.contentType).toBe('product');
    expect(transactional[1]!.contentType).toBe('page');
    expect(transactional.map((i) => i.contentType)).toContain('taxonomy');

    expect(navigational.every((i) => i.contentType === 'page')).toBe(true);

    const structures = (list: typeof info) => list.map((i) => `${i.structure}/${i.contentType}`).join(',');
    expect(new Set([info, commercial, transactional, navigational].map(structures)).size).toBe(4);
  });

  it('makes N distinct ideas: different titles, angles and primary keywords', () => {
    const ideas = generateIdeasLocally(input('informational', 5));
    expect(ideas).toHaveLength(5);
    expect(new Set(ideas.map((i) => i.title)).size).toBe(5);
    expect(new Set(ideas.map((i) => i.primaryKeyword)).size).toBe(5);
    expect(new Set(ideas.map((i) => i.structure)).size).toBe(5);
    expect(new Set(ideas.map((i) => JSON.stringify(i.outline))).size).toBe(5);
    // More ideas than angles still gives distinct ones.
    const many = generateIdeasLocally(input('commercial', 12));
    expect(many).toHaveLength(12);
    expect(new Set(many.map((i) => i.title)).size).toBe(12);
  });

  it('is deterministic, whatever the order the keywords come in', () => {
    const a = generateIdeasLocally(input('commercial', 4));
    const b = generateIdeasLocally(input('commercial', 4));
    const shuffled = generateIdeasLocally(input('commercial', 4, [...RUNNING_SHOES].reverse()));
    expect(b).toEqual(a);
    expect(shuffled).toEqual(a);
  });

  it('still gives the requested ideas, with outlines, for a one-keyword cluster', () => {
    const ideas = generateIdeasLocally({
      cluster: { name: 'sourdough starter', intent: 'informational', keywords: [{ phrase: 'sourdough starter' }] },
      count: 3,
    });
    expect(ideas).toHaveLength(3);
    for (const idea of ideas) {
      expect(idea.outline.length).toBeGreaterThan(0);
      expect(idea.outline.every((h) => h.heading.toLowerCase().includes('sourdough starter'))).toBe(true);
    }
  });

  it('recognises question keywords in Spanish, German and French and writes in the requested language', () => {
    const es = generateIdeasLocally({
      cluster: {
        name: 'zapatillas de running',
        intent: 'informational',
        keywords: [
          { phrase: 'zapatillas de running', volume: 1000 },
          { phrase: 'zapatillas de running mujer', volume: 500 },
          { phrase: 'cómo limpiar zapatillas de running', volume: 300 },
          { phrase: 'qué zapatillas de running comprar', volume: 200 },
        ],
      },
      count: 3,
      language: 'es-ES',
    });
    expect(es[0]!.title).toBe('Zapatillas de running: la guía completa');
    expect(es[1]!.title).toBe('Cómo limpiar zapatillas de running');
    expect(es.flatMap((i) => i.outline.map((h) => h.heading))).toContain('¿Qué zapatillas de running comprar?');

    const de = describeCluster({
      cluster: {
        name: 'Laufschuhe',
        intent: 'informational',
        keywords: [{ phrase: 'laufschuhe damen' }, { phrase: 'wie lange halten laufschuhe' }, { phrase: 'laufschuhe' }],
      },
      count: 1,
    });
    expect(de.questions).toEqual(['wie lange halten laufschuhe']);

    const fr = generateIdeasLocally({
      cluster: {
        name: 'chaussures de running',
        intent: 'informational',
        keywords: [
          { phrase: 'chaussures de running', volume: 100 },
          { phrase: 'pourquoi changer ses chaussures de running', volume: 50 },
        ],
      },
      count: 1,
      language: 'fr',
    });
    expect(fr[0]!.title).toBe('Chaussures de running : le guide complet');
    expect(fr[0]!.outline.map((h) => h.heading)).toContain('Pourquoi changer ses chaussures de running ?');
  });
});

describe('local provider', () => {
  const local = createLocalProvider();

  it('dispatches the ideas task, validates with the schema, and labels usage local', async () => {
    const result = await generateIdeas({ text: local }, input('informational', 3));
    expect(result.value.ideas).toHaveLength(3);
    expect(result.value.ideas).toEqual(generateIdeasLocally(input('informational', 3)));
    expect(result.usage).toMatchObject({ provider: 'local', model: 'local-1', costUsd: 0 });
    expect(result.usage.tokensIn).toBeGreaterThan(0);
    expect(result.usage.tokensOut).toBeGreaterThan(0);
  });

  it('accepts keyword rows as the database returns them (null volume)', async () => {
    const rows = [
      { phrase: 'running shoes', volume: null },
      { phrase: 'trail running shoes', volume: 10 },
    ];
    const result = await generateIdeas(
      { text: local },
      { cluster: { name: 'running shoes', intent: 'commercial', keywords: rows }, count: 2 },
    );
    expect(result.value.ideas).toHaveLength(2);
  });

  it('refuses an unknown task and a missing input with clear provider errors', async () => {
    const request = { task: 'write_poem', prompt: 'a poem', input: {}, schema: IdeasOutputSchema };
    const unknown = await local.generate(request).catch((e) => e);
    expect(unknown).toBeInstanceOf(ProviderError);
    expect(unknown.code).toBe('UNAVAILABLE');
    expect(unknown.message).toContain('"write_poem"');
    expect(unknown.message).toContain('ideas');

    const missing = await local.generate({ task: 'ideas', prompt: 'x', schema: IdeasOutputSchema }).catch((e) => e);
    expect(missing).toMatchObject({ code: 'BAD_REQUEST', retryable: false });

    const bad = await local
      .generate({ task: 'ideas', prompt: 'x', input: { cluster: { name: '' } }, schema: IdeasOutputSchema })
      .catch((e) => e);
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('runs extra local tasks and checks their output against the caller’s schema', async () => {
    const { z } = await import('zod');
    const custom = createLocalProvider({ tasks: { echo: (i) => ({ said: String((i as { text: string }).text) }) } });
    const ok = await custom.generate({
      task: 'echo',
      prompt: '',
      input: { text: 'hi' },
      schema: z.object({ said: z.string() }),
    });
    expect(ok.value).toEqual({ said: 'hi' });
    const wrong = await custom
      .generate({ task: 'echo', prompt: '', input: { text: 'hi' }, schema: z.object({ said: z.number() }) })
      .catch((e) => e);
    expect(wrong).toMatchObject({ code: 'INVALID_OUTPUT' });
  });

  it('embeds deterministically, L2-normalised, with near-duplicates closer than unrelated phrases', async () => {
    const texts = [
      'running shoes',
      'running shoe',
      'shoes for running',
      'best running shoes',
      'runing shoes', // typo
      'chocolate cake recipe',
      'mortgage interest rates',
    ];
    const { vectors, usage } = await local.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    expect(usage).toMatchObject({ provider: 'local', model: 'local-1', costUsd: 0 });
    for (const v of vectors) {
      expect(v).toHaveLength(256);
      expect(Math.hypot(...v)).toBeCloseTo(1, 10);
    }
    expect((await local.embed(texts)).vectors).toEqual(vectors);
    expect(embedLocally(['running shoes'])[0]).toEqual(vectors[0]);

    const sim = (i: number, j: number) => cosineSimilarity(vectors[i]!, vectors[j]!);
    const unrelated = Math.max(sim(0, 5), sim(0, 6));
    expect(sim(0, 1)).toBeGreaterThan(0.95); // plural
    expect(sim(0, 2)).toBeGreaterThan(0.95); // word order and a stopword
    for (const near of [1, 2, 3, 4]) expect(sim(0, near)).toBeGreaterThan(unrelated + 0.3);
    expect(sim(5, 6)).toBeLessThan(0.3);
    // Accents do not separate near-duplicates.
    const [a, b] = embedLocally(['café au lait', 'cafe au lait']);
    expect(cosineSimilarity(a!, b!)).toBeGreaterThan(0.99);
  });

  it('renders a real PNG of the requested size', async () => {
    const result = await local.image({
      prompt: 'Trail running shoes: the complete guide',
      size: { width: 320, height: 180 },
    });
    expect(result.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(result).toMatchObject({ width: 320, height: 180, usage: { provider: 'local', costUsd: 0 } });
    expect(readPngSize(result.png)).toEqual({ width: 320, height: 180 });

    // An independent decoder reads it back, pixels and all.
    const decoded = PNG.sync.read(result.png);
    expect([decoded.width, decoded.height, decoded.data.length]).toEqual([320, 180, 320 * 180 * 4]);

    const again = await local.image({
      prompt: 'Trail running shoes: the complete guide',
      size: { width: 320, height: 180 },
    });
    expect(again.png.equals(result.png)).toBe(true);
    const other = await local.image({ prompt: 'Chocolate cake', size: { width: 320, height: 180 }, style: 'dark' });
    expect(other.png.equals(result.png)).toBe(false);

    const tooBig = await local.image({ prompt: 'x', size: { width: 100_000, height: 10 } }).catch((e) => e);
    expect(tooBig).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rethrows the caller’s cancellation as is', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(local.embed(['x'], { signal: controller.signal })).rejects.toThrow('cancelled by the user');
  });
});
