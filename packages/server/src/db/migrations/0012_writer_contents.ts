import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Contents — what the writer wrote for a task, or what a person wrote — and their revisions: every generation,
// save and restore keeps the text and meta it left, so any earlier state can be seen and brought back exactly.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('contents', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('task_id').unique().references('tasks.id').onDelete('SET NULL');
    t.uuid('cluster_id').references('clusters.id').onDelete('SET NULL');
    t.text('title').notNullable();
    t.text('html').notNullable().defaultTo('');
    t.text('meta_title');
    t.text('meta_description');
    t.text('slug');
    t.text('focus_keyword');
    t.jsonb('secondary_keywords').notNullable().defaultTo('[]');
    t.jsonb('outline').notNullable().defaultTo('[]');
    t.integer('word_count').notNullable().defaultTo(0);
    t.integer('reading_minutes').notNullable().defaultTo(0);
    t.integer('seo_score').notNullable().defaultTo(0);
    t.jsonb('seo_checks').notNullable().defaultTo('[]');
    t.jsonb('internal_links').notNullable().defaultTo('[]');
    t.jsonb('categories').notNullable().defaultTo('[]');
    t.jsonb('tags').notNullable().defaultTo('[]');
    t.jsonb('faq').notNullable().defaultTo('[]');
    t.jsonb('json_ld');
    t.text('status').notNullable().defaultTo('draft');
    t.text('publish_status').notNullable().defaultTo('not_published');
    t.timestamp('scheduled_at', { useTz: true });
    t.text('language');
    t.integer('target_words');
    t.text('provider');
    t.text('model');
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.schema.createTable('content_revisions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('content_id').notNullable().references('contents.id').onDelete('CASCADE');
    t.integer('number').notNullable();
    t.text('reason').notNullable();
    t.text('title').notNullable();
    t.text('html').notNullable();
    t.text('meta_title');
    t.text('meta_description');
    t.text('slug');
    t.text('focus_keyword');
    t.integer('word_count').notNullable();
    t.uuid('created_by');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['content_id', 'number']);
  });
  await knex.raw(`
    alter table contents add constraint contents_status check (status in ('draft','review','approved','published'));
    alter table contents add constraint contents_publish_status
      check (publish_status in ('not_published','scheduled','publishing','published','failed'));
    alter table contents add constraint contents_meta check
      ((meta_title is null or char_length(meta_title) <= 60) and (meta_description is null or char_length(meta_description) <= 160));
    alter table contents add constraint contents_target_words check (target_words is null or target_words between 100 and 20000);
    alter table content_revisions add constraint content_revisions_reason check (reason in ('generated','saved','restored'));
  `);
  for (const table of ['contents', 'content_revisions']) await isolateTenantTable(knex, table);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('content_revisions');
  await knex.schema.dropTableIfExists('contents');
}
