// One round trip for a read: the statement that enters the tenant and the read itself travel as one simple-protocol
// message. PostgreSQL runs the statements of one such message as one implicit transaction, so the tenant that
// `enter` sets (set_config(…, true): local to the transaction) holds for the read and ends with it, and there is no
// BEGIN or COMMIT to wait for. The read is prepared once per connection (PREPARE, in the same message the first
// time) and executed with its values as literals (EXECUTE): the simple protocol takes no parameters. A read whose SQL
// or values cannot be made literal safely is refused (undefined), so the caller takes the ordinary, parameterized way.
import type { Knex } from 'knex';
import pg from 'pg';

/** A binding as a quoted literal (an untyped constant, as an untyped parameter would be), or undefined. */
function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return value.includes('\u0000') ? undefined : pg.escapeLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? `'${value}'` : undefined;
  if (typeof value === 'bigint') return `'${value}'`;
  if (typeof value === 'boolean') return value ? "'true'" : "'false'";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : `'${value.toISOString()}'`;
  return undefined;
}

/**
 * `sql` (placeholders `$1…$n`, as knex writes them for PostgreSQL) with its bindings in place, or undefined when
 * that cannot be done safely: a second statement, a dollar-quoted or escape string, a placeholder without a
 * value, or a value that is not a plain scalar.
 */
export function inlineBindings(sql: string, bindings: readonly unknown[]): string | undefined {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      // A quoted literal or identifier, copied as it is ('' and "" are its only escapes here).
      if (c === "'" && /[eE]/.test(sql[i - 1] ?? '')) return undefined;
      const end = sql.indexOf(c, i + 1);
      if (end < 0) return undefined;
      let stop = end;
      while (sql[stop + 1] === c) {
        const next = sql.indexOf(c, stop + 2);
        if (next < 0) return undefined;
        stop = next;
      }
      out += sql.slice(i, stop + 1);
      i = stop + 1;
    } else if (c === '$') {
      const m = /^\$(\d+)/.exec(sql.slice(i, i + 12));
      if (!m) return undefined;
      const index = Number(m[1]) - 1;
      if (index < 0 || index >= bindings.length) return undefined;
      const value = literal(bindings[index]);
      if (value === undefined) return undefined;
      out += value;
      i += m[0].length;
    } else if (c === ';' || (c === '-' && sql[i + 1] === '-') || (c === '/' && sql[i + 1] === '*')) {
      return undefined;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** SQL texts already scanned by `isOneStatement`, with the answer: a read's text repeats, request after request. */
const scanned = new Map<string, boolean>();
const SCANNED_MAX = 1_000;

/** Whether `sql` is one statement with placeholders `$1…$count` only (no second statement, comment or escape string). */
function isOneStatement(sql: string, count: number): boolean {
  const key = `${count}:${sql}`;
  let ok = scanned.get(key);
  if (ok === undefined) {
    ok = inlineBindings(sql, new Array(count).fill(null)) !== undefined;
    if (scanned.size < SCANNED_MAX) scanned.set(key, ok);
  }
  return ok;
}

interface Results {
  rows: Record<string, unknown>[];
}

/**
 * The reads prepared on each connection (`PREPARE`), by their SQL: a read is planned once per connection and then
 * only executed, as a named statement of the extended protocol would be, which saves PostgreSQL most of its work
 * for a short read. Bounded per connection; the oldest is deallocated in the same message as a new one.
 */
const prepared = new WeakMap<object, { names: Map<string, string>; next: number }>();
const PREPARED_MAX = 100;

/**
 * The read runs with the plan PREPARE made for any values (a generic plan), not one planned again for each request's
 * values, which PostgreSQL otherwise keeps doing when it estimates the generic plan dearer: these reads are keyset
 * pages of one site on its own indexes, where the generic plan is the custom one, and planning again cost more than
 * the read (measured: 190 → 130 µs of PostgreSQL CPU per page of 50 keywords). Local to the message's transaction.
 */
const GENERIC = "select set_config('plan_cache_mode', 'force_generic_plan', true)";
const preparedTotals = new WeakMap<Knex, number>();

/** How many reads `readEntered` has prepared on the connections of `app` so far (for tests). */
export const preparedReads = (app: Knex): number => preparedTotals.get(app) ?? 0;

/**
 * Runs `enter` (literals only: see db/tenant.ts) and then `query` in one message on a pooled connection of `app`.
 * Returns both statements' rows, or undefined when the query cannot travel this way.
 */
export async function readEntered(
  app: Knex,
  enter: string,
  query: Knex.QueryBuilder,
): Promise<{ entered: Record<string, unknown>[]; rows: Record<string, unknown>[] } | undefined> {
  const { sql, bindings } = query.toSQL().toNative();
  // The SQL must be one statement whose placeholders all have values, and each value a plain one.
  if (!isOneStatement(sql, bindings.length)) return undefined;
  const values = bindings.map(literal);
  if (values.includes(undefined)) return undefined;
  const connection = (await app.client.acquireConnection()) as pg.PoolClient;
  try {
    let cache = prepared.get(connection);
    if (!cache) {
      cache = { names: new Map(), next: 1 };
      prepared.set(connection, cache);
    }
    let name = cache.names.get(sql);
    let prepare = '';
    if (!name) {
      if (cache.names.size >= PREPARED_MAX) {
        const [oldSql, oldName] = cache.names.entries().next().value as [string, string];
        cache.names.delete(oldSql);
        prepare += `DEALLOCATE ${oldName};\n`;
      }
      name = `igny8_read_${cache.next++}`;
      prepare += `PREPARE ${name} AS ${sql};\n`;
    }
    const execute = values.length ? `EXECUTE ${name}(${values.join(', ')})` : `EXECUTE ${name}`;
    let results: Results[];
    try {
      results = (await connection.query(`${prepare}${GENERIC};\n${enter};\n${execute}`)) as unknown as Results[];
    } catch (err) {
      // What was prepared by the failed message is unknown: start this connection's reads afresh.
      prepared.delete(connection);
      await connection.query('DEALLOCATE ALL').catch(() => undefined);
      throw err;
    }
    if (prepare && !cache.names.has(sql)) {
      cache.names.set(sql, name);
      preparedTotals.set(app, preparedReads(app) + 1);
    }
    const [entered, rows] = results.slice(-2) as [Results, Results];
    if (!entered || !rows) throw new Error('expected the rows of two statements');
    return { entered: entered.rows, rows: rows.rows };
  } finally {
    await app.client.releaseConnection(connection);
  }
}
