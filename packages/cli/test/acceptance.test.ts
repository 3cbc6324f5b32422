// The CLI as people and scripts use it: the built `dist/cli.js` run as a real process against the real server (its
// own database on the run's PostgreSQL, the job workers running, the local AI provider, every response checked
// against openapi.yaml). A person signs in, imports a CSV, clusters, generates ideas and runs the automation to
// its end, watching it; a script does the same with --json; Ctrl-C stops a watch and the run goes on; a proxy that
// cannot pass event streams makes the watch poll; the errors say what to do. No WordPress is connected, so a run
// ends at the review stage with the articles waiting for review: publishing is not one of the seven stages
// (docs/automation.md), and nothing is published.
//
// IGNY8_CLI_TRANSCRIPT=<file> writes every command and what it printed to that file (docs/cli.md is pasted from it).
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { Igny8 } from '@igny8/sdk';
import { signupWithSite } from '@igny8/server/testing/http';
import { operatorSession, startTestServer, type TestServer } from '@igny8/server/testing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunInTerminal, closedUrl, freshHome, type ProcessOptions, plain, runProcess } from './helpers.js';

// The built CLI as real processes against a real server and its workers: a heavy suite, which CI runs in one of
// its two database modes (the other sets IGNY8_HEAVY_SUITES=elsewhere), as the server's own heavy suites.
const heavySuitesHere = process.env.IGNY8_HEAVY_SUITES !== 'elsewhere';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  if (!heavySuitesHere) return;
  server = await startTestServer();
  operator = await operatorSession(server);
}, 120_000);
afterAll(() => server?.close());

const transcript = process.env.IGNY8_CLI_TRANSCRIPT;

/** Runs `igny8 …` as a process against the test server, with `home` as its HOME and config directory. */
async function igny8(home: Record<string, string>, argv: string[], options: Partial<ProcessOptions> = {}) {
  const ran = await runProcess(argv, { ...options, env: { ...home, IGNY8_BASE_URL: server.url, ...options.env } });
  if (transcript) {
    const said = ran.all.replaceAll(server.url, 'http://localhost:8080').replaceAll(home.HOME as string, '~');
    await appendFile(transcript, `$ igny8 ${argv.join(' ')}\n${said}[exit ${ran.code}]\n\n`);
  }
  return ran;
}

const HEADS = ['running shoes', 'trail shoes', 'yoga mat', 'coffee grinder', 'espresso machine'];
const MODS = ['best', 'cheap', 'review', 'for women', 'for men', 'lightweight'];

/** A keyword-tool export: 30 good rows, a duplicate, and three rows the server refuses. */
const CSV = [
  'Keyword,Search Volume,Keyword Difficulty',
  ...HEADS.flatMap((h, i) => MODS.map((m, j) => `${m} ${h},${5000 - i * 300 - j * 20},${20 + j}`)),
  'best running shoes,900,20',
  ',100,10',
  'best rain boots,-5,10',
  `${'x'.repeat(301)},10,10`,
].join('\n');

/** A person's account: a site with a sector, credits, the automation making one idea and one image per article. */
async function account(name: string, credits = 20_000) {
  const { s, site } = await signupWithSite(server.url, name, {
    url: 'https://blog.example',
    ...(credits ? { bonus: { operator, amount: credits } } : {}),
  });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  const industry = (await client.industries.list({ limit: 100 })).data.find((i) => i.id === site.industry_id);
  await client.sites.selectSectors(site.id, { sector_ids: [industry!.sectors[0]!.id] });
  await client.automation.updateConfig(site.id, { ideas_per_cluster: 1, in_article_images: 1 });
  const home = await freshHome();
  await writeFile(join(home.HOME as string, 'keywords.csv'), CSV);
  return { s, site, client, home, file: join(home.HOME as string, 'keywords.csv') };
}

const db = () => server.deps.db.owner;
const count = async (table: string, where: Record<string, unknown>) =>
  Number((await db()(table).where(where).count({ n: '*' }).first())?.n ?? 0);

const STAGES = ['cluster', 'ideas', 'tasks', 'content', 'image_prompts', 'images', 'review'];

