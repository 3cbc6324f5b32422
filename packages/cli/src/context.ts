// What every command works with: where the API is, the credentials (an API key from the flag or the environment
// before a stored login), a client made from them, the site a command is about, the output, and Ctrl-C.
import { Igny8, type Schemas } from '@igny8/sdk';
import {
  type ConfigFile,
  configPath,
  readConfig,
  type ServerEntry,
  type StoredSession,
  serverKey,
  updateConfig,
  withLock,
  writeConfig,
} from './config.js';
import { CliError, type ErrorContext, usage } from './errors.js';
import { Output, type Streams } from './output.js';

export const DEFAULT_BASE_URL = 'http://localhost:8080';

/** The options every command takes (root options and the command's own, as commander merges them). */
export interface GlobalOptions {
  baseUrl?: string;
  apiKey?: string;
  json?: boolean;
  debug?: boolean;
  site?: string;
  yes?: boolean;
}

export interface Io {
  env: NodeJS.ProcessEnv;
  streams: Streams;
  /** A fetch for the SDK (tests); the global one otherwise. */
  fetch?: typeof fetch;
}

type Site = Schemas['Site'];

/** An access token is used until a minute before it expires; then it is refreshed first. */
const MARGIN_MS = 60_000;

const isFresh = (s: StoredSession | undefined, now = Date.now()) =>
  !!s?.access_token && !!s.access_expires_at && Date.parse(s.access_expires_at) - MARGIN_MS > now;

export class Context {
  readonly io: Io;
  readonly options: GlobalOptions;
  readonly out: Output;
  readonly configPath: string;
  readonly #config: ConfigFile;
  readonly baseUrl: string;
  #interrupt: (() => void) | undefined;
  #client: Igny8 | undefined;

  private constructor(io: Io, options: GlobalOptions, config: ConfigFile, path: string) {
    this.io = io;
    this.options = options;
    this.out = new Output(io.streams, options.json === true);
    this.configPath = path;
    this.#config = config;
    // The flag (or IGNY8_BASE_URL, which commander reads into it), else the server of the last login.
    this.baseUrl = serverKey(options.baseUrl || config.base_url || DEFAULT_BASE_URL);
  }

  static async create(io: Io, options: GlobalOptions): Promise<Context> {
    const path = configPath(io.env);
    return new Context(io, options, await readConfig(path), path);
  }

  /** This server's entry in the config file (a copy; change it with `save`). */
  get entry(): ServerEntry {
    return this.#config.servers[this.baseUrl] ?? {};
  }

  /** How requests are authenticated: an API key wins over a stored login. */
  get credential(): ErrorContext['credential'] {
    if (this.options.apiKey) return 'api_key';
    return this.entry.session ? 'session' : 'none';
  }

  get errorContext(): ErrorContext {
    return { baseUrl: this.baseUrl, credential: this.credential };
  }

  /** Changes this server's entry in the config file (under its lock) and here. */
  async save(change: (entry: ServerEntry, config: ConfigFile) => void): Promise<void> {
    const config = await updateConfig(this.configPath, (c) => {
      const entry = c.servers[this.baseUrl] ?? {};
      change(entry, c);
      c.servers[this.baseUrl] = entry;
    });
    Object.assign(this.#config, config);
  }

  /** A client with no credentials (login). */
  anonymous(): Igny8 {
    return new Igny8({ baseUrl: this.baseUrl, ...(this.io.fetch ? { fetch: this.io.fetch } : {}) });
  }

  /** The client for this command: the API key, else the stored session (refreshed first when it has expired). */
  async client(): Promise<Igny8> {
    if (this.#client) return this.#client;
    const common = { baseUrl: this.baseUrl, ...(this.io.fetch ? { fetch: this.io.fetch } : {}) };
    if (this.options.apiKey) {
      this.#client = new Igny8({ ...common, apiKey: this.options.apiKey });
      return this.#client;
    }
    if (!this.entry.session) {
      throw new CliError(
        `Not signed in to ${this.baseUrl}. Run \`igny8 login\`, or give an API key (--api-key or IGNY8_API_KEY).`,
        { code: 'UNAUTHENTICATED' },
      );
    }
    const session = isFresh(this.entry.session) ? this.entry.session : await this.#refresh();
    this.#client = new Igny8({
      ...common,
      accessToken: session.access_token as string,
      refreshToken: session.refresh_token,
      // A refresh later on (a long watch): keep the new tokens, since the old refresh token is spent.
      onTokens: (t) =>
        this.save((entry) => {
          if (entry.session)
            entry.session = { ...entry.session, ...tokens(t.accessToken, t.refreshToken, t.expiresIn) };
        }),
    });
    return this.#client;
  }

