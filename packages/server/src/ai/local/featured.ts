// The local provider's designed images: a brand-coloured gradient, a subtle pattern, and the title set in Inter
// (shipped by @fontsource/inter, registered with the renderer: no system font is needed or named). Drawn with
// @napi-rs/canvas (Skia, prebuilt binaries as npm packages) and encoded by it as PNG. The same options give the
// same bytes: every choice that is not given (colours, pattern, its offsets) comes from a hash of the title.
import { createRequire } from 'node:module';
import type * as Canvas from '@napi-rs/canvas';
import {
  BLACK,
  contrastRatio,
  hashText,
  hsl,
  minContrast,
  mix,
  parseHexColor,
  pickTextColor,
  type Rgb,
  toCss,
  toHsl,
  WHITE,
} from './color.js';

export type FeaturedPattern = 'dots' | 'grid' | 'waves' | 'diagonal';
export const FEATURED_PATTERNS: readonly FeaturedPattern[] = ['dots', 'grid', 'waves', 'diagonal'];

export interface FeaturedColors {
  /** `#rrggbb` or `#rgb`: the gradient's first colour. */
  primary: string;
  /** The gradient's second colour; derived from `primary` when absent. */
  secondary?: string;
  /** The title's colour; chosen for contrast when absent. The background is darkened or lightened if needed. */
  text?: string;
}

export interface FeaturedImageOptions {
  title: string;
  subtitle?: string;
  siteName?: string;
  colors?: FeaturedColors;
  /** Derived from the title when absent. */
  pattern?: FeaturedPattern;
  width: number;
  height: number;
  /** BCP 47 tag: where lines may break (no-space scripts), upper-casing the site name, the text's language. */
  language?: string;
  /** `featured` (the default): large left-aligned title, site name at the bottom. `in_article`: a centred title. */
  kind?: 'featured' | 'in_article';
}

/** WCAG AA for normal text; the design keeps a little margin over it for 8-bit rounding and gradient dithering. */
export const MIN_TEXT_CONTRAST = 4.5;
const TARGET_CONTRAST = 4.6;
const PATTERN_ALPHA = 0.1;
const DECORATION_ALPHA = 0.07;
/** The most the pattern and the decorations together can move a background pixel towards their ink. */
/** Display type is set a little tight. */
const TITLE_TRACKING = -0.02;
/** The site's name is set in spaced capitals. */
const SITE_TRACKING = 0.12;
export const MAX_INK_ALPHA = 1 - (1 - PATTERN_ALPHA) * (1 - DECORATION_ALPHA);

// ---------------------------------------------------------------------------------------------------------------
// The renderer and its font, loaded on first use (the native module costs ~40 ms to load; most processes that
// import the AI layer never draw).

type CanvasModule = typeof Canvas;
type Ctx = Canvas.SKRSContext2D;

const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'] as const;
const FONT_WEIGHTS = [500, 700, 800] as const;
const FAMILY = 'Igny8 Inter';
/** Every subset of Inter as its own family, so a character missing from one comes from the next, never the system. */
const FONT_STACK = FONT_SUBSETS.map((s) => `"${FAMILY} ${s}"`).join(', ');

let canvasModule: CanvasModule | undefined;

