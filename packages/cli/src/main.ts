// One run of the CLI: parse the command line, run the command, turn what went wrong into a message and an exit
// code. Everything it touches of the process (arguments, environment, streams, Ctrl-C) is given, for the tests.
import { type Command, CommanderError } from 'commander';
import { Context, DEFAULT_BASE_URL, type GlobalOptions, type Io } from './context.js';
import { describeError, EXIT } from './errors.js';
import { Output } from './output.js';
import { buildProgram } from './program.js';

export interface MainIo extends Io {
  /** Registers what Ctrl-C does; the handler answers false when nothing could be stopped (then exit at once). */
  onInterrupt?: (handler: () => boolean) => void;
}

/** Runs the command line `argv` (without `node` and the script) and resolves with the exit code. */
export async function main(argv: string[], io: MainIo): Promise<number> {
  let ctx: Context | undefined;
  let options: GlobalOptions = {};
  io.onInterrupt?.(() => ctx?.interrupt() ?? false);
  const program = buildProgram(async (given, action) => {
    // A flag before its environment variable.
    options = {
      ...given,
      baseUrl: given.baseUrl || io.env.IGNY8_BASE_URL || undefined,
      apiKey: given.apiKey || io.env.IGNY8_API_KEY || undefined,
      site: given.site || io.env.IGNY8_SITE || undefined,
    };
    ctx = await Context.create(io, options);
    await action(ctx);
  });
  // Every command, not only the program: commander copies these settings only to commands made after them.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.streams.stdout.write(s),
      writeErr: (s) => io.streams.stderr.write(s),
    });
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx?.out.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too; a missing command shows the help as an error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    const out = ctx?.out ?? new Output(io.streams, options.json ?? argv.includes('--json'));
    const described = describeError(
      error,
      ctx?.errorContext ?? { baseUrl: options.baseUrl ?? DEFAULT_BASE_URL, credential: 'none' },
    );
    const [first, ...rest] = described.lines;
    io.streams.stderr.write(`Error: ${first}\n${rest.map((l) => `${l}\n`).join('')}`);
    if (options.debug && error instanceof Error) io.streams.stderr.write(`${error.stack}\n`);
    if (out.json && !out.resulted) io.streams.stdout.write(`${JSON.stringify({ error: described.json }, null, 2)}\n`);
    return described.exitCode;
  }
}
