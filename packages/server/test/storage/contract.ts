// The contract every BlobStorage driver keeps, as one suite to run against each: byte-exact round trips, content
// types, overwrites, deletes, missing keys and the key rules.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderPromptPng } from '../../src/ai/local/png.js';
import { type BlobStorage, imageKey, StorageKeyError } from '../../src/storage/index.js';

/** Keys every driver must refuse, each with what is wrong with it. */
export const BAD_KEYS: [string, string][] = [
  ['', 'empty'],
  ['/acc/site/img.png', 'leading slash'],
  ['acc/site/img.png/', 'trailing slash'],
  ['acc//img.png', 'empty segment'],
  ['../img.png', 'parent segment'],
  ['acc/../../img.png', 'parent segment inside'],
  ['acc/..', 'parent segment at the end'],
  ['acc/img..png', '".." inside a name'],
  ['./img.png', 'dot segment'],
  ['acc/./img.png', 'dot segment inside'],
  ['acc/.hidden.png', 'hidden name'],
  ['acc\\img.png', 'backslash'],
  ['..\\..\\img.png', 'backslash traversal'],
  ['C:\\img.png', 'drive letter'],
  ['acc/img name.png', 'space'],
  ['acc/%2e%2e/img.png', 'percent'],
  ['acc/imgé.png', 'non-ASCII'],
  ['acc/img\u0000.png', 'NUL'],
  ['acc/img\n.png', 'newline'],
  ['acc/img?.png', 'question mark'],
  ['acc/img:.png', 'colon'],
  ['a'.repeat(513), 'longer than 512'],
  [`acc/${'a'.repeat(201)}`, 'segment longer than 200'],
];

/** A key made for this run, so suites sharing a bucket or a directory never see each other's objects. */
export function freshKey(name = 'img.png'): string {
  return `acc-${randomBytes(4).toString('hex')}/site-1/${name}`;
}

/**
 * The contract suite for the store `storage()` returns (called in each test, after the caller's beforeAll has made
 * it).
 */
