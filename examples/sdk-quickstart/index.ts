// The developer journey in one script, through @igny8/sdk: sign up (or log in), create a site with a sector, import
// keywords, cluster them, generate ideas, queue one as a writing task, write the article, approve it, connect
// WordPress, publish, and print the post's address. Each long step is an Operation, waited for with
// `operations.wait` and its progress shown. See README.md: `pnpm start` at the repository root, then
// `pnpm --filter @igny8/example-sdk-quickstart start`.
import { randomBytes } from 'node:crypto';
import { AuthenticationError, Igny8, isAPIError, OperationFailedError, type Schemas } from '@igny8/sdk';

// A failed step ends the script; an API error says what to do: its code, message and request id.
process.on('uncaughtException', (error) => {
  if (isAPIError(error))
    console.error(`\n✗ ${error.status} ${error.code}: ${error.message} (request ${error.requestId})`);
  else console.error(error);
  process.exit(1);
});

const env = process.env;
const baseUrl = env.IGNY8_URL ?? 'http://localhost:8080';

// Eight keywords of two topics, as a keyword tool exports them (header row, volume, difficulty).
const CSV = [
  'Keyword,Search Volume,KD',
  'how to prune roses,2400,32',
  'when to prune roses,1900,28',
  'pruning climbing roses,880,35',
  'rose pruning tools,590,22',
  'how to start composting,3600,30',
  'compost bin for garden,1600,41',
  'what to put in compost,1300,25',
  'composting kitchen scraps,720,27',
].join('\n');

// ---- output -------------------------------------------------------------------------------------------------------

const steps = 10;
let stepNumber = 0;
const step = (title: string) => console.log(`\n[${++stepNumber}/${steps}] ${title}`);
const done = (text: string) => console.log(`  ✓ ${text}`);
const note = (text: string) => console.log(`    ${text}`);
const credits = (n: number) => `${n} credit${n === 1 ? '' : 's'}`;

type Operation = Schemas['Operation'];
type Kind = Operation['kind'];
type ResultOf<K extends Kind> = NonNullable<Extract<Operation, { kind: K }>['result']>;

/**
 * Waits for a long-running operation, showing its progress (rewritten in place on a terminal, a line per change
 * elsewhere), and answers its result, typed by its kind.
 */
