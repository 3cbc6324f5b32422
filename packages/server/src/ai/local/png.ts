// A small PNG renderer for the local image provider: a gradient in colours derived from the prompt, a darker band,
// and the prompt's first words in a 5×7 bitmap font. No native modules, no fonts on disk: node:zlib does the
// compression, so it runs wherever the server runs.
import { crc32, deflateSync } from 'node:zlib';
import { foldAccents } from './text.js';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGB pixels (`width * height * 3` bytes, row by row) as a PNG. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter "Up" (2) on every row but the first: gradients compress to almost nothing with it.
    const out = y * (stride + 1);
    raw[out] = y === 0 ? 0 : 2;
    for (let x = 0; x < stride; x++) {
      const v = rgb[y * stride + x]!;
      raw[out + 1 + x] = y === 0 ? v : (v - rgb[(y - 1) * stride + x]!) & 0xff;
    }
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's header, or undefined when the bytes are not a PNG. */
export function readPngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// 5×7 glyphs, column by column, least significant bit at the top (the classic LCD font layout).
const GLYPHS: Record<string, number[]> = {
  A: [0x7e, 0x11, 0x11, 0x11, 0x7e],
  B: [0x7f, 0x49, 0x49, 0x49, 0x36],
  C: [0x3e, 0x41, 0x41, 0x41, 0x22],
  D: [0x7f, 0x41, 0x41, 0x22, 0x1c],
  E: [0x7f, 0x49, 0x49, 0x49, 0x41],
  F: [0x7f, 0x09, 0x09, 0x09, 0x01],
  G: [0x3e, 0x41, 0x49, 0x49, 0x7a],
  H: [0x7f, 0x08, 0x08, 0x08, 0x7f],
  I: [0x00, 0x41, 0x7f, 0x41, 0x00],
  J: [0x20, 0x40, 0x41, 0x3f, 0x01],
  K: [0x7f, 0x08, 0x14, 0x22, 0x41],
  L: [0x7f, 0x40, 0x40, 0x40, 0x40],
  M: [0x7f, 0x02, 0x0c, 0x02, 0x7f],
  N: [0x7f, 0x04, 0x08, 0x10, 0x7f],
  O: [0x3e, 0x41, 0x41, 0x41, 0x3e],
  P: [0x7f, 0x09, 0x09, 0x09, 0x06],
  Q: [0x3e, 0x41, 0x51, 0x21, 0x5e],
  R: [0x7f, 0x09, 0x19, 0x29, 0x46],
  S: [0x46, 0x49, 0x49, 0x49, 0x31],
  T: [0x01, 0x01, 0x7f, 0x01, 0x01],
  U: [0x3f, 0x40, 0x40, 0x40, 0x3f],
  V: [0x1f, 0x20, 0x40, 0x20, 0x1f],
  W: [0x3f, 0x40, 0x38, 0x40, 0x3f],
  X: [0x63, 0x14, 0x08, 0x14, 0x63],
  Y: [0x07, 0x08, 0x70, 0x08, 0x07],
  Z: [0x61, 0x51, 0x49, 0x45, 0x43],
  '0': [0x3e, 0x51, 0x49, 0x45, 0x3e],
  '1': [0x00, 0x42, 0x7f, 0x40, 0x00],
  '2': [0x42, 0x61, 0x51, 0x49, 0x46],
  '3': [0x21, 0x41, 0x45, 0x4b, 0x31],
  '4': [0x18, 0x14, 0x12, 0x7f, 0x10],
  '5': [0x27, 0x45, 0x45, 0x45, 0x39],
  '6': [0x3c, 0x4a, 0x49, 0x49, 0x30],
  '7': [0x01, 0x71, 0x09, 0x05, 0x03],
  '8': [0x36, 0x49, 0x49, 0x49, 0x36],
  '9': [0x06, 0x49, 0x49, 0x29, 0x1e],
  '-': [0x08, 0x08, 0x08, 0x08, 0x08],
  '.': [0x00, 0x60, 0x60, 0x00, 0x00],
  '!': [0x00, 0x00, 0x5f, 0x00, 0x00],
  '?': [0x02, 0x01, 0x51, 0x09, 0x06],
  ':': [0x00, 0x36, 0x36, 0x00, 0x00],
  "'": [0x00, 0x05, 0x03, 0x00, 0x00],
  ' ': [0x00, 0x00, 0x00, 0x00, 0x00],
};

