// The server's SEO analysis (packages/server/src/domain/writer/seo.ts) in the browser, for the live score beside the
// text: the same checks, weights, thresholds and score, read from the html with the browser's own parser. Only the
// statuses are kept (the editor says each check in the user's language); the links and the first paragraph are
// kept too, for the link report and the search-result preview.
import { languageOf, stems, stemToken, stemTokens, tokenize } from './text.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export interface Check {
  id: string;
  status: CheckStatus;
}
export interface Link {
  href: string;
  text: string;
  kind: 'internal' | 'external' | 'other';
}
export interface SeoInput {
  title: string;
  html: string;
  meta_title: string | null;
  meta_description: string | null;
  slug: string | null;
  focus_keyword: string | null;
  language: string | null;
  target_words: number | null;
  host: string | null;
}

const WEIGHTS: Record<string, number> = {
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
const FOCUS = [
  'focus_in_title',
  'focus_in_introduction',
  'focus_in_subheading',
  'focus_in_slug',
  'focus_in_meta_description',
  'keyword_density',
];
const BLOCK = /^(p|li|h[1-6]|td|th|blockquote|figcaption|dd|dt|pre)$/;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const words = (text: string) => text.match(WORD) ?? [];
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);

function linkKind(href: string, host: string | null): Link['kind'] {
  if (href.startsWith('/') && !href.startsWith('//')) return 'internal';
  if (href.startsWith('#')) return 'other';
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'other';
    return host && url.host === host ? 'internal' : 'external';
  } catch {
    return 'other';
  }
}

/** The text, headings, paragraphs, links and images of the html, as the server's parser collects them. */
function parse(html: string, host: string | null) {
  const out = {
    text: '',
    headings: [] as { level: number; text: string }[],
    paragraphs: [] as string[],
    links: [] as Link[],
    images: [] as string[],
  };
  const open: { text: string }[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      out.text += data;
      for (const b of open) b.text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    const href = el.getAttribute('href');
    if (name === 'a' && href) out.links.push({ href, text: el.textContent ?? '', kind: linkKind(href, host) });
    if (name === 'img') out.images.push((el.getAttribute('alt') ?? '').trim());
    if (name === 'br') for (const b of open) b.text += ' ';
    const block = BLOCK.test(name) ? { text: '' } : null;
    if (block) open.push(block);
    for (const child of el.childNodes) walk(child);
    if (!block) return;
    open.pop();
    out.text += ' ';
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (name[0] === 'h') out.headings.push({ level: Number(name[1]), text });
    else if (name === 'p' && text) out.paragraphs.push(text);
  };
  walk(new DOMParser().parseFromString(html, 'text/html').documentElement);
  return out;
}

/**
 * The html without what could run once it is in the page: scripts, event handlers, script URLs. The server's
 * sanitizer removes them too; this guards the editor and the revision view against html typed or pasted in the HTML
 * view before it is saved.
 */
export function inert(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.body.querySelectorAll('*')) {
    if (/^(script|object|embed|base|meta|link)$/.test(el.localName)) el.remove();
    for (const a of [...el.attributes])
      if (/^on/i.test(a.name) || /^\s*(javascript|vbscript):/i.test(a.value)) el.removeAttribute(a.name);
  }
  return doc.body.innerHTML;
}

function syllables(word: string, language: string): number {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouyàáâäæãåāèéêëēėęîïíīįìôöòóœøōõûüùúūÿ]+/g)?.length ?? 0;
  const silent = language === 'en' && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silent);
}

const EASE: Record<string, [number, number, number]> = {
  en: [206.835, 1.015, 84.6],
  es: [206.84, 1.02, 60],
  de: [180, 1, 58.5],
  fr: [207, 1.015, 73.6],
  it: [217, 1.3, 60],
  nl: [206.835, 0.93, 77],
};

function readingEase(text: string, language: string): number | null {
  const ws = words(text);
  const ss = sentences(text).length;
  const f = EASE[language];
  if (ws.length < 50 || ss === 0 || !f) return null;
  const perSentence = ws.length / ss;
  const perWord = ws.reduce((n, w) => n + syllables(w, language), 0) / ws.length;
  return f[0] - f[1] * perSentence - f[2] * perWord;
}

