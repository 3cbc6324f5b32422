// Blob storage for generated images: the interface, the drivers and the key rules (docs/storage.md).
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
export type { BlobStorage, StoredObject } from './types.js';