type Rgb = [number, number, number];

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Colours follow the prompt (same prompt, same picture); a style word shifts the lightness. */
function palette(prompt: string, style: string | undefined): { from: Rgb; to: Rgb; text: Rgb; band: Rgb } {
  const h = hash(prompt.toLowerCase());
  const hue = h % 360;
  const s = (style ?? '').toLowerCase();
  const dark = /dark|night|noir|moody/.test(s);
  const light = /light|pastel|minimal|bright/.test(s);
  const l1 = dark ? 0.18 : light ? 0.82 : 0.45;
  const l2 = dark ? 0.32 : light ? 0.92 : 0.62;
  return {
    from: hsl(hue, 0.6, l1),
    to: hsl((hue + 40 + ((h >>> 9) % 80)) % 360, 0.65, l2),
    text: light ? [30, 30, 30] : [255, 255, 255],
    band: light ? [255, 255, 255] : [0, 0, 0],
  };
}

/** The prompt's first words, upper-case and folded to the glyphs the font has. */
function labelWords(prompt: string): string[] {
  return foldAccents(prompt)
    .toUpperCase()
    .replace(/[^A-Z0-9\-.!?:' ]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
}

function wrap(list: string[], maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of list) {
    const word = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ' ' + word;
    else {
      lines.push(current);
      if (lines.length === maxLines) return lines;
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** The largest text scale at which the first words fit in at most three lines, and those lines. */
function layout(prompt: string, width: number, height: number): { scale: number; lines: string[] } {
  const list = labelWords(prompt);
  const maxScale = Math.max(1, Math.floor(Math.min(width, height) / 70));
  for (let scale = maxScale; scale >= 1; scale--) {
    const maxChars = Math.floor((width * 0.85) / (6 * scale));
    if (maxChars < 1) continue;
    const lines = wrap(list, maxChars, 3);
    const used = lines.join(' ').split(' ').length;
    if (used >= Math.min(list.length, 3) && lines.length * 10 * scale <= height * 0.7) return { scale, lines };
  }
  return { scale: 1, lines: [] };
}

export const MAX_LOCAL_IMAGE_SIDE = 4096;

/** Renders `prompt` as a `width × height` PNG: a diagonal gradient with the prompt's first words on a band. */
export function renderPromptPng(prompt: string, width: number, height: number, style?: string): Buffer {
  const { from, to, text, band } = palette(prompt, style);
  const rgb = new Uint8Array(width * height * 3);
  const span = Math.max(1, width + height - 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / span;
      const o = (y * width + x) * 3;
      rgb[o] = Math.round(from[0] + (to[0] - from[0]) * t);
      rgb[o + 1] = Math.round(from[1] + (to[1] - from[1]) * t);
      rgb[o + 2] = Math.round(from[2] + (to[2] - from[2]) * t);
    }
  }
  // Text: the first words, on a translucent band across the middle.
  const { scale, lines } = layout(prompt, width, height);
  if (lines.length > 0) {
    const lineHeight = 10 * scale;
    const blockTop = Math.floor((height - lines.length * lineHeight + 3 * scale) / 2);
    const pad = 3 * scale;
    const bandTop = Math.max(0, blockTop - pad);
    const bandBottom = Math.min(height, blockTop + lines.length * lineHeight - 3 * scale + pad);
    for (let y = bandTop; y < bandBottom; y++) {
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) rgb[o + c] = Math.round(rgb[o + c]! * 0.6 + band[c]! * 0.4);
      }
    }
    lines.forEach((line, li) => {
      const x0 = Math.floor((width - (line.length * 6 * scale - scale)) / 2);
      const y0 = blockTop + li * lineHeight;
      [...line].forEach((ch, i) => {
        const glyph = GLYPHS[ch] ?? GLYPHS[' ']!;
        for (let col = 0; col < 5; col++) {
          for (let row = 0; row < 7; row++) {
            if (!(glyph[col]! & (1 << row))) continue;
            for (let dy = 0; dy < scale; dy++) {
              for (let dx = 0; dx < scale; dx++) {
                const x = x0 + (i * 6 + col) * scale + dx;
                const y = y0 + row * scale + dy;
                if (x < 0 || y < 0 || x >= width || y >= height) continue;
                const o = (y * width + x) * 3;
                rgb[o] = text[0];
                rgb[o + 1] = text[1];
                rgb[o + 2] = text[2];
              }
            }
          }
        }
      });
    });
  }
  return encodePng(width, height, rgb);
}
