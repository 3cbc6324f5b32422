// The `s3` storage driver: objects in a bucket of Amazon S3 or any S3-compatible service (MinIO, Cloudflare R2,
// Backblaze B2, Ceph…), through the AWS SDK v3. Checksums are computed only where an operation requires them
// (services other than S3 differ in which of the SDK's newer CRC checksums they accept); a put sends Content-MD5
// instead, the older check S3 and MinIO apply, so there a body damaged on the way is refused.
import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertOutsideTransaction } from '../db/transaction-scope.js';
import { assertContentType, assertValidKey, StorageKeyError } from './keys.js';
import type { BlobStorage, StoredObject } from './types.js';

export interface S3StorageOptions {
  /** A service other than AWS, e.g. `http://127.0.0.1:9000`; unset → AWS's endpoint for the region. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`: most self-hosted services need it. Default false. */
  forcePathStyle?: boolean;
  /** Put before every key (`<prefix>/<key>`), so one bucket can hold several installations; same rules as a key. */
  prefix?: string;
  /** How long a request may stall (each retry gets its own), default 30 s; connecting, default 5 s. */
  requestTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** Attempts per call, retries included (the SDK's back-off); default 3. */
  maxAttempts?: number;
}

/** Whether `err` is the SDK's answer for a key with no object (not for a missing bucket, which is an error). */
function isMissingObject(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (e?.name === 'NoSuchBucket') return false;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

/** A store in one bucket. The bucket must exist; the credentials need GetObject, PutObject and DeleteObject on it. */
export function createS3Storage(options: S3StorageOptions): BlobStorage {
  const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix) {
    try {
      assertValidKey(prefix);
    } catch (err) {
      throw new StorageKeyError(prefix, `bad S3 prefix: ${(err as Error).message}`);
    }
  }
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    },
  });
  const Bucket = options.bucket;
  // Every request to the service is made with no database transaction open: a slow store must not keep a connection
  // of ours (and its locks) waiting.
  const objectKey = (key: string) => {
    assertValidKey(key);
    assertOutsideTransaction('a request to object storage');
    return prefix ? `${prefix}/${key}` : key;
  };

  return {
    kind: 's3',

    async put(key, body, contentType) {
      const Key = objectKey(key);
      assertContentType(contentType);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key,
          Body: body,
          ContentType: contentType,
          ContentLength: body.length,
          ContentMD5: createHash('md5').update(body).digest('base64'),
        }),
      );
    },

    async get(key): Promise<StoredObject | undefined> {
      const Key = objectKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key }));
        const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
        const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return { body, contentType: out.ContentType ?? 'application/octet-stream', size: body.length };
      } catch (err) {
        if (isMissingObject(err)) return undefined;
        throw err;
      }
    },

    async delete(key) {
      const Key = objectKey(key);
      try {
        // S3 answers 204 for a key with no object; some compatible services answer 404.
        await client.send(new DeleteObjectCommand({ Bucket, Key }));
      } catch (err) {
        if (!isMissingObject(err)) throw err;
      }
    },

    async close() {
      client.destroy();
    },
  };
}
