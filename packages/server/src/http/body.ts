// JSON request bodies: a size limit checked while reading (not only from Content-Length), a
// content-type check, and parse errors reported as MALFORMED_JSON instead of a 500.
import type { Context } from 'koa';
import { AppError, BadRequestError } from '../errors.js';

/** Reads and parses a JSON body; `raw` is the exact text (for signature checks). */
export async function readJsonBody(ctx: Context, limit: number): Promise<{ value: unknown; raw: string }> {
  const length = ctx.request.length;
  const hasBody =
    ctx.request.type !== '' || (length !== undefined && length > 0) || ctx.get('transfer-encoding') !== '';
  if (!hasBody) return { value: undefined, raw: '' };
  if (length !== undefined && length > limit) throw tooLarge(limit);
  if (!ctx.is('application/json', 'application/*+json')) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    // Past the limit keep draining (so the client can read our 413) but stop keeping the bytes;
    // far past it, hang up.
    if (size > limit * 8) {
      ctx.req.destroy();
      throw tooLarge(limit);
    }
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw tooLarge(limit);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { value: undefined, raw: text };
  try {
    return { value: JSON.parse(text), raw: text };
  } catch {
    throw new BadRequestError('MALFORMED_JSON', 'The body is not valid JSON.');
  }
}

const tooLarge = (limit: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes.`, { limit });
