// The quickstart example (examples/sdk-quickstart/index.ts) run as users run it — a process of its own, importing the
// built @igny8/sdk — against the real server (its jobs and local AI provider in process) and a real WordPress with the
// plugin: it signs up, creates a site, imports, clusters, generates ideas, queues a task, writes and approves the
// article, prints a connection code, which this test pastes into the plugin as a user would, publishes, and prints
// the post's address, where WordPress serves the article. Run again on the same account and site, it logs in, keeps
// the connection and publishes a second post.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavySuitesHere } from '../packages/server/test/helpers/heavy.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { ensureSdkBuilt } from './helpers/sdk-build.js';
import {
  connectPlugin,
  startWordpress,
  stopWordpress,
  type Wordpress,
  wordpressReady,
  wpJson,
} from './helpers/wordpress.js';

// CI installs PHP and WordPress and sets IGNY8_REQUIRE_WORDPRESS=1: there, missing parts fail.
if (!wordpressReady && process.env.IGNY8_REQUIRE_WORDPRESS === '1') throw new Error('PHP or WordPress is missing');
const run = wordpressReady && heavySuitesHere;

const example = resolve(import.meta.dirname, '../examples/sdk-quickstart');
let api: TestServer;
let wp: Wordpress;
let script: ChildProcess | undefined;

beforeAll(async () => {
  if (!run) return;
  ensureSdkBuilt();
  api = await startTestServer({
    publicUrl: true,
    env: { ALLOW_PRIVATE_URLS: 'true', PUBLISH_RETRY_DELAY_SECONDS: '1' },
  });
  // Before the script starts: starting WordPress blocks this process (and so the server in it) for seconds.
  wp = startWordpress({ apiUrl: api.url });
}, 240_000);

afterAll(async () => {
  if (!run) return;
  if (script?.exitCode === null) script.kill('SIGTERM');
  stopWordpress(wp);
  await api?.close();
});

/** Runs the script to its end; pastes each connection code it prints into the plugin. */
function runQuickstart(
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string; connected: string[] }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'index.ts'], {
      cwd: example,
      env: { ...process.env, IGNY8_URL: api.url, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    script = child;
    let output = '';
    const connected: string[] = [];
    let connecting = Promise.resolve();
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const [, code] of text.matchAll(/Connection code\s+(igny8_cc_\S+)/g)) {
        connecting = connecting.then(async () => {
          connected.push(await connectPlugin(wp, api.url, code as string));
        });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', reject);
    child.on('close', (code) => {
      connecting.then(() => resolvePromise({ code, output, connected }), reject);
    });
  });
}

/** The post the script says it published: its id, address and title, as WordPress has them. */
async function publishedPost(output: string) {
  const title = /✓ “(.+)”: \d+ words in \d+ sections/.exec(output)?.[1];
  const postId = Number(/✓ post (\d+) is publish/.exec(output)?.[1]);
  const url = /^Published: (http\S+)$/m.exec(output)?.[1];
  expect(title && postId && url, output).toBeTruthy();
  const post = await wpJson(
    wp,
    `array( 'title' => get_post( ${postId} )->post_title, 'status' => get_post_status( ${postId} ), 'url' => get_permalink( ${postId} ) )`,
  );
  expect(post).toEqual({ title, status: 'publish', url });
  const page = await fetch(url as string);
  expect(page.status).toBe(200);
  // WordPress's own page of that post (its body classes name it).
  expect(await page.text()).toContain(`postid-${postId}`);
  return postId;
}

const account = { IGNY8_EMAIL: `quickstart-${Date.now()}@example.com`, IGNY8_PASSWORD: 'quickstart-e2e-password' };

describe.skipIf(!run)('the SDK quickstart, run as a script', () => {
  let siteId = '';
  let firstPost = 0;

  it('goes from sign-up to a post on WordPress and prints its address', async () => {
    const { code, output, connected } = await runQuickstart(account);
    expect(code, output).toBe(0);
    // Every step, in order, each done.
    const headers = [...output.matchAll(/^\[(\d+)\/10\] /gm)].map((m) => Number(m[1]));
    expect(headers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(output).toContain(`✓ signed up ${account.IGNY8_EMAIL}`);
    expect(output).toMatch(/✓ 8 imported, 0 already there, 0 refused/);
    expect(output).toMatch(/✓ [1-9]\d* clusters of \d+ keywords/);
    expect(output).toMatch(/✓ 3 ideas/);
    // Progress was shown while the article was written.
    expect(output.slice(output.indexOf('[7/10]'), output.indexOf('[8/10]'))).toMatch(/… \d+\/\d+\n/);
    // The code it printed connected the plugin to the site the script made, which it then saw.
    expect(connected).toHaveLength(1);
    siteId = connected[0] as string;
    expect(output).toContain(`✓ created Rose Garden Blog (${siteId})`);
    expect(output).toMatch(/✓ connected: http:\/\/127\.0\.0\.1:\d+/);
    firstPost = await publishedPost(output);
  }, 300_000);

  it('runs again on the same account and connected site: logged in, nothing to connect, a second post', async () => {
    expect(siteId).not.toBe('');
    const { code, output, connected } = await runQuickstart({ ...account, IGNY8_SITE_ID: siteId });
    expect(code, output).toBe(0);
    expect(output).toContain(`✓ logged in as ${account.IGNY8_EMAIL}`);
    expect(output).toContain(`✓ using the site Rose Garden Blog (${siteId})`);
    expect(output).toMatch(/✓ 0 imported, 8 already there, 0 refused/);
    expect(output).toContain('✓ no new keywords to cluster');
    expect(output).toMatch(/✓ already connected: http:\/\/127\.0\.0\.1:\d+/);
    expect(output).not.toContain('Connection code');
    expect(connected).toEqual([]);
    expect(await publishedPost(output)).not.toBe(firstPost);
  }, 300_000);
});
