// `pnpm worker`: job workers without the HTTP server, for scaling out. Start as many as needed;
// pg-boss hands each job to exactly one of them.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createRuntime } from './runtime.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel).child({ process: 'worker' });
  const runtime = await createRuntime(config, logger);
  await runtime.deps.jobs.start({ work: true });
  logger.info('worker started');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down (finishing jobs in flight)');
    try {
      await runtime.close();
      logger.info('worker stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
