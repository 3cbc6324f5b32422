// The config file: the session of `igny8 login` and the default site of `igny8 sites use`, per server (a session
// is only ever sent to the server that issued it). `$XDG_CONFIG_HOME/igny8/config.json`, else
// `~/.config/igny8/config.json`; the directory 0700 and the file 0600, since it holds a refresh token. Written to
// a temporary file and renamed, so a crash mid-write never leaves half a file.
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A stored session. The password is never stored; the tokens are what login and each refresh returned. */
export interface StoredSession {
  email: string;
  account_id: string;
  account_name: string;
  refresh_token: string;
  access_token?: string;
  /** When the access token expires (ISO 8601). */
  access_expires_at?: string;
}

export interface ServerEntry {
  session?: StoredSession;
  /** The default site's id (`igny8 sites use`). */
  site?: string;
}

export interface ConfigFile {
  /** The server of the last `igny8 login`: the default when neither `--base-url` nor IGNY8_BASE_URL is given. */
  base_url?: string;
  /** By base URL, without a trailing slash. */
  servers: Record<string, ServerEntry>;
}

export const configDir = (env: NodeJS.ProcessEnv = process.env) =>
  join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'igny8');

export const configPath = (env: NodeJS.ProcessEnv = process.env) => join(configDir(env), 'config.json');

/** The URL as the config keys it: no trailing slash. */
export const serverKey = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

export async function readConfig(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { servers: {} };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { ...parsed, servers: parsed.servers ?? {} };
  } catch {
    throw new Error(`${path} is not valid JSON: fix it or delete it (then run \`igny8 login\` again).`);
  }
}

export async function writeConfig(path: string, config: ConfigFile): Promise<void> {
  const dir = join(path, '..');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFile is masked by the umask; say it again.
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** Reads, changes and writes the config under the lock, so two processes do not lose each other's change. */
export async function updateConfig(path: string, change: (config: ConfigFile) => void): Promise<ConfigFile> {
  return withLock(path, async () => {
    const config = await readConfig(path);
    change(config);
    await writeConfig(path, config);
    return config;
  });
}

const LOCK_STALE_MS = 30_000;

/**
 * Runs `fn` holding `<path>.lock` (made with O_EXCL). Refresh tokens are single use: two processes refreshing the
 * same one would make the server revoke the session, so a refresh happens under this lock, after re-reading the file.
 * A lock older than 30 s is from a process that died and is taken over.
 */
export async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) await rm(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another igny8 process.`);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}
