// Migrations are imported modules (not files found at run time), so they work the same from
// source, from a bundle and in tests. Append new ones; never edit one that has shipped.
import type { Knex } from 'knex';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_billing.js';
import * as m0003 from './0003_planner.js';
import * as m0004 from './0004_integrations.js';
import * as m0005 from './0005_integration_origins.js';
import * as m0006 from './0006_sessions.js';
import * as m0007 from './0007_operation_started_at.js';
import * as m0008 from './0008_fast_context.js';
import * as m0010 from './0010_operation_checkpoints.js';
import * as m0011 from './0011_writer_tasks.js';
import * as m0012 from './0012_writer_contents.js';
import * as m0013 from './0013_writer_settings.js';
import * as m0014 from './0014_operation_checkpoint_seq.js';
import * as m0015 from './0015_writer_generation.js';
import * as m0016 from './0016_automation.js';
import * as m0017 from './0017_sites_live.js';
import * as m0018 from './0018_publishing.js';
import * as m0019 from './0019_account_brand.js';
import * as m0020 from './0020_webhooks.js';
import * as m0021 from './0021_audit.js';
import * as m0022 from './0022_notification_preferences.js';
import * as m0023 from './0023_webhook_claims.js';
import * as m0024 from './0024_rate_limits.js';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_billing': m0002,
  '0003_planner': m0003,
  '0004_integrations': m0004,
  '0005_integration_origins': m0005,
  '0006_sessions': m0006,
  '0007_operation_started_at': m0007,
  '0008_fast_context': m0008,
  '0010_operation_checkpoints': m0010,
  '0011_writer_tasks': m0011,
  '0012_writer_contents': m0012,
  '0013_writer_settings': m0013,
  '0014_operation_checkpoint_seq': m0014,
  '0015_writer_generation': m0015,
  '0016_automation': m0016,
  '0017_sites_live': m0017,
  '0018_publishing': m0018,
  '0019_account_brand': m0019,
  '0020_webhooks': m0020,
  '0021_audit': m0021,
  '0022_notification_preferences': m0022,
  '0023_webhook_claims': m0023,
  '0024_rate_limits': m0024,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name] as Migration,
};
