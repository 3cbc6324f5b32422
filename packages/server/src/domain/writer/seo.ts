// SEO analysis of a content: a 0–100 score made of named checks, each `pass`, `warn` or `fail` with a message a
// writer can act on. Pure: html, meta and the focus keyword in, the checks out; recomputed on every change.
// Keywords are matched as the planner matches them (stems of the content words, in any order), so "cold brew
// ratios" in a heading counts for the focus keyword "cold brew ratio". docs/writer.md lists the checks beside
// Yoast SEO's and Rank Math's.
import { Parser } from 'htmlparser2';
import {
  DEFAULT_LANGUAGE,
  type LanguageCode,
  resolveLanguage,
  stems,
  stemToken,
  stemTokens,
  tokenize,
} from '../planner/text/index.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface SeoCheck {
  id: string;
  status: CheckStatus;
  message: string;
}

export interface SeoInput {
  title: string;
  html: string;
  metaTitle: string | null;
  metaDescription: string | null;
  slug: string | null;
  focusKeyword: string | null;
  language: string | null;
  targetWords: number | null;
  /** The site's own host, to tell internal links from external ones. */
  siteHost?: string | null;
}

export interface SeoResult {
  score: number;
  checks: SeoCheck[];
  wordCount: number;
}

/** How much each check weighs in the score (a `warn` counts half). */
const WEIGHTS: Record<string, number> = {
  focus_keyword_set: 0,
  focus_in_title: 10,
  focus_in_introduction: 8,
  focus_in_subheading: 6,
  focus_in_slug: 5,
  focus_in_meta_description: 6,
  meta_title_length: 8,
  meta_description_length: 8,
  single_h1: 5,
  heading_order: 4,
  keyword_density: 7,
  paragraph_length: 4,
  sentence_length: 4,
  readability: 6,
  internal_links: 6,
  external_links: 3,
  image_alt: 5,
  length: 10,
};

interface Parsed {
  text: string;
  /** Headings in order, with their level. */
  headings: { level: number; text: string }[];
  paragraphs: string[];
  links: string[];
  images: { alt: string }[];
}

function parse(html: string): Parsed {
  const out: Parsed = { text: '', headings: [], paragraphs: [], links: [], images: [] };
  const stack: { tag: string; text: string }[] = [];
  const BLOCK = /^(p|li|h[1-6]|td|th|blockquote|figcaption|dd|dt|pre)$/;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'a' && attribs.href) out.links.push(attribs.href);
        if (name === 'img') out.images.push({ alt: (attribs.alt ?? '').trim() });
        if (BLOCK.test(name)) stack.push({ tag: name, text: '' });
        if (name === 'br') for (const s of stack) s.text += ' ';
      },
      ontext(text) {
        out.text += text;
        for (const s of stack) s.text += text;
      },
      onclosetag(name) {
        if (!BLOCK.test(name)) return;
        out.text += ' ';
        const i = stack.map((s) => s.tag).lastIndexOf(name);
        if (i < 0) return;
        const [block] = stack.splice(i, 1) as [{ tag: string; text: string }];
        const text = block.text.replace(/\s+/g, ' ').trim();
        if (/^h[1-6]$/.test(name)) out.headings.push({ level: Number(name[1]), text });
        else if (name === 'p' && text) out.paragraphs.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const words = (text: string) => text.match(WORD) ?? [];
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);

/** Vowel groups as syllables: rough, as every readability formula's own counters are. */
function syllables(word: string, language: string): number {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouyàáâäæãåāèéêëēėęîïíīįìôöòóœøōõûüùúūÿ]+/g)?.length ?? 0;
  // English drops a silent final e ("stone"), but not "-le" ("table").
  const silent = language === 'en' && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silent);
}

/** Reading ease (0 hard – 100 easy) by the formula each language has, or null where none is used. */
export function readingEase(text: string, language: string): number | null {
  const ws = words(text);
  const ss = sentences(text).length;
  if (ws.length < 50 || ss === 0) return null;
  const wordsPerSentence = ws.length / ss;
  const syllablesPerWord = ws.reduce((n, w) => n + syllables(w, language), 0) / ws.length;
  switch (language) {
    case 'en':
      return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord; // Flesch
    case 'es':
      return 206.84 - 1.02 * wordsPerSentence - 60 * syllablesPerWord; // Fernández Huerta
    case 'de':
      return 180 - wordsPerSentence - 58.5 * syllablesPerWord; // Amstad
    case 'fr':
      return 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord; // Kandel & Moles
    case 'it':
      return 217 - 1.3 * wordsPerSentence - 60 * syllablesPerWord; // Flesch–Vacca
    case 'nl':
      return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord; // Flesch–Douma
    default:
      return null;
  }
}

