// What the plugin's `POST igny8/v1/posts` receives for a content (wp-bridge/openapi.yaml describes it): the stored
// html with the in-article images placed after their sections' headings, the images the plugin sideloads (our own,
// by signed URL, with a version so an unchanged image is not fetched twice), the terms, the author, the SEO fields
// for whichever SEO plugin is active, and our JSON-LD (written by the plugin only when none is).
import type { WordpressPostStatus } from './publications.js';

export interface PayloadImage {
  id: string;
  kind: 'featured' | 'in_article';
  /** For in-article images, the section (1-based H2) it illustrates. */
  position: number;
  alt: string;
  url: string;
  version: string;
}

export interface PayloadContent {
  id: string;
  title: string;
  html: string;
  meta_title: string | null;
  meta_description: string | null;
  slug: string | null;
  focus_keyword: string | null;
  categories: unknown;
  tags: unknown;
  json_ld: unknown;
}

export interface PostPayload {
  content_id: string;
  title: string;
  html: string;
  excerpt: string;
  slug: string | null;
  status: WordpressPostStatus;
  date_gmt: string | null;
  categories: string[];
  tags: string[];
  author_id: number | null;
  featured_image: PostImage | null;
  images: PostImage[];
  seo: { title: string | null; description: string | null; focus_keyword: string | null; canonical: string | null };
  json_ld: unknown;
  force: boolean;
}

interface PostImage {
  image_id: string;
  version: string;
  url: string;
  alt: string;
  filename: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Terms stored as names (or objects with a name), de-duplicated, as many as WordPress is sent. */
function names(value: unknown, max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of Array.isArray(value) ? value : []) {
    const name = (typeof v === 'string' ? v : typeof v === 'object' && v ? (v as { name?: unknown }).name : null) as
      | string
      | null;
    const clean = typeof name === 'string' ? name.trim().slice(0, 200) : '';
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The html with each in-article image in a `<figure>` right after the heading of the section it illustrates (the
 * last section's when the article has fewer), in the order of their sections.
 */
export function placeImages(html: string, images: readonly Pick<PayloadImage, 'position' | 'alt' | 'url'>[]): string {
  if (!images.length) return html;
  const ends: number[] = [];
  const closing = /<\/h2\s*>/gi;
  for (let m = closing.exec(html); m; m = closing.exec(html)) ends.push(m.index + m[0].length);
  const figure = (i: Pick<PayloadImage, 'alt' | 'url'>) =>
    `<figure class="igny8-image"><img src="${escapeAttribute(i.url)}" alt="${escapeAttribute(i.alt)}"></figure>`;
  if (!ends.length) return html + images.map(figure).join('');
  const at = new Map<number, string[]>();
  for (const image of [...images].sort((a, b) => a.position - b.position)) {
    const index = ends[Math.min(Math.max(image.position, 1), ends.length) - 1] as number;
    at.set(index, [...(at.get(index) ?? []), figure(image)]);
  }
  let out = '';
  let from = 0;
  for (const index of [...at.keys()].sort((a, b) => a - b)) {
    out += html.slice(from, index) + (at.get(index) ?? []).join('');
    from = index;
  }
  return out + html.slice(from);
}

/** The post's excerpt: the meta description, else the first paragraph's text, at most 300 characters. */
function excerptOf(content: PayloadContent): string {
  if (content.meta_description) return content.meta_description;
  const first = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(content.html)?.[1] ?? '';
  const text = first
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 300 ? `${text.slice(0, 297).replace(/\s+\S*$/, '')}…` : text;
}

const filenameOf = (content: PayloadContent, image: PayloadImage) =>
  `${(content.slug || 'igny8').slice(0, 80)}-${image.kind === 'featured' ? 'featured' : `section-${image.position}`}.png`;

export function postPayload(
  content: PayloadContent,
  images: readonly PayloadImage[],
  options: {
    status: WordpressPostStatus;
    date: Date | null;
    authorId: number | null;
    force: boolean;
  },
): PostPayload {
  const inArticle = images.filter((i) => i.kind === 'in_article');
  const featured = images.find((i) => i.kind === 'featured') ?? null;
  const image = (i: PayloadImage): PostImage => ({
    image_id: i.id,
    version: i.version,
    url: i.url,
    alt: i.alt,
    filename: filenameOf(content, i),
  });
  return {
    content_id: content.id,
    title: content.title,
    html: placeImages(content.html, inArticle),
    excerpt: excerptOf(content),
    slug: content.slug,
    status: options.status,
    date_gmt: options.date ? `${options.date.toISOString().slice(0, 19)}Z` : null,
    categories: names(content.categories, 20),
    tags: names(content.tags, 40),
    author_id: options.authorId,
    featured_image: featured ? image(featured) : null,
    images: inArticle.map(image),
    seo: {
      title: content.meta_title,
      description: content.meta_description,
      focus_keyword: content.focus_keyword,
      canonical: null,
    },
    json_ld: content.json_ld ?? null,
    force: options.force,
  };
}
