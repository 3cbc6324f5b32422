// Keyset pagination over (created_at, id). The cursor carries the exact timestamp text PostgreSQL
// gave us (microseconds included), so no row is skipped or repeated between pages.
import type { Knex } from 'knex';
import { BadRequestError } from '../errors.js';

interface CursorValue {
  t: string;
  id: string;
}

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value?.t === 'string' && typeof value?.id === 'string' && !Number.isNaN(Date.parse(value.t))) {
      return value;
    }
  } catch {
    // fall through
  }
  throw new BadRequestError('INVALID_CURSOR', 'The cursor is not one this API returned.');
}

export interface Page<T> {
  data: T[];
  meta: { next_cursor: string | null };
}

/**
 * Runs `query` (which must select from `table`) one page at a time, oldest first.
 * Rows come back with their cursor fields removed.
 */
export async function paginate<Row extends { id: string }>(
  query: Knex.QueryBuilder,
  options: { table: string; limit: number; cursor?: string },
): Promise<Page<Row>> {
  const { table, limit } = options;
  const q = query
    .clone()
    .select(query.client.raw('??::text as "_cursor_t"', [`${table}.created_at`]))
    .orderBy([
      { column: `${table}.created_at`, order: 'asc' },
      { column: `${table}.id`, order: 'asc' },
    ])
    .limit(limit + 1);
  if (options.cursor) {
    const c = decodeCursor(options.cursor);
    q.whereRaw('(??, ??) > (?::timestamptz, ?::uuid)', [`${table}.created_at`, `${table}.id`, c.t, c.id]);
  }
  const rows = (await q) as (Row & { _cursor_t: string })[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    data: page.map(({ _cursor_t, ...row }) => row as unknown as Row),
    meta: { next_cursor: more && last ? encodeCursor({ t: last._cursor_t, id: last.id }) : null },
  };
}
