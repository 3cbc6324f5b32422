// Colour arithmetic for the local image designs: parsing, HSL, mixing, and WCAG 2 relative luminance and contrast
// (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), so a design can prove its text is readable.

/** 8-bit sRGB channels. */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** `#rgb` or `#rrggbb` (case-insensitive), or undefined when `value` is neither. */
export function parseHexColor(value: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

export function toHex(c: Rgb): string {
  return `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

export function toCss(c: Rgb, alpha = 1): string {
  return alpha >= 1 ? toHex(c) : `rgba(${c.map(Math.round).join(', ')}, ${alpha})`;
}

/** `a` moved towards `b` by `t` (0 keeps `a`, 1 gives `b`), per sRGB channel, as a canvas blends. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Hue in degrees, saturation and lightness from 0 to 1. */
export function hsl(h: number, s: number, l: number): Rgb {
  const hue = ((h % 360) + 360) % 360;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

export function toHsl(c: Rgb): { h: number; s: number; l: number } {
  const [r, g, b] = c.map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

/** WCAG 2 relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance(c: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/** WCAG 2 contrast ratio, from 1 (the same luminance) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The lowest contrast of `text` against any of `backgrounds`. */
export function minContrast(text: Rgb, backgrounds: readonly Rgb[]): number {
  return Math.min(...backgrounds.map((bg) => contrastRatio(text, bg)));
}

/** The one of `candidates` (by default white and black) with the best worst-case contrast against `backgrounds`. */
export function pickTextColor(backgrounds: readonly Rgb[], candidates: readonly Rgb[] = [WHITE, BLACK]): Rgb {
  let best = candidates[0]!;
  let bestContrast = -1;
  for (const c of candidates) {
    const contrast = minContrast(c, backgrounds);
    if (contrast > bestContrast) {
      best = c;
      bestContrast = contrast;
    }
  }
  return best;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit seed from a text. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
