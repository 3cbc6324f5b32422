#!/usr/bin/env node
// The `igny8` executable: runs the command line and exits with its code once stdout and stderr are flushed.
import { main } from './main.js';

// A reader that stops early (`igny8 keywords export | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let interrupts = 0;
let onInterrupt: () => boolean = () => false;
process.on('SIGINT', () => {
  // The first Ctrl-C stops what can be stopped cleanly (a wait, a watch); a second one, or nothing to stop, ends now.
  if (++interrupts === 1 && onInterrupt()) return;
  process.stderr.write('\nInterrupted.\n');
  process.exit(130);
});

const code = await main(process.argv.slice(2), {
  env: process.env,
  streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  onInterrupt: (handler) => {
    onInterrupt = handler;
  },
});
// Exit even if a socket lingers (a kept-alive connection), but only once what was written is out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
