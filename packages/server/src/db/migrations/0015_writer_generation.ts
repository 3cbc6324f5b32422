import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// Generation: a content's outline becomes the editorial plan it was written from (null for a content no provider
// wrote), a content gets the URL it is published at (what internal links point to), and images get their table:
// one featured and N in-article images per content, each a prompt, an alt text and a stored file.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    alter table contents alter column outline drop not null, alter column outline drop default;
    update contents set outline = null where outline = '[]'::jsonb;
    alter table contents add column url text;
    create index contents_site_focus_index on contents (site_id, lower(focus_keyword));
  `);
  await knex.schema.createTable('images', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.uuid('site_id').notNullable().references('sites.id').onDelete('CASCADE');
    t.uuid('content_id').notNullable().references('contents.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.integer('position').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    t.text('prompt').notNullable();
    t.text('alt_text').notNullable();
    t.integer('width').notNullable();
    t.integer('height').notNullable();
    t.text('storage_key');
    t.integer('bytes');
    t.text('provider');
    t.text('model');
    t.text('error');
    t.timestamps(true, true);
    t.unique(['content_id', 'kind', 'position']);
    t.index(['site_id', 'created_at', 'id']);
  });
  await knex.raw(`
    alter table images add constraint images_kind check (kind in ('featured','in_article'));
    alter table images add constraint images_status check (status in ('pending','generating','generated','failed'));
  `);
  await isolateTenantTable(knex, 'images');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('images');
  await knex.raw(`
    drop index contents_site_focus_index;
    alter table contents drop column url;
    update contents set outline = '[]'::jsonb where outline is null;
    alter table contents alter column outline set default '[]'::jsonb, alter column outline set not null;
  `);
}
