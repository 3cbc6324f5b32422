// The completion scripts: made from the program's commands and options, and each run in its own shell to see what
// it offers where (the shells that are not installed are skipped; CI has bash).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandSpecs, completionScript, SHELLS } from '../src/completion.js';
import { buildProgram } from '../src/program.js';
import { runInProcess } from './helpers.js';

const program = buildProgram(async () => undefined);
const has = (shell: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'igny8-completion-'));
  // Where the shells run: two files to offer.
  await mkdir(join(dir, 'files'));
  await writeFile(join(dir, 'files', 'keywords.csv'), 'keyword\n');
  await writeFile(join(dir, 'files', 'notes.txt'), '');
  for (const shell of SHELLS) await writeFile(join(dir, `script.${shell}`), completionScript(program, shell));
});

describe('the scripts cover the program', () => {
  it('every command path and every option appears in each shell’s script', () => {
    const specs = commandSpecs(program);
    expect(specs.map((s) => s.path)).toEqual([
      '',
      '/login',
      '/logout',
      '/whoami',
      '/sites',
      '/sites/list',
      '/sites/use',
      '/keywords',
      '/keywords/import',
      '/keywords/export',
      '/cluster',
      '/ideas',
      '/ideas/generate',
      '/automation',
      '/automation/run',
      '/automation/watch',
      '/completion',
    ]);
    for (const shell of SHELLS) {
      const script = completionScript(program, shell);
      for (const s of specs) {
        if (s.path) expect(script, `${shell}: ${s.path}`).toContain(s.path);
        for (const o of s.options) expect(script, `${shell}: ${o.long}`).toContain(o.long.replace(/^--/, ''));
      }
    }
  });

  it('`igny8 completion <shell>` prints the script on stdout, with how to install it', async () => {
    for (const shell of SHELLS) {
      const r = await runInProcess(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(completionScript(program, shell));
      expect(r.stdout).toMatch(/# Install: /);
    }
  });
});

/** What the script offers for the words typed (the last one is the word being completed). */
const bash = (words: string[]) =>
  execFileSync(
    'bash',
    [
      '-c',
      `source ../script.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _igny8; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { cwd: join(dir, 'files'), encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);

describe('bash', () => {
  it('offers the commands, then the subcommands, skipping options and their values', () => {
    expect(bash(['igny8', ''])).toEqual([
      'login',
      'logout',
      'whoami',
      'sites',
      'keywords',
      'cluster',
      'ideas',
      'automation',
      'completion',
    ]);
    expect(bash(['igny8', 'k'])).toEqual(['keywords']);
    expect(bash(['igny8', 'keywords', ''])).toEqual(['import', 'export']);
    expect(bash(['igny8', '--site', 'ideas', 'ideas', ''])).toEqual(['generate']);
    expect(bash(['igny8', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it("offers a command's options, the choices of an option, and files where a file goes", () => {
    expect(bash(['igny8', 'keywords', 'import', '--s'])).toEqual(['--site', '--sector']);
    expect(bash(['igny8', 'cluster', '--algorithm', ''])).toEqual(['lexical', 'semantic', 'serp']);
    expect(bash(['igny8', 'keywords', 'import', ''])).toEqual(['keywords.csv', 'notes.txt']);
    expect(bash(['igny8', 'keywords', 'export', '--out', 'k'])).toEqual(['keywords.csv']);
    expect(bash(['igny8', 'automation', 'run', '--'])).toEqual(
      expect.arrayContaining(['--site', '--yes', '--watch', '--json', '--base-url', '--api-key']),
    );
    // A value is not completed from the commands.
    expect(bash(['igny8', '--base-url', ''])).toEqual([]);
  });
});

describe.skipIf(!has('fish'))('fish', () => {
  const fish = (line: string) =>
    execFileSync('fish', ['--no-config', '-c', `source ../script.fish; complete -C ${JSON.stringify(line)}`], {
      cwd: join(dir, 'files'),
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]);

  it('offers the same as bash', () => {
    expect(fish('igny8 ')).toEqual(expect.arrayContaining(['login', 'keywords', 'automation', 'completion']));
    expect(fish('igny8 keywords ')).toEqual(['export', 'import']);
    expect(fish('igny8 --site ideas ideas ')).toEqual(['generate']);
    expect(fish('igny8 keywords import --s')).toEqual(['--sector', '--site']);
    expect(fish('igny8 cluster --algorithm ')).toEqual(['lexical', 'semantic', 'serp']);
    expect(fish('igny8 keywords import ')).toEqual(['keywords.csv', 'notes.txt']);
  });
});

describe.skipIf(!has('zsh'))('zsh', () => {
  // zsh's completion system only runs in an interactive shell: its functions are stood in for by ones that print
  // what they were given, and the script's function is called with `words` and `CURRENT` set as zsh would.
  const zsh = (words: string[]) =>
    execFileSync(
      'zsh',
      [
        '-f',
        '-c',
        [
          'compdef() { :; }',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's own ${…}, not a template.
          '_describe() { local name=$4; local -a arr; arr=("${(@P)name}"); print -rl -- "${(@)arr%%:*}"; }',
          'compadd() { shift; print -rl -- "$@"; }',
          '_files() { print -r -- "(files)"; }',
          'source ../script.zsh',
          `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; PREFIX='${words.at(-1)}'`,
          '_igny8',
        ].join('\n'),
      ],
      { cwd: join(dir, 'files'), encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean);

  it('offers the same as bash', () => {
    expect(zsh(['igny8', ''])).toEqual(expect.arrayContaining(['login', 'keywords', 'automation', 'completion']));
    expect(zsh(['igny8', 'keywords', ''])).toEqual(['import', 'export']);
    expect(zsh(['igny8', '--site', 'ideas', 'ideas', ''])).toEqual(['generate']);
    expect(zsh(['igny8', 'keywords', 'import', '--s'])).toEqual(expect.arrayContaining(['--site', '--sector']));
    expect(zsh(['igny8', 'cluster', '--algorithm', ''])).toEqual(['lexical', 'semantic', 'serp']);
    expect(zsh(['igny8', 'keywords', 'import', ''])).toEqual(['(files)']);
  });
});
