// `pnpm start` and `pnpm worker` as a user runs them: real processes, a fresh data directory,
// with DATABASE_URL unset (embedded PostgreSQL, first run and restart) and set. A normal stop —
// Ctrl+C to the terminal's process group, or SIGTERM to the process — exits 0 with no error lines.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database.js';
import { freePort } from '../helpers/global-setup.js';
import { call, signup } from '../helpers/http.js';
import {
  healthy,
  killAll,
  launch,
  logLinesAtOrAbove,
  nodePid,
  portOpen,
  type Started,
  signal,
  userEnv,
  waitUntil,
} from '../helpers/processes.js';
import { TEST_ENV } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '../../../..');

function run(script: 'start' | 'worker', env: Record<string, string | undefined>): Started {
  return launch('pnpm', [script], { cwd: root, env: userEnv(env) });
}

/** Stops as asked and expects a normal stop: exit 0, the app's last line, nothing at error level. */
async function stopCleanly(started: Started, how: 'SIGINT to the group' | 'SIGTERM to the process', script: string) {
  const code =
    how === 'SIGINT to the group'
      ? await signal(started, 'SIGINT', 'group')
      : await signal(started, 'SIGTERM', nodePid(started, script));
  await waitUntil(() => started.output().includes('"msg":"stopped"'), 'the last log line', started, 5_000);
  expect(code, started.output()).toBe(0);
  expect(logLinesAtOrAbove(started.output(), 50)).toEqual([]);
}

afterAll(killAll);

describe('pnpm start', () => {
  it('with DATABASE_URL unset: initialises an embedded PostgreSQL on first run, serves, stops cleanly on Ctrl+C, and starts again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'igny8-start-'));
    const [port, pgPort] = [await freePort(), await freePort()];
    const env = {
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      IGNY8_DATA_DIR: dataDir,
      DATABASE_URL: undefined,
    };
    try {
      const first = run('start', env);
      await waitUntil(() => healthy(port), '/healthz on first run', first, 120_000);
      expect(first.output()).toContain(`Igny8 API ready at http://localhost:${port}`);
      expect(first.output()).toContain('/v1/auth/signup');
      expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
      const s = await signup(`http://127.0.0.1:${port}`);
      expect(s.account.plan.code).toBe('free');
      // PostgreSQL is in a process group of its own: the terminal's SIGINT reaches only the app,
      // which stops the job queue before it stops the database (no "terminating connection" errors).
      await stopCleanly(first, 'SIGINT to the group', 'src/main.ts');
      expect(await portOpen(port)).toBe(false);
      await waitUntil(async () => !(await portOpen(pgPort)), 'embedded PostgreSQL to stop', first, 30_000);

      const startedAt = Date.now();
      const second = run('start', env);
      await waitUntil(() => healthy(port), '/healthz on restart', second);
      const restartMs = Date.now() - startedAt;
      expect(second.output()).not.toContain('first run');
      // The account made before the restart is still there.
      const login = await call(`http://127.0.0.1:${port}`, 'POST', '/v1/auth/login', {
        body: { email: s.email, password: s.password },
      });
      expect(login.status).toBe(200);
      console.log(`restart on an initialised machine served /healthz after ${restartMs} ms`);
      await stopCleanly(second, 'SIGTERM to the process', 'src/main.ts');
      await waitUntil(async () => !(await portOpen(pgPort)), 'embedded PostgreSQL to stop', second, 30_000);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('pnpm worker with DATABASE_URL unset: runs on its own embedded PostgreSQL and stops cleanly on Ctrl+C and on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'igny8-worker-'));
    const env = { IGNY8_DATA_DIR: dataDir };
    // No EMBEDDED_PG_PORT: the port recorded in the data directory is used (a free one here, not
    // the default that other copies on this machine may want).
    const port = await freePort();
    writeFileSync(join(dataDir, 'embedded-postgres.json'), JSON.stringify({ port }));
    try {
      const first = run('worker', env);
      await waitUntil(() => first.output().includes('"msg":"worker started"'), 'the worker to start', first, 120_000);
      expect(first.output()).toContain(`"port":${port}`);
      expect(await portOpen(port)).toBe(true);
      await stopCleanly(first, 'SIGINT to the group', 'src/worker.ts');
      await waitUntil(async () => !(await portOpen(port)), 'embedded PostgreSQL to stop', first, 30_000);

      const second = run('worker', env);
      await waitUntil(() => second.output().includes('"msg":"worker started"'), 'the worker to restart', second);
      expect(second.output()).toContain(`"port":${port}`);
      await stopCleanly(second, 'SIGTERM to the process', 'src/worker.ts');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('with DATABASE_URL set: migrates that database and serves; a separate worker process runs the jobs', async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'igny8-start-'));
    const port = await freePort();
    try {
      // The application role is cluster-wide: every process on this cluster must use one password.
      const shared = { DATABASE_URL: database.url, IGNY8_DATA_DIR: dataDir, DB_APP_PASSWORD: TEST_ENV.DB_APP_PASSWORD };
      const api = run('start', { ...shared, PORT: String(port), JOBS_IN_PROCESS: 'false' });
      await waitUntil(() => healthy(port), '/healthz with DATABASE_URL', api);
      expect(api.output()).not.toContain('embedded PostgreSQL');
      const url = `http://127.0.0.1:${port}`;
      const s = await signup(url);
      const op = await call(url, 'POST', '/v1/account/exports', { token: s.access_token });
      expect(op.status).toBe(202);
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        (await call(url, 'GET', `/v1/operations/${op.body.data.id}`, { token: s.access_token })).body.data.status,
      ).toBe('queued');

      const worker = run('worker', shared);
      await waitUntil(
        async () =>
          (await call(url, 'GET', `/v1/operations/${op.body.data.id}`, { token: s.access_token })).body.data.status ===
          'succeeded',
        'the worker to finish the export',
        worker,
      );
      await stopCleanly(worker, 'SIGINT to the group', 'src/worker.ts');
      await stopCleanly(api, 'SIGTERM to the process', 'src/main.ts');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  }, 120_000);
});

describe('pnpm operator:create', () => {
  it('makes an operator from a password on standard input, and refuses a short one', async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'igny8-op-'));
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      DB_APP_PASSWORD: TEST_ENV.DB_APP_PASSWORD,
      IGNY8_DATA_DIR: dataDir,
    };
    const runCli = (args: string[], stdin: string) =>
      new Promise<{ code: number | null; out: string }>((resolveRun) => {
        const child = spawn('pnpm', ['operator:create', ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.stdin.end(stdin);
        child.on('exit', (code) => resolveRun({ code, out }));
      });
    try {
      const ok = await runCli(['--email', 'ops@example.test', '--name', 'Ops'], 'a-long-operator-password\n');
      expect(ok.code, ok.out).toBe(0);
      expect(ok.out).toContain('Operator ops@example.test created');
      expect(ok.out).not.toContain('a-long-operator-password');
      const short = await runCli(['--email', 'ops2@example.test'], 'short\n');
      expect(short.code).toBe(1);
      expect(short.out).toContain('12 or more characters');
      const db = knexFactory({
        client: 'pg',
        connection: { connectionString: database.url },
        pool: { min: 0, max: 1 },
      });
      const rows = await db('operators').select('email', 'password_hash');
      await db.destroy();
      expect(rows.map((r) => r.email)).toEqual(['ops@example.test']);
      expect(rows[0].password_hash).toMatch(/^scrypt\$/);
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
