// The embedded PostgreSQL started for a data directory: initialised once with the password never
// left in a file, on a port it chooses and keeps, refusing clearly what cannot work, and never
// outliving the process that started it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/config.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded.js';
import { freePort } from '../helpers/global-setup.js';
import { holdPort, passwordLeftovers, portOpen } from '../helpers/processes.js';

const made: string[] = [];
const started: EmbeddedDatabase[] = [];

function directory(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

async function start(options: Parameters<typeof startEmbeddedPostgres>[0]) {
  const db = await startEmbeddedPostgres(options);
  started.push(db);
  made.push(db.clusterDir);
  return db;
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query('select 1 as one')).rows[0].one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts test/fixtures/embedded-postgres-holder.ts in a process group of its own. */
function holder(dataDir: string, password: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/fixtures/embedded-postgres-holder.ts', dataDir, password, String(port)],
    {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function until(check: () => boolean | Promise<boolean>, ms: number, every = 100) {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, every));
  return check();
}

/** Runs `body` with the system temp directory (os.tmpdir()) and extra environment set for it alone. */
async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

afterAll(async () => {
  for (const db of started) await db.stop();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded PostgreSQL', () => {
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const dataDir = directory('igny8-embedded-');

  it('when initdb fails, leaves no cluster and no password file behind, in the temp directory or beside the cluster', async () => {
    const temp = directory('igny8-embedded-tmp-');
    const failed = directory('igny8-embedded-failed-');
    // A locale that does not exist makes initdb itself fail, after the password file was written.
    const error = await withEnv({ TMPDIR: temp, LC_ALL: 'xx_XX.nonexistent' }, () =>
      start({ dataDir: failed, password }).catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^initdb failed .*invalid locale settings/s);
    expect(readdirSync(failed)).toEqual([]);
    expect(passwordLeftovers(temp, password)).toEqual([]);
    expect(passwordLeftovers(failed, password)).toEqual([]);
  });

  it('killed in the middle of initdb: no file holds the password, and the next start clears what was left', async () => {
    const temp = directory('igny8-embedded-tmp-');
    const killed = holder(dataDir, password, await freePort(), { TMPDIR: temp });
    const inInitdb = () => readdirSync(dataDir).some((n) => n.includes('.pwfile-'));
    expect(await until(inInitdb, 60_000, 10), killed.output()).toBe(true);
    // The whole group, initdb with it: a terminal closed, an OOM kill, a `kill -9`.
    process.kill(-(killed.child.pid as number), 'SIGKILL');
    await new Promise((r) => killed.child.once('exit', r));
    expect(readdirSync(dataDir).some((n) => n.includes('.pwfile-') || n.includes('.initdb-'))).toBe(true);
    // What initdb was given is a SCRAM verifier, not the password; nothing went to the temp directory.
    expect(passwordLeftovers(dataDir, password)).toEqual([]);
    expect(passwordLeftovers(temp, password)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  }, 90_000);

  it('initialises once with the password as the only way in, on a port it records and reuses', async () => {
    const port = await freePort();
    writeFileSync(join(dataDir, 'embedded-postgres.json'), JSON.stringify({ port }));

    const db = await start({ dataDir, password });
    expect(db.port).toBe(port);
    expect(db.clusterDir).toBe(join(dataDir, 'postgres'));
    expect(readdirSync(dataDir).filter((n) => n.includes('.initdb-') || n.includes('.pwfile-'))).toEqual([]);
    expect(passwordLeftovers(dataDir, password).filter((f) => !f.startsWith(db.clusterDir))).toEqual([]);
    expect(await canConnect(db.url)).toBe(true);
    expect(await canConnect(db.url.replace(encodeURIComponent(password), 'not-the-password'))).toBe(false);
  });

  it('refuses a second start for a data directory whose cluster is running, saying so', async () => {
    const error = await start({ dataDir, password }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(`The embedded PostgreSQL of ${dataDir} is already running`);
    await started[started.length - 1]?.stop();
  });

  it('moves to a free port and records it when the recorded one is taken; refuses a given busy port by name', async () => {
    const { port } = JSON.parse(readFileSync(join(dataDir, 'embedded-postgres.json'), 'utf8'));
    const other = await holdPort(port);
    try {
      const moved = await start({ dataDir, password });
      expect(moved.port).not.toBe(port);
      expect(JSON.parse(readFileSync(join(dataDir, 'embedded-postgres.json'), 'utf8')).port).toBe(moved.port);
      expect(await canConnect(moved.url)).toBe(true);
      await moved.stop();

      const error = await start({ dataDir, password, port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(
        new RegExp(`^Port ${port} on 127\\.0\\.0\\.1, set by EMBEDDED_PG_PORT, is in use`),
      );
    } finally {
      other?.close();
    }
  });

  it('runs in a process group of its own and stops when the process that started it is killed (SIGKILL)', async () => {
    const holderDir = directory('igny8-embedded-holder-');
    const { child, output } = holder(holderDir, password, await freePort());
    await until(() => output().includes('\n'), 60_000);
    const { port, clusterDir } = JSON.parse(output().split('\n')[0] ?? '{}') as { port: number; clusterDir: string };
    made.push(clusterDir);
    expect(await portOpen(port), output()).toBe(true);
    const postmaster = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const group = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[2]);
    // Not in its starter's group, so a terminal's Ctrl+C to that group does not reach it.
    expect(group(postmaster)).not.toBe(group(child.pid as number));

    child.kill('SIGKILL');
    expect(await until(async () => !(await portOpen(port)), 20_000)).toBe(true);
    // A clean shutdown (not a crash): PostgreSQL removed its lock file itself.
    expect(await until(() => !existsSync(join(clusterDir, 'postmaster.pid')), 10_000)).toBe(true);
  }, 90_000);
});
