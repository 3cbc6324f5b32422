import type { Knex } from 'knex';

// The account's brand for what it sends by email: the name messages are signed and sent as, an accent colour and a
// logo. Empty means the account's own name and Igny8's colours.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('accounts', (t) => {
    t.text('brand_name');
    t.text('brand_color');
    t.text('brand_logo_url');
  });
  await knex.raw(
    `alter table accounts add constraint accounts_brand_color_hex check (brand_color ~ '^#[0-9a-fA-F]{6}$')`,
  );
  await knex.raw(
    `alter table accounts add constraint accounts_brand_logo_https check (brand_logo_url like 'https://%')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumn('brand_name');
    t.dropColumn('brand_color');
    t.dropColumn('brand_logo_url');
  });
}
