// The local provider's designed images: colours and contrast, layout, and the pixels themselves, read back with an
// independent PNG decoder (pngjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  createLocalProvider,
  FEATURED_PATTERNS,
  type FeaturedImageOptions,
  MIN_TEXT_CONTRAST,
  parseHexColor,
  relativeLuminance,
  renderFeaturedImage,
  renderPromptPng,
} from '../../src/ai/index.js';
import { hashText, minContrast, mix, pickTextColor, type Rgb, toHex } from '../../src/ai/local/color.js';
import { featuredLayout, featuredPalette, MAX_INK_ALPHA } from '../../src/ai/local/featured.js';

const decode = (png: Buffer) => PNG.sync.read(png);
const sha = (png: Buffer) => createHash('sha256').update(png).digest('hex');

const SPANISH = '¿Qué es el café de especialidad?';
const GERMAN = 'Grüße aus Köln: Die schönsten Straßen der Altstadt';
const FRENCH = 'Les meilleures crêpes de Bretagne, à déguster sans modération';

/** Pixels whose every channel is at least 250: the white title on a dark brand colour, and nothing else. */
function whiteMask(title: string, extra: Partial<FeaturedImageOptions> = {}) {
  const options: FeaturedImageOptions = {
    title,
    colors: { primary: '#1e3a8a', secondary: '#312e81' },
    pattern: 'dots',
    width: 600,
    height: 315,
    ...extra,
  };
  const img = decode(renderFeaturedImage(options));
  const on = new Uint8Array(img.width * img.height);
  let count = 0;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < on.length; i++) {
    if (img.data[i * 4]! >= 250 && img.data[i * 4 + 1]! >= 250 && img.data[i * 4 + 2]! >= 250) {
      on[i] = 1;
      count++;
      const y = Math.floor(i / img.width);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return { on, count, minY, maxY, layout: featuredLayout(options) };
}

/** Mounts an empty folder over each system font folder, then runs the command. */
const HIDE_FONTS =
  'for d in /usr/share/fonts /usr/local/share/fonts "$HOME/.fonts" "$HOME/.local/share/fonts"; do ' +
  'if [ -d "$d" ]; then mount -t tmpfs none "$d" || exit 1; fi; done; exec "$@"';

function canHideSystemFonts(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    execFileSync('unshare', ['-m', 'sh', '-c', HIDE_FONTS, 'sh', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const sameMask = (a: { on: Uint8Array }, b: { on: Uint8Array }) => Buffer.from(a.on).equals(Buffer.from(b.on));

/** A small deterministic generator for the colour sweeps. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('colours and contrast', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2159, 4);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 10);
    expect(contrastRatio([18, 52, 86], [18, 52, 86])).toBe(1);
    // The classic borderline: #777 on white just fails AA, #767676 just passes.
    expect(contrastRatio(parseHexColor('#777777')!, [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHexColor('#767676')!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(pickTextColor([parseHexColor('#1e3a8a')!])).toEqual([255, 255, 255]);
    expect(pickTextColor([parseHexColor('#fef3c7')!])).toEqual([0, 0, 0]);
  });

  it('parses hex colours and refuses anything else', () => {
    expect(parseHexColor('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHexColor('#A1b2C3')).toEqual([0xa1, 0xb2, 0xc3]);
    for (const bad of ['red', '#12345', '', 'abc', '#ggg', 'rgb(1,2,3)']) expect(parseHexColor(bad)).toBeUndefined();
    expect(toHex([1, 2, 255])).toBe('#0102ff');
    expect(() => renderFeaturedImage({ title: 'x', colors: { primary: 'blue' }, width: 10, height: 10 })).toThrow(
      RangeError,
    );
  });

  it('keeps the text at WCAG AA against every colour the background can have behind it', () => {
    const next = random(42);
    const colour = () => toHex([next() * 255, next() * 255, next() * 255]);
    const cases: FeaturedImageOptions['colors'][] = [
      undefined,
      { primary: '#777777', text: '#777777' },
      { primary: '#ffffff', secondary: '#000000' },
      { primary: '#ffff00', text: '#ffffff' },
      { primary: '#000000', text: '#000000' },
    ];
    for (let i = 0; i < 300; i++) {
      cases.push({
        primary: colour(),
        ...(next() < 0.6 ? { secondary: colour() } : {}),
        ...(next() < 0.3 ? { text: colour() } : {}),
      });
    }
    for (const [i, colors] of cases.entries()) {
      const p = featuredPalette({ title: `title ${i}`, colors });
      // Sampled far more finely than the design does, plain and under the most ink the pattern and rings add.
      const behind: Rgb[] = [];
      for (let k = 0; k <= 256; k++) {
        const c = mix(p.from, p.to, k / 256);
        behind.push(c, mix(c, p.ink, MAX_INK_ALPHA));
      }
      expect(p.textContrast, JSON.stringify(colors)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(minContrast(p.text, behind), JSON.stringify(colors)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(minContrast(p.muted, behind), JSON.stringify(colors)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      if (colors?.text) expect(toHex(p.text)).toBe(toHex(parseHexColor(colors.text)!));
    }
  });

  it('proves the contrast on the rendered pixels: every background pixel behind the text passes', () => {
    for (const colors of [
      { primary: '#f5d76e' },
      { primary: '#0b3d91', secondary: '#1fa2ff' },
      { primary: '#ffffff', secondary: '#000000', text: '#777777' },
      { primary: '#777777' },
      undefined,
    ]) {
      for (const pattern of FEATURED_PATTERNS) {
        // No title and no site name: what is left is the background the text would sit on, and the accent shapes.
        const options: FeaturedImageOptions = { title: '', colors, pattern, width: 600, height: 315 };
        const { palette, bar, band, width, height } = featuredLayout(options);
        const img = decode(renderFeaturedImage(options));
        let worst = Infinity;
        for (let y = 0; y < height - band - 1; y++) {
          for (let x = 0; x < width; x++) {
            const nearBar =
              x >= bar.x - 2 && x <= bar.x + bar.width + 2 && y >= bar.y - 2 && y <= bar.y + bar.height + 2;
            if (nearBar) continue;
            const o = (y * width + x) * 4;
            worst = Math.min(worst, contrastRatio(palette.text, [img.data[o]!, img.data[o + 1]!, img.data[o + 2]!]));
          }
        }
        expect(worst, `${JSON.stringify(colors)} ${pattern}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    }
  });
});

describe('renderFeaturedImage', () => {
  it('renders a PNG of the requested size that an independent decoder reads', () => {
    for (const [width, height, kind] of [
      [1200, 630, 'featured'],
      [1080, 1080, 'featured'],
      [400, 1200, 'featured'],
      [64, 32, 'featured'],
      [1, 1, 'featured'],
      [1024, 576, 'in_article'],
      [3, 2, 'in_article'],
    ] as const) {
      const png = renderFeaturedImage({
        title: SPANISH,
        subtitle: 'Del origen a la taza',
        siteName: 'Café',
        width,
        height,
        kind,
      });
      const img = decode(png);
      expect([img.width, img.height], `${width}×${height}`).toEqual([width, height]);
      expect(img.data.length).toBe(width * height * 4);
    }
    expect(() => renderFeaturedImage({ title: 'x', width: 0, height: 10 })).toThrow(RangeError);
    expect(() => renderFeaturedImage({ title: 'x', width: 10.5, height: 10 })).toThrow(RangeError);
    expect(() =>
      renderFeaturedImage({ title: 'x', width: 10, height: 10, pattern: 'stripes' as unknown as 'dots' }),
    ).toThrow(RangeError);
  });

  it('gives the same bytes for the same input, and different images for different input', () => {
    const options: FeaturedImageOptions = {
      title: SPANISH,
      siteName: 'Café Origen',
      width: 1200,
      height: 630,
      language: 'es',
    };
    const first = renderFeaturedImage(options);
    expect(renderFeaturedImage({ ...options }).equals(first)).toBe(true);
    const others = [
      renderFeaturedImage({ ...options, title: GERMAN }),
      renderFeaturedImage({ ...options, title: FRENCH }),
      renderFeaturedImage({ ...options, siteName: 'Otro sitio' }),
      renderFeaturedImage({ ...options, subtitle: 'Del origen a la taza' }),
      renderFeaturedImage({ ...options, colors: { primary: '#0b3d91' } }),
      ...FEATURED_PATTERNS.map((pattern) => renderFeaturedImage({ ...options, pattern })),
    ];
    const hashes = new Set([first, ...others].map(sha));
    // The title's own pattern is one of the four, so one of those renders is the first image again.
    expect(hashes.size).toBeGreaterThanOrEqual(others.length);
    expect(new Set(FEATURED_PATTERNS.map((pattern) => sha(renderFeaturedImage({ ...options, pattern })))).size).toBe(4);
  });

  it('draws the title with the shipped font: text pixels where the title is, none without a title', () => {
    const empty = whiteMask('');
    const titled = whiteMask('Hello world');
    expect(empty.count).toBe(0);
    expect(titled.count).toBeGreaterThan(1500);
    // The white pixels are inside the title's box.
    const { title } = titled.layout;
    expect(titled.minY).toBeGreaterThanOrEqual(Math.floor(title.top));
    expect(titled.maxY).toBeLessThanOrEqual(Math.ceil(title.top + title.lines.length * title.lineHeight));
  });

  it('renders accented and Spanish letters as their own glyphs, not tofu', () => {
    const tofu = whiteMask('\uE000'); // a private-use character no font here has
    const blank = whiteMask('');
    for (const ch of ['é', 'ü', 'ö', 'ß', 'ñ', 'ç', 'à', 'ê', 'œ', '¿', '¡', 'ł', 'ő', 'ș', 'ğ', 'Ž']) {
      const m = whiteMask(ch);
      expect(m.count, ch).toBeGreaterThan(0);
      expect(sameMask(m, tofu), ch).toBe(false);
      expect(sameMask(m, blank), ch).toBe(false);
    }
    // Shapes: an acute accent rises above the plain letter, an umlaut too, and ¿ hangs below the baseline where ?
    // sits on it.
    const e = whiteMask('e');
    const eAcute = whiteMask('é');
    const size = e.layout.title.size;
    expect(eAcute.minY).toBeLessThan(e.minY - 0.15 * size);
    expect(whiteMask('ü').minY).toBeLessThan(whiteMask('u').minY - 0.1 * size);
    expect(whiteMask('¿').maxY).toBeGreaterThan(whiteMask('?').maxY + 0.1 * size);
    expect(sameMask(whiteMask('¿Qué?'), whiteMask('?Que?'))).toBe(false);
    for (const title of [SPANISH, GERMAN, FRENCH]) expect(whiteMask(title).count).toBeGreaterThan(3000);
  });

  // The font comes from @fontsource/inter, not the machine: in a mount namespace whose font folders are empty (as
  // on a fresh server), a process renders the same bytes as this one. Needs unshare(1) and the right to mount
  // (root, as here and in CI); elsewhere the test is skipped.
  it.runIf(canHideSystemFonts())('needs no system font: with the font folders hidden, the same bytes', () => {
    const cases: FeaturedImageOptions[] = [
      {
        title: SPANISH,
        subtitle: 'Del origen a la taza',
        siteName: 'Café Origen',
        width: 1200,
        height: 630,
        language: 'es',
      },
      { title: GERMAN, siteName: 'Reiseblog', width: 800, height: 420, language: 'de', pattern: 'waves' },
      { title: FRENCH, width: 600, height: 315, language: 'fr', kind: 'in_article' },
      { title: 'Как выбрать кофе', width: 600, height: 315, language: 'ru' },
    ];
    const module = new URL('../../src/ai/local/featured.ts', import.meta.url).href;
    const script = `
      const { createCanvas } = (await import('node:module')).createRequire(${JSON.stringify(module)})('@napi-rs/canvas');
      const probe = createCanvas(10, 10).getContext('2d');
      probe.font = '40px sans-serif';
      const systemTextWidth = probe.measureText('Qué').width;
      const { renderFeaturedImage } = await import(${JSON.stringify(module)});
      const { createHash } = await import('node:crypto');
      const cases = ${JSON.stringify(cases)};
      const hashes = cases.map((c) => createHash('sha256').update(renderFeaturedImage(c)).digest('hex'));
      console.log(JSON.stringify({ systemTextWidth, hashes }));
    `;
    const out = execFileSync(
      'unshare',
      ['-m', 'sh', '-c', HIDE_FONTS, 'sh', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' },
    );
    const result = JSON.parse(out.trim().split('\n').at(-1)!);
    // The sandbox holds: without our font, text has no glyphs at all there.
    expect(result.systemTextWidth).toBe(0);
    expect(result.hashes).toEqual(cases.map((c) => sha(renderFeaturedImage(c))));
  });

  it('wraps the title to at most four lines inside the box, with an ellipsis when it is longer', () => {
    const long = featuredLayout({
      title: `${'How to brew the perfect cup of pour-over coffee at home, step by step, '.repeat(4)}the end`,
      width: 1200,
      height: 630,
    });
    expect(long.title.lines.length).toBe(4);
    expect(long.title.truncated).toBe(true);
    expect(long.title.lines.at(-1)).toMatch(/[^\s,]…$/);
    for (const w of long.title.widths) expect(w).toBeLessThanOrEqual(long.title.maxWidth);

    const short = featuredLayout({ title: 'Café', width: 1200, height: 630 });
    expect(short.title).toMatchObject({ lines: ['Café'], truncated: false, size: 92 });

    const spanish = featuredLayout({ title: SPANISH, width: 1200, height: 630, language: 'es' });
    expect(spanish.title.lines.join(' ')).toBe(SPANISH);
    expect(spanish.title.size).toBeGreaterThanOrEqual(80);
    // Balanced: the two lines are of similar length, not a full line and a lonely word.
    const [a, b] = spanish.title.widths;
    expect(Math.min(a!, b!) / Math.max(a!, b!)).toBeGreaterThan(0.6);

    // A word longer than a line is broken, never drawn past the edge.
    const word = featuredLayout({ title: 'Supercalifragilisticexpialidocious'.repeat(3), width: 600, height: 315 });
    for (const w of word.title.widths) expect(w).toBeLessThanOrEqual(word.title.maxWidth);
    expect(word.title.lines.length).toBeGreaterThan(1);

    // The site name is upper-cased for the title's language.
    expect(
      featuredLayout({ title: 'x', siteName: 'istanbul', width: 1200, height: 630, language: 'tr' }).site?.label,
    ).toBe('İSTANBUL');
  });
});

describe('the local provider’s designed images', () => {
  const local = createLocalProvider();

  it('renders the featured design when asked, and the prompt image otherwise', async () => {
    const design = {
      kind: 'featured' as const,
      title: SPANISH,
      subtitle: 'Del origen a la taza',
      siteName: 'Café Origen',
      colors: { primary: '#0b3d91' },
      language: 'es',
    };
    const featured = await local.image({ prompt: 'a cup of coffee', size: { width: 1200, height: 630 }, design });
    expect(featured).toMatchObject({ width: 1200, height: 630, usage: { provider: 'local', costUsd: 0 } });
    expect(featured.png.equals(renderFeaturedImage({ ...design, width: 1200, height: 630 }))).toBe(true);

    const inArticle = await local.image({
      prompt: 'a cup of coffee',
      size: { width: 800, height: 450 },
      design: { kind: 'in_article', title: 'Brewing' },
    });
    expect(
      inArticle.png.equals(renderFeaturedImage({ title: 'Brewing', kind: 'in_article', width: 800, height: 450 })),
    ).toBe(true);

    const plain = await local.image({ prompt: 'a cup of coffee', size: { width: 320, height: 180 }, style: 'dark' });
    expect(plain.png.equals(renderPromptPng('a cup of coffee', 320, 180, 'dark'))).toBe(true);
    expect(decode(plain.png).width).toBe(320);
  });

  it('refuses a design it cannot draw as the caller’s mistake', async () => {
    const bad = await local
      .image({
        prompt: 'x',
        size: { width: 100, height: 50 },
        design: { kind: 'featured', title: 'x', colors: { primary: 'blue' } },
      })
      .catch((e) => e);
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' });
    const tooBig = await local
      .image({ prompt: 'x', size: { width: 5000, height: 50 }, design: { kind: 'featured', title: 'x' } })
      .catch((e) => e);
    expect(tooBig).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps prompt images distinct per prompt and style, with readable text', () => {
    const a = renderPromptPng('Trail running shoes', 320, 180);
    expect(renderPromptPng('Trail running shoes', 320, 180).equals(a)).toBe(true);
    expect(renderPromptPng('Chocolate cake', 320, 180).equals(a)).toBe(false);
    expect(renderPromptPng('Trail running shoes', 320, 180, 'light').equals(a)).toBe(false);
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
