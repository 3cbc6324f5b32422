// Each domain module is a room of the same shape: a folder with one entry file (index.ts) that lists what the
// module offers — every file of the folder, and its sub-modules' entries — so a new module (the writer, the
// automation, publishing, webhooks) arrives the same way and nothing hides outside the listing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const domain = join(import.meta.dirname, '../../src/domain');
const modules = readdirSync(domain).filter((f) => statSync(join(domain, f)).isDirectory());

describe('domain modules', () => {
  it('are folders beside the two shared files (the actor and the ports), nothing loose', () => {
    const loose = readdirSync(domain).filter((f) => !statSync(join(domain, f)).isDirectory());
    expect(loose.sort()).toEqual(['actor.ts', 'ports.ts']);
    expect(modules.sort()).toEqual([
      'audit',
      'automation',
      'billing',
      'integrations',
      'notifications',
      'operations',
      'operator',
      'planner',
      'publishing',
      'tenancy',
      'webhooks',
      'writer',
    ]);
  });

  it.each(modules)('%s has an entry file that lists every file and sub-module', (name) => {
    const dir = join(domain, name);
    const entry = join(dir, 'index.ts');
    expect(existsSync(entry)).toBe(true);
    const listed = new Set(
      [...readFileSync(entry, 'utf8').matchAll(/from '\.\/([^']+)\.js'/g)].map((m) => m[1] as string),
    );
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    const subModules = readdirSync(dir)
      .filter((f) => statSync(join(dir, f)).isDirectory())
      .map((f) => `${f}/index`);
    expect([...files, ...subModules].filter((f) => !listed.has(f))).toEqual([]);
  });
});
