// PNG helpers for the image providers, and the local provider's prompt image. The drawing is featured.ts's
// (Skia through @napi-rs/canvas, with a shipped font); `encodePng` and `readPngSize` are small byte-level tools
// kept for code that builds or checks PNGs itself.
import { crc32, deflateSync } from 'node:zlib';
import { gradientFor, renderFeaturedImage } from './featured.js';

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

/** Colours follow the prompt (same prompt, same picture); a style word picks deep or pale ones. */
function colorsFor(prompt: string, style: string | undefined) {
  const s = (style ?? '').toLowerCase();
  const tone = /dark|night|noir|moody/.test(s) ? 'dark' : /light|pastel|minimal|bright/.test(s) ? 'light' : undefined;
  return gradientFor(prompt, tone);
}

export const MAX_LOCAL_IMAGE_SIDE = 4096;

/**
 * Renders `prompt` as a `width × height` PNG for an article's body: the in-article design (a centred title over a
 * gradient and a pattern) with the prompt as its text, in colours that follow the prompt and the style.
 */
export function renderPromptPng(prompt: string, width: number, height: number, style?: string): Buffer {
  return renderFeaturedImage({
    title: prompt,
    colors: colorsFor(prompt, style),
    width,
    height,
    kind: 'in_article',
  });
}
