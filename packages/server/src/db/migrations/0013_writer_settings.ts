import type { Knex } from 'knex';
import { isolateTenantTable } from './tenant-policy.js';

// How the writer writes for a site: the brand voice and language fed into every prompt, and the site's rules for
// internal links, images and the markup its contents may keep. One row per site that changed the defaults.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('site_writer_settings', (t) => {
    t.uuid('site_id').primary().references('sites.id').onDelete('CASCADE');
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('language');
    t.text('tone');
    t.text('audience');
    t.text('point_of_view').notNullable().defaultTo('second_person');
    t.text('reading_level').notNullable().defaultTo('general');
    t.jsonb('banned_words').notNullable().defaultTo('[]');
    t.text('style_guide');
    t.integer('links_per_1000_words').notNullable().defaultTo(3);
    t.integer('in_article_images').notNullable().defaultTo(2);
    t.boolean('allow_style').notNullable().defaultTo(false);
    t.jsonb('iframe_hosts').notNullable().defaultTo('[]');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`
    alter table site_writer_settings add constraint site_writer_settings_values check (
      point_of_view in ('first_person_singular','first_person_plural','second_person','third_person')
      and reading_level in ('simple','general','expert')
      and links_per_1000_words between 0 and 10 and in_article_images between 0 and 10);
  `);
  await isolateTenantTable(knex, 'site_writer_settings');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('site_writer_settings');
}
