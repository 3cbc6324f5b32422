// A real server for a test file: its own database, migrated and seeded, the job workers running,
// mail captured in memory, listening on a random loopback port, and every response checked
// against openapi.yaml (close() fails the file when one did not match).
import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { Knex } from 'knex';
import { createApp } from '../../src/app.js';
import { createOperator } from '../../src/auth/operators.js';
import { type Config, loadConfig } from '../../src/config.js';
import { NESTED_ACQUIRE_MESSAGE } from '../../src/db/connection.js';
import type { AppDeps } from '../../src/deps.js';
import { createLogger } from '../../src/logger.js';
import { MemoryMailer } from '../../src/mail/mailer.js';
import type { Resolver } from '../../src/net/pinned-request.js';
import { createRuntime } from '../../src/runtime.js';
import { contractRecorder, type Violation } from './contract.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { launch, type Started } from './processes.js';

export interface TestServer {
  url: string;
  deps: AppDeps;
  mailer: MemoryMailer;
  logs: string[];
  violations: Violation[];
  close(): Promise<void>;
}

export const TEST_ENV = {
  NODE_ENV: 'test',
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  DB_APP_PASSWORD: 'igny8-app-test-password',
  IGNY8_DATA_DIR: '/tmp/igny8-test-data',
  LOG_LEVEL: 'info',
  CORS_ORIGINS: 'https://partner.example',
  AUTH_RATE_LIMIT_PER_MINUTE: '10000',
  PUBLIC_RATE_LIMIT_PER_MINUTE: '10000',
} as const;

export async function startTestServer(
  options: {
    env?: Record<string, string>;
    now?: () => Date;
    worker?: boolean;
    /** The PostgreSQL to make the database on (the run's by default): a test that stops and starts its own. */
    postgresUrl?: string;
    /**
     * A database made earlier (createTestDatabase), kept when the server closes: servers started one after another
     * on the same data, with other settings.
     */
    database?: TestDatabase;
    /**
     * Listen on a port chosen first and set PUBLIC_URL to it, so the URLs the server hands out (signed image URLs
     * a WordPress fetches) reach this server.
     */
    publicUrl?: boolean;
    /**
     * What requests to users' servers (webhook deliveries and endpoint checks, calls to WordPress) resolve host
     * names with. By default every name is 127.0.0.1: no test asks a real DNS server, and a request to a name is
     * refused (loopback) unless the test allows it.
     */
    resolver?: Resolver;
  } = {},
): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase(options.postgresUrl));
  const chosen = options.publicUrl ? await freePort() : 0;
  const config: Config = loadConfig({
    ...TEST_ENV,
    DATABASE_URL: database.url,
    ...(chosen ? { PUBLIC_URL: `http://127.0.0.1:${chosen}` } : {}),
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const mailer = new MemoryMailer();
  const runtime = await createRuntime(config, logger, {
    mailer,
    now: options.now,
    pollingIntervalSeconds: 0.5,
    resolver: options.resolver ?? (async () => [{ address: '127.0.0.1', family: 4 }]),
  });
  await runtime.deps.jobs.start({ work: options.worker ?? true });
  const violations: Violation[] = [];
  const app = createApp(runtime.deps);
  app.middleware.unshift(contractRecorder(violations));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(chosen, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    deps: runtime.deps,
    mailer,
    logs,
    violations,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
      if (!options.database) await database.drop();
      const nested = logs.filter((line) => line.includes(NESTED_ACQUIRE_MESSAGE));
      if (nested.length) {
        throw new Error(`Connections taken from a pool inside a transaction:\n${nested.slice(0, 5).join('\n')}`);
      }
      if (violations.length) {
        throw new Error(`Responses that do not match openapi.yaml:\n${JSON.stringify(violations, null, 2)}`);
      }
    },
  };
}

/** A port free on loopback now (another process may take it before it is used: rare, and the test then fails). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Creates an operator (as `pnpm operator:create` would) and signs in; returns the token. */
export async function operatorSession(
  server: TestServer,
  email = `operator-${crypto.randomUUID().slice(0, 8)}@example.test`,
) {
  const password = 'operator-password-123';
  await createOperator(server.deps.db.owner, { email, name: 'Operator', password });
  const res = await fetch(`${server.url}/v1/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { data: { access_token: string } };
  return body.data.access_token;
}

/** A `pnpm worker` process (as `src/worker.ts` runs) against the test server's database, with a quick supervisor. */
export function startWorker(server: TestServer, env: Record<string, string> = {}): Started {
  return launch(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      ...TEST_ENV,
      LOG_LEVEL: 'info',
      DATABASE_URL: server.deps.config.databaseUrl as string,
      JOB_HEARTBEAT_SECONDS: '10',
      JOB_SUPERVISE_SECONDS: '1',
      ...env,
    },
  });
}

/** The last mail to `to` among those sent after the first `after`, waiting for it: mail sent by jobs comes later. */
export const mailTo = (server: TestServer, to: string, after = 0, ms = 30_000) =>
  until(
    `a mail to ${to}`,
    async () =>
      server.mailer.sent
        .slice(after)
        .filter((m) => m.to.toLowerCase() === to.toLowerCase())
        .at(-1),
    ms,
  );

/** Polls `check` until it gives a value (not undefined); fails naming `what` after `ms`. */
export async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits for an article in the middle of being written in the account: some section committed, not finished. */
export const untilArticleBeingWritten = (db: Knex, accountId: string, ms: number) =>
  until(
    'an article being written',
    async () =>
      (await db('operations')
        .where({ account_id: accountId, kind: 'content.generate', status: 'running' })
        .where('checkpoint_seq', '>', 1)
        .first('id')) ?? undefined,
    ms,
  );
