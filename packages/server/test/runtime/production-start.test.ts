// Production start-up without its secrets, as a process: the real entry points (src/main.ts, src/worker.ts) started
// with NODE_ENV=production and none of JWT_SECRET, DATABASE_URL, DB_APP_PASSWORD exit non-zero with one line naming
// each missing setting, and the server never opens its port (test/runtime/config.test.ts checks loadConfig itself).
// And `pnpm migrate`, the deployment's separate migration step (docs/deploy.md), against a real database.
import { resolve } from 'node:path';
import knexFactory from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database.js';
import { freePort } from '../helpers/global-setup.js';
import { killAll, launch, portOpen, userEnv } from '../helpers/processes.js';
import { TEST_ENV } from '../helpers/server.js';

const serverDir = resolve(import.meta.dirname, '../..');
const root = resolve(serverDir, '../..');

afterAll(killAll);

/** Runs `node --import tsx <entry>` in the server package; its exit code and output (with a time limit). */
async function runEntry(entry: string, env: Record<string, string | undefined>, ms = 60_000) {
  const started = launch(process.execPath, ['--import', 'tsx', entry], { cwd: serverDir, env: userEnv(env) });
  const code = await Promise.race([
    started.exited,
    new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref()),
  ]);
  return { code, output: started.output() };
}

/** The settings named on the one "Missing required configuration" line (each by itself, not inside another name). */
function missingNamed(output: string): string[] {
  const line = output.split('\n').find((l) => l.includes('Missing required configuration in production: ')) ?? '';
  return line
    .slice(line.indexOf(': ') + 2)
    .split(', ')
    .map((name) => name.trim().split(' ')[0] ?? '')
    .filter(Boolean);
}

const NO_SECRETS = {
  NODE_ENV: 'production',
  JWT_SECRET: undefined,
  DATABASE_URL: undefined,
  DB_APP_PASSWORD: undefined,
  APP_DATABASE_URL: undefined,
};

describe('a production start without its secrets', () => {
  it('src/main.ts exits 1 naming JWT_SECRET, DATABASE_URL and DB_APP_PASSWORD, and never opens its port', async () => {
    const port = await freePort();
    const run = runEntry('src/main.ts', { ...NO_SECRETS, PORT: String(port) });
    // Watched while the process runs, not only after: a port opened and closed again would not be seen afterwards.
    let opened = false;
    let done = false;
    void run.then(() => (done = true));
    while (!done) {
      if (await portOpen(port)) opened = true;
      await new Promise((r) => setTimeout(r, 50));
    }
    const { code, output } = await run;
    expect(code, output).toBe(1);
    expect(output).toContain('Missing required configuration in production');
    expect(missingNamed(output)).toEqual(['JWT_SECRET', 'DATABASE_URL', 'DB_APP_PASSWORD']);
    expect(output).toContain('DB_APP_PASSWORD (or APP_DATABASE_URL)');
    // One line the operator can act on, not a stack trace; nothing listening, no "ready" banner.
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain('Igny8 API ready');
    expect(opened).toBe(false);
    expect(await portOpen(port)).toBe(false);
  }, 90_000);

  it('src/main.ts names only what is missing (JWT_SECRET given: DATABASE_URL and DB_APP_PASSWORD)', async () => {
    const port = await freePort();
    const { code, output } = await runEntry('src/main.ts', {
      ...NO_SECRETS,
      PORT: String(port),
      JWT_SECRET: 'a-production-secret-of-32-chars-or-more',
    });
    expect(code, output).toBe(1);
    expect(missingNamed(output)).toEqual(['DATABASE_URL', 'DB_APP_PASSWORD']);
    expect(await portOpen(port)).toBe(false);
  }, 90_000);

  it('src/worker.ts exits 1 naming the same three settings', async () => {
    const { code, output } = await runEntry('src/worker.ts', NO_SECRETS);
    expect(code, output).toBe(1);
    expect(missingNamed(output)).toEqual(['JWT_SECRET', 'DATABASE_URL', 'DB_APP_PASSWORD']);
    expect(output).not.toContain('worker started');
  }, 90_000);
});

describe('pnpm migrate', () => {
  it('migrates an empty database and exits 0, then finds nothing to apply; without DATABASE_URL it names it and exits 1', async () => {
    const database = await createTestDatabase();
    const migrate = (env: Record<string, string | undefined>) => {
      const started = launch('pnpm', ['migrate'], { cwd: root, env: userEnv(env) });
      return started.exited.then((code) => ({ code, output: started.output() }));
    };
    try {
      const env = { NODE_ENV: 'production', DATABASE_URL: database.url, DB_APP_PASSWORD: TEST_ENV.DB_APP_PASSWORD };
      const first = await migrate(env);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toMatch(/Applied \d+ migration\(s\)/);
      const db = knexFactory({
        client: 'pg',
        connection: { connectionString: database.url },
        pool: { min: 0, max: 1 },
      });
      try {
        const { rows: counted } = await db.raw('select count(*)::int as n from knex_migrations');
        expect(counted[0].n).toBeGreaterThan(0);
        // The reference data and the application role's grants are there too.
        expect((await db('plans').select('code')).length).toBeGreaterThan(0);
        const { rows } = await db.raw("select has_table_privilege('igny8_app', 'keywords', 'insert') as ok");
        expect(rows[0].ok).toBe(true);
      } finally {
        await db.destroy();
      }
      const second = await migrate(env);
      expect(second.code, second.output).toBe(0);
      expect(second.output).toContain('no migration to apply');

      const missing = await migrate({ NODE_ENV: 'production', DB_APP_PASSWORD: TEST_ENV.DB_APP_PASSWORD });
      expect(missing.code).not.toBe(0);
      expect(missing.output).toContain('pnpm migrate needs DATABASE_URL');
    } finally {
      await database.drop();
    }
  }, 120_000);
});
