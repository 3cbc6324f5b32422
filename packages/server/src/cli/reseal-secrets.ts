// `pnpm secrets:reseal`: the second step of rotating JWT_SECRET (docs/deploy.md). With JWT_SECRET set to the new
// secret and JWT_SECRET_PREVIOUS to the old one, seals every stored signing secret (WordPress sites', webhook
// endpoints') that opens only under the old one again under the new one, prints what it did, and exits 0 — or 1
// naming the sites and endpoints whose secret opens under neither (they need a new connection, a new secret).
// Without JWT_SECRET_PREVIOUS it changes nothing and checks that every stored secret opens under JWT_SECRET.
// Safe beside running servers and safe to run again.
import '../node-version.js';
import knexFactory from 'knex';
import { loadConfig, StartupError } from '../config.js';
import { SecretBox } from '../domain/integrations/secret-box.js';
import { describeReseal, resealStoredSecrets } from '../domain/operator/reseal-secrets.js';
import { exitOnStartupError } from '../process.js';
import { ownerConnection } from './owner-connection.js';

async function main() {
  const config = loadConfig();
  const { secret, previousSecret } = config.jwt;
  const { url, embedded } = await ownerConnection(config);
  const owner = knexFactory({ client: 'pg', connection: { connectionString: url }, pool: { min: 0, max: 2 } });
  try {
    const report = await resealStoredSecrets(owner, {
      integrations: new SecretBox(secret, 'integration-secrets', previousSecret),
      webhooks: new SecretBox(secret, 'webhook-secrets', previousSecret),
    }).catch((err: Error) => {
      throw new StartupError(`Sealing the stored secrets again failed: ${err.message}`);
    });
    for (const line of describeReseal(report)) console.log(line);
    const unreadable = report.sites.unreadable.length + report.webhookEndpoints.unreadable.length;
    if (unreadable) {
      console.error(
        `${unreadable} stored secret(s) open under neither JWT_SECRET nor JWT_SECRET_PREVIOUS: connect those sites ` +
          'again (a new connection code) and rotate those endpoints’ secrets twice (docs/deploy.md).',
      );
      process.exitCode = 1;
    } else if (previousSecret) {
      console.log(
        `Every stored secret opens under JWT_SECRET. Remove JWT_SECRET_PREVIOUS once the tokens and file URLs signed ` +
          `with it have expired (${Math.max(config.jwt.accessTtlSeconds, config.fileUrlTtlSeconds)} s after the ` +
          'last process started with the new JWT_SECRET).',
      );
    } else {
      console.log('Every stored secret opens under JWT_SECRET.');
    }
  } finally {
    await owner.destroy();
    await embedded?.stop();
  }
}

main().catch(exitOnStartupError);
