// Configuration comes from environment variables only (see docs/configuration.md for the table).
// Secrets missing in development are generated once and kept in the data directory; in
// production they are required.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type AiConfig, parseAiEnv } from './ai/index.js';
import { parseStorageEnv, type StorageConfig } from './storage/index.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  APP_DATABASE_URL: z.string().min(1).optional(),
  DB_APP_PASSWORD: z.string().min(16).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  IGNY8_DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  JWT_SECRET: z.string().min(32).optional(),
  // The secret JWT_SECRET replaced, during a rotation: still accepted, never used to sign or seal (docs/deploy.md).
  JWT_SECRET_PREVIOUS: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32).optional()),
  JWT_ISSUER: z.string().default('igny8'),
  JWT_AUDIENCE: z.string().default('igny8-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Igny8 <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  JOBS_IN_PROCESS: bool.default(true),
  JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).max(3600).default(30),
  JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  JOB_STEP_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  PUBLISH_RETRIES: z.coerce.number().int().min(0).max(20).default(6),
  PUBLISH_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  COMPUTE_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  COMPUTE_PRESTART: bool.optional(),
  TRUST_PROXY: bool.default(false),
  METRICS_TOKEN: z.string().min(16).optional(),
  JWT_ADMIN_AUDIENCE: z.string().default('igny8-admin'),
  JWT_WIDGET_AUDIENCE: z.string().default('igny8-widget'),
  ALLOW_PRIVATE_URLS: bool.default(false),
  WEBHOOK_ALLOWED_NETWORKS: z.string().default(''),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_API_BASE: z.url().optional(),
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  BILLING_SELLER_NAME: z.string().default('Igny8'),
  BILLING_SELLER_ADDRESS: z.string().default(''),
  BILLING_SELLER_EMAIL: z.string().optional(),
  FILE_URL_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(3600),
});

export interface Config {
  /** Where generated images are stored (docs/storage.md). */
  storage: StorageConfig;
  /** How long a signed image URL lives. */
  fileUrlTtlSeconds: number;
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Whether PUBLIC_URL was set (otherwise publicUrl is a guess from PORT). */
  publicUrlSet: boolean;
  databaseUrl?: string;
  appDatabaseUrl?: string;
  dbAppPassword: string;
  dbPoolMax: number;
  dataDir: string;
  /** EMBEDDED_PG_PORT; unset → the embedded PostgreSQL picks a free port and records it in the data directory. */
  embeddedPgPort?: number;
  jwt: {
    secret: string;
    /** JWT_SECRET_PREVIOUS: during a rotation, what tokens, file URLs and sealed secrets made under it open with. */
    previousSecret?: string;
    issuer: string;
    audience: string;
    adminAudience: string;
    widgetAudience: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
  };
  corsOrigins: string[];
  bodyLimitBytes: number;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  authRateLimitPerMinute: number;
  publicRateLimitPerMinute: number;
  jobsInProcess: boolean;
  jobs: {
    /** A job whose worker stops sending heartbeats this long is retried (it resumes at its checkpoint). */
    heartbeatSeconds: number;
    /** How often the queue looks for such jobs. */
    superviseSeconds: number;
    /** A pause before each step of a stepped job: for tests and demonstrations of resumption; 0 otherwise. */
    stepDelayMs: number;
  };
  publishing: {
    /** Attempts after the first before a publication is `failed` (PUBLISH_RETRIES, 6). */
    retries: number;
    /** The first retry's delay; each next one doubles, up to an hour (PUBLISH_RETRY_DELAY_SECONDS, 30). */
    retryDelaySeconds: number;
  };
  /** Worker threads for CPU-heavy work (clustering); 0 runs it on the event loop. Default: cores − 1, at least 1. */
  computeThreads?: number;
  /**
   * Start one compute thread with the process (it loads and warms the engine), so the first clustering does not
   * pay for that; default on, except under NODE_ENV=test, where every test server would start one.
   */
  computePrestart: boolean;
  trustProxy: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Let user-given URLs (WordPress sites) point at loopback and private networks: tests, a LAN deployment. */
  allowPrivateUrls: boolean;
  webhooks: {
    /**
     * Networks webhook endpoints may resolve to although they are private or loopback (WEBHOOK_ALLOWED_NETWORKS, a
     * comma-separated CIDR list); ALLOW_PRIVATE_URLS allows every network.
     */
    allowedNetworks: Network[];
    /** How often a worker looks for due deliveries (WEBHOOK_POLL_MS). */
    pollMs: number;
  };
  /** Stripe Checkout; unset → card payments are refused and bank transfer is the way to pay. */
  stripe?: { secretKey: string; webhookSecret: string; apiBase?: string };
  billing: { graceDays: number; seller: { name: string; address: string[]; email?: string } };
  /** AI providers (src/ai/config.ts): the offline `local` one unless an OpenAI-compatible API is set. */
  ai: AiConfig;
}

