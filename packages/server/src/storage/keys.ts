// The rules for storage keys, enforced by every driver before any I/O: a small alphabet, no empty, `.` or `..`
// segments, no hidden names. A key that passes can be joined under a directory or a bucket prefix as it is.

/** The longest key accepted. */
export const MAX_KEY_LENGTH = 512;
/** The longest segment: file systems allow 255 bytes a name, and the local driver's sidecar adds 6 to it. */
export const MAX_SEGMENT_LENGTH = 200;

/** A key that breaks the rules of {@link assertValidKey}; thrown before any I/O. */
export class StorageKeyError extends Error {
  override name = 'StorageKeyError';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`invalid storage key ${JSON.stringify(key.length > 80 ? key.slice(0, 80) + '…' : key)}: ${reason}`);
  }
}

// A segment is letters, digits, `_`, `-` and `.`, and does not start with a dot: so no `.` or `..` segment, and no
// hidden names, which the local driver keeps for its own temporary files and content-type sidecars.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/**
 * Throws a StorageKeyError unless `key` is 1–512 characters of `[A-Za-z0-9/_.-]`, made of `/`-separated segments of
 * at most 200 characters none of which is empty or starts with a dot (so no leading or trailing `/`, no `//`, no `.`
 * or `..`), and with no `..` anywhere. Backslashes, spaces, `%` and every other character are refused, not escaped.
 */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new StorageKeyError(String(key), 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new StorageKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  if (!/^[A-Za-z0-9/_.-]+$/.test(key)) throw new StorageKeyError(key, 'only A-Z, a-z, 0-9, "/", "_", "." and "-"');
  if (key.includes('..')) throw new StorageKeyError(key, 'contains ".."');
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment)) throw new StorageKeyError(key, 'a segment is empty or starts with "."');
    if (segment.length > MAX_SEGMENT_LENGTH)
      throw new StorageKeyError(key, `a segment is longer than ${MAX_SEGMENT_LENGTH} characters`);
  }
}

/** Whether `key` passes {@link assertValidKey}. */
export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}

const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The key of a generated image: `<accountId>/<siteId>/<imageId>.png`. Each id is 1–128 of `[A-Za-z0-9_-]`. */
export function imageKey(accountId: string, siteId: string, imageId: string): string {
  for (const [name, id] of [
    ['accountId', accountId],
    ['siteId', siteId],
    ['imageId', imageId],
  ] as const) {
    if (!ID.test(id)) throw new StorageKeyError(`${accountId}/${siteId}/${imageId}.png`, `bad ${name}`);
  }
  return `${accountId}/${siteId}/${imageId}.png`;
}

// RFC 9110's token characters; a quoted parameter value is printable ASCII without `"` and `\`.
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+( *; *[\w!#$&^.+-]+=([\w!#$&^.+-]+|"[ !#-[\]-~]*"))*$/;

/** Throws a TypeError unless `contentType` is a media type (`type/subtype`, parameters allowed), ≤ 255 characters. */
export function assertContentType(contentType: string): void {
  if (typeof contentType !== 'string' || contentType.length > 255 || !MEDIA_TYPE.test(contentType))
    throw new TypeError(`invalid content type ${JSON.stringify(String(contentType).slice(0, 80))}`);
}
