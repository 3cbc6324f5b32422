// The content sanitizer: no vector of the XSS corpus survives it, and the markup an article is made of comes back
// unchanged. "Survives" is judged on the output parsed again as a browser would see it: no element that runs or
// loads anything, no event handler, no URL attribute with a scheme other than those allowed.
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/domain/writer/sanitize.js';

const vectors = readFileSync(new URL('../fixtures/xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('# '));

const DANGEROUS_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'keygen',
  'isindex',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'template',
  'xmp',
  'noscript',
  'title',
  'body',
  'html',
  'head',
  'bgsound',
  'marquee',
  'details',
  'set',
  'animate',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'background',
  'lowsrc',
  'dynsrc',
  'data',
  'cite',
  'xlink:href',
  'poster',
  'code',
]);

/** What in `html` could run script or load from elsewhere unasked, as a parser reading it again sees it. */
function dangersIn(html: string, options: { style?: boolean } = {}): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (DANGEROUS_TAGS.has(name) && !(options.style && name === 'style')) found.push(`<${name}>`);
        for (const [attr, raw] of Object.entries(attribs)) {
          if (attr.startsWith('on')) found.push(`${name}[${attr}]`);
          if (attr === 'style' && !options.style) found.push(`${name}[style]`);
          if (attr === 'srcdoc') found.push(`${name}[srcdoc]`);
          if (!URL_ATTRIBUTES.has(attr)) continue;
          // As a browser reads a URL: entities decoded (the parser did), controls and spaces ignored, any case.
          // biome-ignore lint/suspicious/noControlCharactersInRegex: a browser skips these in a URL, so the check must too
          const value = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
          const rasterData = name === 'img' && /^data:image\/(png|jpeg|gif|webp|avif);base64,/.test(value);
          if (value.startsWith('//')) found.push(`${name}[${attr}] protocol-relative`);
          if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme) && !rasterData)
            found.push(`${name}[${attr}] ${scheme}:`);
        }
        if (name === 'a' && attribs.target === '_blank' && !/\bnoopener\b/.test(attribs.rel ?? ''))
          found.push('a[target=_blank] without noopener');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe('the content sanitizer', () => {
  it(`leaves nothing of ${vectors.length} XSS vectors that could run or load anything`, () => {
    expect(vectors.length).toBeGreaterThan(100);
    for (const vector of vectors) {
      const once = sanitizeHtml(vector);
      expect(dangersIn(once), vector).toEqual([]);
      // Sanitizing its own output again changes nothing (no mutation on a second parse), and stays safe.
      expect(sanitizeHtml(once), vector).toBe(once);
      // Inside an article too: the vector cannot break out of the markup around it.
      const wrapped = sanitizeHtml(`<h2>Heading</h2><p>Before ${vector} after</p><ul><li>${vector}</li></ul>`);
      expect(dangersIn(wrapped), vector).toEqual([]);
    }
  });

  it('checks itself: the checker finds what the vectors carry before sanitizing', () => {
    const unsafe = vectors.filter((v) => dangersIn(v).length > 0);
    // All but the few that are only text or harmless once parsed (an unclosed tag, a bare quote).
    expect(unsafe.length).toBeGreaterThan(vectors.length * 0.9);
  });

  it('gives back the markup an article is made of, unchanged', () => {
    const article = [
      '<h1>Cold brew at home</h1>',
      '<p>Cold brew is <strong>coffee</strong> steeped in <em>cold</em> water for 12 to 24 hours.</p>',
      '<h2 id="ratio">What ratio of coffee to water?</h2>',
      '<p>Start with 1:8, then <a href="https://example.test/cold-brew-ratio" title="Ratios">adjust the ratio</a>.</p>',
      '<ul><li>Coarse grind</li><li>Filtered water</li></ul>',
      '<ol start="2"><li>Steep</li><li>Strain</li></ol>',
      '<blockquote cite="https://example.test/q"><p>Patience makes it smooth.</p></blockquote>',
      '<figure><img src="https://cdn.example.test/brew.png" alt="A jar of cold brew" width="1200" height="630" loading="lazy" /><figcaption>Steeping overnight</figcaption></figure>',
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Pixel" />',
      '<table><thead><tr><th scope="col">Grind</th><th scope="col">Hours</th></tr></thead><tbody><tr><td>Coarse</td><td>18</td></tr></tbody></table>',
      '<h3>Frequently asked questions</h3>',
      '<p>Mail <a href="mailto:hello@example.test">us</a> or call <a href="tel:+15555550100">us</a>.</p>',
      '<pre><code>ratio = coffee / water</code></pre>',
      '<p>A link in a new tab: <a href="https://example.test/" target="_blank" rel="noopener noreferrer">here</a>.</p>',
      '<hr />',
      '<p>Line one<br />line two, <mark>marked</mark>, <abbr title="Specialty Coffee Association">SCA</abbr>.</p>',
    ].join('');
    expect(sanitizeHtml(article)).toBe(article);
  });

  it('keeps styles and iframes only where a site allows them', () => {
    const styled = '<p style="color:red">Red</p><style>p { color: red; }</style>';
    expect(sanitizeHtml(styled)).toBe('<p>Red</p>');
    expect(sanitizeHtml(styled, { allowStyle: true })).toBe(
      '<p style="color:red">Red</p><style>p { color: red; }</style>',
    );
    const video = '<iframe src="https://www.youtube-nocookie.com/embed/x" width="560" height="315"></iframe>';
    expect(sanitizeHtml(video)).toBe('');
    expect(sanitizeHtml(video, { iframeHosts: ['www.youtube-nocookie.com'] })).toBe(video);
    expect(
      sanitizeHtml('<iframe src="https://evil.example/x"></iframe>', { iframeHosts: ['www.youtube-nocookie.com'] }),
    ).toBe('<iframe></iframe>');
    expect(
      sanitizeHtml('<iframe src="http://www.youtube-nocookie.com/embed/x"></iframe>', {
        iframeHosts: ['www.youtube-nocookie.com'],
      }),
    ).not.toContain('src=');
  });

  it('adds noopener to links that open a new tab', () => {
    expect(sanitizeHtml('<a href="https://example.test/" target="_blank">x</a>')).toBe(
      '<a href="https://example.test/" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});
