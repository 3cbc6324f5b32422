import type { Knex } from 'knex';

// Where a connected WordPress site keeps its REST API (plain permalinks serve it at `?rest_route=`) and the origin
// of its wp-admin, from which the site's widget sessions are granted CORS without any server configuration.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('integrations', (t) => {
    t.text('rest_url');
    t.text('widget_origin');
    t.index(['widget_origin']);
  });
  // Sites connected before: their wp-admin is on the site's own origin, as far as we know.
  await knex.raw(
    "update integrations set widget_origin = substring(wordpress_url from '^(https?://[^/?#]+)') where widget_origin is null",
  );
  // CORS is decided before any tenant is known: this returns only which connected sites have an origin.
  await knex.raw(`
    create or replace function igny8_sites_for_origin(p_origin text) returns setof uuid
      language sql stable security definer set search_path = public as
      $$ select site_id from integrations where widget_origin = p_origin $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists igny8_sites_for_origin(text)');
  await knex.schema.alterTable('integrations', (t) => {
    t.dropIndex(['widget_origin']);
    t.dropColumn('rest_url');
    t.dropColumn('widget_origin');
  });
}