export function blobStorageContract(storage: () => BlobStorage) {
  describe('the BlobStorage contract', () => {
    it('gives back the exact bytes put, with their size and content type', async () => {
      const s = storage();
      const png = renderPromptPng('a lighthouse at dusk', 64, 48);
      const key = freshKey();
      await s.put(key, png, 'image/png');
      const got = await s.get(key);
      expect(got).toBeDefined();
      expect(got!.body.equals(png)).toBe(true);
      expect(got!.size).toBe(png.length);
      expect(got!.contentType).toBe('image/png');
      expect(Buffer.isBuffer(got!.body)).toBe(true);
    });

    it('keeps every byte value and larger bodies (1 MiB of random bytes)', async () => {
      const s = storage();
      const everyByte = Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256));
      const big = randomBytes(1024 * 1024);
      const [k1, k2] = [freshKey('bytes.bin'), freshKey('big.bin')];
      await Promise.all([s.put(k1, everyByte, 'application/octet-stream'), s.put(k2, big, 'application/octet-stream')]);
      expect((await s.get(k1))!.body.equals(everyByte)).toBe(true);
      const got = await s.get(k2);
      expect(got!.body.equals(big)).toBe(true);
      expect(got!.size).toBe(big.length);
    });

    it('stores an empty body', async () => {
      const s = storage();
      const key = freshKey('empty.txt');
      await s.put(key, Buffer.alloc(0), 'text/plain');
      const got = await s.get(key);
      expect(got).toEqual({ body: Buffer.alloc(0), contentType: 'text/plain', size: 0 });
    });

    it('gives back the content type put, whatever the extension says', async () => {
      const s = storage();
      const cases: [string, string][] = [
        [freshKey('a.png'), 'image/png'],
        [freshKey('b.png'), 'image/webp'],
        [freshKey('c.bin'), 'application/x-igny8-test'],
        [freshKey('noext'), 'image/jpeg'],
        [freshKey('d.svg'), 'image/svg+xml; charset=utf-8'],
      ];
      for (const [key, type] of cases) await s.put(key, Buffer.from('x'), type);
      for (const [key, type] of cases) expect((await s.get(key))?.contentType, key).toBe(type);
    });

    it('replaces an object put again, its content type too', async () => {
      const s = storage();
      const key = freshKey();
      await s.put(key, Buffer.from('first version, the longer one'), 'image/webp');
      await s.put(key, Buffer.from('second'), 'image/png');
      expect(await s.get(key)).toEqual({ body: Buffer.from('second'), contentType: 'image/png', size: 6 });
      await s.put(key, Buffer.from('third'), 'image/avif');
      expect(await s.get(key)).toEqual({ body: Buffer.from('third'), contentType: 'image/avif', size: 5 });
    });

    it('gives undefined for a key with no object, and for a key under a missing prefix', async () => {
      const s = storage();
      expect(await s.get(freshKey('never-put.png'))).toBeUndefined();
      expect(await s.get(`nobody-${randomBytes(4).toString('hex')}/x/y.png`)).toBeUndefined();
    });

    it('deletes an object; deleting a missing one is no error', async () => {
      const s = storage();
      const key = freshKey();
      const sibling = key.replace('img.png', 'other.png');
      await s.put(key, Buffer.from('gone soon'), 'image/png');
      await s.put(sibling, Buffer.from('stays'), 'image/png');
      await s.delete(key);
      expect(await s.get(key)).toBeUndefined();
      expect((await s.get(sibling))?.body.toString()).toBe('stays');
      await s.delete(key);
      await s.delete(freshKey('never-put.png'));
      // Put again after a delete: a fresh object, with the content type of the new put.
      await s.put(key, Buffer.from('back'), 'image/webp');
      expect(await s.get(key)).toEqual({ body: Buffer.from('back'), contentType: 'image/webp', size: 4 });
    });

    it('keeps keys apart that share a beginning', async () => {
      const s = storage();
      const base = freshKey('img');
      const keys = [base, `${base}.png`, `${base}-2.png`, `${base}_png`];
      await Promise.all(keys.map((k, i) => s.put(k, Buffer.from(String(i)), 'text/plain')));
      for (const [i, k] of keys.entries()) expect((await s.get(k))?.body.toString(), k).toBe(String(i));
    });

    it('takes many puts at once into one new directory or prefix', async () => {
      const s = storage();
      const dir = `acc-${randomBytes(4).toString('hex')}/site-9`;
      const bodies = Array.from({ length: 24 }, () => randomBytes(2048));
      await Promise.all(bodies.map((b, i) => s.put(`${dir}/${i}.png`, b, 'image/png')));
      const got = await Promise.all(bodies.map((_, i) => s.get(`${dir}/${i}.png`)));
      for (const [i, g] of got.entries()) expect(g?.body.equals(bodies[i]!), String(i)).toBe(true);
    });

    it('accepts the keys of generated images and the longest keys the rules allow', async () => {
      const s = storage();
      const key = imageKey(
        '0b6f5c1e-7d1a-4a53-9b2e-3f8f5a1c9d20',
        'b1e2c3d4-0000-4000-8000-000000000001',
        `img_${randomBytes(4).toString('hex')}`,
      );
      await s.put(key, Buffer.from('png'), 'image/png');
      expect((await s.get(key))?.body.toString()).toBe('png');
      const longest = [
        randomBytes(4).toString('hex') + 'a'.repeat(192),
        'A-z_0.9'.repeat(29).slice(0, 200),
        'b'.repeat(106) + '.png',
      ].join('/');
      expect(longest.length).toBe(512);
      await s.put(longest, Buffer.from('long'), 'text/plain');
      expect((await s.get(longest))?.body.toString()).toBe('long');
      await s.delete(longest);
    });

    it('refuses bad keys in put, get and delete, before doing anything', async () => {
      const s = storage();
      for (const [key, why] of BAD_KEYS) {
        await expect(s.put(key, Buffer.from('x'), 'image/png'), why).rejects.toThrow(StorageKeyError);
        await expect(s.get(key), why).rejects.toThrow(StorageKeyError);
        await expect(s.delete(key), why).rejects.toThrow(StorageKeyError);
      }
    });

    it('refuses a content type that is not a media type', async () => {
      const s = storage();
      for (const type of ['', 'png', 'image/png\r\nX-Injected: 1', 'image/ png', 'a/b; c']) {
        await expect(s.put(freshKey(), Buffer.from('x'), type), JSON.stringify(type)).rejects.toThrow(TypeError);
      }
    });
  });
}