/** Whether `text` names every content word of `keyword` (stems, any order). */
function names(text: string, keyword: string, language: LanguageCode): boolean {
  const wanted = stems(keyword, language);
  if (!wanted.length) return false;
  const have = new Set(tokenize(text, language).map((t) => stemToken(t, language)));
  return wanted.every((s) => have.has(s));
}

/**
 * How often the keyword's stems occur together as a run of consecutive content words (its uses in the text): stop
 * words are skipped in the text as in the keyword, so "how to clean an espresso machine" is a use of itself.
 */
function occurrences(text: string, keyword: string, language: LanguageCode): number {
  const wanted = stems(keyword, language);
  if (!wanted.length) return 0;
  const tokens = stemTokens(tokenize(text, language), language);
  const set = new Set(wanted);
  let count = 0;
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    const window = tokens.slice(i, i + wanted.length);
    if (window.every((t) => set.has(t)) && new Set(window).size === set.size) {
      count++;
      i += wanted.length - 1;
    }
  }
  return count;
}

function linkKind(href: string, siteHost: string | null | undefined): 'internal' | 'external' | 'other' {
  if (href.startsWith('/') && !href.startsWith('//')) return 'internal';
  if (href.startsWith('#')) return 'other';
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'other';
    return siteHost && url.host === siteHost ? 'internal' : 'external';
  } catch {
    return 'other';
  }
}

const check = (id: string, status: CheckStatus, message: string): SeoCheck => ({ id, status, message });

