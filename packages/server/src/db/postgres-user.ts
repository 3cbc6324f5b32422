// PostgreSQL refuses to run as root, so as root the embedded cluster runs as the unprivileged
// `postgres` user. That user must reach what it runs: a clone in root's own home (mode 0700, the
// usual layout on a VPS or in a container) hides both node_modules and `.data/` from it. This
// module finds or creates the user, tells whether it can reach a path, and puts the binaries in a
// root-owned, world-readable cache when it cannot reach them where the package manager put them.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, link, lstat, mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../config.js';

const run = promisify(execFile);
const succeeds = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );

export interface PostgresUser {
  uid: number;
  gid: number;
}

/** Where binaries go when the postgres user cannot reach them in node_modules (root-owned, 0755). */
export const BINARY_CACHE_DIR = '/var/cache/igny8';

async function lookup(): Promise<PostgresUser> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/** The `postgres` system user, created (as a system account without a home) when it is missing. */
export async function postgresUser(): Promise<PostgresUser> {
  try {
    return await lookup();
  } catch {
    // Not there yet: create it below.
  }
  try {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return await lookup();
  } catch (err) {
    throw new StartupError(
      `PostgreSQL does not run as root, and the user "postgres" to run it as could not be created ` +
        `(${(err as Error).message.trim()}). Create that user, run as another user, or set DATABASE_URL.`,
    );
  }
}

function allows(st: { uid: number; gid: number; mode: number }, user: PostgresUser, bit: number): boolean {
  const bits = st.uid === user.uid ? st.mode >> 6 : st.gid === user.gid ? st.mode >> 3 : st.mode;
  return (bits & bit) !== 0;
}

/**
 * Whether `user` may pass through every directory above `path` (ACLs aside: a false "no" only
 * means we take the way that always works). Spawned processes drop supplementary groups, so the
 * primary group is the only one that counts.
 */
export async function canReach(path: string, user: PostgresUser): Promise<boolean> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (!allows(await stat(dir), user, 0o1)) return false;
    if (dir === dirname(dir)) return true;
  }
}

/** Every file under `dir` readable (executables executable) by others, every directory searchable. */
async function openToOthers(dir: string): Promise<boolean> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const st = await lstat(path);
    if (st.isSymbolicLink()) continue;
    const needs = st.isDirectory() || st.mode & 0o100 ? 0o005 : 0o004;
    if ((st.mode & needs) !== needs) return false;
    if (st.isDirectory() && !(await openToOthers(path))) return false;
  }
  return true;
}

/**
 * Copies `from` into `to`, hard-linking files whose mode already lets others read them (instant,
 * no extra space) and copying with a widened mode those that do not (a chmod through a hard link
 * would change the package manager's own copy).
 */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to);
  await chmod(to, 0o755);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const st = await lstat(source);
    if (st.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (st.isDirectory()) await mirror(source, target);
    else {
      const mode = st.mode & 0o100 ? 0o755 : 0o644;
      const linked = (st.mode & 0o777 & mode) === mode && (await succeeds(link(source, target)));
      if (!linked) {
        await copyFile(source, target);
        await chmod(target, mode);
      }
    }
  }
}

/**
 * The directory of PostgreSQL's `bin`, `lib` and `share` that `user` can run: `nativeDir` itself
 * when it is reachable and open, otherwise a copy in {@link BINARY_CACHE_DIR}, made once per
 * binaries version and published by a rename, so two processes starting at once never see half a copy.
 */
export async function reachableBinaries(nativeDir: string, version: string, user: PostgresUser): Promise<string> {
  if ((await canReach(nativeDir, user)) && (await openToOthers(nativeDir))) return nativeDir;
  const target = join(BINARY_CACHE_DIR, `postgres-${version}-${process.platform}-${process.arch}`);
  if (await succeeds(stat(join(target, 'bin', 'postgres')))) return target;
  await mkdir(BINARY_CACHE_DIR, { recursive: true });
  await chmod(BINARY_CACHE_DIR, 0o755);
  await removeStalePartials();
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await mirror(nativeDir, partial);
    await rename(partial, target).catch(async (err) => {
      // Another process published the same version first: theirs is as good as ours.
      if (!(await succeeds(stat(join(target, 'bin', 'postgres'))))) throw err;
    });
  } catch (err) {
    throw new StartupError(
      `The PostgreSQL binaries could not be made reachable for the user "postgres" in ${BINARY_CACHE_DIR} ` +
        `(${(err as Error).message}). Make that directory writable for root, or set DATABASE_URL.`,
    );
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return target;
}

/** Removes copies left by a process that died while copying (older than a minute: not in progress). */
async function removeStalePartials(): Promise<void> {
  const entries = await readdir(BINARY_CACHE_DIR).catch(() => [] as string[]);
  for (const name of entries.filter((n) => n.includes('.partial-'))) {
    const path = join(BINARY_CACHE_DIR, name);
    const st = await stat(path).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > 60_000) await rm(path, { recursive: true, force: true });
  }
}
