// Questions at the terminal, on stderr: a line of text, a password (not echoed) and a yes/no confirmation. Each
// refuses to ask when stdin is not a terminal (a script would hang or answer by accident): the caller gets a usage
// error naming the flag to use instead. Ctrl-C at a prompt is an interruption (exit 130).
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError, EXIT, usage } from './errors.js';
import type { Streams } from './output.js';

export const interrupted = () => new CliError('Interrupted.', { exitCode: EXIT.interrupted, code: 'INTERRUPTED' });

/** Fails with a usage error when stdin is not a terminal; `instead` says what to pass. */
export function requireTerminal(streams: Streams, what: string, instead: string): void {
  if (streams.stdin.isTTY !== true) throw usage(`Cannot ask for ${what}: stdin is not a terminal. ${instead}`);
}

function ask(streams: Streams, question: string, hidden: boolean): Promise<string> {
  // Hidden: readline writes the echo to a stream that drops it; the question itself goes straight to stderr.
  const output = hidden
    ? new Writable({
        write: (_chunk, _encoding, done) => done(),
      })
    : streams.stderr;
  const rl = createInterface({ input: streams.stdin, output, terminal: streams.stdin.isTTY === true });
  // Only once readline holds the terminal (raw mode: no echo) does the question appear, so that nothing typed
  // after it is shown.
  if (hidden) streams.stderr.write(question);
  return new Promise((resolve, reject) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      if (hidden) streams.stderr.write('\n');
      resolve(line);
    });
    rl.once('SIGINT', () => {
      rl.close();
      streams.stderr.write('\n');
      reject(interrupted());
    });
    rl.once('close', () => {
      if (!answered) reject(interrupted());
    });
    if (!hidden) rl.setPrompt(question);
    if (!hidden) rl.prompt();
  });
}

/** A line of text (e.g. the email). */
export const askLine = (streams: Streams, question: string) => ask(streams, question, false);

/** A password: what is typed is not shown. */
export const askHidden = (streams: Streams, question: string) => ask(streams, question, true);

/** y/N: only "y" or "yes" is a yes. */
export async function confirm(streams: Streams, question: string): Promise<boolean> {
  const answer = await ask(streams, `${question} [y/N] `, false);
  return /^y(es)?$/i.test(answer.trim());
}

/** The first line of stdin (`--password-stdin`), without its line ending. */
export async function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}
