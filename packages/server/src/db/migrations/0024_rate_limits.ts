import type { Knex } from 'knex';

// The rate limiters' counters, shared by every API process on the database: a budget per key (a client address, an
// email address) for a fixed window that starts with the key's first attempt. No tenant is known when they are
// counted (a login, a public read), and no row names one: the key is a hash, so no address or email is kept here.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limits', (t) => {
    t.text('key').primary();
    t.integer('points').notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['expires_at']);
  });
  // Counts one attempt for each key in turn, as one statement per key (the row's lock makes concurrent attempts
  // count one after another), and stops at the first key over its budget, whose window's remaining milliseconds it
  // answers (0: every key was within its budget). The database's clock is the only clock: processes may disagree.
  await knex.raw(`
    create or replace function igny8_rate_limit_consume(p_keys text[], p_points integer, p_window_ms integer)
      returns integer language plpgsql set search_path = public as $$
    declare
      k text;
      used integer;
      ends timestamptz;
    begin
      foreach k in array p_keys loop
        insert into rate_limits as r (key, points, expires_at)
          values (k, 1, now() + p_window_ms * interval '1 millisecond')
          on conflict (key) do update set
            points = case when r.expires_at <= now() then 1 else r.points + 1 end,
            expires_at = case when r.expires_at <= now() then excluded.expires_at else r.expires_at end
          returning r.points, r.expires_at into used, ends;
        if used > p_points then
          return greatest(1, ceil(extract(epoch from (ends - now())) * 1000))::integer;
        end if;
      end loop;
      return 0;
    end $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists igny8_rate_limit_consume(text[], integer, integer)');
  await knex.schema.dropTable('rate_limits');
}
