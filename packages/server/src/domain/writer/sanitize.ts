// The html of a content, made safe before it is stored: an allowlist of elements and attributes (sanitize-html),
// whatever wrote it — a provider, a person in the editor, an API client. What is not on the list goes: scripts,
// event handlers, forms, embedded objects, `javascript:` and every other scheme but http(s), mailto and tel on links,
// and for images http(s) and `data:` URLs of raster images only. `<style>` elements and `style` attributes, and
// `<iframe>`s (https, from the hosts a site names), only where the site allows them. Allowed markup comes back as
// it went in, so saving a content twice changes nothing.
import sanitize from 'sanitize-html';

export interface SanitizeOptions {
  /** `<style>` elements and `style` attributes (a site's own choice; off by default). */
  allowStyle?: boolean;
  /** Hostnames whose `<iframe>`s (https only) are kept, e.g. `www.youtube-nocookie.com`; none by default. */
  iframeHosts?: readonly string[];
}

const TEXT = ['p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup'];
const MORE_TEXT = ['mark', 'small', 'abbr', 'cite', 'q', 'del', 'ins', 'time', 'span', 'div', 'section', 'kbd'];
const LISTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd'];
const TABLES = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'];
const MEDIA = ['img', 'figure', 'figcaption', 'picture'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Raster images only: an SVG can carry script, and an image need not be anything else. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

function options(o: SanitizeOptions): sanitize.IOptions {
  const iframes = (o.iframeHosts ?? []).length > 0;
  const allowedTags = [...HEADINGS, ...TEXT, ...MORE_TEXT, ...LISTS, ...TABLES, ...MEDIA, 'a'];
  if (o.allowStyle) allowedTags.push('style');
  if (iframes) allowedTags.push('iframe');
  const common = ['id', 'class', 'title', 'lang', 'dir', ...(o.allowStyle ? ['style'] : [])];
  return {
    allowedTags,
    allowedAttributes: {
      '*': common,
      a: [...common, 'href', 'rel', 'target', 'hreflang'],
      img: [...common, 'src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcset', 'sizes'],
      ol: [...common, 'start', 'reversed', 'type'],
      li: [...common, 'value'],
      th: [...common, 'colspan', 'rowspan', 'scope', 'headers'],
      td: [...common, 'colspan', 'rowspan', 'headers'],
      col: [...common, 'span'],
      colgroup: [...common, 'span'],
      time: [...common, 'datetime'],
      abbr: common,
      q: [...common, 'cite'],
      blockquote: [...common, 'cite'],
      del: [...common, 'datetime', 'cite'],
      ins: [...common, 'datetime', 'cite'],
      ...(iframes
        ? { iframe: [...common, 'src', 'width', 'height', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy'] }
        : {}),
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'], iframe: ['https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowedIframeHostnames: [...(o.iframeHosts ?? [])],
    allowIframeRelativeUrls: false,
    // Without a style allowance nothing of CSS is kept; with it, sanitize-html parses each declaration.
    allowedStyles: o.allowStyle ? undefined : {},
    parseStyleAttributes: Boolean(o.allowStyle),
    // Dropped with their content, not unwrapped into text.
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'iframe',
      'object',
      'embed',
      'template',
      'xmp',
      'noembed',
      'noframes',
      'title',
      'head',
    ],
    disallowedTagsMode: 'discard',
    exclusiveFilter: (frame) =>
      frame.tag === 'img' && /^data:/i.test(frame.attribs.src ?? '') && !DATA_IMAGE.test(frame.attribs.src ?? ''),
    transformTags: {
      // A link that opens a new tab must not hand the new page a handle on this one.
      a: (tagName, attribs) =>
        attribs.target === '_blank'
          ? { tagName, attribs: { ...attribs, rel: withNoopener(attribs.rel) } }
          : { tagName, attribs },
    },
  };
}

function withNoopener(rel: string | undefined): string {
  const parts = new Set((rel ?? '').split(/\s+/).filter(Boolean));
  parts.add('noopener');
  parts.add('noreferrer');
  return [...parts].join(' ');
}

const cache = new Map<string, sanitize.IOptions>();

/** `html` with everything not on the allowlist removed. */
export function sanitizeHtml(html: string, o: SanitizeOptions = {}): string {
  const key = `${o.allowStyle ? 1 : 0}|${(o.iframeHosts ?? []).join(',')}`;
  let opts = cache.get(key);
  if (!opts) {
    opts = options(o);
    if (cache.size < 100) cache.set(key, opts);
  }
  return sanitize(html, opts);
}
