// The local writer: editorial outlines from an idea's plan and a cluster's keywords, headings worded as a person
// would, each part written to its budget in the site's language, banned words kept out.
import { describe, expect, it } from 'vitest';
import {
  generateIdeasLocally,
  type Outline,
  OutlineInputSchema,
  planOutlineLocally,
  SectionInputSchema,
  unitsOf,
  writeSectionLocally,
} from '../../src/ai/index.js';
import { countWords, humanHeading } from '../../src/ai/local/writer.js';
import { targets } from '../../src/ai/tasks/ideas.js';
import { detectLanguage } from '../../src/domain/planner/text/index.js';

const COLD_BREW = [
  'cold brew coffee',
  'how to make cold brew',
  'cold brew ratio',
  'cold brew concentrate',
  'best beans for cold brew',
  'cold brew vs iced coffee',
  'how long does cold brew last',
  'how much cold brew amazon',
  'cold brew maker',
  'is cold brew stronger',
];

function plan(language: string, keywords: string[], targetWords = 1500, banned: string[] = []) {
  const [idea] = generateIdeasLocally({
    cluster: { name: keywords[0] as string, intent: 'informational', keywords: keywords.map((phrase) => ({ phrase })) },
    count: 1,
    language,
  });
  if (!idea) throw new Error('no idea');
  const input = OutlineInputSchema.parse({
    title: idea.title,
    primaryKeyword: idea.primaryKeyword,
    secondaryKeywords: idea.secondaryKeywords,
    structure: idea.structure,
    contentType: idea.contentType,
    targetWords,
    headings: idea.outline,
    keywords: keywords.map((phrase) => ({ phrase })),
    voice: { language, banned_words: banned },
  });
  return { input, outline: planOutlineLocally(input) };
}

const write = (outline: Outline, focus: string, language: string, banned: string[] = []) =>
  unitsOf(outline).map((unit, index) => ({
    unit,
    out: writeSectionLocally(
      SectionInputSchema.parse({
        title: outline.title,
        primaryKeyword: focus,
        outline,
        index,
        voice: { language, banned_words: banned },
      }),
    ),
  }));

describe('headings a person would write', () => {
  it('drop where searchers shop, the year and "near me", and word common search shapes', () => {
    expect(humanHeading('How much cold brew amazon?', 'en')).toBe('How much cold brew?');
    expect(humanHeading('Cold brew maker near me', 'en')).toBe('Cold brew maker');
    expect(humanHeading('Best beans for cold brew 2026', 'en')).toBe('The best beans for cold brew');
    expect(humanHeading('Espresso machine price', 'en')).toBe('How much does an espresso machine cost?');
    expect(humanHeading('Running shoes price', 'en')).toBe('How much do running shoes cost?');
    expect(humanHeading('Cold brew vs iced coffee', 'en')).toBe('Cold brew vs iced coffee: the differences');
    expect(humanHeading('¿Cuánto dura el cold brew?', 'es')).toBe('¿Cuánto dura el cold brew?');
    expect(humanHeading('Cold brew ratio', 'en')).toBe('Cold brew ratio');
  });
});

describe('the local outline', () => {
  it('is an editorial plan: intro, H2s with keywords and budgets, a FAQ from the questions, a conclusion', () => {
    const { input, outline } = plan('en', COLD_BREW);
    const units = unitsOf(outline);
    // The budgets add up to the target.
    expect(units.reduce((n, u) => n + u.words, 0)).toBeGreaterThanOrEqual(1500 * 0.95);
    expect(units.reduce((n, u) => n + u.words, 0)).toBeLessThanOrEqual(1500 * 1.05);
    expect(outline.intro.keywords[0]).toBe(input.primaryKeyword);
    expect(outline.sections.some((s) => targets(s.heading, input.primaryKeyword, 'en'))).toBe(true);
    expect(outline.faq.questions.length).toBeGreaterThan(0);
    for (const q of outline.faq.questions) expect(q).toMatch(/\?$|^How to/);
    expect(outline.conclusion.heading).toBe('Conclusion');
    // No heading carries a shop name, and none repeats another.
    const headings = [
      ...outline.sections.flatMap((s) => [s.heading, ...s.subsections.map((x) => x.heading)]),
      ...outline.faq.questions,
    ];
    expect(headings.join(' ')).not.toMatch(/amazon/i);
    expect(new Set(headings.map((h) => h.toLowerCase())).size).toBe(headings.length);
    for (const s of outline.sections) {
      expect(s.words).toBeGreaterThanOrEqual(40);
      expect(s.brief.length).toBeGreaterThan(10);
    }
    // The same input, the same plan.
    expect(plan('en', COLD_BREW).outline).toEqual(outline);
  });

  it('writes each part to its budget, with the focus keyword at a natural density and no banned word', () => {
    const { input, outline } = plan('en', COLD_BREW, 2000, ['experts', 'guide']);
    const parts = write(outline, input.primaryKeyword, 'en', ['experts', 'guide']);
    let total = 0;
    for (const { unit, out } of parts) {
      const words = countWords(out.html);
      total += words;
      expect(Math.abs(words - unit.words) / unit.words, `${unit.kind} ${words}/${unit.words}`).toBeLessThanOrEqual(
        0.35,
      );
      expect(out.summary.length).toBeGreaterThan(5);
      expect(out.html).not.toMatch(/\bexperts\b/i);
    }
    expect(Math.abs(total - 2000) / 2000).toBeLessThanOrEqual(0.1);
    const [intro] = parts;
    expect(intro?.out.html.split('</p>')[0]?.toLowerCase()).toContain(input.primaryKeyword.toLowerCase());
    const faq = parts.find((p) => p.unit.kind === 'faq');
    expect(faq?.out.faq?.map((f) => f.question)).toEqual(outline.faq.questions);
  });

  it('plans and writes a Spanish site in Spanish', () => {
    const keywords = [
      'café de especialidad',
      'qué es el café de especialidad',
      'café de especialidad en grano',
      'mejor café de especialidad',
    ];
    const { input, outline } = plan('es', keywords, 1200);
    expect(outline.conclusion.heading).toBe('Conclusión');
    expect(outline.faq.heading).toMatch(/preguntas frecuentes/);
    const text = write(outline, input.primaryKeyword, 'es')
      .map((p) => p.out.html)
      .join(' ')
      .replace(/<[^>]*>/g, ' ');
    expect(detectLanguage(text).language).toBe('es');
  });
});
