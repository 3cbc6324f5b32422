// `pnpm start`: the API server (and, unless JOBS_IN_PROCESS=false, the job workers).
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { exitOnSignal, exitOnStartupError } from './process.js';
import { createRuntime } from './runtime.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await createRuntime(config, logger);
  await runtime.deps.jobs.start({ work: config.jobsInProcess });
  const app = createApp(runtime.deps);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
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

  exitOnSignal(logger, async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await runtime.close();
  });
}

main().catch(exitOnStartupError);
