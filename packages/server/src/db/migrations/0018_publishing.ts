import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Publishing: one Publication per content (the WordPress post it became; publishing again updates it, which the
// unique key on the content holds under concurrency), and what the site's WordPress reported about its posts (one
// row per event the plugin sent, kept once however often it was sent again: the key is the site and the plugin's id).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('publications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('content_id').notNullable().unique().references('contents.id').onDelete('CASCADE');
    t.text('status').notNullable().defaultTo('pending');
    t.text('requested_status').notNullable().defaultTo('publish');
    t.boolean('force').notNullable().defaultTo(false);
    t.text('wordpress_status');
    t.timestamp('scheduled_at', { useTz: true });
    t.bigInteger('post_id');
    t.text('url');
    t.integer('attempts').notNullable().defaultTo(0);
    t.jsonb('last_error');
    t.jsonb('warnings').notNullable().defaultTo('[]');
    t.uuid('operation_id');
    t.timestamp('edited_in_wordpress_at', { useTz: true });
    /** When the last event from WordPress that moved it happened there (older ones are kept, not applied). */
    t.timestamp('wordpress_event_at', { useTz: true });
    t.timestamp('published_at', { useTz: true });
    t.timestamp('retracted_at', { useTz: true });
    t.timestamp('failed_at', { useTz: true });
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table publications add constraint publications_status
      check (status in ('pending','published','failed','retracted'));
    alter table publications add constraint publications_requested_status
      check (requested_status in ('draft','pending','publish','future'));
    create index publications_due on publications (scheduled_at) where status = 'pending' and operation_id is null;
    create index publications_failed on publications (site_id, created_at, id) where status = 'failed';
  `);
  await knex.schema.createTable('sync_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('event_id').notNullable();
    t.text('type').notNullable();
    t.uuid('content_id');
    t.uuid('publication_id').references('publications.id').onDelete('SET NULL');
    t.bigInteger('post_id').notNullable();
    t.text('status').notNullable();
    t.text('previous_status');
    t.text('title');
    t.text('url');
    t.timestamp('modified_gmt', { useTz: true });
    t.boolean('applied').notNullable().defaultTo(false);
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['site_id', 'event_id']);
    t.index(['site_id', 'received_at', 'id']);
  });
  if (!(await knex.schema.hasColumn('contents', 'published_at'))) {
    await knex.schema.alterTable('contents', (t) => {
      t.timestamp('published_at', { useTz: true });
    });
  }
  for (const table of ['publications', 'sync_events']) await isolateTenantTable(knex, table);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sync_events');
  await knex.schema.dropTableIfExists('publications');
}
