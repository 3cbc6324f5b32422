import type { Knex } from 'knex';

// A password change ends every session begun before it. Comparing times cannot say which of a
// login and a change in the same second came first (and the API's machines need not agree on the
// time), so each user has a password version that access tokens carry and a change increments.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.integer('password_version').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('password_version');
  });
}
