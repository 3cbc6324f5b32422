// The command line itself: usage errors (exit 2), help and version, the order in which the base URL and the
// credentials are chosen, and the refusals that come before any request (no terminal to ask on, --json without
// --out). Nothing here reaches a server: requests go to a closed loopback port, and the refusal names its address.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { closedUrl, freshHome, runInProcess } from './helpers.js';

const CLOSED = await closedUrl();

async function homeWithConfig(config: unknown) {
  const env = await freshHome();
  await mkdir(join(env.XDG_CONFIG_HOME as string, 'igny8'), { recursive: true });
  await writeFile(join(env.XDG_CONFIG_HOME as string, 'igny8', 'config.json'), JSON.stringify(config));
  return env;
}

const session = {
  email: 'ada@example.test',
  account_id: '00000000-0000-4000-8000-000000000001',
  account_name: 'Ada Media',
  refresh_token: 'r',
  access_token: 'a',
  access_expires_at: new Date(Date.now() + 600_000).toISOString(),
};

describe('usage errors exit with 2', () => {
  it.each([
    [['nope'], /unknown command 'nope'/],
    [['keywords', 'import'], /missing required argument 'file'/],
    [['ideas', 'generate', '--count', '11'], /a whole number from 1 to 10/],
    [['ideas', 'generate', '--count', '2.5'], /a whole number from 1 to 10/],
    [['cluster', '--algorithm', 'fuzzy'], /Allowed choices are lexical, semantic, serp/],
    [['cluster', '--threshold', '2'], /a number from 0.05 to 1/],
    [['completion', 'powershell'], /Allowed choices are bash, zsh, fish/],
    [['sites', 'use'], /missing required argument 'site'/],
    [['whoami', '--frobnicate'], /unknown option '--frobnicate'/],
  ])('%j', async (argv, message) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('with no command it shows the help, on stderr', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: igny8');
  });
});

describe('help and version', () => {
  it('--help lists every command and the exit codes, on stdout, exit 0', async () => {
    const r = await runInProcess(['--help']);
    expect(r.code).toBe(0);
    for (const c of [
      'login',
      'logout',
      'whoami',
      'sites',
      'keywords',
      'cluster',
      'ideas',
      'automation',
      'completion',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 an error from the API, 2 a usage error');
  });

  it("a command's help shows its options and the global ones", async () => {
    const r = await runInProcess(['keywords', 'import', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: igny8 keywords import [options] <file>');
    expect(r.stdout).toMatch(/--site <site>.*env: IGNY8_SITE/s);
    expect(r.stdout).toMatch(/--base-url <url>.*env: IGNY8_BASE_URL/s);
    expect(r.stdout).toContain('--json');
  });

  it('--version prints the package version', async () => {
    const r = await runInProcess(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});

describe('where requests go, with which credentials', () => {
  it('--base-url before IGNY8_BASE_URL before the last login; a refused connection names the address', async () => {
    const env = { ...(await homeWithConfig({ base_url: CLOSED, servers: { [CLOSED]: { session } } })) };
    const fromConfig = await runInProcess(['whoami'], { env });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stderr).toContain(`Could not connect to the Igny8 API at ${CLOSED} (ECONNREFUSED).`);
    expect(fromConfig.stderr).toContain('--base-url or IGNY8_BASE_URL');

    const other = await closedUrl('127.0.0.2');
    const fromEnv = await runInProcess(['whoami', '--api-key', 'k'], { env: { ...env, IGNY8_BASE_URL: other } });
    expect(fromEnv.stderr).toContain(`at ${other} (ECONNREFUSED)`);

    const third = await closedUrl('127.0.0.3');
    const fromFlag = await runInProcess(['--base-url', `${third}/`, 'whoami', '--api-key', 'k'], {
      env: { ...env, IGNY8_BASE_URL: other },
    });
    expect(fromFlag.stderr).toContain(`at ${third} (ECONNREFUSED)`);
  });

  it('a stored session is only sent to the server that issued it', async () => {
    const env = await homeWithConfig({ base_url: CLOSED, servers: { [CLOSED]: { session } } });
    const r = await runInProcess(['whoami', '--base-url', 'http://127.0.0.4:8080'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Not signed in to http://127.0.0.4:8080. Run `igny8 login`');
  });

  it('with neither a key nor a login it says how to sign in, before any request', async () => {
    const r = await runInProcess(['sites', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: Not signed in to http://localhost:8080. Run `igny8 login`, or give an API key (--api-key or IGNY8_API_KEY).\n',
    );
  });
});

describe('refusals before any request', () => {
  it('charged work without --yes, with stdin not a terminal, is a usage error', async () => {
    for (const argv of [['cluster'], ['ideas', 'generate'], ['automation', 'run', '--watch']]) {
      const r = await runInProcess([...argv, '--api-key', 'k', '--base-url', CLOSED]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('Cannot ask for a confirmation: stdin is not a terminal. Pass --yes');
    }
  });

  it('with --json the error is the one JSON document on stdout', async () => {
    const r = await runInProcess(['cluster', '--json', '--api-key', 'k', '--base-url', CLOSED]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        code: 'USAGE',
        message: 'Cannot ask for a confirmation: stdin is not a terminal. Pass --yes to start it without asking.',
      },
    });
  });

  it('login asks only at a terminal', async () => {
    const noEmail = await runInProcess(['login']);
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain('Cannot ask for the email: stdin is not a terminal. Give it with --email.');
    const noPassword = await runInProcess(['login', '--email', 'ada@example.test']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('Pipe it in with --password-stdin.');
    const empty = await runInProcess(['login', '--email', 'ada@example.test', '--password-stdin'], { input: '\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('The password is empty.');
  });

  it('keywords export --json needs --out; import needs a readable file', async () => {
    const env = await freshHome();
    const exported = await runInProcess(['keywords', 'export', '--json', '--api-key', 'k'], { env });
    expect(exported.code).toBe(2);
    expect(JSON.parse(exported.stdout).error.message).toContain('--json needs --out <file>');
    const missing = await runInProcess(['keywords', 'import', '/nonexistent/k.csv', '--api-key', 'k'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read /nonexistent/k.csv: ENOENT');
  });

  it('--debug adds the stack trace; without it there is none', async () => {
    const without = await runInProcess(['whoami', '--api-key', 'k', '--base-url', CLOSED]);
    expect(without.stderr).not.toMatch(/^\s+at /m);
    const withDebug = await runInProcess(['whoami', '--api-key', 'k', '--base-url', CLOSED, '--debug']);
    expect(withDebug.stderr).toMatch(/^\s+at /m);
  });
});
