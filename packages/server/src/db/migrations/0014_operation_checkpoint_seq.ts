import type { Knex } from 'knex';

// A step may run again after it commits (one item of many per commit: a section of an article), so the step index
// alone no longer tells one commit from the next. Each commit of a job's checkpoint now also counts up
// `checkpoint_seq`, and an attempt commits only over the checkpoint it read: a stale attempt rolls back.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.integer('checkpoint_seq').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('operations', (t) => {
    t.dropColumn('checkpoint_seq');
  });
}
