// Internal links, made as a content is written: links to the site's other contents and to its cluster's hub, each
// anchored on one of its target's phrases where the text already uses it. Never to the content itself, never twice
// to one target, at most `perThousandWords` links per 1,000 words, only to targets that have a URL (a page that
// exists), only in running text (paragraphs and list items — not headings, captions, code or existing links).
// Pure: html and targets in, the html with the links and the link report out.

export interface LinkTarget {
  /** The content linked to; null for a page that is not a content (the cluster's hub, a category). */
  id: string | null;
  /** Where it is; a target without one is not linked (its page does not exist yet). */
  url: string | null;
  /** The phrases it may be anchored on, best first: its focus keyword, then its title, then secondary keywords. */
  phrases: readonly string[];
}

export interface InternalLink {
  url: string;
  anchor: string;
  target_id: string | null;
}

export interface LinkOptions {
  /** The content being linked from: never linked to itself. */
  selfId?: string | null;
  selfUrl?: string | null;
  /** A site setting; 3 by default. */
  perThousandWords?: number;
}

const LINKABLE = new Set(['p', 'li']);
const NO_LINKS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'figcaption', 'button', 'caption']);
const WORD = /[\p{L}\p{N}]+/gu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A phrase as a pattern: its words in order, any case, separated by any space, whole words only. */
function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.normalize('NFC').match(WORD);
  if (!words?.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

function wordCount(html: string): number {
  return (html.replace(/<[^>]*>/g, ' ').match(WORD) ?? []).length;
}

/** The html with internal links added, and the report of the links it now holds (those added). */
export function addInternalLinks(
  html: string,
  targets: readonly LinkTarget[],
  options: LinkOptions = {},
): { html: string; links: InternalLink[] } {
  const budget = Math.floor((wordCount(html) * (options.perThousandWords ?? 3)) / 1000);
  const candidates = targets
    .filter((t) => t.url && t.id !== (options.selfId ?? undefined) && t.url !== options.selfUrl)
    .filter((t, i, all) => all.findIndex((o) => o.url === t.url) === i)
    .map((t) => ({ target: t, patterns: t.phrases.map(phrasePattern).filter((p): p is RegExp => p !== null) }))
    .filter((c) => c.patterns.length > 0);
  const links: InternalLink[] = [];
  if (budget === 0 || candidates.length === 0) return { html, links };

  // Tags and the text between them; text is linked only inside a paragraph or list item and outside any
  // element that must not hold a link.
  const parts = html.split(/(<[^>]*>)/);
  const open: string[] = [];
  const linked = new Set<LinkTarget>();
  for (let i = 0; i < parts.length && links.length < budget; i++) {
    const part = parts[i] as string;
    if (part.startsWith('<')) {
      const m = /^<\/?\s*([a-z0-9]+)/i.exec(part);
      const name = m?.[1]?.toLowerCase();
      if (!name || part.endsWith('/>') || name === 'br' || name === 'img' || name === 'hr') continue;
      if (part.startsWith('</')) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else open.push(name);
      continue;
    }
    if (!part.trim() || !open.some((t) => LINKABLE.has(t)) || open.some((t) => NO_LINKS.has(t))) continue;
    let text = part;
    let out = '';
    // Each target at most once, in the order given; a text node may take several.
    for (const { target, patterns } of candidates) {
      if (linked.has(target) || links.length >= budget) continue;
      for (const pattern of patterns) {
        const found = pattern.exec(text);
        if (!found) continue;
        const anchor = found[0];
        out += `${text.slice(0, found.index)}<a href="${escapeAttribute(target.url as string)}">${anchor}</a>`;
        text = text.slice(found.index + anchor.length);
        links.push({ url: target.url as string, anchor: anchor.replace(/\s+/g, ' '), target_id: target.id });
        linked.add(target);
        break;
      }
    }
    parts[i] = out + text;
  }
  return { html: parts.join(''), links };
}
