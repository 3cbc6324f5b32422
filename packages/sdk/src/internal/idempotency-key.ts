// `crypto.randomUUID` exists only in secure contexts; wp-admin on plain http (a local install) is not one, while
// `crypto.getRandomValues` is available everywhere.
const fallback = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (Number(c) ^ ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (Number(c) / 4)))).toString(16),
  );

/** A random UUID v4, one per intended effect. */
export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : fallback();
