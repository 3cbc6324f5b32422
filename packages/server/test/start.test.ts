// `pnpm start` and `pnpm worker` as a user runs them: real processes, a fresh data directory,
// with DATABASE_URL unset (embedded PostgreSQL, first run and restart) and set.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/database.js';
import { freePort } from './helpers/global-setup.js';
import { call, signup } from './helpers/http.js';
import { TEST_ENV } from './helpers/server.js';

const root = resolve(import.meta.dirname, '../../..');
const running = new Set<ChildProcess>();

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(script: 'start' | 'worker', env: Record<string, string | undefined>): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // Its own process group, so the whole tree (pnpm, tsx, node, postgres) gets the signal, as
  // it would from Ctrl+C in a terminal.
  const child = spawn('pnpm', [script], {
    cwd: root,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  exited.then(() => running.delete(child));
  return { child, output: () => out, exited };
}

async function waitUntil(check: () => Promise<boolean> | boolean, what: string, started: Started, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${started.output()}`);
}

const healthy = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;
const portOpen = (port: number) =>
  new Promise<boolean>((r) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      r(true);
    });
    socket.once('error', () => r(false));
  });

/** SIGTERM to the whole group; waits for the app's own last log line (pnpm exits before it). */
async function stop(started: Started, lastLine: string) {
  process.kill(-(started.child.pid as number), 'SIGTERM');
  await waitUntil(() => started.output().includes(lastLine), `"${lastLine}" after SIGTERM`, started, 30_000);
}

afterAll(() => {
  for (const child of running) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('pnpm start', () => {
  it('with DATABASE_URL unset: initialises an embedded PostgreSQL on first run, serves, stops cleanly, and starts again', async () => {
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
      expect(existsSync(join(dataDir, 'secrets.json'))).toBe(true);
      const s = await signup(`http://127.0.0.1:${port}`);
      expect(s.account.plan.code).toBe('free');
      await stop(first, '"msg":"stopped"');
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
      await stop(second, '"msg":"stopped"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

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
      await stop(worker, '"msg":"stopped"');
      await stop(api, '"msg":"stopped"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  }, 120_000);
});

describe('pnpm operator:create', () => {
  it('makes an operator from a password on standard input, and refuses a short one', async () => {
    const database = await createTestDatabase();
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      DB_APP_PASSWORD: TEST_ENV.DB_APP_PASSWORD,
      IGNY8_DATA_DIR: mkdtempSync(join(tmpdir(), 'igny8-op-')),
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
    }
  }, 60_000);
});
