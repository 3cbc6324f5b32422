// `igny8 completion bash|zsh|fish`: a completion script made from the program's own commands and options, so it
// never drifts from them. Each shell's script finds where on the command line the cursor is (the subcommands typed
// so far, skipping options and their values), then offers that command's subcommands and options, a file for a
// file argument or `--out`, and the choices of an option or argument that has them.
import type { Command, Option } from 'commander';

interface OptionSpec {
  names: string[];
  long: string;
  description: string;
  /** Takes a value (`--site <site>`). */
  value: boolean;
  choices: string[] | undefined;
  file: boolean;
}

interface CommandSpec {
  /** `/keywords/import`; `` for the program itself. */
  path: string;
  description: string;
  subcommands: { name: string; description: string }[];
  options: OptionSpec[];
  /** The first argument is a file (`keywords import <file>`). */
  fileArgument: boolean;
  argumentChoices: string[] | undefined;
}

const optionSpec = (o: Option): OptionSpec => ({
  names: [o.short, o.long].filter((n): n is string => !!n),
  long: o.long ?? o.short ?? '',
  description: o.description,
  value: o.required || o.optional,
  choices: o.argChoices,
  file: /<file>/.test(o.flags),
});

const HELP: OptionSpec = {
  names: ['-h', '--help'],
  long: '--help',
  description: 'show help',
  value: false,
  choices: undefined,
  file: false,
};

/** Every command of `program`, depth first, with its options and the program's own (which apply everywhere). */
export function commandSpecs(program: Command): CommandSpec[] {
  const globals = [...program.options.map(optionSpec), HELP];
  const specs: CommandSpec[] = [];
  const walk = (cmd: Command, path: string) => {
    const own = cmd === program ? [] : cmd.options.map(optionSpec);
    const first = cmd.registeredArguments[0];
    specs.push({
      path,
      description: cmd.description(),
      subcommands: cmd.commands.map((c) => ({ name: c.name(), description: c.description() })),
      options: [...own, ...globals],
      fileArgument: first?.name() === 'file',
      argumentChoices: first?.argChoices,
    });
    for (const c of cmd.commands) walk(c, `${path}/${c.name()}`);
  };
  walk(program, '');
  return specs;
}

/** Options that take a value, by every name (their value is not a subcommand). */
const valueOptions = (specs: CommandSpec[]) =>
  [...new Set(specs.flatMap((s) => s.options.filter((o) => o.value).flatMap((o) => o.names)))].sort();

/** Options whose value has its own completion: files or choices. */
const valueCompletions = (specs: CommandSpec[]) => {
  const seen = new Map<string, OptionSpec>();
  for (const o of specs.flatMap((s) => s.options)) if (o.value && (o.file || o.choices)) seen.set(o.long, o);
  return [...seen.values()];
};

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function bashScript(program: Command): string {
  const specs = commandSpecs(program);
  const name = program.name();
  const fn = `_${name}`;
  const paths = specs.map((s) => s.path).filter(Boolean);
  const cases = specs.map((s) => {
    const commands = [...s.subcommands.map((c) => c.name), ...(s.argumentChoices ?? [])];
    const options = s.options.flatMap((o) => o.names);
    return `    ${sh(s.path)})
      commands=${sh(commands.join(' '))}
      options=${sh(options.join(' '))}
      files=${s.fileArgument ? 1 : 0}
      ;;`;
  });
  const values = valueCompletions(specs).map((o) => {
    const pattern = o.names.join('|');
    const reply = o.file ? 'compgen -f -- "$cur"' : `compgen -W ${sh((o.choices ?? []).join(' '))} -- "$cur"`;
    return `    ${pattern})\n      COMPREPLY=($(${reply}))\n      return\n      ;;`;
  });
  return `# ${name} completion for bash (made by \`${name} completion bash\`).
# Install:  ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
# or add to ~/.bashrc:  source <(${name} completion bash)
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local paths=${sh(` ${paths.join(' ')} `)}
  local value_options=${sh(` ${valueOptions(specs).join(' ')} `)}
  local cmdpath='' w i skip=0 commands='' options='' files=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      -*=*) ;;
      -*) [[ $value_options == *" $w "* ]] && skip=1 ;;
      *) [[ $paths == *" $cmdpath/$w "* ]] && cmdpath="$cmdpath/$w" ;;
    esac
  done
  case "$prev" in
${values.join('\n')}
  esac
  if [[ $value_options == *" $prev "* ]]; then
    COMPREPLY=()
    return
  fi
  case "$cmdpath" in
${cases.join('\n')}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    if ((files)); then COMPREPLY+=($(compgen -f -- "$cur")); fi
  fi
}
complete -o filenames -F ${fn} ${name}
`;
}

/** zsh's _describe takes `name:description`; a colon in the name must be escaped. */
const described = (name: string, description: string) => `${name.replace(/:/g, '\\:')}:${description}`;

