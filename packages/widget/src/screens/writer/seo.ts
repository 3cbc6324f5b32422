// A live estimate of the server's SEO analysis (docs/writer.md), for the score beside the text as it is typed: the
// same checks, weights and thresholds, but the focus keyword matched by the start of its longer words (no stemmer,
// no stop words) and readability judged by sentence length. The server's exact score and checks come with the
// content, and again with each save. Also: the links of the text (the link report) and its first paragraph (the
// search-result preview), and the html made inert for the editor.

export type Status = 'pass' | 'warn' | 'fail';
export interface Link {
  href: string;
  text: string;
  kind: 'internal' | 'external' | 'other';
}

const STATUS: Status[] = ['fail', 'warn', 'pass'];
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
export const words = (text: string): string[] => text.match(WORD) ?? [];
/** Lower case, without accents: "Café" and "cafe" match. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function kindOf(href: string, host: string | null): Link['kind'] {
  if (/^\/(?!\/)/.test(href)) return 'internal';
  try {
    const url = new URL(href);
    return !/^https?:$/.test(url.protocol) ? 'other' : url.host === host ? 'internal' : 'external';
  } catch {
    return 'other';
  }
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

export interface SeoFields {
  title: string;
  html: string;
  meta_title: string;
  meta_description: string;
  slug: string;
  focus_keyword: string;
}

export function estimate(f: SeoFields, target: number | null, host: string | null) {
  // A space before each block's tags, so the text of two paragraphs does not run together.
  const doc = new DOMParser().parseFromString(
    f.html.replace(/<(?=\/?(p|li|h\d|t[dh]|blockquote|figcaption|d[dt]|pre|br)\b)/gi, ' <'),
    'text/html',
  );
  const q = (selector: string) => [...doc.querySelectorAll(selector)];
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const body = words(fold(text(doc.body)));
  const count = body.length;
  const paragraphs = q('p').map(text).filter(Boolean);
  const headings = q('h1,h2,h3,h4,h5,h6').map((h) => [Number(h.localName[1]), text(h)] as const);
  const links = q('a[href]').map((a) => {
    const href = a.getAttribute('href') as string;
    return { href, text: text(a), kind: kindOf(href, host) };
  });
  const images = q('img').map((img) => !!img.getAttribute('alt')?.trim());
  // The keyword's words of four letters or more (all of them when none is), each by its start.
  let key = words(fold(f.focus_keyword));
  if (key.some((w) => w.length > 3)) key = key.filter((w) => w.length > 3);
  key = key.map((w) => w.slice(0, Math.max(4, w.length - 3)));
  const has = (s: string) => key.every((k) => words(fold(s)).some((w) => w.startsWith(k)));
  // The keyword's uses: runs of as many words as it has, holding each of them.
  let uses = 0;
  for (let i = 0; key.length && i + key.length <= count; i++)
    if (key.every((k) => body.slice(i, i + key.length).some((w) => w.startsWith(k)))) {
      uses++;
      i += key.length - 1;
    }
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?…])\s+/)).filter((s) => words(s).length);
  const long = sentences.filter((s) => words(s).length > 20).length;
  const inParagraphs = words(paragraphs.join(' ')).length;
  const perSentence = inParagraphs / sentences.length;
  const metaTitle = (f.meta_title.trim() || f.title.trim()).length;
  const metaDescription = f.meta_description.trim().length;
  const density = (100 * uses * key.length) / count;
  const off = target ? Math.abs(count - target) / target : undefined;
  // [grade, weight], in the server's order: 2 passes, 1 warns, 0 fails; an undefined grade is not checked. Without a
  // focus keyword, its six checks fail as one.
  const grades: Record<string, [number | false | undefined, number]> = {
    ...(key.length
      ? {
          focus_in_title: [has(f.title) && 2, 10],
          focus_in_introduction: [has(paragraphs[0] ?? '') ? 2 : 1, 8],
          focus_in_subheading: [headings.some(([level, h]) => level === 2 && has(h)) ? 2 : 1, 6],
          focus_in_slug: [has(f.slug.replace(/[-_/]+/g, ' ')) ? 2 : 1, 5],
          focus_in_meta_description: [metaDescription && has(f.meta_description) ? 2 : 1, 6],
          keyword_density: [density > 3 ? 0 : density >= 0.5 ? 2 : 1, 7],
        }
      : { focus_keyword_set: [0, 42] }),
    meta_title_length: [metaTitle > 60 ? 0 : metaTitle < 30 ? 1 : 2, 8],
    meta_description_length: [!metaDescription || metaDescription > 160 ? 0 : metaDescription < 120 ? 1 : 2, 8],
    single_h1: [headings.filter(([level]) => level === 1).length < 2 && 2, 5],
    // Down one level at a time, from H2 (after an H1 if any).
    heading_order: [
      headings.length && !headings.some(([level], i) => level > (headings[i - 1]?.[0] ?? 1) + 1) ? 2 : 1,
      4,
    ],
    paragraph_length: [paragraphs.some((p) => words(p).length > 150) ? 1 : 2, 4],
    sentence_length: [long > sentences.length / 4 ? 1 : 2, 4],
    readability: [inParagraphs < 50 ? undefined : perSentence > 25 ? 0 : perSentence > 15 ? 1 : 2, 6],
    internal_links: [links.some((l) => l.kind === 'internal') ? 2 : 1, 6],
    external_links: [links.some((l) => l.kind === 'external') ? 2 : 1, 3],
    image_alt: [!images.length ? 1 : images.includes(false) ? 0 : 2, 5],
    length: [off === undefined ? off : off <= 0.15 ? 2 : off <= 0.3 ? 1 : 0, 10],
  };
  let total = 0;
  let earned = 0;
  const checks: { id: string; status: Status }[] = [];
  for (const [id, [grade, weight]] of Object.entries(grades)) {
    if (grade === undefined) continue;
    total += weight;
    earned += (weight * +grade) / 2;
    checks.push({ id, status: STATUS[+grade] as Status });
  }
  return { score: Math.round((100 * earned) / total), checks, count, links, intro: paragraphs[0] ?? '' };
}
