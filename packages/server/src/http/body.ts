// JSON request bodies: a size limit checked while reading (not only from Content-Length), a
// content-type check, and parse errors reported as MALFORMED_JSON instead of a 500.
import type { Context } from 'koa';
import { AppError } from '../errors.js';

/** Reads and parses a JSON body; `raw` is the exact text (for signature checks). */
export async function readJsonBody(
  ctx: Context,
  limit: number,
  /** Where the body holds a file's content (`x-igny8-file`): the operation checks that text itself. */
  fileFields: readonly (readonly string[])[] = [],
): Promise<{ value: unknown; raw: string }> {
  const length = ctx.request.length;
  const hasBody =
    ctx.request.type !== '' || (length !== undefined && length > 0) || ctx.get('transfer-encoding') !== '';
  if (!hasBody) return { value: undefined, raw: '' };
  if (length !== undefined && length > limit) throw tooLarge(limit);
  if (!ctx.is('application/json', 'application/*+json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('MALFORMED_JSON', 'The body is not valid JSON.');
  }
  // PostgreSQL cannot store NUL in text or JSON. The generated validators refuse it in every typed
  // string; this also covers free-form values (a provider's event, a result blob) and object keys.
  const at = text.includes('\\u0000') ? nulAt(value, [], fileFields) : undefined;
  if (at) {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid.', {
      issues: [{ path: at, code: 'invalid_string', message: 'Must not contain NUL characters.' }],
    });
  }
  return { value, raw: text };
}

/** The path to the first string (or key) that holds a NUL character, if any, files aside. */
function nulAt(value: unknown, path: string[], files: readonly (readonly string[])[]): string[] | undefined {
  if (typeof value === 'string') {
    const file = files.some((f) => f.length === path.length && f.every((p, i) => p === '*' || p === path[i]));
    return !file && value.includes('\u0000') ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulAt(value[i], [...path, String(i)], files);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = nulAt(item, [...path, key], files);
      if (found) return found;
    }
  }
  return undefined;
}

const tooLarge = (limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes.`, { limit });