function canvas(): CanvasModule {
  if (canvasModule) return canvasModule;
  const require = createRequire(import.meta.url);
  const lib = require('@napi-rs/canvas') as CanvasModule;
  for (const subset of FONT_SUBSETS) {
    for (const weight of FONT_WEIGHTS) {
      const path = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`);
      if (!lib.GlobalFonts.registerFromPath(path, `${FAMILY} ${subset}`)) {
        throw new Error(`local images: could not load the font ${path}`);
      }
    }
  }
  canvasModule = lib;
  return lib;
}

function em(amount: number, size: number): string {
  return `${(amount * size).toFixed(2)}px`;
}

function font(weight: (typeof FONT_WEIGHTS)[number], size: number): string {
  return `${weight} ${size.toFixed(2)}px ${FONT_STACK}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Colours.

export interface FeaturedPalette {
  /** The gradient, top left to bottom right, as drawn (possibly darkened or lightened for the text's sake). */
  from: Rgb;
  to: Rgb;
  text: Rgb;
  /** Secondary text (subtitle): the text colour softened only as far as contrast allows. */
  muted: Rgb;
  /** The pattern's and decorations' colour, drawn at low opacity. */
  ink: Rgb;
  /** The accent bar, the band and the site's mark: at least 3:1 against the background where possible. */
  accent: Rgb;
  /** The text's lowest contrast against any colour the background can have behind it (gradient, pattern, rings). */
  textContrast: number;
}

/** The gradients a title without brand colours gets, by its hash: deep ones for white text, pale ones for dark. */
const DARK_GRADIENTS: readonly (readonly [string, string])[] = [
  ['#1e1b4b', '#4338ca'], // indigo
  ['#0c4a6e', '#0891b2'], // ocean
  ['#064e3b', '#0f766e'], // forest
  ['#4a044e', '#a21caf'], // plum
  ['#7c2d12', '#c2410c'], // ember
  ['#881337', '#be123c'], // rose
  ['#0f172a', '#334155'], // slate
  ['#1e3a8a', '#6d28d9'], // royal
  ['#134e4a', '#1d4ed8'], // lagoon
  ['#3b0764', '#be185d'], // dusk
];
const LIGHT_GRADIENTS: readonly (readonly [string, string])[] = [
  ['#fef3c7', '#fcd34d'], // sand
  ['#ecfdf5', '#a7f3d0'], // mint
  ['#e0f2fe', '#bae6fd'], // sky
  ['#f3e8ff', '#ddd6fe'], // lilac
];
const ALL_GRADIENTS = [...DARK_GRADIENTS, ...LIGHT_GRADIENTS];

/** A gradient picked by the hash of `text`, from the deep ones, the pale ones or (by default) all of them. */
export function gradientFor(
  text: string,
  tone?: 'dark' | 'light',
): Required<Pick<FeaturedColors, 'primary' | 'secondary'>> {
  const list = tone === 'dark' ? DARK_GRADIENTS : tone === 'light' ? LIGHT_GRADIENTS : ALL_GRADIENTS;
  const [primary, secondary] = list[hashText(text.toLowerCase()) % list.length]!;
  return { primary, secondary };
}

function colorOption(value: string | undefined, label: string): Rgb | undefined {
  if (value === undefined) return undefined;
  const parsed = parseHexColor(value);
  if (!parsed)
    throw new RangeError(`local images: colors.${label} must be #rgb or #rrggbb, got ${JSON.stringify(value)}`);
  return parsed;
}

/** Every colour the background can show: the gradient sampled along its length, plain and under the most ink. */
function backgroundSamples(from: Rgb, to: Rgb, ink: Rgb, inkAlpha = MAX_INK_ALPHA): Rgb[] {
  const out: Rgb[] = [];
  for (let i = 0; i <= 32; i++) {
    const c = mix(from, to, i / 32);
    out.push(c, mix(c, ink, inkAlpha));
  }
  return out;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

/** The design's colours: the brand's (or the title's hash's), with text that meets WCAG AA on all of them. */
export function featuredPalette(options: Pick<FeaturedImageOptions, 'title' | 'colors'>): FeaturedPalette {
  let from: Rgb;
  let to: Rgb;
  const primary = colorOption(options.colors?.primary, 'primary');
  if (primary) {
    from = primary;
    const secondary = colorOption(options.colors?.secondary, 'secondary');
    if (secondary) to = secondary;
    else {
      const { h, s, l } = toHsl(primary);
      to = hsl(h - 14, clamp01(s * 1.05), l > 0.55 ? l - 0.16 : l + 0.12);
    }
  } else {
    const gradient = gradientFor(options.title);
    from = parseHexColor(gradient.primary)!;
    to = parseHexColor(gradient.secondary)!;
  }
  const given = colorOption(options.colors?.text, 'text');
  const hue = toHsl(from).h;
  const darkText = hsl(hue, 0.45, 0.1);
  const text = given ?? pickTextColor(backgroundSamples(from, to, BLACK, 0), [WHITE, darkText]);
  // The background moves away from the text if it must: towards black behind light text, white behind dark.
  const away = contrastRatio(text, BLACK) >= contrastRatio(text, WHITE) ? BLACK : WHITE;
  // The pattern is drawn in the text's direction (light lines on a dark ground), unless that cannot reach the
  // contrast (a mid-grey text colour); then in the other one, where it can only add contrast.
  let ink: Rgb = away === BLACK ? WHITE : BLACK;
  let f = from;
  let t = to;
  let contrast = 0;
  for (const candidateInk of [ink, away]) {
    ink = candidateInk;
    for (let step = 0; step <= 40; step++) {
      f = mix(from, away, step / 40);
      t = mix(to, away, step / 40);
      contrast = minContrast(text, backgroundSamples(f, t, ink));
      if (contrast >= TARGET_CONTRAST) break;
    }
    if (contrast >= MIN_TEXT_CONTRAST) break;
  }
  const samples = backgroundSamples(f, t, ink);
  let muted = text;
  for (const amount of [0.22, 0.16, 0.1, 0.05]) {
    const candidate = mix(text, mix(f, t, 0.5), amount);
    if (minContrast(candidate, samples) >= TARGET_CONTRAST) {
      muted = candidate;
      break;
    }
  }
  // The accent: near the gradient's complementary hue, as vivid as it can be while standing out from the background.
  const complement = toHsl(t).h + 180;
  let accent = text;
  const lightnesses = away === BLACK ? [0.6, 0.66, 0.72, 0.78, 0.84] : [0.42, 0.36, 0.3, 0.24, 0.18];
  search: for (const l of lightnesses) {
    for (const hue of [complement, complement + 40, complement - 40]) {
      const candidate = hsl(hue, 0.9, l);
      if (minContrast(candidate, samples) >= 3) {
        accent = candidate;
        break search;
      }
    }
  }
  return { from: f, to: t, text, muted, ink, accent, textContrast: contrast };
}

// ---------------------------------------------------------------------------------------------------------------
// Text layout.

type Measure = (text: string) => number;

function measurer(ctx: Ctx, fontSpec: string, letterSpacing = '0px'): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      ctx.font = fontSpec;
      ctx.letterSpacing = letterSpacing;
      w = ctx.measureText(text).width;
      cache.set(text, w);
    }
    return w;
  };
}

const NO_SPACE_LANGUAGES = /^(ja|zh|th|lo|km|my|bo)(-|$)/i;

/** Where a line may break: at spaces, or between words for the scripts written without them. */
function tokens(text: string, language: string | undefined): { parts: string[]; joiner: string } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (language && NO_SPACE_LANGUAGES.test(language)) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    const parts: string[] = [];
    for (const { segment } of segmenter.segment(clean)) {
      if (/^\s+$/.test(segment)) continue;
      // Punctuation stays with the word before it, so no line starts with a comma or a full stop.
      if (parts.length > 0 && /^[\p{P}\p{S}]+$/u.test(segment)) parts[parts.length - 1] += segment;
      else parts.push(segment);
    }
    return { parts, joiner: '' };
  }
  return { parts: clean ? clean.split(' ') : [], joiner: ' ' };
}

