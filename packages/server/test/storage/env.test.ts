// Choosing the driver from environment variables, and the key helpers the writer builds keys with.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  imageKey,
  isValidKey,
  parseStorageEnv,
  StorageConfigError,
  StorageKeyError,
  storageFromEnv,
} from '../../src/storage/index.js';

const S3_ENV = { STORAGE_DRIVER: 's3', S3_BUCKET: 'images', S3_ACCESS_KEY_ID: 'AKIA…', S3_SECRET_ACCESS_KEY: 'secret' };

describe('storage settings from the environment', () => {
  it('default to the local driver under <dataDir>/files', async () => {
    expect(parseStorageEnv({}, '/srv/igny8')).toEqual({ driver: 'local', rootDir: join('/srv/igny8', 'files') });
    expect(parseStorageEnv({ STORAGE_DRIVER: '' }, '.data')).toEqual({
      driver: 'local',
      rootDir: join('.data', 'files'),
    });
    expect(parseStorageEnv({ STORAGE_DRIVER: 'local', S3_BUCKET: 'ignored' }, 'd')).toEqual({
      driver: 'local',
      rootDir: join('d', 'files'),
    });
    expect(storageFromEnv({}, '/tmp/igny8-unused').kind).toBe('local');
  });

  it('read every S3 variable, with the region defaulting to us-east-1 and path style to false', async () => {
    expect(parseStorageEnv(S3_ENV, 'd')).toEqual({
      driver: 's3',
      s3: {
        region: 'us-east-1',
        bucket: 'images',
        accessKeyId: 'AKIA…',
        secretAccessKey: 'secret',
        forcePathStyle: false,
      },
    });
    expect(
      parseStorageEnv(
        {
          ...S3_ENV,
          S3_ENDPOINT: 'http://127.0.0.1:9000',
          S3_REGION: 'eu-central-1',
          S3_FORCE_PATH_STYLE: 'true',
          S3_PREFIX: '/igny8/prod/',
        },
        'd',
      ),
    ).toEqual({
      driver: 's3',
      s3: {
        endpoint: 'http://127.0.0.1:9000',
        region: 'eu-central-1',
        bucket: 'images',
        accessKeyId: 'AKIA…',
        secretAccessKey: 'secret',
        forcePathStyle: true,
        prefix: 'igny8/prod',
      },
    });
    for (const [value, expected] of [
      ['false', false],
      ['FALSE', false],
      ['0', false],
      ['1', true],
      ['True', true],
    ] as const) {
      const config = parseStorageEnv({ ...S3_ENV, S3_FORCE_PATH_STYLE: value }, 'd');
      expect(config.driver === 's3' && config.s3.forcePathStyle, value).toBe(expected);
    }
    const s3 = storageFromEnv({ ...S3_ENV, S3_ENDPOINT: 'http://127.0.0.1:9' }, 'd');
    expect(s3.kind).toBe('s3');
    await s3.close?.();
  });

  it('name every missing S3 variable at once', () => {
    const attempt = (env: Record<string, string | undefined>) => {
      try {
        parseStorageEnv(env, 'd');
      } catch (err) {
        return err as StorageConfigError;
      }
      throw new Error('no error');
    };
    const all = attempt({ STORAGE_DRIVER: 's3' });
    expect(all).toBeInstanceOf(StorageConfigError);
    expect(all.variables).toEqual(['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']);
    expect(all.message).toMatch(/S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    const one = attempt({ ...S3_ENV, S3_SECRET_ACCESS_KEY: '  ' });
    expect(one.variables).toEqual(['S3_SECRET_ACCESS_KEY']);
    expect(one.message).toContain('S3_SECRET_ACCESS_KEY');
    expect(one.message).not.toContain('S3_BUCKET');
    expect(attempt({ ...S3_ENV, S3_BUCKET: undefined }).variables).toEqual(['S3_BUCKET']);
  });

  it('refuse values they cannot use, naming the variable', () => {
    const cases: [Record<string, string>, string][] = [
      [{ STORAGE_DRIVER: 'gcs' }, 'STORAGE_DRIVER'],
      [{ STORAGE_DRIVER: 'S3 ' }, 'STORAGE_DRIVER'],
      [{ ...S3_ENV, S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE'],
      [{ ...S3_ENV, S3_ENDPOINT: 'localhost:9000' }, 'S3_ENDPOINT'],
      [{ ...S3_ENV, S3_ENDPOINT: 'ftp://host' }, 'S3_ENDPOINT'],
      [{ ...S3_ENV, S3_PREFIX: '../escape' }, 'S3_PREFIX'],
      [{ ...S3_ENV, S3_PREFIX: 'a b' }, 'S3_PREFIX'],
    ];
    for (const [env, variable] of cases) {
      let error: unknown;
      try {
        parseStorageEnv(env, 'd');
      } catch (err) {
        error = err;
      }
      expect(error, JSON.stringify(env)).toBeInstanceOf(StorageConfigError);
      expect((error as StorageConfigError).variables).toEqual([variable]);
      expect((error as Error).message).toContain(variable);
    }
  });
});

describe('image keys', () => {
  it('are <accountId>/<siteId>/<imageId>.png and valid storage keys', () => {
    const key = imageKey('acc_1', 'site-2', 'IMG3');
    expect(key).toBe('acc_1/site-2/IMG3.png');
    expect(isValidKey(key)).toBe(true);
  });

  it('refuse ids that would change the key’s shape', () => {
    for (const ids of [
      ['', 's', 'i'],
      ['a/b', 's', 'i'],
      ['a', '..', 'i'],
      ['a', 's', 'i.png'],
      ['a', 's', 'x'.repeat(129)],
    ] as [string, string, string][]) {
      expect(() => imageKey(...ids), ids.join('|')).toThrow(StorageKeyError);
    }
  });
});