describe.runIf(heavySuitesHere)('a person at the terminal', () => {
  it('signs in, imports, clusters, generates ideas, runs the automation and watches it to the end', async () => {
    const { s, site, home, file } = await account('Terminal Blog');

    const login = await igny8(home, ['login', '--email', s.email, '--password-stdin'], { input: `${s.password}\n` });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toBe(
      `Signed in to ${server.url} as ${s.email} (owner of ${s.account.name}).\n` +
        `The session is kept in ${home.XDG_CONFIG_HOME}/igny8/config.json.\n`,
    );
    // The session is kept for the next commands, readable by its owner only, without the password.
    const configFile = join(home.XDG_CONFIG_HOME as string, 'igny8', 'config.json');
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    const config = await readFile(configFile, 'utf8');
    expect(JSON.parse(config).servers[server.url].session).toMatchObject({
      email: s.email,
      refresh_token: expect.any(String),
    });
    expect(config).not.toContain(s.password);

    const who = await igny8(home, ['whoami']);
    expect(who.code).toBe(0);
    expect(who.stdout).toContain(`${s.email}: owner of ${s.account.name} (Free plan)`);
    expect(who.stdout).toContain('Credentials:  a session (igny8 login)');
    expect(who.stdout).toMatch(/Credits: {6}20,100 available/);

    const sites = await igny8(home, ['sites', 'list']);
    expect(sites.stdout).toMatch(
      new RegExp(`^ +SLUG +NAME +STATE +ID\\n +${site.slug} +Terminal Blog +live +${site.id}\\n$`),
    );
    const use = await igny8(home, ['sites', 'use', 'terminal blog']);
    expect(use.stdout).toBe(`The default site for ${server.url} is now ${site.slug} (Terminal Blog).\n`);

    const imported = await igny8(home, ['keywords', 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(new RegExp(`^Uploading ${file} \\(2 KB\\) to ${site.slug}…\\n`));
    expect(imported.stderr).toMatch(/^Importing: 100% \(31\/31 rows\) succeeded$/m);
    expect(plain(imported.stderr)).toBe(true);
    expect(imported.stdout).toBe(
      `Imported 30 keywords from 34 rows into ${site.slug}: 1 duplicate, 3 refused.\n` +
        'Refused:\n' +
        '  line 33: no keyword (NO_KEYWORD)\n' +
        '  line 34: volume “-5” is negative (INVALID_VOLUME)\n' +
        '  line 35: keyword longer than 300 characters (KEYWORD_TOO_LONG)\n',
    );
    expect(await count('keywords', { site_id: site.id })).toBe(30);

    const clustered = await igny8(home, ['cluster', '--yes']);
    expect(clustered.code, clustered.stderr).toBe(0);
    expect(clustered.stderr).toMatch(
      new RegExp(`^Clustering 30 new keywords of ${site.slug} \\(lexical\\): \\d+ credits?; 20,100 available\\.$`, 'm'),
    );
    expect(clustered.stderr).toMatch(/^Clustering: 100% \(30\/30 keywords\) succeeded$/m);
    const clusters = await count('clusters', { site_id: site.id });
    expect(clusters).toBeGreaterThanOrEqual(2);
    expect(clustered.stdout).toMatch(
      new RegExp(
        `^Made ${clusters} clusters from 30 keywords \\(lexical\\): 30 clustered, 0 left alone; \\d+ credits? spent\\.$`,
        'm',
      ),
    );

    const ideas = await igny8(home, ['ideas', 'generate', '--count', '1', '--yes']);
    expect(ideas.code, ideas.stderr).toBe(0);
    expect(ideas.stderr).toMatch(
      new RegExp(`^1 idea for each of ${clusters} clusters of ${site.slug}: \\d+ credits; [\\d,]+ available\\.$`, 'm'),
    );
    expect(ideas.stderr).toMatch(new RegExp(`^Generating ideas: 100% \\(${clusters}/${clusters} clusters\\)$`, 'm'));
    expect(ideas.stdout).toMatch(
      new RegExp(`^Made ${clusters} ideas for ${clusters} clusters; \\d+ credits spent\\.$`, 'm'),
    );
    const titles = (await db()('ideas').where({ site_id: site.id }).pluck('title')) as string[];
    expect(titles).toHaveLength(clusters);
    for (const title of titles) expect(ideas.stdout).toContain(`    - ${title}\n`);

    const run = await igny8(home, ['automation', 'run', '--watch', '--yes']);
    expect(run.code, run.all).toBe(0);
    expect(run.stderr).toContain(`What a run of ${site.slug} would do now:\n  STAGE          ITEMS  CREDITS\n`);
    for (const stage of STAGES) expect(run.stderr).toMatch(new RegExp(`^  ${stage} +\\d+ +\\d+$`, 'm'));
    expect(run.stderr).toMatch(
      /credits in all; a run starts with [\d,]+ available \(1\.2 × the estimate\), and [\d,]+ are\./,
    );
    // No new keyword is left to cluster: that stage is skipped, and says why; the others complete.
    expect(run.stderr).toMatch(/^cluster: skipped \(0 new keywords, fewer than the 5 worth clustering\)$/m);
    for (const stage of ['tasks', 'content', 'image_prompts', 'review']) {
      expect(run.stderr).toMatch(new RegExp(`^${stage}: ${clusters}/${clusters} completed$`, 'm'));
    }
    expect(plain(run.stderr)).toBe(true);
    const [row] = await db()('automation_runs').where({ site_id: site.id });
    expect(row.status).toBe('completed');
    expect(run.stdout).toMatch(
      new RegExp(
        `^Run ${row.id} completed in \\d+ s: cluster skipped, ideas 0/0, tasks ${clusters}/${clusters}, content`,
      ),
    );
    // The articles wait for review; nothing was published (no WordPress connected).
    expect(await count('contents', { site_id: site.id, status: 'review' })).toBe(clusters);
    expect(await count('publications', { site_id: site.id })).toBe(0);

    const csv = await igny8(home, ['keywords', 'export']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      expect.arrayContaining(['best running shoes', 'cheap yoga mat']),
    );
    const out = join(home.HOME as string, 'export.csv');
    const saved = await igny8(home, ['keywords', 'export', '--out', out]);
    expect(saved.stdout).toBe(`Wrote 30 keywords of ${site.slug} to ${out}.\n`);
    expect(await readFile(out, 'utf8')).toBe(csv.stdout);

    const logout = await igny8(home, ['logout']);
    expect(logout.stdout).toBe(`Signed out of ${server.url} (${s.email}).\n`);
    const after = await igny8(home, ['whoami']);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain(`Not signed in to ${server.url}. Run \`igny8 login\``);
  }, 240_000);
});

describe.runIf(heavySuitesHere)('a script, with --json', () => {
  it('gets one JSON document on stdout from every command, progress on stderr, down to a completed run', async () => {
    const { s, site, home, file } = await account('Script Blog');
    const json = async (argv: string[], options: Partial<ProcessOptions> = {}) => {
      const r = await igny8(home, [...argv, '--json'], options);
      expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      return { ...r, data: JSON.parse(r.stdout) };
    };

    const login = await json(['login', '--email', s.email, '--password-stdin'], { input: s.password });
    expect(login.data).toMatchObject({ base_url: server.url, user: { email: s.email }, role: 'owner' });
    expect(login.stdout).not.toMatch(/token/);

    const imported = await json(['keywords', 'import', file, '--site', site.slug]);
    expect(imported.data).toMatchObject({
      kind: 'keywords.import',
      status: 'succeeded',
      result: { total_rows: 34, imported: 30, duplicates: 1, invalid_count: 3 },
    });
    expect(imported.stderr).toMatch(/^Importing: 100% \(31\/31 rows\) succeeded$/m);

    const clustered = await json(['cluster', '--yes', '--site', site.id]);
    expect(clustered.data).toMatchObject({ kind: 'keywords.cluster', status: 'succeeded', result: { keywords: 30 } });
    const clusters = clustered.data.result.clusters as number;

    const ideas = await json(['ideas', 'generate', '--yes', '--count', '1', '--site', site.slug]);
    expect(ideas.data.failed).toEqual([]);
    expect(ideas.data.operations).toHaveLength(clusters);
    for (const op of ideas.data.operations) expect(op).toMatchObject({ kind: 'ideas.generate', status: 'succeeded' });

    const run = await json(['automation', 'run', '--watch', '--yes', '--site', site.slug]);
    expect(run.data).toMatchObject({ site_id: site.id, status: 'completed', stage: null });
    expect(run.data.stages.map((x: { stage: string; status: string }) => `${x.stage} ${x.status}`)).toEqual([
      'cluster skipped',
      'ideas completed',
      'tasks completed',
      'content completed',
      'image_prompts completed',
      'images completed',
      'review completed',
    ]);
    expect(run.stderr).toMatch(/^review: \d+\/\d+ completed$/m);

    const exported = await json([
      'keywords',
      'export',
      '--out',
      join(home.HOME as string, 'k.csv'),
      '--site',
      site.slug,
    ]);
    expect(exported.data).toMatchObject({ keywords: 30, bytes: expect.any(Number) });

    // An API key is used before the stored login.
    const key = await new Igny8({ baseUrl: server.url, accessToken: s.access_token }).apiKeys.create({ name: 'cli' });
    const who = await json(['whoami'], { env: { IGNY8_API_KEY: key.secret } });
    expect(who.data).toMatchObject({ credential: 'api_key', user: null, role: 'editor' });
    const withLogin = await json(['whoami']);
    expect(withLogin.data).toMatchObject({ credential: 'access_token', user: { email: s.email } });
  }, 240_000);
});

describe.runIf(heavySuitesHere)('the stored session', () => {
  it('is refreshed once its access token has expired, by one of two processes started at once', async () => {
    const { s, home } = await account('Session Blog', 0);
    await igny8(home, ['login', '--email', s.email, '--password-stdin'], { input: s.password });
    const configFile = join(home.XDG_CONFIG_HOME as string, 'igny8', 'config.json');
    const before = JSON.parse(await readFile(configFile, 'utf8'));
    const session = before.servers[server.url].session;
    // As if fifteen minutes had passed: the access token is due for a refresh.
    session.access_expires_at = new Date(Date.now() - 1000).toISOString();
    await writeFile(configFile, JSON.stringify(before));

    // Refresh tokens are single use: spent twice, the server revokes the session. The lock makes one process
    // refresh and the other use what it stored.
    const both = await Promise.all([igny8(home, ['whoami', '--json']), igny8(home, ['whoami', '--json'])]);
    for (const r of both) expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(await readFile(configFile, 'utf8')).servers[server.url].session;
    expect(after.refresh_token).not.toBe(session.refresh_token);
    expect(Date.parse(after.access_expires_at)).toBeGreaterThan(Date.now());
    // And the session still works afterwards.
    expect((await igny8(home, ['whoami'])).code).toBe(0);
  });
});

describe.runIf(heavySuitesHere)('watching a run', () => {
  it('Ctrl-C stops watching, says so and exits 130; the run goes on, and watching it again follows it to its end', async () => {
    const { site, client, home, s } = await account('Watched Blog');
    await client.keywords.bulk(site.id, {
      create: HEADS.flatMap((h) => MODS.slice(0, 3).map((m, i) => ({ phrase: `${m} ${h}`, volume: 900 - i }))),
    });
    // Fifteen articles with two images each: a run long enough to be interrupted on its first line.
    await client.automation.updateConfig(site.id, { ideas_per_cluster: 3, in_article_images: 2 });
    const env = {
      IGNY8_API_KEY: (await client.apiKeys.create({ name: 'watch', role: 'admin' })).secret,
      IGNY8_SITE: site.slug,
    };

    let pressed = false;
    const interrupted = await igny8(home, ['automation', 'run', '--watch', '--yes'], {
      env,
      // Once the first stage has moved: Ctrl-C.
      onOutput: (all, control) => {
        if (pressed || !/^cluster: /m.test(all)) return;
        pressed = true; // once: a second Ctrl-C ends the CLI at once
        control.interrupt();
      },
    });
    expect(interrupted.code, interrupted.all).toBe(130);
    const [row] = await db()('automation_runs').where({ site_id: site.id });
    expect(interrupted.stderr).toContain(
      `Error: Stopped watching; run ${row.id} goes on on the server. Watch it again with \`igny8 automation watch ${row.id}\`.\n`,
    );
    expect(['queued', 'running']).toContain((await db()('automation_runs').where({ id: row.id }).first()).status);

    // The latest run by default; --json: the run once it has ended.
    const watched = await igny8(home, ['automation', 'watch', '--json'], { env });
    expect(watched.code, watched.stderr).toBe(0);
    expect(JSON.parse(watched.stdout)).toMatchObject({ id: row.id, status: 'completed' });
    // This time the new keywords were clustered by the run itself.
    expect(watched.stderr).toMatch(/^cluster: 15\/15 completed$/m);
    expect(s.email).toBeTruthy();
  }, 240_000);

  it('a run that pauses out of credits ends the watch with exit 3 and says how it goes on', async () => {
    const { s, site, client, home } = await account('Paused Blog');
    await client.keywords.bulk(site.id, {
      create: HEADS.flatMap((h) => MODS.slice(0, 3).map((m, i) => ({ phrase: `${m} ${h}`, volume: 800 - i }))),
    });
    // Fifteen articles, three at a time: the run is still writing them when the credits go.
    await client.automation.updateConfig(site.id, { ideas_per_cluster: 3 });
    const key = (await client.apiKeys.create({ name: 'pause', role: 'admin' })).secret;
    let taken: Promise<void> | undefined;
    const run = await igny8(home, ['automation', 'run', '--watch', '--yes'], {
      env: { IGNY8_API_KEY: key },
      // The articles have started: the credits go, so the next one cannot start.
      onOutput: (all) => {
        if (taken || !/^content: \d+\/\d+ running$/m.test(all)) return;
        taken = takeAllCredits(s.account.id, s.access_token);
        taken.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
      },
    });
    await taken;
    expect(run.code, run.all).toBe(3);
    const [row] = await db()('automation_runs').where({ site_id: site.id });
    expect(row).toMatchObject({ status: 'paused', pause_reason: 'insufficient_credits' });
    expect(run.stdout).toMatch(new RegExp(`^Run ${row.id} paused at the (content|image_prompts|images) stage: `));
    expect(run.stdout).toContain('Not enough credits to go on; it resumes by itself once credits are added');
  }, 240_000);

  it('through a proxy that cannot pass event streams, it polls the events instead', async () => {
    const { site, client, home } = await account('Proxied Blog');
    await client.keywords.bulk(site.id, { create: HEADS.map((h, i) => ({ phrase: `best ${h}`, volume: 500 - i })) });
    const key = (await client.apiKeys.create({ name: 'proxy', role: 'admin' })).secret;
    const proxy = await bufferingProxy(server.url);
    try {
      const run = await igny8(home, ['automation', 'run', '--watch', '--yes', '--json'], {
        env: { IGNY8_API_KEY: key, IGNY8_BASE_URL: proxy.url },
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(
        'The live event stream failed (The API answered with a body that is not an event stream.); polling for the events instead.',
      );
      expect(JSON.parse(run.stdout)).toMatchObject({ status: 'completed' });
      expect(proxy.streamsRefused).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  }, 240_000);
});

describe.runIf(heavySuitesHere)('errors say what to do', () => {
  it('short of credits: what it needs, what there is, how to buy more (exit 1, nothing started)', async () => {
    const { site, client, home } = await account('Poor Blog', 0);
    await client.keywords.bulk(site.id, {
      create: HEADS.flatMap((h) => MODS.map((m) => ({ phrase: `${m} ${h}` }))),
    });
    const key = (await client.apiKeys.create({ name: 'poor', role: 'admin' })).secret;
    const r = await igny8(home, ['automation', 'run', '--yes'], { env: { IGNY8_API_KEY: key } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Error: Not enough credits: this needs [\d,]+, and 100 are available\.\nBuy credits in the app/m,
    );
    expect(await count('automation_runs', { site_id: site.id })).toBe(0);
  });

  it('a bad API key, a value the API refuses, a server that is not there', async () => {
    const { home, file } = await account('Error Blog');
    const bad = await igny8(home, ['whoami'], { env: { IGNY8_API_KEY: 'igny8_sk_not-a-real-key' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /\nCheck the API key \(--api-key or IGNY8_API_KEY\)\.\n\((UNAUTHENTICATED|TOKEN_INVALID), HTTP 401, request [0-9a-f-]{36}\)\n$/,
    );
    expect(bad.stderr).not.toMatch(/^\s+at /m);

    const { s } = await account('Validation Blog');
    await igny8(home, ['login', '--email', s.email, '--password-stdin'], { input: s.password });
    const invalid = await igny8(home, ['keywords', 'import', file, '--language', 'x']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /\nError: The request body is not valid\.\n {2}language: .+\n\(VALIDATION_FAILED, HTTP 400, /,
    );

    const closed = await closedUrl();
    const gone = await igny8(home, ['sites', 'list', '--json'], {
      env: { IGNY8_BASE_URL: closed, IGNY8_API_KEY: 'k' },
    });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`Error: Could not connect to the Igny8 API at ${closed} (ECONNREFUSED).`);
    expect(JSON.parse(gone.stdout)).toEqual({
      error: { code: 'CONNECTION_FAILED', message: `Could not connect to the Igny8 API at ${closed} (ECONNREFUSED).` },
    });
  });
});

describe.runIf(heavySuitesHere && canRunInTerminal())('at a real terminal', () => {
  it('asks for the password without echoing it, and draws the bars in place', async () => {
    const { s, home, file } = await account('Tty Blog');
    let typed = false;
    const login = await igny8(home, ['login', '--email', s.email], {
      tty: true,
      onOutput: (all, control) => {
        if (!typed && all.includes('Password: ')) {
          typed = true;
          control.write(`${s.password}\r`);
        }
      },
    });
    expect(login.code, login.all).toBe(0);
    expect(login.all).toContain('Password: ');
    expect(login.all).toContain(`Signed in to ${server.url} as ${s.email}`);
    expect(login.all).not.toContain(s.password);

    const imported = await igny8(home, ['keywords', 'import', file], { tty: true, input: '' });
    expect(imported.code, imported.all).toBe(0);
    expect(plain(imported.all)).toBe(false);
    expect(imported.all).toContain('Importing ██████████████████████████████ 100% | 31/31 rows succeeded');
  }, 60_000);
});

/**
 * The operator takes every credit of the account away (as `control.test.ts` in the server does). The run reserves
 * credits meanwhile, so a pool may shrink between the read and the take (422): read and take again until empty.
 */
async function takeAllCredits(accountId: string, token: string) {
  const client = new Igny8({ baseUrl: server.url, accessToken: token });
  for (let attempt = 0; attempt < 20; attempt++) {
    const balance = await client.billing.balance();
    const pools = [
      ['bonus', balance.bonus_credits],
      ['plan', balance.plan_credits],
    ] as const;
    if (pools.every(([, amount]) => amount === 0)) return;
    for (const [pool, amount] of pools) {
      if (!amount) continue;
      const res = await fetch(`${server.url}/v1/admin/accounts/${accountId}/credits`, {
        method: 'POST',
        headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ pool, amount: -amount, reason: 'spent elsewhere' }),
      });
      expect([200, 422]).toContain(res.status);
    }
  }
  throw new Error('the credits could not be taken away');
}

/** A proxy to `target` that answers the run's event stream with an HTML page, as a buffering proxy might. */
async function bufferingProxy(target: string) {
  const state = { streamsRefused: 0 };
  const proxy: Server = createServer((req, res) => {
    if (/\/automation\/runs\/[^/]+\/events(\?|$)/.test(req.url ?? '')) {
      state.streamsRefused++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>buffered</html>');
      return;
    }
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get streamsRefused() {
      return state.streamsRefused;
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