export function analyze(input: SeoInput) {
  const language = languageOf(input.language);
  const page = parse(input.html, input.host);
  const body = page.text.replace(/\s+/g, ' ').trim();
  const wordCount = words(body).length;
  const focus = input.focus_keyword?.trim() || null;
  const metaTitle = (input.meta_title ?? '').trim() || input.title.trim();
  const metaDescription = (input.meta_description ?? '').trim();
  const checks: Check[] = [];
  const add = (id: string, status: CheckStatus) => checks.push({ id, status });
  const pick = (ok: boolean, id: string, miss: CheckStatus = 'warn') => add(id, ok ? 'pass' : miss);

  if (!focus) add('focus_keyword_set', 'fail');
  else {
    const wanted = stems(focus, language);
    const has = (text: string) => {
      const have = new Set(tokenize(text, language).map((t) => stemToken(t, language)));
      return wanted.length > 0 && wanted.every((s) => have.has(s));
    };
    pick(has(input.title), 'focus_in_title', 'fail');
    pick(has(page.paragraphs[0] ?? ''), 'focus_in_introduction');
    pick(
      page.headings.some((h) => h.level === 2 && has(h.text)),
      'focus_in_subheading',
    );
    pick(has((input.slug ?? '').replace(/[-_/]+/g, ' ')), 'focus_in_slug');
    pick(!!metaDescription && has(metaDescription), 'focus_in_meta_description');
    let uses = 0;
    if (wanted.length) {
      const tokens = stemTokens(tokenize(body, language), language);
      const set = new Set(wanted);
      for (let i = 0; i + wanted.length <= tokens.length; i++) {
        const run = tokens.slice(i, i + wanted.length);
        if (run.every((t) => set.has(t)) && new Set(run).size === set.size) {
          uses++;
          i += wanted.length - 1;
        }
      }
    }
    const density = wordCount ? (100 * uses * wanted.length) / wordCount : 0;
    add('keyword_density', density > 3 ? 'fail' : density >= 0.5 ? 'pass' : 'warn');
  }
  const t = metaTitle.length;
  add('meta_title_length', t > 60 ? 'fail' : t >= 30 ? 'pass' : 'warn');
  const d = metaDescription.length;
  add('meta_description_length', d === 0 || d > 160 ? 'fail' : d >= 120 ? 'pass' : 'warn');
  const h = page.headings;
  pick(h.filter((x) => x.level === 1).length <= 1, 'single_h1', 'fail');
  const first = h.find((x) => x.level > 1)?.level;
  pick(
    h.length > 0 && !h.some((x, i) => i > 0 && x.level > (h[i - 1]?.level ?? 0) + 1) && !(first && first > 2),
    'heading_order',
  );
  pick(!page.paragraphs.some((p) => words(p).length > 150), 'paragraph_length');
  const all = sentences(page.paragraphs.join('\n'));
  pick(!all.length || all.filter((s) => words(s).length > 20).length / all.length <= 0.25, 'sentence_length');
  const ease = readingEase(page.paragraphs.join('\n'), language);
  if (ease !== null) add('readability', ease >= 60 ? 'pass' : ease >= 30 ? 'warn' : 'fail');
  pick(
    page.links.some((l) => l.kind === 'internal'),
    'internal_links',
  );
  pick(
    page.links.some((l) => l.kind === 'external'),
    'external_links',
  );
  const missing = page.images.filter((alt) => !alt).length;
  add('image_alt', page.images.length === 0 ? 'warn' : missing ? 'fail' : 'pass');
  if (input.target_words) {
    const off = Math.abs(wordCount - input.target_words) / input.target_words;
    add('length', off <= 0.15 ? 'pass' : off <= 0.3 ? 'warn' : 'fail');
  }
  let total = focus ? 0 : FOCUS.reduce((n, id) => n + (WEIGHTS[id] ?? 0), 0);
  let earned = 0;
  for (const c of checks) {
    const w = WEIGHTS[c.id] ?? 0;
    total += w;
    earned += c.status === 'pass' ? w : c.status === 'warn' ? w / 2 : 0;
  }
  return {
    score: total ? Math.round((100 * earned) / total) : 0,
    checks,
    wordCount,
    links: page.links,
    intro: page.paragraphs[0] ?? '',
    exact: language === 'en',
  };
}
