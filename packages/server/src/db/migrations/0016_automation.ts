import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Automation: the settings per site, the runs (at most one active per site, held by a unique index; a scheduled
// run's slot taken once per site, however many schedulers tick), the items each stage worked on (an item is
// worked on once per run: the key is the run, the stage and the item) and the runs' events, in order.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('automation_configs', (t) => {
    t.uuid('site_id').primary().references('sites.id').onDelete('CASCADE');
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.jsonb('enabled_stages').notNullable();
    t.jsonb('batch_sizes').notNullable().defaultTo('{}');
    t.integer('ideas_per_cluster').notNullable().defaultTo(3);
    t.integer('in_article_images').notNullable().defaultTo(2);
    t.integer('min_keywords').notNullable().defaultTo(5);
    t.jsonb('auto_approve').notNullable();
    t.jsonb('schedule');
    t.timestamp('schedule_since', { useTz: true });
    t.jsonb('publishing_cadence');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('automation_runs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.text('status').notNullable().defaultTo('queued');
    t.text('trigger').notNullable().defaultTo('manual');
    t.text('stage');
    t.jsonb('stages').notNullable();
    t.jsonb('config').notNullable();
    t.boolean('pause_requested').notNullable().defaultTo(false);
    t.text('pause_reason');
    t.jsonb('error');
    t.timestamp('slot', { useTz: true });
    t.integer('tick_seq').notNullable().defaultTo(0);
    t.uuid('created_by');
    t.timestamp('started_at', { useTz: true });
    t.timestamp('finished_at', { useTz: true });
    t.timestamps(true, true);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table automation_runs add constraint automation_runs_status
      check (status in ('queued','running','paused','completed','failed','cancelled'));
    alter table automation_runs add constraint automation_runs_trigger check (trigger in ('manual','scheduled'));
    create unique index automation_runs_one_active on automation_runs (site_id)
      where status in ('queued','running','paused');
    create unique index automation_runs_slot on automation_runs (site_id, slot) where slot is not null;
  `);
  await knex.schema.createTable('automation_run_items', (t) => {
    t.uuid('run_id').notNullable().references('automation_runs.id').onDelete('CASCADE');
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('stage').notNullable();
    t.uuid('item_id').notNullable();
    t.uuid('operation_id');
    t.text('status').notNullable();
    t.text('error');
    t.integer('credits').notNullable().defaultTo(0);
    t.timestamps(true, true);
    t.primary(['run_id', 'stage', 'item_id']);
  });
  await knex.raw(`
    alter table automation_run_items add constraint automation_run_items_status
      check (status in ('running','done','failed','skipped'));
    create index automation_run_items_running on automation_run_items (run_id, stage) where status = 'running';
  `);
  await knex.schema.createTable('automation_run_events', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('run_id').notNullable().references('automation_runs.id').onDelete('CASCADE');
    t.text('type').notNullable();
    t.text('stage');
    t.text('item_id');
    t.jsonb('data').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id', 'id']);
  });
  for (const table of ['automation_configs', 'automation_runs', 'automation_run_items', 'automation_run_events']) {
    await isolateTenantTable(knex, table);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['automation_run_events', 'automation_run_items', 'automation_runs', 'automation_configs']) {
    await knex.schema.dropTableIfExists(table);
  }
}
