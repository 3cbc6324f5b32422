// Assembles the running system from configuration: the database (given or embedded), migrations
// and seeds, the job queue and the app's dependencies. Shared by the server and the worker.
import { createHmac } from 'node:crypto';
import { type AiRegistry, createProviders } from './ai/index.js';
import { AccessTokens } from './auth/access-tokens.js';
import { createAuthRateLimiter } from './auth/rate-limit.js';
import { type ComputePool, createComputePool } from './compute/pool.js';
import type { Config } from './config.js';
import { loadDevSecrets } from './config.js';
import { bootstrapDatabase } from './db/bootstrap.js';
import { appUrlFrom, createDatabase } from './db/connection.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded.js';
import type { AppDeps } from './deps.js';
import { StripeGateway } from './domain/billing/stripe-gateway.js';
import { createIntegrationDeps } from './domain/integrations/ports.js';
import { createWebhookDeps } from './domain/webhooks/ports.js';
import { jobDefinitions, workerLoops } from './jobs/index.js';
import { createJobQueue } from './jobs/queue.js';
import type { Logger } from './logger.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import type { Resolver } from './net/pinned-request.js';
import { type BlobStorage, createStorage } from './storage/index.js';

/** The key of signed file URLs: a key of its own, derived from the server secret (a token for one use is no other). */
const fileUrlKey = (serverSecret: string) =>
  createHmac('sha256', serverSecret).update('igny8 signed file urls').digest();

export interface Runtime {
  deps: AppDeps;
  /** CPU-heavy work off the event loop (the jobs use it). */
  compute: ComputePool;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

export async function createRuntime(
  config: Config,
  logger: Logger,
  overrides: {
    mailer?: Mailer;
    now?: () => Date;
    pollingIntervalSeconds?: number;
    ai?: AiRegistry;
    storage?: BlobStorage;
    /** The resolver of requests to users' servers, WordPress sites and webhook receivers (tests answer loopback). */
    resolver?: Resolver;
  } = {},
): Promise<Runtime> {
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    const secrets = loadDevSecrets(config.dataDir);
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      password: secrets.EMBEDDED_PG_PASSWORD,
      logger,
    });
    ownerUrl = embedded.url;
    logger.info({ port: embedded.port, clusterDir: embedded.clusterDir }, 'embedded PostgreSQL started');
  }
  const appUrl = config.appDatabaseUrl ?? appUrlFrom(ownerUrl, config.dbAppPassword);
  const db = createDatabase({ ownerUrl, appUrl, poolMax: config.dbPoolMax, logger });
  try {
    const { applied } = await bootstrapDatabase(db.owner, {
      appPassword: config.dbAppPassword,
      manageRole: !config.appDatabaseUrl,
    });
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  } catch (err) {
    // Nothing else holds the database yet: close it before the error ends the process.
    await db.destroy();
    await embedded?.stop();
    throw err;
  }

  const jobs = createJobQueue({
    ownerUrl,
    logger,
    pollingIntervalSeconds: overrides.pollingIntervalSeconds,
    heartbeatSeconds: config.jobs.heartbeatSeconds,
    superviseSeconds: config.jobs.superviseSeconds,
  });
  const compute = createComputePool({
    threads: config.computeThreads,
    onThreadError: (err) => logger.warn({ err }, 'a compute thread stopped; the pool starts another when needed'),
  });

  const now = overrides.now ?? (() => new Date());
  const deps: AppDeps = {
    config,
    logger,
    db,
    tokens: new AccessTokens({ ...config.jwt }, now),
    mailer:
      overrides.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger, env: config.env }),
    jobs,
    // In PostgreSQL, so every API process on the database counts against the same budget.
    rateLimiter: createAuthRateLimiter(db.app, 'auth', config.authRateLimitPerMinute),
    publicRateLimiter: createAuthRateLimiter(db.app, 'public', config.publicRateLimitPerMinute),
    now,
    stripe: config.stripe ? new StripeGateway(config.stripe) : undefined,
    ai: overrides.ai ?? createProviders(config.ai),
    files: {
      storage: overrides.storage ?? createStorage(config.storage),
      secret: fileUrlKey(config.jwt.secret),
      previousSecret: config.jwt.previousSecret ? fileUrlKey(config.jwt.previousSecret) : undefined,
      ttlSeconds: config.fileUrlTtlSeconds,
      publicUrl: config.publicUrl,
    },
    integrations: createIntegrationDeps({
      serverSecret: config.jwt.secret,
      previousServerSecret: config.jwt.previousSecret,
      now,
      allowPrivateUrls: config.allowPrivateUrls,
      resolve: overrides.resolver,
      publicUrl: config.publicUrlSet ? config.publicUrl : null,
      db: db.app,
    }),
    webhooks: createWebhookDeps({
      serverSecret: config.jwt.secret,
      previousServerSecret: config.jwt.previousSecret,
      now,
      allowPrivateUrls: config.allowPrivateUrls,
      allowedNetworks: config.webhooks.allowedNetworks,
      resolve: overrides.resolver,
    }),
  };
  jobs.register(jobDefinitions(deps, compute));
  jobs.registerLoops(workerLoops(deps));
  return {
    deps,
    compute,
    embedded,
    /** In this order: no job touches a closed pool, and PostgreSQL stops when nothing is connected. */
    async close() {
      await jobs.stop();
      await compute.close();
      await deps.files.storage.close?.();
      await db.destroy();
      await embedded?.stop();
    },
  };
}
