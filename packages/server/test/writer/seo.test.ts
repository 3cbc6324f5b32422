// The SEO analysis: named checks that pass, warn and fail where they should, the score they make, keywords matched
// as the planner matches them, and reading ease by each language's formula.
import { describe, expect, it } from 'vitest';
import { analyzeSeo, readingEase, type SeoInput } from '../../src/domain/writer/seo.js';

const sentence = (i: number) =>
  [
    'Cold brew is coffee that steeps in cold water for a long time.',
    'You get a smooth cup with less bitterness.',
    'Most people use a coarse grind and a clean jar.',
    'The ratio decides how strong the drink will be.',
    'Keep the jar in the fridge while it steeps.',
  ][i % 5];

/** A paragraph of about `n` words of plain sentences, naming the focus keyword once in its first sentence. */
const paragraph = (n: number, withKeyword = true) => {
  const out: string[] = withKeyword ? ['This cold brew ratio guide keeps things simple.'] : [];
  let i = 0;
  while (out.join(' ').split(' ').length < n) out.push(sentence(i++) as string);
  return `<p>${out.join(' ')}</p>`;
};

const article = (parts: string[]) => parts.join('\n');

const good: SeoInput = {
  title: 'The cold brew ratio: how much coffee for your jar',
  html: article([
    paragraph(80),
    '<h2>Which cold brew ratios work best?</h2>',
    paragraph(120, false),
    '<h3>For a concentrate</h3>',
    paragraph(100, false),
    '<h2>How long to steep</h2>',
    paragraph(110),
    '<p>See our <a href="/guides/grind-size">grind size guide</a> and the <a href="https://sca.example.org/brew">SCA brewing chart</a>.</p>',
    '<figure><img src="/img/jar.png" alt="A jar of cold brew"></figure>',
    paragraph(90, false),
  ]),
  metaTitle: 'Cold brew ratio: how much coffee per cup of water',
  metaDescription:
    'The cold brew ratio that works: how much coffee to use for a jar, how long to steep it, and how to make a concentrate you can dilute.',
  slug: 'cold-brew-ratio',
  focusKeyword: 'cold brew ratio',
  language: 'en',
  targetWords: 520,
  siteHost: 'coffee.example.test',
};

const byId = (checks: { id: string; status: string }[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('SEO analysis', () => {
  it('passes a well-made article on every check, with a high score', () => {
    const result = analyzeSeo(good);
    const status = byId(result.checks);
    expect(status).toMatchObject({
      focus_in_title: 'pass',
      focus_in_introduction: 'pass',
      // "ratios" in the H2 counts for "ratio": stems are compared.
      focus_in_subheading: 'pass',
      focus_in_slug: 'pass',
      focus_in_meta_description: 'pass',
      meta_title_length: 'pass',
      meta_description_length: 'pass',
      single_h1: 'pass',
      heading_order: 'pass',
      keyword_density: 'pass',
      paragraph_length: 'pass',
      sentence_length: 'pass',
      readability: 'pass',
      internal_links: 'pass',
      external_links: 'pass',
      image_alt: 'pass',
      length: 'pass',
    });
    expect(result.score).toBe(100);
    for (const c of result.checks) expect(c.message.length).toBeGreaterThan(10);
  });

  it('fails and warns where an article falls short, and the score says so', () => {
    const stuffed = Array.from({ length: 30 }, () => 'cold brew ratio').join(' ');
    const result = analyzeSeo({
      ...good,
      title: 'Coffee at home',
      html: article([
        '<h1>One</h1><h1>Two</h1>',
        '<p>Nothing about it here.</p>',
        '<h4>Skipped a level</h4>',
        `<p>${stuffed}</p>`,
        '<img src="/a.png"><img src="/b.png" alt="">',
      ]),
      metaTitle: 'A meta title that goes on far too long for any search result page to show it',
      metaDescription: 'Short.',
      slug: 'coffee-at-home',
    });
    const status = byId(result.checks);
    expect(status).toMatchObject({
      focus_in_title: 'fail',
      focus_in_introduction: 'warn',
      focus_in_subheading: 'warn',
      focus_in_slug: 'warn',
      meta_title_length: 'fail',
      meta_description_length: 'warn',
      single_h1: 'fail',
      heading_order: 'warn',
      keyword_density: 'fail',
      internal_links: 'warn',
      external_links: 'warn',
      image_alt: 'fail',
      length: 'fail',
    });
    expect(result.score).toBeLessThan(40);
    expect(result.checks.find((c) => c.id === 'image_alt')?.message).toBe('2 of 2 images have no alt text.');
  });

  it('asks for a focus keyword, and counts the checks that need one as failed', () => {
    const result = analyzeSeo({ ...good, focusKeyword: null });
    expect(byId(result.checks).focus_keyword_set).toBe('fail');
    expect(result.checks.some((c) => c.id === 'focus_in_title')).toBe(false);
    expect(result.score).toBeLessThan(analyzeSeo(good).score - 30);
  });

  it('warns about long paragraphs and sentences, and measures length against the target', () => {
    const long = `<p>${Array.from({ length: 12 }, () => 'This is a sentence that keeps going with one clause after another and then some more words until it has well over twenty words in it.').join(' ')}</p>`;
    const result = analyzeSeo({
      ...good,
      html: `${paragraph(60)}<h2>Cold brew ratio basics</h2>${long}`,
      targetWords: 300,
    });
    const status = byId(result.checks);
    expect(status.paragraph_length).toBe('warn');
    expect(status.sentence_length).toBe('warn');
    expect(result.wordCount).toBeGreaterThan(300);
    expect(['warn', 'fail']).toContain(status.length);
  });

  it('measures reading ease by each language’s formula, and only where one exists', () => {
    const easy = 'The cat sat on the mat. It was a good day. We had tea. The sun was out. '.repeat(5);
    const hard =
      'Institutional considerations regarding organizational effectiveness necessitate comprehensive evaluation methodologies incorporating multidimensional performance indicators. '.repeat(
        5,
      );
    expect(readingEase(easy, 'en')).toBeGreaterThan(90);
    expect(readingEase(hard, 'en')).toBeLessThan(0);
    const spanish = 'El café frío es fácil de hacer. Se usa agua fría y café molido. Se deja toda la noche. '.repeat(5);
    expect(readingEase(spanish, 'es')).toBeGreaterThan(60);
    expect(readingEase(easy, 'sv')).toBeNull();
    expect(readingEase('Too short.', 'en')).toBeNull();
    const swedish = analyzeSeo({ ...good, language: 'sv' });
    expect(swedish.checks.some((c) => c.id === 'readability')).toBe(false);
  });

  it('matches a Spanish focus keyword in Spanish text, with or without its accents', () => {
    const result = analyzeSeo({
      ...good,
      language: 'es',
      focusKeyword: 'café frío',
      title: 'Cómo hacer café frío en casa',
      html: '<p>El café frío se prepara sin calor.</p><h2>Recetas de café bien frío</h2><p>Texto.</p>',
      slug: 'cafe-frio',
      metaDescription:
        'Todo sobre el café frío: proporciones, tiempos y trucos para prepararlo en casa sin equipo especial.',
    });
    const status = byId(result.checks);
    expect(status.focus_in_title).toBe('pass');
    expect(status.focus_in_introduction).toBe('pass');
    expect(status.focus_in_subheading).toBe('pass');
    expect(status.focus_in_slug).toBe('pass');
    expect(status.focus_in_meta_description).toBe('pass');
  });
});
