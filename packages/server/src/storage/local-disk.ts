// The `local` storage driver: one file per object under a root directory, at the key's path (so
// `acc/site/img.png` is `<root>/acc/site/img.png`, a plain PNG an operator can open). A file is written to a
// temporary name in its directory, flushed and renamed over the old one, so a reader sees the old bytes or the new
// ones, never a part. The content type is derived from the extension (`.png` → `image/png`…); only when a put
// gives another type is it kept in a sidecar, `.<name>.type` beside the file. Names starting with a dot are never
// keys (keys.ts), so temporary files and sidecars cannot collide with an object.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, realpath, rename, rm, unlink } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { assertContentType, assertValidKey } from './keys.js';
import type { BlobStorage, StoredObject } from './types.js';

/** The content type of each extension the local driver knows; any other extension is `application/octet-stream`. */
export const CONTENT_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** The content type the local driver reports for `key` when no sidecar says otherwise. */
export function contentTypeForKey(key: string): string {
  return CONTENT_TYPES_BY_EXTENSION[extname(key).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

// O_NOFOLLOW: a symbolic link at an object's path is refused (ELOOP) rather than followed out of the root. Windows
// has no such flag; there the realpath check on the directory is the only guard.
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

const code = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code ?? '';

/** A missing file, a missing directory, or a directory or file where the other was expected: no object there. */
const isAbsent = (err: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(code(err));

/**
 * A store in `rootDir` (created when first used). Every path is resolved and checked to lie under the root;
 * the directories of a put are created one at a time and a symbolic link among them is refused, and a read checks
 * the real path of its directory, so neither a key nor a link planted inside the root leads outside it. Empty
 * directories are left behind by `delete`.
 */
export function createLocalDiskStorage(rootDir: string): BlobStorage {
  const root = resolve(rootDir);
  // The root's real path, found once (and tried again after a failure, e.g. a disk not mounted yet).
  let realRootOnce: Promise<string> | undefined;
  const realRoot = () =>
    (realRootOnce ??= mkdir(root, { recursive: true })
      .then(() => realpath(root))
      .catch((err) => {
        realRootOnce = undefined;
        throw err;
      }));
  // Puts and deletes of one key run one after another in this process, so a body and its sidecar are never from
  // two different puts (two processes writing one key with two types can still interleave; see docs/storage.md).
  const queues = new Map<string, Promise<unknown>>();

  function serialize<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }

  /** The directory, file and sidecar paths of `key` under `base` (the root's real path), checked to stay under it. */
  function pathsOf(base: string, key: string) {
    const segments = key.split('/');
    const name = segments.pop()!;
    const dir = resolve(base, ...segments);
    const file = join(dir, name);
    if (dir !== base && !dir.startsWith(base + sep))
      throw new Error(`storage key ${JSON.stringify(key)} leads outside the root`);
    if (!file.startsWith(base + sep)) throw new Error(`storage key ${JSON.stringify(key)} leads outside the root`);
    return { segments, dir, file, sidecar: join(dir, `.${name}.type`) };
  }

  /** Creates the directories `segments` under `base` one by one; a link or a file among them is an error. */
  async function makeDirectories(base: string, segments: string[]): Promise<void> {
    let dir = base;
    for (const segment of segments) {
      dir = join(dir, segment);
      let stat = await lstat(dir).catch((err) => {
        if (code(err) === 'ENOENT') return undefined;
        throw err;
      });
      if (!stat) {
        await mkdir(dir).catch((err) => {
          if (code(err) !== 'EEXIST') throw err;
        });
        stat = await lstat(dir);
      }
      if (stat.isSymbolicLink()) throw new Error(`storage directory ${JSON.stringify(dir)} is a symbolic link`);
      if (!stat.isDirectory()) throw new Error(`storage path ${JSON.stringify(dir)} is not a directory`);
    }
  }

  /** Throws unless the real path of `dir` (links resolved) is `base` or under it. */
  async function assertInside(base: string, dir: string): Promise<void> {
    const real = await realpath(dir);
    if (real !== base && !real.startsWith(base + sep))
      throw new Error(`storage directory ${JSON.stringify(dir)} leads outside the root`);
  }

  /** Writes `data` to `target` atomically: a temporary file in the same directory, flushed, then renamed. */
  async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
    const temp = join(dirname(target), `.${randomBytes(8).toString('hex')}.tmp`);
    let handle: FileHandle | undefined;
    try {
      // `wx`: made here, never an existing file or a link someone placed at the name.
      handle = await open(temp, 'wx', 0o644);
      await handle.writeFile(data);
      await handle.datasync();
      await handle.close();
      handle = undefined;
      await rename(temp, target);
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  /** Removes the file at `path`; none there (or a directory, which is no object either) is not an error. */
  async function removeFile(path: string): Promise<void> {
    try {
      await unlink(path);
    } catch (err) {
      // macOS answers EPERM for unlink of a directory.
      const directory = code(err) === 'EPERM' && (await lstat(path).catch(() => undefined))?.isDirectory();
      if (!isAbsent(err) && !directory) throw err;
    }
  }

  /** The whole content of the regular file at `path` (never through a link), or undefined when there is none. */
  async function readRegularFile(path: string): Promise<Buffer | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY | O_NOFOLLOW);
    } catch (err) {
      if (isAbsent(err)) return undefined;
      throw err;
    }
    try {
      if (!(await handle.stat()).isFile()) return undefined;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  return {
    kind: 'local',

    async put(key, body, contentType) {
      assertValidKey(key);
      assertContentType(contentType);
      const base = await realRoot();
      const { segments, dir, file, sidecar } = pathsOf(base, key);
      await serialize(key, async () => {
        await makeDirectories(base, segments);
        await assertInside(base, dir);
        await writeAtomically(file, body);
        if (contentType === contentTypeForKey(key)) await removeFile(sidecar);
        else await writeAtomically(sidecar, contentType);
      });
    },

    async get(key): Promise<StoredObject | undefined> {
      assertValidKey(key);
      const base = await realRoot();
      const { dir, file, sidecar } = pathsOf(base, key);
      try {
        await assertInside(base, dir);
      } catch (err) {
        if (isAbsent(err)) return undefined;
        throw err;
      }
      const body = await readRegularFile(file);
      if (!body) return undefined;
      const stored = (await readRegularFile(sidecar))?.toString('utf8').trim();
      return { body, contentType: stored || contentTypeForKey(key), size: body.length };
    },

    async delete(key) {
      assertValidKey(key);
      const base = await realRoot();
      const { dir, file, sidecar } = pathsOf(base, key);
      await serialize(key, async () => {
        try {
          await assertInside(base, dir);
        } catch (err) {
          if (isAbsent(err)) return;
          throw err;
        }
        await removeFile(file);
        await removeFile(sidecar);
      });
    },
  };
}