  /**
   * Refresh tokens are single use, and two processes spending the same one would get the session revoked: refresh
   * under the config file's lock, after reading the file again (another process may have just refreshed).
   */
  async #refresh(): Promise<StoredSession> {
    return withLock(this.configPath, async () => {
      const config = await readConfig(this.configPath);
      const entry = config.servers[this.baseUrl] ?? {};
      const current = entry.session;
      if (!current) throw new CliError(`Not signed in to ${this.baseUrl}. Run \`igny8 login\`.`);
      if (isFresh(current)) return current;
      const s = await this.anonymous().auth.refresh({ refresh_token: current.refresh_token });
      entry.session = { ...current, ...tokens(s.access_token, s.refresh_token, s.expires_in) };
      config.servers[this.baseUrl] = entry;
      await writeConfig(this.configPath, config);
      Object.assign(this.#config, config);
      return entry.session;
    });
  }

  /**
   * The site the command is about: `--site` (or IGNY8_SITE) by id, slug or name, else the default of
   * `igny8 sites use`, else the only site there is.
   */
  async site(): Promise<Site> {
    const client = await this.client();
    const sites: Site[] = [];
    for await (const s of client.sites.list({ limit: 100 })) sites.push(s);
    const wanted = this.options.site;
    if (wanted) return findSite(sites, wanted);
    // The default, while these credentials may see it (another account's key on the same server may not).
    const stored = sites.find((s) => s.id === this.entry.site);
    if (stored) return stored;
    if (sites.length === 1) return sites[0] as Site;
    if (sites.length === 0) throw new CliError('The account has no site yet: create one in the app first.');
    throw usage(
      `Which site? Give --site <id|slug|name> or set a default with \`igny8 sites use <site>\`. The sites: ${sites
        .map((s) => s.slug)
        .join(', ')}.`,
    );
  }

  /**
   * Runs `fn` with a signal that Ctrl-C aborts (instead of ending the process at once), so that a wait can stop
   * cleanly and say that the work goes on on the server.
   */
  async interruptible<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.#interrupt = () => controller.abort();
    try {
      return await fn(controller.signal);
    } finally {
      this.#interrupt = undefined;
    }
  }

  /** Ctrl-C: stops what `interruptible` runs; false when nothing is interruptible (the process then just ends). */
  interrupt(): boolean {
    if (!this.#interrupt) return false;
    this.#interrupt();
    return true;
  }
}

const tokens = (access: string, refresh: string, expiresIn: number) => ({
  access_token: access,
  refresh_token: refresh,
  access_expires_at: new Date(Date.now() + expiresIn * 1000).toISOString(),
});

/** A site by id, slug or name (names compared without case); a usage error naming the choices otherwise. */
export function findSite(sites: Site[], wanted: string): Site {
  const byId = sites.find((s) => s.id === wanted || s.slug === wanted);
  if (byId) return byId;
  const byName = sites.filter((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return byName[0] as Site;
  const choices = sites.map((s) => `${s.slug} (${s.name})`).join(', ') || 'none';
  if (byName.length > 1)
    throw usage(`Several sites are named "${wanted}": give the slug or id. The sites: ${choices}.`);
  throw usage(`No site "${wanted}". The sites: ${choices}.`);
}
