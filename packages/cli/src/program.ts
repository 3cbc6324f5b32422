// The commands, their arguments and options (commander): what `--help` shows and what the completion scripts are
// made from. Each action hands its options to `run`, which makes the context and reports errors.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import * as auth from './commands/auth.js';
import * as automation from './commands/automation.js';
import { cluster } from './commands/cluster.js';
import * as ideas from './commands/ideas.js';
import * as keywords from './commands/keywords.js';
import * as sites from './commands/sites.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import type { Context, GlobalOptions } from './context.js';

/** Runs a command's action with the options of the command line (the program's and the command's, merged). */
export type Runner = (options: GlobalOptions, action: (ctx: Context) => Promise<void>) => Promise<void>;

const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
  return n;
};

const fraction = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.05 || n > 1) throw new InvalidArgumentError('Expected a number from 0.05 to 1.');
  return n;
};

// The environment variables are read by main (from the environment it is given), not by commander.
const siteOption = () =>
  new Option('--site <site>', 'the site: its id, slug or name (env: IGNY8_SITE; default: `igny8 sites use`)');
const yesOption = () => new Option('-y, --yes', 'start without asking (needed when stdin is not a terminal)');

export function buildProgram(run: Runner): Command {
  const program = new Command('igny8')
    .description('The Igny8 command line: keywords, clusters, ideas and the automation, from a terminal or a script.')
    .version(pkg.version, '-V, --version', 'show the version')
    .option(
      '--base-url <url>',
      "the API's address (env: IGNY8_BASE_URL; default: the last login's, else http://localhost:8080)",
    )
    .option('--api-key <key>', 'an API key, used before a stored login (env: IGNY8_API_KEY)')
    .option('--json', 'print one JSON document on stdout, nothing else (progress stays on stderr)')
    .option('--debug', 'show stack traces')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .helpCommand(false)
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 an error from the API, 2 a usage error, 3 an automation run paused, 130 interrupted.' +
        '\nMore: docs/cli.md, or `igny8 <command> --help`.',
    );

  const action =
    (fn: (ctx: Context, ...args: any[]) => Promise<void>) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const positional = args.slice(0, command.registeredArguments.length);
      await run(command.optsWithGlobals<GlobalOptions>(), (ctx) => fn(ctx, ...positional, command.opts()));
    };

  program
    .command('login')
    .description('sign in with email and password; the session is kept in the config file')
    .option('--email <email>', 'the email (asked when not given)')
    .option('--password-stdin', 'read the password from stdin (else it is asked, not echoed)')
    .option('--account <id>', "which of the user's accounts (default: the oldest)")
    .action(action((ctx, options) => auth.login(ctx, options)));
  program
    .command('logout')
    .description('sign out: revoke the stored session and forget it')
    .action(action((ctx) => auth.logout(ctx)));
  program
    .command('whoami')
    .description('who the credentials are, on which account and server')
    .action(action((ctx) => auth.whoami(ctx)));

  const sitesCommand = program.command('sites').description('the sites of the account');
  sitesCommand
    .command('list')
    .description('list the sites you may see (* marks the default)')
    .action(action((ctx) => sites.list(ctx)));
  sitesCommand
    .command('use')
    .description('make a site the default for this server')
    .argument('<site>', 'its id, slug or name')
    .action(action((ctx, site: string) => sites.use(ctx, site)));

  const keywordsCommand = program.command('keywords').description("the site's keywords");
  keywordsCommand
    .command('import')
    .description('import keywords from a CSV file (keyword-tool exports are recognised), with progress')
    .argument('<file>', 'the CSV file')
    .addOption(siteOption())
    .option('--sector <id>', 'sector for rows that name none (default: the first sector of the site)')
    .option('--language <code>', 'language for rows that name none (default: en)')
    .option('--country <code>', 'country for rows that name none')
    .action(action((ctx, file: string, options) => keywords.importCsv(ctx, file, options)));
  keywordsCommand
    .command('export')
    .description("write the site's keywords as CSV, to stdout or a file")
    .addOption(siteOption())
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(new Option('--status <status>', 'only keywords in this state').choices(['new', 'mapped', 'archived']))
    .option('--cluster <id>', 'only the keywords of this cluster')
    .action(action((ctx, options) => keywords.exportCsv(ctx, options)));

  program
    .command('cluster')
    .description('group the new keywords into clusters (charged: the estimate is shown first)')
    .addOption(siteOption())
    .addOption(yesOption())
    .addOption(new Option('--algorithm <name>', 'how keywords are compared').choices(['lexical', 'semantic', 'serp']))
    .option('--threshold <n>', 'similarity a pair needs to join (0.05–1; default by algorithm)', fraction)
    .option('--min-cluster-size <n>', 'smaller groups stay unclustered (default 2)', integer(1, 1000))
    .option('--sector <id>', 'only the keywords of this sector')
    .option('--include-mapped', 'cluster the keywords already in clusters again too')
    .action(action((ctx, options) => cluster(ctx, options)));

  const ideasCommand = program.command('ideas').description('content ideas');
  ideasCommand
    .command('generate')
    .description('generate ideas for one cluster, or for every cluster with none yet (charged)')
    .addOption(siteOption())
    .addOption(yesOption())
    .option('--cluster <cluster>', 'only this cluster: its id or name')
    .option('--count <n>', 'ideas per cluster (1–10)', integer(1, 10), 3)
    .action(action((ctx, options) => ideas.generate(ctx, options)));

  const automationCommand = program.command('automation').description('the seven stages, run on the server');
  automationCommand
    .command('run')
    .description('start a run of the enabled stages (charged: the estimate is shown first)')
    .addOption(siteOption())
    .addOption(yesOption())
    .option('--watch', 'follow the run, a bar per stage, until it completes, fails or pauses')
    .action(action((ctx, options) => automation.run(ctx, options)));
  automationCommand
    .command('watch')
    .description('follow a run (default: the latest), a bar per stage')
    .argument('[run]', "the run's id")
    .addOption(siteOption())
    .action(action((ctx, runId: string | undefined) => automation.watchCommand(ctx, runId)));

  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .action(
      action(async (ctx, shell: Shell) => {
        ctx.out.streams.stdout.write(completionScript(program, shell));
      }),
    );

  return program;
}