export function zshScript(program: Command): string {
  const specs = commandSpecs(program);
  const name = program.name();
  const fn = `_${name}`;
  const paths = specs.map((s) => s.path).filter(Boolean);
  const cases = specs.map((s) => {
    const commands = [
      ...s.subcommands.map((c) => described(c.name, c.description)),
      ...(s.argumentChoices ?? []).map((c) => described(c, c)),
    ];
    const options = s.options.flatMap((o) => o.names.map((n) => described(n, o.description)));
    return `    ${sh(s.path)})
      commands=(${commands.map(sh).join(' ')})
      options=(${options.map(sh).join(' ')})
      files=${s.fileArgument ? 1 : 0}
      ;;`;
  });
  const values = valueCompletions(specs).map((o) => {
    const reply = o.file ? '_files' : `compadd -- ${(o.choices ?? []).map(sh).join(' ')}`;
    return `    ${o.names.join('|')})\n      ${reply}\n      return\n      ;;`;
  });
  return `#compdef ${name}
# ${name} completion for zsh (made by \`${name} completion zsh\`).
# Install:  ${name} completion zsh > "\${fpath[1]}/_${name}"  (any directory of $fpath), then start a new shell;
# or add to ~/.zshrc, after compinit:  source <(${name} completion zsh)
${fn}() {
  local -a paths=(${paths.map(sh).join(' ')})
  local -a value_options=(${valueOptions(specs).map(sh).join(' ')})
  local -a commands options
  local cmdpath='' w i skip=0 files=0
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      -*=*) ;;
      -*) (( \${value_options[(Ie)$w]} )) && skip=1 ;;
      *) (( \${paths[(Ie)$cmdpath/$w]} )) && cmdpath="$cmdpath/$w" ;;
    esac
  done
  local prev=\${words[CURRENT-1]}
  case "$prev" in
${values.join('\n')}
  esac
  (( \${value_options[(Ie)$prev]} )) && return
  case "$cmdpath" in
${cases.join('\n')}
  esac
  if [[ $PREFIX == -* ]]; then
    _describe -t options option options
  else
    local ret=1
    (( \${#commands} )) && _describe -t commands command commands && ret=0
    (( files )) && _files && ret=0
    return ret
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${name}
fi
`;
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function fishScript(program: Command): string {
  const specs = commandSpecs(program);
  const name = program.name();
  const fn = `__${name}_path`;
  const paths = specs.map((s) => s.path).filter(Boolean);
  const lines: string[] = [];
  const globals = new Set(program.options.map((o) => o.long));
  for (const s of specs) {
    const when = `-n ${fishQuote(`test (${fn}) = '${s.path}'`)}`;
    for (const c of s.subcommands)
      lines.push(`complete -c ${name} ${when} -a ${fishQuote(c.name)} -d ${fishQuote(c.description)}`);
    for (const c of s.argumentChoices ?? []) lines.push(`complete -c ${name} ${when} -a ${fishQuote(c)}`);
    if (s.fileArgument) lines.push(`complete -c ${name} ${when} -F`);
    for (const o of s.options) {
      // The program's options apply everywhere: said once, below, with no condition.
      if (globals.has(o.long) || o === HELP) continue;
      lines.push(`complete -c ${name} ${when} ${fishOption(o)}`);
    }
  }
  for (const o of [...program.options.map(optionSpec), HELP]) lines.push(`complete -c ${name} ${fishOption(o)}`);
  return `# ${name} completion for fish (made by \`${name} completion fish\`).
# Install:  ${name} completion fish > ~/.config/fish/completions/${name}.fish
set -g __${name}_paths ${paths.map(fishQuote).join(' ')}
set -g __${name}_value_options ${valueOptions(specs).map(fishQuote).join(' ')}
function ${fn}
  set -l tokens (commandline -opc)
  set -e tokens[1]
  set -l cmdpath ''
  set -l skip 0
  for t in $tokens
    if test $skip = 1
      set skip 0
      continue
    end
    switch $t
      case '-*=*'
      case '-*'
        contains -- $t $__${name}_value_options; and set skip 1
      case '*'
        contains -- "$cmdpath/$t" $__${name}_paths; and set cmdpath "$cmdpath/$t"
    end
  end
  echo $cmdpath
end
complete -c ${name} -f
${lines.join('\n')}
`;
}

function fishOption(o: OptionSpec): string {
  const names = o.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
  const value = o.value ? (o.file ? ' -r -F' : o.choices ? ` -x -a ${fishQuote(o.choices.join(' '))}` : ' -x') : '';
  return `${names}${value} -d ${fishQuote(o.description)}`;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(program: Command, shell: Shell): string {
  return shell === 'bash' ? bashScript(program) : shell === 'zsh' ? zshScript(program) : fishScript(program);
}
