// Internal links at generation: anchored on a target's phrase where the text uses it, only in running text, never
// to the content itself, never twice to one target, within the per-1,000-words budget, only to pages that exist.
import { describe, expect, it } from 'vitest';
import { addInternalLinks, type LinkTarget } from '../../src/domain/writer/internal-links.js';
import { sanitizeHtml } from '../../src/domain/writer/sanitize.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const html = [
  '<h2>Cold brew ratio and grind size</h2>',
  `<p>Pick a <strong>coarse</strong> grind size before you think about the Cold Brew Ratio. ${filler(150)}</p>`,
  `<p>A French press works, and so does a mason jar; the grind size matters more. ${filler(150)}</p>`,
  '<ul><li>Try nitro cold brew at a café.</li></ul>',
  '<p>Already <a href="https://example.test/old">a link about the french press</a> here.</p>',
  '<pre><code>grind size = coarse</code></pre>',
  '<figure><img src="/x.png" alt="jar" /><figcaption>A mason jar of cold brew</figcaption></figure>',
].join('');

const targets: LinkTarget[] = [
  { id: 'self', url: 'https://coffee.test/cold-brew-ratio', phrases: ['cold brew ratio'] },
  { id: 'grind', url: 'https://coffee.test/grind-size', phrases: ['grind size guide', 'grind size'] },
  { id: 'press', url: 'https://coffee.test/french-press', phrases: ['french press'] },
  { id: 'nitro', url: 'https://coffee.test/nitro', phrases: ['nitro cold brew'] },
  { id: 'unpublished', url: null, phrases: ['mason jar'] },
  { id: null, url: 'https://coffee.test/cold-brew/', phrases: ['cold brew hub'] },
];

describe('internal links', () => {
  it('anchor each target once on its phrase in running text, never on the content itself', () => {
    const { html: out, links } = addInternalLinks(html, targets, { selfId: 'self', perThousandWords: 10 });
    expect(links).toEqual([
      { url: 'https://coffee.test/grind-size', anchor: 'grind size', target_id: 'grind' },
      { url: 'https://coffee.test/french-press', anchor: 'French press', target_id: 'press' },
      { url: 'https://coffee.test/nitro', anchor: 'nitro cold brew', target_id: 'nitro' },
    ]);
    // The heading, the existing link, the code and the caption are left alone; the first use is the one linked.
    expect(out).toContain('<h2>Cold brew ratio and grind size</h2>');
    expect(out).toContain(
      'Pick a <strong>coarse</strong> <a href="https://coffee.test/grind-size">grind size</a> before',
    );
    expect(out).toContain('the grind size matters more');
    expect(out).toContain('<a href="https://example.test/old">a link about the french press</a>');
    expect(out).toContain('<pre><code>grind size = coarse</code></pre>');
    expect(out).toContain('<figcaption>A mason jar of cold brew</figcaption>');
    expect(out).not.toContain('cold-brew-ratio');
    // What it writes is what the sanitizer keeps.
    expect(sanitizeHtml(out)).toBe(out);
  });

  it('keep within the budget of links per 1,000 words', () => {
    const { links } = addInternalLinks(html, targets, { selfId: 'self', perThousandWords: 3 });
    // About 330 words: one link.
    expect(links).toHaveLength(1);
    expect(addInternalLinks('<p>Too short for a grind size link.</p>', targets).links).toEqual([]);
  });

  it('link only to pages that exist, each once, and not to the content’s own URL', () => {
    const twice: LinkTarget[] = [
      { id: 'a', url: 'https://coffee.test/a', phrases: ['mason jar'] },
      { id: 'b', url: 'https://coffee.test/a', phrases: ['grind size'] },
      { id: 'c', url: null, phrases: ['french press'] },
    ];
    const { links } = addInternalLinks(html, twice, { perThousandWords: 10 });
    expect(links.map((l) => l.url)).toEqual(['https://coffee.test/a']);
    expect(addInternalLinks(html, twice, { selfUrl: 'https://coffee.test/a', perThousandWords: 10 }).links).toEqual([]);
  });
});
