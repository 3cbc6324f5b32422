#!/usr/bin/env node
// Stops a WordPress started by start.mjs: kills its php -S, drops its database, removes its directory.
// Usage: node scripts/wordpress/stop.mjs <dir>   (or pass the JSON line printed by start.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const arg = process.argv[2];
if (!arg) {
  console.error('usage: node scripts/wordpress/stop.mjs <dir | start.mjs JSON line>');
  process.exit(2);
}
const dir = arg.trim().startsWith('{') ? JSON.parse(arg).dir : resolve(arg);
const statePath = join(dir, '.igny8-wp.json');
if (!existsSync(statePath)) {
  console.error(`stop: ${statePath} not found`);
  process.exit(1);
}
const state = JSON.parse(readFileSync(statePath, 'utf8'));
// Refuse anything start.mjs would not have created.
if (!resolve(state.dir).startsWith(join(tmpdir(), 'igny8-wp-')) || !/^igny8_wp_[a-z0-9]+$/.test(state.database)) {
  console.error('stop: state file does not look like one written by start.mjs');
  process.exit(1);
}

try {
  // The server was started detached, so it leads its own process group (it may have workers).
  process.kill(-state.pid, 'SIGTERM');
} catch {
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
execFileSync(process.env.PHP || 'php', [join(here, 'db.php'), 'drop', state.database], {
  stdio: 'inherit',
  env: {
    ...process.env,
    IGNY8_WP_DB_HOST: state.dbHost,
    IGNY8_WP_DB_USER: state.dbUser,
    IGNY8_WP_DB_PASSWORD: process.env.IGNY8_WP_DB_PASSWORD || '',
  },
});
rmSync(state.dir, { recursive: true, force: true });
console.log(JSON.stringify({ stopped: true, dir: state.dir, database: state.database }));
