// Blob storage for generated images: the interface, the `local` and `s3` drivers, the key rules and signed file
// tokens (docs/storage.md).
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