function graphemes(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

/** `line` shortened until it fits with an ellipsis after it: by whole words while more than one is left. */
function ellipsize(line: string, joiner: string, maxWidth: number, measure: Measure): string {
  let words = joiner ? line.split(joiner) : [line];
  for (;;) {
    const body = words.join(joiner).replace(/[\s,;:.–—-]+$/u, '');
    const candidate = `${body}…`;
    if (measure(candidate) <= maxWidth || !body) return candidate;
    if (words.length > 1) words = words.slice(0, -1);
    else words = [graphemes(words[0]!).slice(0, -1).join('')];
  }
}

export interface WrappedText {
  lines: string[];
  /** True when the text did not fit and the last line ends with an ellipsis. */
  truncated: boolean;
}

/** Greedy line breaking within `maxWidth`, at most `maxLines` lines; a word wider than a line is broken. */
function wrap(
  text: string,
  language: string | undefined,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): WrappedText {
  const { parts, joiner } = tokens(text, language);
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  /** Ends the current line; false when that was the last line allowed. */
  const newLine = () => {
    lines.push(current);
    current = '';
    return lines.length < maxLines;
  };
  words: for (const part of parts) {
    const candidate = current ? current + joiner + part : part;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current && !newLine()) {
      truncated = true;
      break;
    }
    if (measure(part) <= maxWidth) {
      current = part;
      continue;
    }
    // A word wider than the whole line: broken between graphemes.
    for (const g of graphemes(part)) {
      if (current && measure(current + g) > maxWidth && !newLine()) {
        truncated = true;
        break words;
      }
      current += g;
    }
  }
  if (current) lines.push(current);
  if (truncated) lines[lines.length - 1] = ellipsize(lines.at(-1)!, joiner, maxWidth, measure);
  return { lines, truncated };
}

