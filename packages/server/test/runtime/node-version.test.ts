// An unsupported Node.js is refused up front, in one line that names the version needed and how
// to get it: at install, at `pnpm start`, and by the entry points themselves. The old Node is the
// system's (/usr/bin/node is Node 20 on these machines); the boundary is also checked with the
// running Node made to report another version.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_NODE } from '../../src/node-version.js';

const repository = resolve(import.meta.dirname, '../../../..');
const server = resolve(import.meta.dirname, '../..');
const SYSTEM_NODE = '/usr/bin/node';
const systemVersion = existsSync(SYSTEM_NODE)
  ? execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
  : undefined;
const [major = 0, minor = 0] = (systemVersion ?? '').split('.').map(Number);
const systemNodeIsOld = systemVersion !== undefined && (major < 22 || (major === 22 && minor < 12));

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A PATH whose first `node` is the system's old one (pnpm and everything else as before). */
function pathWithOldNode() {
  const bin = mkdtempSync(join(tmpdir(), 'igny8-old-node-'));
  made.push(bin);
  symlinkSync(SYSTEM_NODE, join(bin, 'node'));
  return `${bin}${delimiter}${process.env.PATH}`;
}

function run(command: string, args: string[], options: { cwd: string; path?: string }) {
  // Should the refusal ever be missing, what starts must not take the usual port or data directory.
  const dataDir = mkdtempSync(join(tmpdir(), 'igny8-old-node-data-'));
  made.push(dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: options.path ?? process.env.PATH,
    PORT: '0',
    IGNY8_DATA_DIR: dataDir,
  };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'INIT_CWD') delete env[key];
  delete env.DATABASE_URL;
  const result = spawnSync(command, args, { cwd: options.cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The refusal: one line, naming the version needed, the one recommended, and how to get it. */
function expectRefusal(result: { code: number | null; output: string }, version: string) {
  expect(result.code, result.output).not.toBe(0);
  const line = result.output.split('\n').find((l) => l.includes('Igny8 needs Node.js'));
  expect(line, result.output).toBeDefined();
  expect(line).toContain(`>= ${REQUIRED_NODE} (24 LTS recommended); this is v${version}.`);
  expect(line).toContain('nvm install 24');
  expect(result.output).not.toMatch(/\n\s+at /);
}

describe('the Node.js version', () => {
  it('is the one package.json declares', () => {
    const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'));
    expect(manifest.engines.node).toBe(`>=${REQUIRED_NODE}`);
    expect(manifest.devEngines.runtime.version).toBe(`>=${REQUIRED_NODE}`);
    expect(manifest.scripts.preinstall).toBe('node scripts/check-node.mjs');
  });

  it('is checked at its boundary: 22.11 refused, 22.12 and 24 accepted', () => {
    const as = (version: string, script: string[]) =>
      run(
        process.execPath,
        [
          '--import',
          `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'});Object.defineProperty(process,'version',{value:'v${version}'})`,
          ...script,
        ],
        { cwd: server },
      );
    for (const script of [
      [join(repository, 'scripts', 'check-node.mjs')],
      ['--import', 'tsx', 'src/node-version.ts'],
    ]) {
      expectRefusal(as('22.11.0', script), '22.11.0');
      expect(as('22.12.0', script).code).toBe(0);
      expect(as('24.0.0', script).code).toBe(0);
    }
  });

  describe.skipIf(!systemNodeIsOld)(`with the system's Node ${systemVersion} first on PATH`, () => {
    it('the server and worker entry points refuse it before anything else', () => {
      for (const entry of ['src/main.ts', 'src/worker.ts']) {
        expectRefusal(run(SYSTEM_NODE, ['--import', 'tsx', entry], { cwd: server }), systemVersion as string);
      }
    });

    it('`pnpm start` refuses it', () => {
      expectRefusal(run('pnpm', ['start'], { cwd: repository, path: pathWithOldNode() }), systemVersion as string);
    });

    it('`pnpm install` in a fresh clone refuses it', () => {
      const dir = mkdtempSync(join(tmpdir(), 'igny8-old-node-clone-'));
      made.push(dir);
      const clone = join(dir, 'igny8');
      mkdirSync(clone);
      const head = execFileSync('git', ['-C', repository, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
      execFileSync('git', ['clone', '--quiet', '--no-checkout', repository, clone]);
      execFileSync('git', ['-C', clone, 'checkout', '--quiet', '--detach', head]);
      const install = run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
        cwd: clone,
        path: pathWithOldNode(),
      });
      expectRefusal(install, systemVersion as string);
    }, 60_000);
  });
});