/** The checks and the score of a content. */
export function analyzeSeo(input: SeoInput): SeoResult {
  const language = resolveLanguage(input.language) ?? DEFAULT_LANGUAGE;
  const page = parse(input.html);
  const body = page.text.replace(/\s+/g, ' ').trim();
  const wordCount = words(body).length;
  const focus = input.focusKeyword?.trim() || null;
  const metaTitle = (input.metaTitle ?? '').trim() || input.title.trim();
  const metaDescription = (input.metaDescription ?? '').trim();
  const checks: SeoCheck[] = [];

  if (!focus) {
    checks.push(check('focus_keyword_set', 'fail', 'Set a focus keyword: the checks of where it appears need one.'));
  } else {
    const has = (text: string) => names(text, focus, language);
    checks.push(
      has(input.title)
        ? check('focus_in_title', 'pass', 'The title names the focus keyword.')
        : check('focus_in_title', 'fail', 'Name the focus keyword in the title.'),
      has(page.paragraphs[0] ?? '')
        ? check('focus_in_introduction', 'pass', 'The first paragraph names the focus keyword.')
        : check('focus_in_introduction', 'warn', 'Name the focus keyword in the first paragraph.'),
      page.headings.some((h) => h.level === 2 && has(h.text))
        ? check('focus_in_subheading', 'pass', 'An H2 names the focus keyword.')
        : check('focus_in_subheading', 'warn', 'Name the focus keyword (or a close variant) in at least one H2.'),
      has((input.slug ?? '').replace(/[-_/]+/g, ' '))
        ? check('focus_in_slug', 'pass', 'The slug holds the focus keyword.')
        : check('focus_in_slug', 'warn', 'Put the focus keyword in the slug.'),
      metaDescription && has(metaDescription)
        ? check('focus_in_meta_description', 'pass', 'The meta description names the focus keyword.')
        : check('focus_in_meta_description', 'warn', 'Name the focus keyword in the meta description.'),
    );
    const uses = occurrences(body, focus, language);
    const density = wordCount ? (100 * uses * stems(focus, language).length) / wordCount : 0;
    const pct = `${density.toFixed(1)} %`;
    checks.push(
      density > 3
        ? check(
            'keyword_density',
            'fail',
            `The focus keyword makes up ${pct} of the text: above 3 % reads as stuffing.`,
          )
        : density >= 0.5
          ? check('keyword_density', 'pass', `The focus keyword makes up ${pct} of the text (0.5–3 %).`)
          : check(
              'keyword_density',
              'warn',
              `The focus keyword makes up ${pct} of the text: use it a little more (0.5–3 %).`,
            ),
    );
  }

  const t = metaTitle.length;
  checks.push(
    t > 60
      ? check('meta_title_length', 'fail', `The meta title is ${t} characters: search results cut it after about 60.`)
      : t >= 30
        ? check('meta_title_length', 'pass', `The meta title is ${t} characters (30–60).`)
        : check('meta_title_length', 'warn', `The meta title is ${t} characters: there is room for more (30–60).`),
  );
  const d = metaDescription.length;
  checks.push(
    d === 0
      ? check('meta_description_length', 'fail', 'Write a meta description (120–160 characters).')
      : d > 160
        ? check('meta_description_length', 'fail', `The meta description is ${d} characters: results cut it after 160.`)
        : d >= 120
          ? check('meta_description_length', 'pass', `The meta description is ${d} characters (120–160).`)
          : check('meta_description_length', 'warn', `The meta description is ${d} characters: use up to 160.`),
  );

  const h1 = page.headings.filter((h) => h.level === 1).length;
  checks.push(
    h1 > 1
      ? check('single_h1', 'fail', `The text has ${h1} H1 headings: keep one (the title).`)
      : check('single_h1', 'pass', h1 ? 'The text has one H1.' : 'The text has no H1 of its own; the title is the H1.'),
  );
  const skipped = page.headings.findIndex(
    (h, i) => i > 0 && h.level > (page.headings[i - 1] as { level: number }).level + 1,
  );
  const firstLevel = page.headings.find((h) => h.level > 1)?.level;
  checks.push(
    page.headings.length === 0
      ? check('heading_order', 'warn', 'Break the text into sections with H2 headings.')
      : skipped >= 0 || (firstLevel !== undefined && firstLevel > 2)
        ? check(
            'heading_order',
            'warn',
            `Headings skip a level${skipped >= 0 ? ` at “${page.headings[skipped]?.text}”` : ''}: go from H2 to H3, not further.`,
          )
        : check('heading_order', 'pass', 'Headings go down one level at a time.'),
  );

  const long = page.paragraphs.filter((p) => words(p).length > 150).length;
  checks.push(
    long
      ? check('paragraph_length', 'warn', `${long} paragraph${long > 1 ? 's are' : ' is'} longer than 150 words.`)
      : check('paragraph_length', 'pass', 'No paragraph is longer than 150 words.'),
  );
  const all = sentences(page.paragraphs.join('\n'));
  const longSentences = all.filter((s) => words(s).length > 20).length;
  const share = all.length ? longSentences / all.length : 0;
  checks.push(
    share > 0.25
      ? check(
          'sentence_length',
          'warn',
          `${Math.round(share * 100)} % of sentences are longer than 20 words (at most 25 %).`,
        )
      : check('sentence_length', 'pass', `${Math.round(share * 100)} % of sentences are longer than 20 words.`),
  );
  const ease = readingEase(page.paragraphs.join('\n'), language);
  if (ease !== null) {
    const e = Math.round(ease);
    checks.push(
      ease >= 60
        ? check('readability', 'pass', `Reading ease ${e}: easy to read (60 or more).`)
        : ease >= 30
          ? check(
              'readability',
              'warn',
              `Reading ease ${e}: fairly hard; shorter sentences and words help (60 or more).`,
            )
          : check('readability', 'fail', `Reading ease ${e}: hard to read; shorten sentences and words.`),
    );
  }

  const kinds = page.links.map((href) => linkKind(href, input.siteHost));
  const internal = kinds.filter((k) => k === 'internal').length;
  const external = kinds.filter((k) => k === 'external').length;
  checks.push(
    internal
      ? check('internal_links', 'pass', `${internal} link${internal > 1 ? 's' : ''} to the site's own pages.`)
      : check('internal_links', 'warn', "Link to at least one of the site's own pages."),
    external
      ? check('external_links', 'pass', `${external} link${external > 1 ? 's' : ''} to other sites.`)
      : check('external_links', 'warn', 'Link to at least one source on another site.'),
  );
  const missing = page.images.filter((i) => !i.alt).length;
  checks.push(
    page.images.length === 0
      ? check('image_alt', 'warn', 'Add an image, with alt text.')
      : missing
        ? check('image_alt', 'fail', `${missing} of ${page.images.length} images have no alt text.`)
        : check('image_alt', 'pass', `All ${page.images.length} images have alt text.`),
  );

  if (input.targetWords) {
    const off = (wordCount - input.targetWords) / input.targetWords;
    const label = `${wordCount} words for a target of ${input.targetWords}`;
    checks.push(
      Math.abs(off) <= 0.15
        ? check('length', 'pass', `${label} (within 15 %).`)
        : Math.abs(off) <= 0.3
          ? check('length', 'warn', `${label}: ${off < 0 ? 'short' : 'long'} by ${Math.round(Math.abs(off) * 100)} %.`)
          : check('length', 'fail', `${label}: ${off < 0 ? 'short' : 'long'} by ${Math.round(Math.abs(off) * 100)} %.`),
    );
  }

  let total = 0;
  let earned = 0;
  for (const c of checks) {
    const w = WEIGHTS[c.id] ?? 0;
    total += w;
    earned += c.status === 'pass' ? w : c.status === 'warn' ? w / 2 : 0;
  }
  // Without a focus keyword, the checks of where it appears count as failed.
  if (!focus) {
    for (const id of [
      'focus_in_title',
      'focus_in_introduction',
      'focus_in_subheading',
      'focus_in_slug',
      'focus_in_meta_description',
      'keyword_density',
    ])
      total += WEIGHTS[id] ?? 0;
  }
  return { score: total ? Math.round((100 * earned) / total) : 0, checks, wordCount };
}
