import type { Knex } from 'knex';

// A long job is a sequence of steps, each committed with its checkpoint: the index of the next step and the
// state the steps so far produced. A job that stopped (a crash, a killed worker) resumes at that step.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.integer('checkpoint_step').notNullable().defaultTo(0);
    t.jsonb('checkpoint_state');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.dropColumn('checkpoint_state');
    t.dropColumn('checkpoint_step');
  });
}