/** An address range: `10.1.0.0/16`, `fd00::/8`; a bare address is itself alone. */
export interface Network {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** Parses a comma-separated CIDR list (WEBHOOK_ALLOWED_NETWORKS); throws on an entry that is not one. */
export function parseNetworks(list: string): Network[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [address = '', prefixText, extra] = entry.split('/');
      const version = isIP(address);
      const max = version === 6 ? 128 : 32;
      const prefix = prefixText === undefined ? max : Number(prefixText);
      if (!version || extra !== undefined || !/^\d{1,3}$/.test(prefixText ?? `${max}`) || prefix > max) {
        throw new ConfigError(`WEBHOOK_ALLOWED_NETWORKS: ${entry} is not an address or a CIDR range`);
      }
      return { address, prefix, family: version === 6 ? 'ipv6' : 'ipv4' };
    });
}

/** A start-up failure the user can act on: its message alone is printed, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export class ConfigError extends StartupError {
  override name = 'ConfigError';
}

type Secrets = { JWT_SECRET: string; DB_APP_PASSWORD: string; EMBEDDED_PG_PASSWORD: string };

/** Reads (or creates, in development) the secrets file in the data directory. */
export function loadDevSecrets(dataDir: string): Secrets {
  const file = join(dataDir, 'secrets.json');
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  const secrets: Secrets = {
    JWT_SECRET: existing.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    DB_APP_PASSWORD: existing.DB_APP_PASSWORD ?? randomBytes(24).toString('base64url'),
    EMBEDDED_PG_PASSWORD: existing.EMBEDDED_PG_PASSWORD ?? randomBytes(24).toString('base64url'),
  };
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    mkdirSync(dataDir, { recursive: true });
    // Written aside and renamed, so a concurrent reader never sees half a file.
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, file);
  } else if (statSync(file).mode & 0o077) {
    // Written by an older version, or copied in by hand, with a mode others can read.
    chmodSync(file, 0o600);
  }
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  // Relative to where the command was typed (pnpm runs scripts inside the package directory).
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), e.IGNY8_DATA_DIR ?? '.data');
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = [
      !e.JWT_SECRET && 'JWT_SECRET',
      !e.DATABASE_URL && 'DATABASE_URL',
      !e.APP_DATABASE_URL && !e.DB_APP_PASSWORD && 'DB_APP_PASSWORD (or APP_DATABASE_URL)',
    ].filter(Boolean);
    if (missing.length) throw new ConfigError(`Missing required configuration in production: ${missing.join(', ')}`);
  }
  const dev = production ? undefined : loadDevSecrets(dataDir);
  const secret = e.JWT_SECRET ?? (dev?.JWT_SECRET as string);
  if (e.JWT_SECRET_PREVIOUS !== undefined && e.JWT_SECRET_PREVIOUS === secret)
    throw new ConfigError('JWT_SECRET_PREVIOUS is the same as JWT_SECRET: give it the secret JWT_SECRET replaced');
  let ai: AiConfig;
  try {
    ai = parseAiEnv(env);
  } catch (err) {
    throw new ConfigError(`Invalid AI configuration: ${(err as Error).message}`);
  }
  let storage: StorageConfig;
  try {
    storage = parseStorageEnv(env, dataDir);
  } catch (err) {
    throw new ConfigError(`Invalid storage configuration: ${(err as Error).message}`);
  }
  return {
    storage,
    fileUrlTtlSeconds: e.FILE_URL_TTL_SECONDS,
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    publicUrlSet: Boolean(e.PUBLIC_URL),
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    dbAppPassword: e.DB_APP_PASSWORD ?? (dev?.DB_APP_PASSWORD as string),
    dbPoolMax: e.DB_POOL_MAX,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    jwt: {
      secret,
      previousSecret: e.JWT_SECRET_PREVIOUS,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      adminAudience: e.JWT_ADMIN_AUDIENCE,
      widgetAudience: e.JWT_WIDGET_AUDIENCE,
      accessTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    },
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    jobsInProcess: e.JOBS_IN_PROCESS,
    jobs: {
      heartbeatSeconds: e.JOB_HEARTBEAT_SECONDS,
      superviseSeconds: e.JOB_SUPERVISE_SECONDS,
      stepDelayMs: e.JOB_STEP_DELAY_MS,
    },
    publishing: { retries: e.PUBLISH_RETRIES, retryDelaySeconds: e.PUBLISH_RETRY_DELAY_SECONDS },
    computeThreads: e.COMPUTE_THREADS,
    computePrestart: e.COMPUTE_PRESTART ?? e.NODE_ENV !== 'test',
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    allowPrivateUrls: e.ALLOW_PRIVATE_URLS,
    webhooks: { allowedNetworks: parseNetworks(e.WEBHOOK_ALLOWED_NETWORKS), pollMs: e.WEBHOOK_POLL_MS },
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET
        ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiBase: e.STRIPE_API_BASE }
        : undefined,
    ai,
    billing: {
      graceDays: e.BILLING_GRACE_DAYS,
      seller: {
        name: e.BILLING_SELLER_NAME,
        address: e.BILLING_SELLER_ADDRESS.split('|')
          .map((l) => l.trim())
          .filter(Boolean),
        email: e.BILLING_SELLER_EMAIL,
      },
    },
  };
}
