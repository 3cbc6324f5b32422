import type { Knex } from 'knex';

// Sites go live and pause (`active`), and each has a slug, unique across all accounts: public URLs name a site by
// it (`/v1/public/sites/{site_slug}/…`). Contents get `published_at`, the instant publishing made them public (set
// by a trigger when `publish_status` becomes `published` without one), by which public lists are ordered. Two narrow definer functions answer before any tenant is known: the tenant of an
// active site's slug (public reads), and which slugs near a base are taken (a new site's slug must be free in every
// account, and the application role sees only its own).
// The slug rule as it stood when this migration shipped (domain/tenancy/sites.ts has the living one): lower case,
// accents folded to ascii, other runs of characters a hyphen, at most 56 characters so a suffix fits; `site` when
// nothing is left; `-2`, `-3`, … after a slug already taken.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
function slugOf(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 56)
    .replace(/^-+|-+$/g, '');
  return base || 'site';
}
function unique(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sites', (t) => {
    t.boolean('active').notNullable().defaultTo(true);
    t.text('slug');
  });
  // The owner (which the definer functions, like every earlier backfill, rely on to see every account).
  const rows: { id: string; name: string }[] = await knex('sites').orderBy(['created_at', 'id']).select('id', 'name');
  const taken = new Set<string>();
  for (const row of rows) {
    const slug = unique(slugOf(row.name), taken);
    taken.add(slug);
    await knex('sites').where({ id: row.id }).update({ slug });
  }
  await knex.raw(`
    alter table contents add column published_at timestamptz;
    update contents set published_at = updated_at where publish_status = 'published';
    alter table sites alter column slug set not null;
    -- A row written without one (a seed, a benchmark) still gets a valid, unique-enough slug; the application always
    -- gives one made from the name.
    alter table sites alter column slug set default ('site-' || substr(md5(gen_random_uuid()::text), 1, 12));
    alter table sites add constraint sites_slug_unique unique (slug);
    alter table sites add constraint sites_slug_format check (slug ~ '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9]){0,1}$');
    -- Whoever makes a content public (the publishing module) need not remember the instant: it is kept here.
    create or replace function igny8_contents_published_at() returns trigger language plpgsql as $$
      begin
        if new.publish_status = 'published' and new.published_at is null then new.published_at := now(); end if;
        return new;
      end $$;
    create trigger contents_published_at before insert or update of publish_status on contents
      for each row execute function igny8_contents_published_at();
    create index contents_public_list on contents (site_id, published_at desc, id desc) where publish_status = 'published';
    create index contents_public_slug on contents (site_id, slug) where publish_status = 'published';

    create or replace function igny8_public_site(p_slug text) returns table (account_id uuid, site_id uuid)
      language sql stable security definer set search_path = public as
      $$ select s.account_id, s.id from sites s join accounts a on a.id = s.account_id
         where s.slug = p_slug and s.active and a.status <> 'cancelled' $$;
    create or replace function igny8_site_slugs_taken(p_base text) returns setof text
      language sql stable security definer set search_path = public as
      $$ select slug from sites where slug = p_base
           or (left(slug, length(p_base) + 1) = p_base || '-' and substr(slug, length(p_base) + 2) ~ '^[0-9]+$') $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    drop function if exists igny8_public_site(text), igny8_site_slugs_taken(text);
    drop trigger if exists contents_published_at on contents;
    drop function if exists igny8_contents_published_at();
    drop index if exists contents_public_list;
    drop index if exists contents_public_slug;
    alter table contents drop column published_at;
    alter table sites drop constraint sites_slug_format;
    alter table sites drop constraint sites_slug_unique;
  `);
  await knex.schema.alterTable('sites', (t) => {
    t.dropColumn('slug');
    t.dropColumn('active');
  });
}
