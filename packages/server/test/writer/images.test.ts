// The images of a generated article, stored on local disk and on an S3-compatible server: a featured PNG and the
// site's in-article ones, each with alt text, served by signed URLs that expire and open nothing of another
// account; drawn again as a charged operation.
import { Igny8, isAPIError } from '@igny8/sdk';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup, signupWithSite } from '../helpers/http.js';
import { operatorSession, startTestServer, type TestServer } from '../helpers/server.js';
import { availableS3Servers, type S3TestServer, startS3Server } from '../storage/s3-server.js';

let clock = Date.now();
const now = () => new Date(clock);

async function article(server: TestServer, operator: string) {
  const { s, site } = await signupWithSite(server.url, 'Tea Club', {
    url: 'https://tea.example',
    bonus: { operator: operator, amount: 300 },
  });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  const task = await client.tasks.create(site.id, {
    title: 'Green tea: the complete guide',
    primary_keyword: 'green tea',
    secondary_keywords: ['matcha green tea', 'green tea benefits', 'how to brew green tea'],
    target_words: 1200,
  });
  const op = await client.tasks.generate(site.id, task.id);
  const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
  if (done.kind !== 'content.generate' || !done.result) throw new Error(`generation ${done.status}`);
  return { s, siteId: site.id as string, client, result: done.result };
}

const decode = (bytes: Buffer) => PNG.sync.read(bytes);
/** A signed URL starts with the server's PUBLIC_URL; the test server listens on a port of its own. */
const local = (server: TestServer, url: string) => url.replace(/^https?:\/\/[^/]+/, server.url);

function suite(name: string, env: () => Record<string, string>) {
  describe(`images stored on ${name}`, () => {
    let server: TestServer;
    let operator: string;
    beforeAll(async () => {
      server = await startTestServer({ env: env(), now });
      operator = await operatorSession(server);
    });
    afterAll(() => server.close());

    it('are a featured PNG and the in-article ones, with alt text, charged once each', async () => {
      const { s, siteId, client, result } = await article(server, operator);
      expect(server.deps.files.storage.kind).toBe(name === 'local disk' ? 'local' : 's3');
      // The site's default: one featured and two in-article images.
      expect(result.image_ids).toHaveLength(3);
      const images = await client.contents.images(siteId, result.content_id);
      expect(images.map((i) => [i.kind, i.status])).toEqual([
        ['featured', 'generated'],
        ['in_article', 'generated'],
        ['in_article', 'generated'],
      ]);
      const [featured] = images;
      expect(featured?.alt_text).toContain('Green tea');
      expect(featured).toMatchObject({ width: 1200, height: 630, position: 0, provider: 'local' });
      for (const image of images) {
        expect(image.alt_text.length).toBeGreaterThan(5);
        // The signed URL needs no credentials, and decodes as a PNG of the size it says.
        const res = await fetch(local(server, image.url as string));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/png');
        const bytes = Buffer.from(await res.arrayBuffer());
        const png = decode(bytes);
        expect([png.width, png.height]).toEqual([image.width, image.height]);
        expect(bytes.length).toBe(image.bytes);
        // The same bytes through the API with the account's token.
        const direct = await call(server.url, 'GET', `/v1/sites/${siteId}/images/${image.id}/file`, {
          token: s.access_token,
        });
        expect(direct.status).toBe(200);
      }
      // In-article images go after sections of the article.
      const content = await client.contents.get(siteId, result.content_id);
      for (const image of images.slice(1)) {
        expect(image.position).toBeGreaterThanOrEqual(1);
        expect(image.position).toBeLessThanOrEqual(content.outline?.sections.length ?? 0);
      }
      const reservations = await server.deps.db
        .owner('credit_reservations')
        .where({ account_id: s.account.id })
        .whereIn('operation', ['generate_image', 'generate_image_prompts']);
      expect(reservations.map((r) => [r.operation, r.status, r.captured_credits]).sort()).toEqual([
        ['generate_image', 'captured', 2],
        ['generate_image', 'captured', 2],
        ['generate_image', 'captured', 2],
        ['generate_image_prompts', 'captured', 1],
      ]);
    });

    it('are closed to other accounts, and their signed URLs expire and cannot be altered', async () => {
      const { siteId, client, result } = await article(server, operator);
      const [featured] = await client.contents.images(siteId, result.content_id);
      const other = await signup(server.url);
      for (const path of [
        `/v1/sites/${siteId}/images/${featured?.id}`,
        `/v1/sites/${siteId}/images/${featured?.id}/file`,
        `/v1/sites/${siteId}/contents/${result.content_id}/images`,
      ]) {
        const res = await call(server.url, 'GET', path, { token: other.access_token });
        expect(res.status, path).toBe(404);
      }
      const url = local(server, featured?.url as string);
      const token = url.split('/v1/files/')[1] as string;
      // One character changed: not a link any more.
      const altered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
      expect((await fetch(`${server.url}/v1/files/${altered}`)).status).toBe(404);
      // Not even the shape of a link: refused as a bad id.
      expect((await fetch(`${server.url}/v1/files/not-a-token`)).status).toBe(400);
      // Past its expiry (an hour by default) the link answers 404, saying so; a fresh one from the API works.
      expect((await fetch(url)).status).toBe(200);
      clock += 3601_000;
      const expired = await fetch(url);
      expect(expired.status).toBe(404);
      expect(((await expired.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
      // (The clock back, or the account's access token would have expired too.)
      clock -= 3601_000;
      const fresh = await client.images.get(siteId, featured?.id as string);
      expect((await fetch(local(server, fresh.url as string))).status).toBe(200);
    });

    it('are drawn again on request, charged, and keep their alt text edits', async () => {
      const { s, siteId, client, result } = await article(server, operator);
      const [, inArticle] = await client.contents.images(siteId, result.content_id);
      const edited = await client.images.update(siteId, inArticle?.id as string, { alt_text: 'A cup of green tea' });
      expect(edited.alt_text).toBe('A cup of green tea');
      const op = await client.images.regenerate(siteId, inArticle?.id as string, { prompt: 'A teapot on a table' });
      const done = await client.operations.wait(op.id, { intervalMs: 100, timeoutMs: 60_000 });
      expect(done).toMatchObject({ kind: 'image.regenerate', status: 'succeeded', result: { credits: 2 } });
      const after = await client.images.get(siteId, inArticle?.id as string);
      expect(after).toMatchObject({
        prompt: 'A teapot on a table',
        alt_text: 'A cup of green tea',
        status: 'generated',
      });
      const other = await signup(server.url);
      const foreign = await new Igny8({ baseUrl: server.url, accessToken: other.access_token }).images
        .regenerate(siteId, inArticle?.id as string, {})
        .catch((e: unknown) => e);
      expect(isAPIError(foreign) && foreign.status).toBe(404);
      void s;
    });
  });
}

suite('local disk', () => ({}));

let s3: S3TestServer | undefined;
const [kind] = availableS3Servers();
let bucket = '';
beforeAll(async () => {
  s3 = await startS3Server(kind);
  bucket = await s3.createBucket();
});
afterAll(async () => {
  await s3?.stop();
});
suite(`an S3-compatible server (${kind})`, () => ({
  STORAGE_DRIVER: 's3',
  S3_ENDPOINT: s3?.endpoint as string,
  S3_REGION: s3?.region as string,
  S3_BUCKET: bucket,
  S3_ACCESS_KEY_ID: s3?.accessKeyId as string,
  S3_SECRET_ACCESS_KEY: s3?.secretAccessKey as string,
  S3_FORCE_PATH_STYLE: 'true',
}));
