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

export interface KeysetOrder {
  /** A column of `table`, or a SQL expression when `expression` is set. */
  column: string;
  expression?: boolean;
  type: 'timestamptz' | 'integer' | 'text';
  direction?: 'asc' | 'desc';
}

export interface PageOptions {
  table: string;
  limit: number;
  cursor?: string;
  orderBy?: KeysetOrder;
}

/**
 * The statement of one page of `query` (which must select from `table`), built but not run: one row more than
 * the limit, to tell whether another page follows, and the cursor's text as the last column.
 */
export function pageQuery(query: Knex.QueryBuilder, options: PageOptions): Knex.QueryBuilder {
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
  return q;
}

/** The page that the rows of `pageQuery` make: at most `limit` of them, with their cursor fields removed. */
export function pageOf<Row extends { id: string }>(rows: unknown[], limit: number): Page<Row> {
  const page = rows as (Row & { _cursor_t?: string })[];
  const more = page.length > limit;
  if (more) page.length = limit;
  const last = page.at(-1);
  const next = more && last ? encodeCursor({ t: last._cursor_t as string, id: last.id }) : null;
  // The cursor column is set to undefined, not deleted: JSON leaves it out all the same, and a delete turns each
  // row into a slower object (about 30 µs a page of 50, measured), where this keeps the shape pg gave it.
  for (const row of page) row._cursor_t = undefined;
  return { data: page as Row[], meta: { next_cursor: next } };
}

/** Runs `query` one page at a time, oldest first (see `pageQuery` and `pageOf`). */
export async function paginate<Row extends { id: string }>(
  query: Knex.QueryBuilder,
  options: PageOptions,
): Promise<Page<Row>> {
  return pageOf<Row>(await pageQuery(query, options), options.limit);
}
