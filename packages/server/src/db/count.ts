import type { Knex } from 'knex';

/** `select count(*)` of a query, as a number. */
export async function count(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.clone().clearSelect().clearOrder().count({ n: '*' }).first()) as
    | { n?: number | string }
    | undefined;
  return Number(row?.n ?? 0);
}
