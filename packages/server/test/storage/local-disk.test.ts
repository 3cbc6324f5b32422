// The local-disk driver: the shared contract, then what only a directory has — plain files at the key's path,
// atomic replacement, sidecars, and no way out of the root (by key or by a symbolic link planted inside it).
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlobStorage, contentTypeForKey, createLocalDiskStorage } from '../../src/storage/index.js';
import { BAD_KEYS, blobStorageContract, freshKey } from './contract.js';

/** Every file and directory under `dir`, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

let parent: string;
let root: string;
let storage: BlobStorage;

beforeAll(async () => {
  // The root sits inside a directory of its own, so a write outside the root would show up beside it.
  parent = await mkdtemp(join(tmpdir(), 'igny8-storage-'));
  root = join(parent, 'files');
  storage = createLocalDiskStorage(root);
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('local disk storage', () => {
  blobStorageContract(() => storage);

  it('is of kind local and creates its root when first used', async () => {
    const fresh = join(parent, `later-${randomBytes(3).toString('hex')}`, 'deeper');
    const s = createLocalDiskStorage(fresh);
    expect(s.kind).toBe('local');
    expect(existsSync(fresh)).toBe(false);
    expect(await s.get('a/b.png')).toBeUndefined();
    await s.put('a/b.png', Buffer.from('x'), 'image/png');
    expect(readFileSync(join(fresh, 'a', 'b.png'), 'utf8')).toBe('x');
  });

  it('writes a plain file at the key’s path, with no sidecar when the extension gives the type', async () => {
    const key = freshKey();
    const png = randomBytes(300);
    await storage.put(key, png, 'image/png');
    const dir = join(root, ...key.split('/').slice(0, -1));
    expect(readFileSync(join(root, ...key.split('/'))).equals(png)).toBe(true);
    expect(readdirSync(dir)).toEqual(['img.png']);
  });

  it('keeps another content type in a sidecar, and drops it when the type is the extension’s again', async () => {
    const key = freshKey();
    const dir = join(root, ...key.split('/').slice(0, -1));
    await storage.put(key, Buffer.from('w'), 'image/webp');
    expect(readdirSync(dir).sort()).toEqual(['.img.png.type', 'img.png']);
    expect(readFileSync(join(dir, '.img.png.type'), 'utf8')).toBe('image/webp');
    await storage.put(key, Buffer.from('p'), 'image/png');
    expect(readdirSync(dir)).toEqual(['img.png']);
    await storage.put(key, Buffer.from('w'), 'image/webp');
    await storage.delete(key);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('derives the type of a file put there by hand from its extension', async () => {
    const key = freshKey('by-hand.JPG');
    await mkdir(join(root, ...key.split('/').slice(0, -1)), { recursive: true });
    await writeFile(join(root, ...key.split('/')), 'jpeg bytes');
    expect(await storage.get(key)).toEqual({ body: Buffer.from('jpeg bytes'), contentType: 'image/jpeg', size: 10 });
    expect(contentTypeForKey('a/b.unknown')).toBe('application/octet-stream');
    expect(contentTypeForKey('a/b')).toBe('application/octet-stream');
  });

  it('replaces a file atomically: a reader sees the old bytes or the new ones, never a mix or nothing', async () => {
    const key = freshKey('swap.png');
    const a = Buffer.alloc(2 * 1024 * 1024, 0xaa);
    const b = Buffer.alloc(2 * 1024 * 1024 + 17, 0xbb);
    await storage.put(key, a, 'image/png');
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 12; i++) await storage.put(key, i % 2 ? a : b, 'image/png');
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const got = await storage.get(key);
      expect(got).toBeDefined();
      expect(got!.body.equals(a) || got!.body.equals(b)).toBe(true);
      reads++;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
    // No temporary file is left behind.
    expect(readdirSync(join(root, ...key.split('/').slice(0, -1)))).toEqual(['swap.png']);
  });

  it('writes nothing outside the root for any bad key', async () => {
    const before = tree(parent).filter((p) => !p.startsWith('files'));
    for (const [key] of BAD_KEYS) await storage.put(key, Buffer.from('escape'), 'image/png').catch(() => undefined);
    expect(tree(parent).filter((p) => !p.startsWith('files'))).toEqual(before);
    // Nor directly under the root by a traversal that was cut short.
    expect(existsSync(join(root, 'img.png'))).toBe(false);
    expect(existsSync(join(parent, 'img.png'))).toBe(false);
  });

  it('does not follow a symbolic link planted inside the root to a directory outside', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'igny8-outside-'));
    try {
      const acc = `acc-${randomBytes(4).toString('hex')}`;
      await symlink(outside, join(root, acc));
      await expect(storage.put(`${acc}/img.png`, Buffer.from('escape'), 'image/png')).rejects.toThrow(
        /symbolic link|outside the root/,
      );
      await expect(storage.put(`${acc}/deeper/img.png`, Buffer.from('escape'), 'image/png')).rejects.toThrow(
        /symbolic link|outside the root/,
      );
      expect(readdirSync(outside)).toEqual([]);
      // A file that is there anyway is not read through the link, nor deleted.
      await writeFile(join(outside, 'secret.png'), 'outside');
      await expect(storage.get(`${acc}/secret.png`)).rejects.toThrow(/outside the root/);
      await expect(storage.delete(`${acc}/secret.png`)).rejects.toThrow(/outside the root/);
      expect(readFileSync(join(outside, 'secret.png'), 'utf8')).toBe('outside');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('does not read through a symbolic link at an object’s path, and replaces the link (not its target) on put', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'igny8-outside-'));
    try {
      const key = freshKey('linked.png');
      const file = join(root, ...key.split('/'));
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(join(outside, 'target.png'), 'outside');
      await symlink(join(outside, 'target.png'), file);
      await expect(storage.get(key)).rejects.toThrow();
      await storage.put(key, Buffer.from('inside'), 'image/png');
      expect(readFileSync(join(outside, 'target.png'), 'utf8')).toBe('outside');
      expect((await storage.get(key))?.body.toString()).toBe('inside');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('treats a directory at a key, or a file where a directory would be, as no object', async () => {
    const key = freshKey('x.png');
    await storage.put(key, Buffer.from('file'), 'image/png');
    // `…/x.png` is a file, so nothing can be under it.
    expect(await storage.get(`${key}/y.png`)).toBeUndefined();
    await storage.delete(`${key}/y.png`);
    await expect(storage.put(`${key}/y.png`, Buffer.from('x'), 'image/png')).rejects.toThrow();
    // `acc-…/site-1` is a directory, not an object.
    const dirKey = key.split('/').slice(0, 2).join('/');
    expect(await storage.get(dirKey)).toBeUndefined();
    await storage.delete(dirKey);
    expect((await storage.get(key))?.body.toString()).toBe('file');
  });
});
