// Blob storage for generated images: the interface, the `local` and `s3` drivers, the key rules, signed file
// tokens, and the choice of driver from environment variables (docs/storage.md).
import { join } from 'node:path';
import { isValidKey } from './keys.js';
import { createLocalDiskStorage } from './local-disk.js';
import { createS3Storage, type S3StorageOptions } from './s3.js';
import type { BlobStorage } from './types.js';

export {
  assertContentType,
  assertValidKey,
  imageKey,
  isValidKey,
  MAX_KEY_LENGTH,
  MAX_SEGMENT_LENGTH,
  StorageKeyError,
} from './keys.js';
export { CONTENT_TYPES_BY_EXTENSION, contentTypeForKey, createLocalDiskStorage } from './local-disk.js';
export { createS3Storage, type S3StorageOptions } from './s3.js';
export {
  DEFAULT_FILE_URL_TTL_SECONDS,
  type FileTokenClaims,
  type FileTokenInput,
  type FileTokenResult,
  fileTokenExpiresAt,
  signFileToken,
  verifyFileToken,
} from './signed-url.js';
export type { BlobStorage, StoredObject } from './types.js';

export type StorageConfig = { driver: 'local'; rootDir: string } | { driver: 's3'; s3: S3StorageOptions };

/** A storage setting that is missing or malformed; `variables` names the environment variables at fault. */
export class StorageConfigError extends Error {
  override name = 'StorageConfigError';
  constructor(
    message: string,
    readonly variables: string[],
  ) {
    super(message);
  }
}

/** The variables read by {@link parseStorageEnv}. */
export const STORAGE_ENV_VARIABLES = [
  'STORAGE_DRIVER',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const;

/**
 * The storage settings in `env` (empty values count as unset): `STORAGE_DRIVER` `local` (default: files under
 * `<dataDir>/files`) or `s3`, which needs `S3_BUCKET`, `S3_ACCESS_KEY_ID` and `S3_SECRET_ACCESS_KEY` and takes
 * `S3_ENDPOINT`, `S3_REGION` (default `us-east-1`), `S3_FORCE_PATH_STYLE` (`true`/`false`, default false) and
 * `S3_PREFIX`. Throws a StorageConfigError naming every variable that is missing or malformed.
 */
export function parseStorageEnv(env: Record<string, string | undefined>, dataDir: string): StorageConfig {
  const value = (name: (typeof STORAGE_ENV_VARIABLES)[number]) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const driver = value('STORAGE_DRIVER') ?? 'local';
  if (driver === 'local') return { driver: 'local', rootDir: join(dataDir, 'files') };
  if (driver !== 's3')
    throw new StorageConfigError(`STORAGE_DRIVER must be "local" or "s3", not ${JSON.stringify(driver)}`, [
      'STORAGE_DRIVER',
    ]);

  const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !value(name));
  if (missing.length)
    throw new StorageConfigError(`STORAGE_DRIVER=s3 needs ${missing.join(', ')} (not set)`, [...missing]);

  const endpoint = value('S3_ENDPOINT');
  if (endpoint !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(endpoint).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      throw new StorageConfigError(`S3_ENDPOINT must be an http(s) URL, not ${JSON.stringify(endpoint)}`, [
        'S3_ENDPOINT',
      ]);
  }

  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase();
  if (pathStyle !== undefined && !['true', 'false', '1', '0'].includes(pathStyle))
    throw new StorageConfigError(`S3_FORCE_PATH_STYLE must be true or false, not ${JSON.stringify(pathStyle)}`, [
      'S3_FORCE_PATH_STYLE',
    ]);

  const prefix = value('S3_PREFIX')?.replace(/^\/+|\/+$/g, '');
  if (prefix && !isValidKey(prefix))
    throw new StorageConfigError(
      `S3_PREFIX must be made of segments of [A-Za-z0-9_.-] joined by "/", not ${JSON.stringify(prefix)}`,
      ['S3_PREFIX'],
    );
  return {
    driver: 's3',
    s3: {
      ...(endpoint ? { endpoint } : {}),
      region: value('S3_REGION') ?? 'us-east-1',
      bucket: value('S3_BUCKET')!,
      accessKeyId: value('S3_ACCESS_KEY_ID')!,
      secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
      forcePathStyle: pathStyle === 'true' || pathStyle === '1',
      ...(prefix ? { prefix } : {}),
    },
  };
}

/** The store the settings in `env` describe (see {@link parseStorageEnv}); `dataDir` is the server's data directory. */
export function storageFromEnv(env: Record<string, string | undefined>, dataDir: string): BlobStorage {
  return createStorage(parseStorageEnv(env, dataDir));
}

/** The store a parsed configuration describes. */
export function createStorage(config: StorageConfig): BlobStorage {
  return config.driver === 'local' ? createLocalDiskStorage(config.rootDir) : createS3Storage(config.s3);
}
