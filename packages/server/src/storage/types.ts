// The blob storage behind the writer's images: one small interface with a driver per backend (a directory on the
// local disk, or an S3-compatible bucket). Both drivers apply the same key rules (keys.ts), so a key accepted by one
// is accepted by the other.

/** An object as read back: the exact bytes put, and the content type given with them. */
export interface StoredObject {
  body: Buffer;
  contentType: string;
  size: number;
}

/**
 * A store of objects by key. Every method throws a StorageKeyError (keys.ts) for a key that breaks the rules, before
 * any I/O, and `put` a TypeError for a content type that is not a media type.
 */
export interface BlobStorage {
  readonly kind: 'local' | 's3';
  /** Stores `body` under `key`, replacing any object there; the object is read back whole or not at all. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object under `key`, or undefined when there is none. */
  get(key: string): Promise<StoredObject | undefined>;
  /** Removes the object under `key`; a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections (the S3 driver's sockets); the store is not used afterwards. */
  close?(): Promise<void>;
}
