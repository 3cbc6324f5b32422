// The config file: where it is, who may read it, and that concurrent changes are not lost.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configPath, readConfig, updateConfig, writeConfig } from '../src/config.js';
import { freshHome } from './helpers.js';

describe('the config file', () => {
  it('lives in $XDG_CONFIG_HOME/igny8, else ~/.config/igny8', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x', HOME: '/home/ada' })).toBe('/x/igny8/config.json');
    expect(configPath({ HOME: '/home/ada' })).toBe('/home/ada/.config/igny8/config.json');
  });

  it('is written 0600 in a 0700 directory, whatever the umask', async () => {
    const env = await freshHome();
    const path = configPath(env);
    const umask = process.umask(0o022);
    try {
      await writeConfig(path, { servers: { 'http://a': { site: 's' } } });
    } finally {
      process.umask(umask);
    }
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(path, '..'))).mode & 0o777).toBe(0o700);
    expect(await readConfig(path)).toEqual({ servers: { 'http://a': { site: 's' } } });
  });

  it('a missing file is an empty config; a broken one says how to mend it', async () => {
    const env = await freshHome();
    expect(await readConfig(configPath(env))).toEqual({ servers: {} });
    await writeConfig(configPath(env), { servers: {} });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(configPath(env), '{ not json');
    await expect(readConfig(configPath(env))).rejects.toThrow(/is not valid JSON: fix it or delete it/);
  });

  it('changes made at the same time are all kept (the lock)', async () => {
    const env = await freshHome();
    const path = configPath(env);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateConfig(path, (c) => {
          c.servers[`http://s${i}`] = { site: String(i) };
        }),
      ),
    );
    expect(Object.keys((await readConfig(path)).servers)).toHaveLength(20);
  });
});
