import type { Knex } from 'knex';

/** Whether the database answers a query (for `/readyz`). */
export const databaseAnswers = (db: Knex): Promise<boolean> =>
  db.raw('select 1').then(
    () => true,
    () => false,
  );
