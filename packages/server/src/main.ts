// `pnpm start`: the API server (and, unless JOBS_IN_PROCESS=false, the job workers).
import './node-version.js';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { loadConfig, StartupError } from './config.js';
import { createLogger } from './logger.js';
import { portFree } from './ports.js';
import { exitOnSignal, exitOnStartupError } from './process.js';
import { createRuntime } from './runtime.js';

function portBusy(port: number, host: string) {
  return new StartupError(
    `Port ${port} on ${host} is in use by another program (perhaps another Igny8). ` +
      'Stop that program, or set PORT to a free port (PORT=0 picks one).',
  );
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Before the database starts, so a busy port costs the user a second, not a first-run initdb.
  if (config.port !== 0 && !(await portFree(config.port, config.host))) throw portBusy(config.port, config.host);
  const runtime = await createRuntime(config, logger);
  let server: Server;
  try {
    await runtime.deps.jobs.start({ work: config.jobsInProcess });
    if (config.jobsInProcess && config.computePrestart) runtime.compute.prestart();
    const app = createApp(runtime.deps);
    server = await new Promise((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.once('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'EADDRINUSE' ? portBusy(config.port, config.host) : err),
      );
    });
  } catch (err) {
    await runtime.close();
    throw err;
  }
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url }, 'listening');
  process.stdout.write(
    `\n  Igny8 API ready at ${url}\n` +
      `  API reference:  ${url}/docs\n` +
      `  Health:         ${url}/healthz\n\n` +
      `  Create your first account:\n` +
      `    curl -s ${url}/v1/auth/signup -H 'content-type: application/json' \\\n` +
      `      -d '{"email":"you@example.com","password":"a-long-password","name":"You"}'\n\n`,
  );

  // Stop taking requests (and let those in flight finish), then the job queue, then the database.
  exitOnSignal(logger, async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await runtime.close();
  });
}

main().catch(exitOnStartupError);
