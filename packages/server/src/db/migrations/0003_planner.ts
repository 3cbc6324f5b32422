import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

const TABLES = ['keywords', 'clusters', 'ideas', 'tasks', 'keyword_imports'];

export async function up(knex: Knex): Promise<void> {
  // The account's choice of AI providers and prompt templates (see src/ai/config.ts, AccountAiSettings).
  await knex.schema.alterTable('accounts', (t) => {
    t.jsonb('ai_settings');
  });
  await knex.schema.createTable('clusters', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('sector_id').references('sectors.id');
    t.text('name').notNullable();
    t.uuid('head_keyword_id');
    t.text('status').notNullable().defaultTo('new');
    t.integer('keyword_count').notNullable().defaultTo(0);
    t.bigInteger('total_volume').notNullable().defaultTo(0);
    t.decimal('avg_difficulty', 5, 2);
    t.text('intent').notNullable();
    t.text('algorithm').notNullable();
    t.uuid('operation_id');
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw("alter table clusters add constraint clusters_status check (status in ('new','mapped','archived'))");

  // Keywords arrive 100,000 at a time, so every per-row check counts: the account is reached through the
  // site (deleting either deletes the keywords), so account_id carries no foreign key or index of its own.
  await knex.schema.createTable('keywords', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable();
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('sector_id').references('sectors.id');
    t.uuid('cluster_id').references('clusters.id').onDelete('SET NULL');
    t.text('phrase').notNullable();
    t.text('normalized').notNullable();
    t.text('status').notNullable().defaultTo('new');
    t.integer('volume').notNullable().defaultTo(0);
    t.integer('difficulty');
    t.decimal('cpc', 12, 2);
    t.text('intent').notNullable();
    t.text('intent_source').notNullable().defaultTo('classified');
    t.text('country');
    t.text('language').notNullable().defaultTo('en');
    t.specificType('serp_urls', 'text[]');
    t.timestamps(true, true);
    t.unique(['site_id', 'normalized']);
    t.index(['site_id', 'created_at', 'id']);
    t.index(['site_id', 'cluster_id']);
  });
  await knex.raw(`
    alter table keywords add constraint keywords_status check (status in ('new','mapped','archived'));
    alter table keywords add constraint keywords_intent check (intent in ('informational','commercial','transactional','navigational'));
    alter table keywords add constraint keywords_metrics check (volume >= 0 and (difficulty is null or difficulty between 0 and 100) and (cpc is null or cpc >= 0));
    alter table clusters add constraint clusters_intent check (intent in ('informational','commercial','transactional','navigational'));
  `);

  await knex.schema.createTable('ideas', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('cluster_id').references('clusters.id').onDelete('SET NULL');
    t.uuid('sector_id').references('sectors.id');
    t.text('title').notNullable();
    t.text('brief').notNullable().defaultTo('');
    t.jsonb('outline').notNullable().defaultTo('[]');
    t.text('primary_keyword').notNullable();
    t.text('primary_normalized').notNullable();
    t.jsonb('secondary_keywords').notNullable().defaultTo('[]');
    t.text('structure').notNullable();
    t.text('content_type').notNullable();
    t.integer('target_words').notNullable();
    t.text('status').notNullable().defaultTo('new');
    t.text('provider').notNullable();
    t.uuid('operation_id');
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw("alter table ideas add constraint ideas_status check (status in ('new','queued','completed'))");

  await knex.schema.createTable('tasks', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('idea_id').references('ideas.id').onDelete('SET NULL');
    t.text('title').notNullable();
    t.text('status').notNullable().defaultTo('queued');
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw(
    "alter table tasks add constraint tasks_status check (status in ('queued','in_progress','completed','failed','cancelled'))",
  );

  // A CSV waiting for its import job; removed once imported.
  await knex.schema.createTable('keyword_imports', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.text('csv').notNullable();
    t.uuid('sector_id');
    t.text('language');
    t.text('country');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  for (const table of TABLES) await isolateTenantTable(knex, table);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['keyword_imports', 'tasks', 'ideas', 'keywords', 'clusters'])
    await knex.schema.dropTableIfExists(table);
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumn('ai_settings');
  });
}
