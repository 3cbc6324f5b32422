// `pnpm worker`: job workers without the HTTP server, for scaling out. Start as many as needed;
// pg-boss hands each job to exactly one of them.
import './node-version.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { exitOnSignal, exitOnStartupError } from './process.js';
import { createRuntime } from './runtime.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel).child({ process: 'worker' });
  const runtime = await createRuntime(config, logger);
  try {
    await runtime.deps.jobs.start({ work: true });
    if (config.computePrestart) runtime.compute.prestart();
  } catch (err) {
    await runtime.close();
    throw err;
  }
  logger.info('worker started');
  // The job queue first (jobs in flight finish), then the database.
  exitOnSignal(logger, () => runtime.close());
}

main().catch(exitOnStartupError);
