import { type Logger, pino } from 'pino';

/**
 * Paths that must never reach a log line, wherever they appear. Request and response bodies are
 * not logged at all; this list is the second line of defence for objects logged on purpose.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-igny8-signature"]',
  'headers.authorization',
  'authorization',
  'password',
  '*.password',
  'new_password',
  '*.new_password',
  'current_password',
  '*.current_password',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'secret',
  '*.secret',
  'apiKey',
  '*.apiKey',
  'connectionString',
  '*.connectionString',
];

/**
 * Lines go to standard output unless a destination is given. They are written asynchronously: a busy server
 * writes the lines of many requests in one system call instead of one call per line, and an idle one writes each
 * line at once. Whatever is still buffered is written when the process exits (pino flushes on exit); only a
 * process killed outright (SIGKILL) can lose the last lines.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'igny8' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    (destination ?? pino.destination({ dest: 1, sync: false })) as never,
  );
}

export type { Logger };
