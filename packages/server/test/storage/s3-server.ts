// A real S3-compatible server for a test, on a free loopback port: moto's `moto_server` (Python, maintained, close
// to S3 in its answers and headers) when it is on PATH, else s3rver (an npm devDependency, so a machine with only
// Node has one; unmaintained since 2021, but enough for objects in a bucket). Neither checks SigV4 signatures
// (s3rver only that the access key is its own) nor Content-MD5. The storage tests run their contract against each
// server this machine has. IGNY8_TEST_S3_SERVER=moto|s3rver picks one (and fails when it cannot start).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { freePort } from '../helpers/global-setup.js';

export type S3ServerKind = 'moto' | 's3rver';

export interface S3TestServer {
  kind: S3ServerKind;
  /** `http://127.0.0.1:<port>`; path-style addressing (`forcePathStyle: true`). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The server's process id (moto), or undefined when it runs in this process (s3rver). */
  pid?: number;
  /** Makes a bucket (a fresh random name unless given) and returns its name. */
  createBucket(name?: string): Promise<string>;
  /** Stops the server (kills moto's process group and waits for it) and removes what it stored. */
  stop(): Promise<void>;
}

// s3rver accepts only these; moto accepts any.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const REGION = 'us-east-1';

/** The path of `moto_server` on PATH, or undefined. */
export function findMotoServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'moto_server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The servers this machine can start: s3rver always, moto when `moto_server` is on PATH. */
export function availableS3Servers(): S3ServerKind[] {
  const forced = process.env.IGNY8_TEST_S3_SERVER;
  if (forced === 'moto' || forced === 's3rver') return [forced];
  return findMotoServer() ? ['moto', 's3rver'] : ['s3rver'];
}

/**
 * Starts a server of `kind`; `auto` (the default) is moto when it is on PATH and starts, else s3rver (with a
 * warning when moto was there but failed, so a broken install is seen but does not stop the tests).
 */
export async function startS3Server(kind: S3ServerKind | 'auto' = 'auto'): Promise<S3TestServer> {
  const forced = process.env.IGNY8_TEST_S3_SERVER;
  if (kind === 'auto' && (forced === 'moto' || forced === 's3rver')) kind = forced;
  if (kind === 's3rver') return startS3rver();
  if (kind === 'moto') return startMoto();
  if (findMotoServer()) {
    try {
      return await startMoto();
    } catch (err) {
      console.warn(`moto_server is on PATH but did not start; using s3rver instead: ${(err as Error).message}`);
    }
  }
  return startS3rver();
}

function withBuckets(server: Omit<S3TestServer, 'createBucket'>): S3TestServer {
  return {
    ...server,
    async createBucket(name = `igny8-test-${randomBytes(4).toString('hex')}`) {
      const client = new S3Client({
        endpoint: server.endpoint,
        region: server.region,
        forcePathStyle: true,
        credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
      });
      try {
        await client.send(new CreateBucketCommand({ Bucket: name }));
      } finally {
        client.destroy();
      }
      return name;
    },
  };
}

// ---------------------------------------------------------------------------------------------------- s3rver

async function startS3rver(): Promise<S3TestServer> {
  const { default: S3rver } = await import('s3rver');
  const directory = await mkdtemp(join(tmpdir(), 'igny8-s3rver-'));
  const instance = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  let address: Awaited<ReturnType<typeof instance.run>>;
  try {
    address = await instance.run();
  } catch (err) {
    await rm(directory, { recursive: true, force: true });
    throw err;
  }
  return withBuckets({
    kind: 's3rver',
    endpoint: `http://127.0.0.1:${address.port}`,
    region: REGION,
    ...CREDENTIALS,
    async stop() {
      // Keep-alive sockets of clients not yet destroyed would hold close() open.
      instance.httpServer?.closeAllConnections();
      await instance.close().catch(() => undefined);
      await rm(directory, { recursive: true, force: true });
    },
  });
}

// ------------------------------------------------------------------------------------------------------ moto

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** SIGKILL to the process group of every moto still running: for a test process that ends without stop(). */
function killRunning() {
  for (const child of running) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

async function startMoto(attempts = 3): Promise<S3TestServer> {
  const command = findMotoServer();
  if (!command) throw new Error('moto_server is not on PATH');
  if (!exitHookInstalled) {
    process.once('exit', killRunning);
    exitHookInstalled = true;
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    try {
      return await launchMoto(command, port);
    } catch (err) {
      // Most likely the port was taken between freePort() and moto's listen: try another.
      lastError = err;
    }
  }
  throw lastError;
}

async function launchMoto(command: string, port: number): Promise<S3TestServer> {
  // A process group of its own, so stop() reaches moto behind pyenv's shim and whatever it spawns.
  const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1' },
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  let spawnError: Error | undefined;
  child.once('error', (err) => (spawnError = err));

  const stop = async () => {
    if (!running.has(child)) return;
    try {
      process.kill(-(child.pid as number), 'SIGTERM');
    } catch {
      // gone already
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // gone already
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  let gone = false;
  exited.then(() => (gone = true));
  while (true) {
    if (spawnError || gone) throw new Error(`moto_server exited at start: ${spawnError?.message ?? ''}\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`moto_server did not answer on ${endpoint} within 30 s:\n${output}`);
    }
    const ok = await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && !gone) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return withBuckets({
    kind: 'moto',
    endpoint,
    region: REGION,
    ...CREDENTIALS,
    pid: child.pid,
    stop,
  });
}
