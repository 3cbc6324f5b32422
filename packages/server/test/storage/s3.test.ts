// The S3 driver against a real S3-compatible server on loopback (test/storage/s3-server.ts): the shared contract
// on every server this machine has (moto when `moto_server` is on PATH, and s3rver always), then prefixes, a
// missing bucket, and that the server is really gone after stop().
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asTransactionBody, TransactionOpenError } from '../../src/db/transaction-scope.js';
import { type BlobStorage, createS3Storage, type S3StorageOptions, StorageKeyError } from '../../src/storage/index.js';
import { blobStorageContract, freshKey } from './contract.js';
import { availableS3Servers, type S3TestServer, startS3Server } from './s3-server.js';

describe.each(availableS3Servers())('S3 storage on %s', (kind) => {
  let server: S3TestServer;
  let bucket: string;
  let storage: BlobStorage;
  const opened: BlobStorage[] = [];

  const options = (extra: Partial<S3StorageOptions> = {}): S3StorageOptions => ({
    endpoint: server.endpoint,
    region: server.region,
    bucket,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
    ...extra,
  });
  const open = (extra: Partial<S3StorageOptions> = {}) => {
    const s = createS3Storage(options(extra));
    opened.push(s);
    return s;
  };
  const raw = () =>
    new S3Client({
      endpoint: server.endpoint,
      region: server.region,
      forcePathStyle: true,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    });

  beforeAll(async () => {
    server = await startS3Server(kind);
    expect(server.kind).toBe(kind);
    bucket = await server.createBucket();
    storage = open();
  });

  afterAll(async () => {
    for (const s of opened) await s.close?.();
    await server?.stop();
  });

  blobStorageContract(() => storage);

  it('is of kind s3', () => {
    expect(storage.kind).toBe('s3');
  });

  it('refuses to make a request while a database transaction is open', async () => {
    const key = freshKey();
    const requests: (() => Promise<unknown>)[] = [
      () => storage.put(key, Buffer.from('x'), 'image/png'),
      () => storage.get(key),
      () => storage.delete(key),
    ];
    for (const request of requests) {
      await expect(asTransactionBody(request)).rejects.toBeInstanceOf(TransactionOpenError);
    }
    expect(await storage.get(key)).toBeUndefined();
  });

  it('stores under the prefix, and stores with other prefixes do not see each other', async () => {
    const a = open({ prefix: '/install-a/' });
    const b = open({ prefix: 'install-b' });
    const key = freshKey();
    await a.put(key, Buffer.from('from a'), 'image/png');
    expect(await b.get(key)).toBeUndefined();
    expect(await storage.get(key)).toBeUndefined();
    expect((await storage.get(`install-a/${key}`))?.body.toString()).toBe('from a');

    const client = raw();
    try {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'install-a/' }));
      expect(listed.Contents?.map((o) => o.Key)).toContain(`install-a/${key}`);
      const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `install-a/${key}` }));
      expect(got.ContentType).toBe('image/png');
      expect(Buffer.from(await got.Body!.transformToByteArray()).toString()).toBe('from a');
    } finally {
      client.destroy();
    }
    await b.delete(key);
    expect((await a.get(key))?.body.toString()).toBe('from a');
    await a.delete(key);
    expect(await a.get(key)).toBeUndefined();
  });

  it('refuses a prefix that breaks the key rules', () => {
    expect(() => createS3Storage(options({ prefix: '../other' }))).toThrow(StorageKeyError);
    expect(() => createS3Storage(options({ prefix: 'a b' }))).toThrow(StorageKeyError);
  });

  it('reports a missing bucket as an error, not as a missing object', async () => {
    const s = open({ bucket: `missing-${randomBytes(4).toString('hex')}`, maxAttempts: 1 });
    await expect(s.get('a/b.png')).rejects.toThrow();
    await expect(s.put('a/b.png', Buffer.from('x'), 'image/png')).rejects.toThrow();
  });

  it('fails (after its attempts) when the server cannot be reached', async () => {
    const s = open({ endpoint: 'http://127.0.0.1:1', maxAttempts: 1, connectionTimeoutMs: 1_000 });
    await expect(s.get('a/b.png')).rejects.toThrow();
  });
});

describe('the S3 test server', () => {
  it('is moto when moto_server is on PATH, else s3rver', async () => {
    const server = await startS3Server();
    try {
      expect(server.kind).toBe(availableS3Servers()[0]);
    } finally {
      await server.stop();
    }
  });

  it.each(availableS3Servers())('%s stops for good: its port closes and moto’s process is gone', async (kind) => {
    const server = await startS3Server(kind);
    const port = Number(new URL(server.endpoint).port);
    const bucket = await server.createBucket();
    const s = createS3Storage({
      endpoint: server.endpoint,
      region: server.region,
      bucket,
      accessKeyId: server.accessKeyId,
      secretAccessKey: server.secretAccessKey,
      forcePathStyle: true,
    });
    await s.put('k/x.png', Buffer.from('x'), 'image/png');
    await s.close?.();
    await server.stop();
    await expect(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    if (kind === 'moto') {
      expect(server.pid).toBeTypeOf('number');
      // Nothing is left in its process group (pyenv's shim and moto's Python included).
      expect(() => process.kill(-server.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    }
  });
});