/** The narrowest width that keeps the same number of lines, so a title does not end on a lonely word. */
function balance(text: string, language: string | undefined, maxWidth: number, wrapped: WrappedText, m: Measure) {
  const n = wrapped.lines.length;
  if (n < 2 || wrapped.truncated) return wrapped;
  let lo = maxWidth * 0.5;
  let hi = maxWidth;
  let best = wrapped;
  for (let k = 0; k < 10; k++) {
    const mid = (lo + hi) / 2;
    const attempt = wrap(text, language, mid, n, m);
    if (!attempt.truncated && attempt.lines.length === n) {
      best = attempt;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

interface TextBlock extends WrappedText {
  size: number;
  lineHeight: number;
  measure: Measure;
}

/** The largest title size (down to `minSize`) at which the title fits the box, with the subtitle under it. */
function fitTitle(
  ctx: Ctx,
  o: {
    title: string;
    language: string | undefined;
    maxWidth: number;
    maxHeight: number;
    maxLines: number;
    /** Letter spacing, in ems. */
    tracking: number;
  },
  sizes: { max: number; min: number },
  extraHeight: (size: number) => number,
): TextBlock {
  let size = sizes.max;
  for (;;) {
    const lineHeight = size * 1.12;
    const m = measurer(ctx, font(800, size), em(o.tracking, size));
    const wrapped = wrap(o.title, o.language, o.maxWidth, o.maxLines, m);
    const fits = !wrapped.truncated && wrapped.lines.length * lineHeight + extraHeight(size) <= o.maxHeight;
    const next = size * 0.95;
    if (fits || next < sizes.min) {
      return { size, lineHeight, measure: m, ...balance(o.title, o.language, o.maxWidth, wrapped, m) };
    }
    size = next;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing.

function drawPattern(ctx: Ctx, pattern: FeaturedPattern, w: number, h: number, u: number, seed: number) {
  const jitter = (bits: number, n: number) => (seed >>> bits) % n;
  ctx.beginPath();
  switch (pattern) {
    case 'dots': {
      const step = (24 + 6 * jitter(3, 3)) * u;
      const r = Math.max(0.6, 2.4 * u);
      const ox = (jitter(7, 100) / 100) * step;
      const oy = (jitter(13, 100) / 100) * step;
      for (let y = oy - step; y < h + step; y += step) {
        for (let x = ox - step; x < w + step; x += step) {
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, Math.PI * 2);
        }
      }
      ctx.fill();
      return;
    }
    case 'grid': {
      const step = (44 + 8 * jitter(3, 3)) * u;
      const ox = (jitter(7, 100) / 100) * step;
      const oy = (jitter(13, 100) / 100) * step;
      for (let x = ox; x < w; x += step) {
        ctx.moveTo(x, 0);
        ctx.lineTo(x, h);
      }
      for (let y = oy; y < h; y += step) {
        ctx.moveTo(0, y);
        ctx.lineTo(w, y);
      }
      ctx.lineWidth = Math.max(0.5, 1.5 * u);
      ctx.stroke();
      return;
    }
    case 'diagonal': {
      const step = (26 + 6 * jitter(3, 3)) * u;
      const dir = jitter(5, 2) === 0 ? 1 : -1;
      const ox = (jitter(7, 100) / 100) * step;
      for (let x = -h + ox; x < w + h; x += step) {
        ctx.moveTo(x, dir > 0 ? 0 : h);
        ctx.lineTo(x + h, dir > 0 ? h : 0);
      }
      ctx.lineWidth = Math.max(0.5, 2 * u);
      ctx.stroke();
      return;
    }
    case 'waves': {
      const step = (30 + 6 * jitter(3, 3)) * u;
      const amplitude = (7 + jitter(7, 5)) * u;
      const wavelength = (170 + 10 * jitter(11, 6)) * u;
      const phase = (jitter(17, 100) / 100) * Math.PI * 2;
      const dx = Math.max(2, 6 * u);
      for (let y = -amplitude; y < h + step; y += step) {
        for (let x = 0; x <= w + dx; x += dx) {
          const yy = y + amplitude * Math.sin((x / wavelength) * Math.PI * 2 + phase + y / (step * 3));
          if (x === 0) ctx.moveTo(x, yy);
          else ctx.lineTo(x, yy);
        }
      }
      ctx.lineWidth = Math.max(0.5, 1.8 * u);
      ctx.stroke();
      return;
    }
  }
}

function checkSide(label: string, side: number) {
  if (!Number.isInteger(side) || side < 1) {
    throw new RangeError(`local images: ${label} must be a positive integer, got ${side}`);
  }
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface TextLines {
  lines: string[];
  /** Each line's advance width as laid out, in pixels (never more than `maxWidth`). */
  widths: number[];
  size: number;
  lineHeight: number;
  /** The left edge, or the centre for centred text. */
  x: number;
  top: number;
  maxWidth: number;
  /** True when the text did not fit and its last line ends with an ellipsis. */
  truncated: boolean;
}

/** Where everything goes: computed before anything is drawn, and exported so the tests can check the layout. */
export interface FeaturedLayout {
  width: number;
  height: number;
  kind: 'featured' | 'in_article';
  pattern: FeaturedPattern;
  seed: number;
  /** One design unit: a pixel of the 1200 × 630 reference layout (square and tall images keep larger type). */
  unit: number;
  palette: FeaturedPalette;
  title: TextLines;
  subtitle?: TextLines;
  site?: { label: string; initial: string; size: number; x: number; baseline: number; markRadius: number };
  /** The accent bar over the title. */
  bar: { x: number; y: number; width: number; height: number };
  /** The accent band along the bottom edge (featured only), in pixels. */
  band: number;
}

function textLines(
  wrapped: WrappedText,
  measure: Measure,
  size: number,
  lineHeight: number,
  at: { x: number; top: number; maxWidth: number },
): TextLines {
  return { ...wrapped, widths: wrapped.lines.map(measure), size, lineHeight, ...at };
}

function layOut(ctx: Ctx, options: FeaturedImageOptions): FeaturedLayout {
  const { width: w, height: h } = options;
  checkSide('width', w);
  checkSide('height', h);
  if (options.pattern !== undefined && !FEATURED_PATTERNS.includes(options.pattern)) {
    throw new RangeError(`local images: unknown pattern ${JSON.stringify(options.pattern)}`);
  }
  const kind = options.kind ?? 'featured';
  const language = options.language;
  const title = clean(options.title);
  const seed = hashText(title.toLowerCase());
  const pattern = options.pattern ?? FEATURED_PATTERNS[(seed >>> 20) % FEATURED_PATTERNS.length]!;
  const palette = featuredPalette({ title, colors: options.colors });
  const u = Math.min(w / 1000, h / 630);
  const pad = 80 * u;
  const base = { width: w, height: h, kind, pattern, seed, unit: u, palette };

  if (kind === 'in_article') {
    const maxWidth = w - 2 * pad;
    const barHeight = 8 * u;
    const barGap = 28 * u;
    const maxHeight = h - 2 * pad - barHeight - barGap;
    const block = fitTitle(
      ctx,
      { title, language, maxWidth, maxHeight, maxLines: 3, tracking: TITLE_TRACKING },
      { max: 68 * u, min: Math.max(6, 30 * u) },
      () => 0,
    );
    const blockTop = (h - block.lines.length * block.lineHeight + barHeight + barGap) / 2;
    return {
      ...base,
      title: textLines(block, block.measure, block.size, block.lineHeight, { x: w / 2, top: blockTop, maxWidth }),
      bar: { x: w / 2 - 40 * u, y: blockTop - barGap - barHeight, width: 80 * u, height: barHeight },
      band: 0,
    };
  }

  const subtitle = clean(options.subtitle);
  const siteName = clean(options.siteName);
  const band = Math.max(1, Math.round(12 * u));
  const footer = siteName ? 96 * u : 24 * u;
  const barHeight = 10 * u;
  const barGap = 34 * u;
  const top = 64 * u + barHeight + barGap;
  const maxWidth = w - 2 * pad - 40 * u;
  const maxHeight = h - top - footer - band - 24 * u;

  const subtitleSize = (size: number) => Math.max(20 * u, Math.min(34 * u, size * 0.4));
  const subtitleGap = (size: number) => 0.38 * size;
  const subtitleMeasure = (size: number) => measurer(ctx, font(500, subtitleSize(size)));
  const subtitleWrap = (size: number) => wrap(subtitle, language, maxWidth, 2, subtitleMeasure(size));
  const subtitleHeight = (size: number) =>
    subtitle ? subtitleGap(size) + subtitleWrap(size).lines.length * subtitleSize(size) * 1.3 : 0;

  const block = fitTitle(
    ctx,
    { title, language, maxWidth, maxHeight, maxLines: 4, tracking: TITLE_TRACKING },
    { max: 92 * u, min: Math.max(6, 40 * u) },
    subtitleHeight,
  );
  const blockHeight = block.lines.length * block.lineHeight + subtitleHeight(block.size);
  // The title block sits a little above the middle of its box, the accent bar just over it.
  const blockTop = top + Math.max(0, (maxHeight - blockHeight) * 0.45);
  const layout: FeaturedLayout = {
    ...base,
    title: textLines(block, block.measure, block.size, block.lineHeight, { x: pad, top: blockTop, maxWidth }),
    bar: { x: pad, y: blockTop - barGap - barHeight, width: 96 * u, height: barHeight },
    band,
  };
  if (subtitle) {
    const size = subtitleSize(block.size);
    layout.subtitle = textLines(subtitleWrap(block.size), subtitleMeasure(block.size), size, size * 1.3, {
      x: pad,
      top: blockTop + block.lines.length * block.lineHeight + subtitleGap(block.size),
      maxWidth,
    });
  }
  if (siteName) {
    const size = 22 * u;
    const markRadius = 17 * u;
    const x = pad + 2 * markRadius + 16 * u;
    const m = measurer(ctx, font(700, size), em(SITE_TRACKING, size));
    const [label = ''] = wrap(siteName.toLocaleUpperCase(language), language, w - x - pad, 1, m).lines;
    layout.site = {
      label,
      initial: graphemes(siteName)[0]!.toLocaleUpperCase(language),
      size,
      x,
      baseline: h - band - footer / 2 + 0.36 * size,
      markRadius,
    };
  }
  return layout;
}

function newContext(lib: CanvasModule, w: number, h: number, language: string | undefined) {
  const image = lib.createCanvas(w, h);
  const ctx = image.getContext('2d');
  // Set, not inherited from the host's locale: the same text gives the same pixels everywhere.
  ctx.lang = language ?? 'en';
  return { image, ctx };
}

/** The layout `renderFeaturedImage` draws for these options. Throws a RangeError as it does. */
export function featuredLayout(options: FeaturedImageOptions): FeaturedLayout {
  const { ctx } = newContext(canvas(), 1, 1, options.language);
  return layOut(ctx, options);
}

function drawLines(ctx: Ctx, text: TextLines) {
  // Inter's ascender and descender are 0.97 and 0.24 of the em: the line box centres them.
  const baseline = (text.lineHeight - 1.21 * text.size) / 2 + 0.97 * text.size;
  text.lines.forEach((line, i) => {
    ctx.fillText(line, text.x, text.top + i * text.lineHeight + baseline);
  });
}

/** Renders the design as a PNG. Throws a RangeError for a size, colour or pattern it cannot use. */
export function renderFeaturedImage(options: FeaturedImageOptions): Buffer {
  const lib = canvas();
  const { width: w, height: h } = options;
  checkSide('width', w);
  checkSide('height', h);
  const { image, ctx } = newContext(lib, w, h, options.language);
  const layout = layOut(ctx, options);
  const { palette, unit: u, kind } = layout;

  // The brand gradient, top left to bottom right: a strip of 256 exact colours stretched along the diagonal. (A
  // canvas gradient is dithered, and the noise makes the PNG four times larger and ten times slower to encode.)
  const steps = 256;
  const strip = lib.createCanvas(steps, 1);
  const sctx = strip.getContext('2d');
  const stripData = sctx.createImageData(steps, 1);
  for (let i = 0; i < steps; i++) {
    const c = mix(palette.from, palette.to, (i + 0.5) / steps);
    stripData.data.set([Math.round(c[0]), Math.round(c[1]), Math.round(c[2]), 255], i * 4);
  }
  sctx.putImageData(stripData, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low';
  // The strip's x runs along (w, h); its one row is stretched across the whole perpendicular.
  ctx.setTransform(w / steps, h / steps, -2 * h, 2 * w, h, -w);
  ctx.drawImage(strip, 0, 0);
  ctx.resetTransform();

  // The pattern, on a layer of its own that fades towards the text.
  const layer = lib.createCanvas(w, h);
  const lctx = layer.getContext('2d');
  lctx.fillStyle = toCss(palette.ink);
  lctx.strokeStyle = toCss(palette.ink);
  drawPattern(lctx, layout.pattern, w, h, u, layout.seed);
  lctx.globalCompositeOperation = 'destination-in';
  const fade =
    kind === 'featured'
      ? lctx.createLinearGradient(0, 0, w, 0)
      : lctx.createRadialGradient(w / 2, h / 2, 0, w / 2, h / 2, Math.max(w, h) * 0.6);
  fade.addColorStop(0, 'rgba(0, 0, 0, 0.35)');
  fade.addColorStop(1, 'rgba(0, 0, 0, 1)');
  lctx.fillStyle = fade;
  lctx.fillRect(0, 0, w, h);
  // Black ink shows more than white at the same opacity.
  const inkStrength = palette.ink === WHITE ? 1 : 0.7;
  ctx.globalAlpha = PATTERN_ALPHA * inkStrength;
  ctx.drawImage(layer, 0, 0);

  // Two rings off the top right corner (featured) or two corners (in-article), in the same ink.
  ctx.globalAlpha = DECORATION_ALPHA * inkStrength;
  ctx.strokeStyle = toCss(palette.ink);
  const ring = (x: number, y: number, r: number, lineWidth: number) => {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.lineWidth = lineWidth;
    ctx.stroke();
  };
  if (kind === 'featured') {
    ring(w - 150 * u, 110 * u, 250 * u, 56 * u);
    ring(w - 150 * u, 110 * u, 360 * u, 3 * u);
  } else {
    ring(w + 20 * u, -20 * u, 200 * u, 40 * u);
    ring(-20 * u, h + 20 * u, 240 * u, 3 * u);
  }
  ctx.globalAlpha = 1;

  ctx.fillStyle = toCss(palette.accent);
  const { bar } = layout;
  ctx.beginPath();
  ctx.roundRect(bar.x, bar.y, bar.width, bar.height, bar.height / 2);
  ctx.fill();
  if (layout.band > 0) ctx.fillRect(0, h - layout.band, w, layout.band);

  ctx.fillStyle = toCss(palette.text);
  ctx.font = font(800, layout.title.size);
  ctx.letterSpacing = em(TITLE_TRACKING, layout.title.size);
  ctx.textAlign = kind === 'featured' ? 'left' : 'center';
  drawLines(ctx, layout.title);
  ctx.letterSpacing = '0px';
  ctx.textAlign = 'left';

  if (layout.subtitle) {
    ctx.fillStyle = toCss(palette.muted);
    ctx.font = font(500, layout.subtitle.size);
    drawLines(ctx, layout.subtitle);
  }

  const { site } = layout;
  if (site) {
    // The site's mark (its initial on an accent disc), then its name in spaced capitals.
    const cx = site.x - 16 * u - site.markRadius;
    const cy = site.baseline - 0.36 * site.size;
    ctx.fillStyle = toCss(palette.accent);
    ctx.beginPath();
    ctx.arc(cx, cy, site.markRadius, 0, Math.PI * 2);
    ctx.fill();
    const initialSize = 19 * u;
    ctx.fillStyle = toCss(pickTextColor([palette.accent], [palette.from, WHITE, BLACK]));
    ctx.font = font(800, initialSize);
    ctx.textAlign = 'center';
    ctx.fillText(site.initial, cx, cy + 0.36 * initialSize);
    ctx.textAlign = 'left';
    ctx.fillStyle = toCss(palette.text);
    ctx.font = font(700, site.size);
    ctx.letterSpacing = em(SITE_TRACKING, site.size);
    ctx.fillText(site.label, site.x, site.baseline);
    ctx.letterSpacing = '0px';
  }
  return image.toBuffer('image/png');
}
