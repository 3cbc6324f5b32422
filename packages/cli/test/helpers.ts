// Running the CLI in tests: in process (`main` with streams of our own, for the unit tests) or as the real
// executable (`node dist/cli.js`, built by `pnpm build`, for the acceptance test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;
  constructor(tty = false) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += String(chunk);
    done();
  }
}

/** A fresh, empty config directory (XDG_CONFIG_HOME) and HOME. */
export async function freshHome(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'igny8-cli-'));
  return { HOME: dir, XDG_CONFIG_HOME: join(dir, '.config') };
}

/** `main(argv)` in this process; stdin is `input` (not a terminal unless `tty`). */
export async function runInProcess(
  argv: string[],
  options: { env?: Record<string, string>; input?: string; tty?: boolean } = {},
): Promise<Ran> {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  stdin.end(options.input ?? '');
  const stdout = new Capture();
  const stderr = new Capture(options.tty ?? false);
  const code = await main(argv, { env: options.env ?? (await freshHome()), streams: { stdin, stdout, stderr } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface RanProcess extends Ran {
  /** stderr and stdout interleaved as they came (for transcripts). */
  all: string;
}

export interface ProcessOptions {
  env: Record<string, string>;
  input?: string;
  /** Called on every chunk of output with all of it so far; `interrupt()` sends SIGINT (Ctrl-C). */
  onOutput?: (all: string, control: { interrupt: () => void; write: (text: string) => void }) => void;
  /** Run in a pseudo-terminal (util-linux `script`), so that stdin, stdout and stderr are a terminal. */
  tty?: boolean;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `node dist/cli.js …` as a child process (asynchronously: the test server answers it from this process). */
export function runProcess(argv: string[], options: ProcessOptions): Promise<RanProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  const [command, args] = options.tty
    ? ['script', ['-qefc', [process.execPath, CLI, ...argv].map(quote).join(' '), '/dev/null']]
    : [process.execPath, [CLI, ...argv]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args as string[], {
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const ran = { stdout: '', stderr: '', all: '' };
    const control = {
      interrupt: () => {
        // Under `script` the terminal turns ^C into SIGINT for the program, as a person's Ctrl-C would.
        if (options.tty) child.stdin.write('\u0003');
        else child.kill('SIGINT');
      },
      write: (text: string) => child.stdin.write(text),
    };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].on('data', (d) => {
        ran[name] += String(d);
        ran.all += String(d);
        options.onOutput?.(ran.all, control);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), ...ran }));
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.tty && !options.onOutput) child.stdin.end();
  });
}

/** Whether util-linux `script` is there to give a command a terminal. */
export const canRunInTerminal = () => spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/** No escape sequence (colour, cursor movement) in `text`. */
export const plain = (text: string) => !text.includes('\u001b');

/** A loopback address where nothing listens (a port just freed), so a connection is refused at once. */
export function closedUrl(host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(`http://${host}:${port}`));
    });
  });
}
