// Keyset pagination over (created_at, id) — or another ordered column — then id. The cursor carries
// the exact text PostgreSQL gave for the column (a timestamp's microseconds included), so no row is
// skipped or repeated between pages.
import { schemas } from '@igny8/contract';
import type { Knex } from 'knex';
import { AppError } from '../errors.js';

interface CursorValue {
  t: string;
  id: string;
}

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

/** A timestamp as PostgreSQL writes one, with a real date and time (a forged one must not reach a cast). */
function isTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour! < 24 && minute! < 60 && second! < 60;
}

export function decodeCursor(cursor: string, type: 'timestamptz' | 'integer' | 'text' = 'timestamptz'): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const validT =
      typeof value?.t === 'string' &&
      value.t.length <= 512 &&
      (type === 'text'
        ? schemas.plainText.test(value.t)
        : type === 'integer'
          ? /^-?\d{1,18}$/.test(value.t)
          : isTimestamp(value.t));
    if (validT && typeof value?.id === 'string' && UUID.test(value.id)) return value;
  } catch {
    // fall through
  }
  throw new AppError('INVALID_CURSOR', 'The cursor is not one this API returned.');
}

export interface Page<T> {
  data: T[];
  meta: { next_cursor: string | null };
}

/**
 * Runs `query` (which must select from `table`) one page at a time, oldest first.
 * Rows come back with their cursor fields removed.
 */
export interface KeysetOrder {
  /** A column of `table`, or a SQL expression when `expression` is set. */
  column: string;
  expression?: boolean;
  type: 'timestamptz' | 'integer' | 'text';
  direction?: 'asc' | 'desc';
}

export async function paginate<Row extends { id: string }>(
  query: Knex.QueryBuilder,
  options: { table: string; limit: number; cursor?: string; orderBy?: KeysetOrder },
): Promise<Page<Row>> {
  const { table, limit } = options;
  const order = options.orderBy ?? { column: 'created_at', type: 'timestamptz' };
  const direction = order.direction ?? 'asc';
  const raw = (sql: string) => query.client.raw(sql);
  const ordered = order.expression ? raw(order.column) : query.client.raw('??', [`${table}.${order.column}`]);
  const q = query
    .clone()
    .select(query.client.raw('(?)::text as "_cursor_t"', [ordered]))
    .orderByRaw(`? ${direction}, ?? ${direction}`, [ordered, `${table}.id`])
    .limit(limit + 1);
  if (options.cursor) {
    const c = decodeCursor(options.cursor, order.type);
    const cast = order.type === 'integer' ? 'bigint' : order.type;
    q.whereRaw(`(?, ??) ${direction === 'asc' ? '>' : '<'} (?::${cast}, ?::uuid)`, [ordered, `${table}.id`, c.t, c.id]);
  }
  const rows = (await q) as (Row & { _cursor_t?: string })[];
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const last = rows.at(-1);
  const next = more && last ? encodeCursor({ t: last._cursor_t as string, id: last.id }) : null;
  // The cursor column is the last one selected, so deleting it undoes the rows' last shape transition rather
  // than copying every row (or turning it into a slow dictionary object).
  for (const row of rows) delete row._cursor_t;
  return { data: rows as Row[], meta: { next_cursor: next } };
}