async function finish<K extends Kind>(kind: K, started: { id: string }, unit = ''): Promise<ResultOf<K>> {
  let last = '';
  const operation = await client.operations.wait(started.id, {
    intervalMs: 500,
    timeoutMs: 10 * 60_000,
    onProgress: ({ status, progress }) => {
      const shown = progress.total > 0 ? `${progress.done}/${progress.total}${unit && ` ${unit}`}` : status;
      if (shown === last) return;
      last = shown;
      if (process.stdout.isTTY) process.stdout.write(`\r    … ${shown}\x1b[K`);
      else note(`… ${shown}`);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  if (operation.kind !== kind || !operation.result) throw new Error(`expected the result of a ${kind} operation`);
  return operation.result as ResultOf<K>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- 1. an account --------------------------------------------------------------------------------------------------

step('Account');
const client = new Igny8({ baseUrl, ...(env.IGNY8_API_KEY ? { apiKey: env.IGNY8_API_KEY } : {}) });
/** Logs in with IGNY8_EMAIL and IGNY8_PASSWORD, or signs them up the first time; without them, a new account. */
async function signIn(): Promise<string> {
  if (env.IGNY8_API_KEY) return 'using the API key in IGNY8_API_KEY';
  const email = env.IGNY8_EMAIL ?? `quickstart-${Date.now()}@example.com`;
  const password = env.IGNY8_PASSWORD ?? randomBytes(12).toString('base64url');
  if (env.IGNY8_EMAIL && env.IGNY8_PASSWORD) {
    try {
      return `logged in as ${(await client.auth.login({ email, password })).user.email}`;
    } catch (error) {
      // No such account yet: sign it up (a wrong password ends in sign-up's EMAIL_TAKEN, "sign in instead").
      if (!AuthenticationError.is(error)) throw error;
    }
  }
  const session = await client.auth.signup({ email, password, name: 'Quickstart' });
  return `signed up ${session.user.email}: account ${session.account.id}, ${session.account.plan.name} plan`;
}
done(await signIn());
const balance = await client.billing.balance();
note(`credits: ${balance.plan_credits} plan + ${balance.bonus_credits} bonus`);

// ---- 2. a site ------------------------------------------------------------------------------------------------------

step('Site');
let site: Schemas['Site'];
if (env.IGNY8_SITE_ID) {
  site = await client.sites.get(env.IGNY8_SITE_ID);
  done(`using the site ${site.name} (${site.id})`);
} else {
  const { data: industries } = await client.industries.list({ limit: 100 });
  const industry = industries.find((i) => i.slug === 'home-services') ?? industries[0];
  if (!industry) throw new Error('the server has no industries');
  const sector = industry.sectors.find((s) => /landscap/i.test(s.name)) ?? industry.sectors[0];
  if (!sector) throw new Error(`the industry ${industry.name} has no sectors`);
  // No URL: connecting WordPress fills it in.
  site = await client.sites.create({ name: 'Rose Garden Blog', industry_id: industry.id });
  const sectors = await client.sites.selectSectors(site.id, { sector_ids: [sector.id] });
  done(`created ${site.name} (${site.id}) in ${industry.name}: ${sectors.map((s) => s.name).join(', ')}`);
}
const siteId = site.id;

// ---- 3. keywords ----------------------------------------------------------------------------------------------------

step('Import keywords (a CSV from a keyword tool)');
const imported = await finish('keywords.import', await client.keywords.import(siteId, { csv: CSV }), 'rows');
done(`${imported.imported} imported, ${imported.duplicates} already there, ${imported.invalid_count} refused`);

// ---- 4. clusters ----------------------------------------------------------------------------------------------------

step('Cluster them');
try {
  const clustering = await finish('keywords.cluster', await client.clusters.run(siteId, {}), 'keywords');
  done(`${clustering.clusters} clusters of ${clustering.clustered_keywords} keywords (${credits(clustering.credits)})`);
} catch (error) {
  // Branch on the error's code: a site whose keywords are all clustered already (a second run) has nothing new.
  if (!isAPIError(error) || error.code !== 'NO_KEYWORDS') throw error;
  done('no new keywords to cluster: the site’s clusters as they are');
}
const { data: clusters } = await client.clusters.list(siteId, { limit: 100 });
const cluster = clusters.toSorted((a, b) => b.keyword_count - a.keyword_count)[0];
if (!cluster) throw new Error('no clusters: import more keywords');
for (const c of clusters) note(`${c === cluster ? '→' : ' '} ${c.name} (${c.keyword_count} keywords)`);

// ---- 5. ideas -------------------------------------------------------------------------------------------------------

step(`Generate ideas for “${cluster.name}”`);
const ideation = await finish('ideas.generate', await client.ideas.generate(siteId, cluster.id, { count: 3 }), 'ideas');
const ideas = await Promise.all(ideation.idea_ids.map((id) => client.ideas.get(siteId, id)));
const [idea] = ideas;
if (!idea) throw new Error('no ideas were made');
for (const i of ideas) note(`${i === idea ? '→' : ' '} ${i.title}`);
done(`${ideas.length} ideas (${credits(ideation.credits)})`);

// ---- 6. a task ------------------------------------------------------------------------------------------------------

step('Queue the first idea as a writing task');
const task = await client.ideas.queue(siteId, idea.id);
done(`task ${task.id}: “${task.title}”, ${task.target_words} words`);

// ---- 7. the article -------------------------------------------------------------------------------------------------

step('Write the article');
const written = await finish('content.generate', await client.tasks.generate(siteId, task.id));
const content = await client.contents.get(siteId, written.content_id);
done(`“${content.title}”: ${written.words} words in ${written.sections} sections (${credits(written.credits)})`);

// ---- 8. approval ----------------------------------------------------------------------------------------------------

step('Approve it');
await client.contents.update(siteId, content.id, { status: 'approved' });
done('approved for publishing');

// ---- 9. WordPress ---------------------------------------------------------------------------------------------------

step('Connect WordPress');
let integration = await client.integrations.get(siteId);
if (integration.status === 'connected') {
  done(`already connected: ${integration.wordpress_url}`);
} else {
  // A one-time code for the Igny8 Bridge plugin (docs/wordpress.md); a new one when it expires unused.
  let expires = 0;
  while (integration.status !== 'connected') {
    if (Date.now() >= expires) {
      const code = await client.integrations.connectionCode(siteId);
      expires = Date.parse(code.expires_at);
      note('In wp-admin, open Igny8 → Settings, enter');
      note(`  API URL          ${baseUrl}`);
      note(`  Connection code  ${code.code}`);
      note(`and press Connect (the code works once, until ${new Date(expires).toLocaleTimeString()}). Waiting…`);
    }
    await sleep(2000);
    integration = await client.integrations.get(siteId);
  }
  done(`connected: ${integration.wordpress_url} (WordPress ${integration.wp_version})`);
}

// ---- 10. publishing -------------------------------------------------------------------------------------------------

step('Publish');
let publication = await client.contents.publish(siteId, content.id, {});
try {
  if (publication.operation_id) await finish('content.publish', { id: publication.operation_id });
} catch (error) {
  if (!OperationFailedError.is(error)) throw error;
  // Failed after its retries: the publication says why; `publications.redrive` sends it again.
}
publication = await client.publications.get(siteId, publication.id);
if (publication.status !== 'published') {
  console.error(`  ✗ ${publication.status}: ${publication.last_error?.message ?? 'see publications.list'}`);
  process.exit(1);
}
done(`post ${publication.post_id} is ${publication.wordpress_status}`);
for (const warning of publication.warnings) note(`warning: ${warning.message}`);
console.log(`\nPublished: ${publication.url}`);
