// What the server and the worker processes share: graceful shutdown on SIGTERM/SIGINT, and a
// readable exit when start-up fails.
import { StartupError } from './config.js';
import type { Logger } from './logger.js';

/**
 * Runs `stop` once on the first SIGTERM or SIGINT, then exits 0 (1 if stopping failed). A second
 * signal is ignored; if stopping hangs, the process exits after `graceMs`.
 */
export function exitOnSignal(logger: Logger, stop: () => Promise<void>, graceMs = 30_000) {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down (finishing work in flight)');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, graceMs).unref();
    try {
      await stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** A {@link StartupError} is one line the user can act on; anything else is unexpected and keeps its stack. */
export function exitOnStartupError(err: unknown): never {
  console.error(err instanceof StartupError ? err.message : err);
  process.exit(1);
}
