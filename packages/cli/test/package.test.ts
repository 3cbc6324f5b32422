// The package as npm would install it: `pnpm pack` (which writes the workspace versions in) holds the executable
// and what it needs, nothing else, and the executable runs from there. Needs `pnpm build` first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { CLI } from './helpers.js';

const here = fileURLToPath(new URL('..', import.meta.url));
let unpacked: string;
let files: string[];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  const dir = await mkdtemp(join(tmpdir(), 'igny8-cli-pack-'));
  const packed = JSON.parse(
    execFileSync('pnpm', ['pack', '--pack-destination', dir, '--json'], { cwd: here, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] };
  files = packed.files.map((f) => f.path).sort();
  execFileSync('tar', ['-xzf', packed.filename, '-C', dir]);
  unpacked = join(dir, 'package');
  // What npm would install beside it: the dependencies, here the workspace's own.
  await symlink(join(here, 'node_modules'), join(unpacked, 'node_modules'));
});

describe('the npm package', () => {
  it('holds the executable, its source map, the readme and package.json: nothing else', () => {
    expect(files).toEqual(['README.md', 'dist/cli.js', 'dist/cli.js.map', 'package.json']);
  });

  it('names `igny8` as its bin, with real versions of its dependencies', async () => {
    const manifest = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ igny8: './dist/cli.js' });
    expect(manifest.type).toBe('module');
    expect(manifest.engines.node).toBe('>=22.12');
    expect(manifest.dependencies['@igny8/sdk']).toBe(pkg.version);
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });

  it('runs: an executable node script that answers --version and prints a completion script', async () => {
    const bin = join(unpacked, 'dist', 'cli.js');
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(bin)).mode & 0o111).not.toBe(0);
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
    expect(execFileSync(bin, ['completion', 'bash'], { encoding: 'utf8' })).toContain(
      'complete -o filenames -F _igny8 igny8',
    );
  });
});
