// Checks the built package the way users load it: `require` (CJS) and `import` (ESM) both work, export
// the same names, and an error from one copy is recognised by the other's type guards. Run after `pnpm build`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = new URL('../dist/', import.meta.url);
for (const file of ['index', 'events', 'public', 'webhooks'].flatMap((e) => [
  `${e}.js`,
  `${e}.cjs`,
  `${e}.d.ts`,
  `${e}.d.cts`,
])) {
  if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run \`pnpm build\` first`);
}
const cjs = require('../dist/index.cjs');
const esm = await import(new URL('index.js', dist).href);

const names = (m: object) => Object.keys(m).sort().join(',');
if (names(cjs) !== names(esm)) throw new Error(`CJS and ESM export different names:\n${names(cjs)}\n${names(esm)}`);
for (const m of [cjs, esm]) new m.Igny8({ baseUrl: 'http://127.0.0.1:9' });

const fromCjs = cjs.APIError.generate(404, { error: { code: 'NOT_FOUND', message: 'gone' }, request_id: 'r1' }, {});
if (!esm.isAPIError(fromCjs) || !esm.NotFoundError.is(fromCjs) || fromCjs.code !== 'NOT_FOUND') {
  throw new Error('an error from the CJS build is not recognised by the ESM type guards');
}
// `@igny8/sdk/events`: both builds load and export the same names.
const eventsCjs = require('../dist/events.cjs');
const eventsEsm = await import(new URL('events.js', dist).href);
if (names(eventsCjs) !== names(eventsEsm) || typeof eventsEsm.subscribe !== 'function') {
  throw new Error(`@igny8/sdk/events: CJS and ESM export different names:\n${names(eventsCjs)}\n${names(eventsEsm)}`);
}
// `@igny8/sdk/public`: both builds load and export the same names, and its errors are the main entry's kind.
const publicCjs = require('../dist/public.cjs');
const publicEsm = await import(new URL('public.js', dist).href);
if (names(publicCjs) !== names(publicEsm) || typeof publicEsm.createPublicClient !== 'function') {
  throw new Error(`@igny8/sdk/public: CJS and ESM export different names:\n${names(publicCjs)}\n${names(publicEsm)}`);
}
const missing = await publicEsm
  .createPublicClient({
    baseUrl: 'http://127.0.0.1:9',
    fetch: async () =>
      new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Content not found.' }, request_id: 'r2' }), {
        status: 404,
      }),
  })
  .contents.get('a-site', 'a-post')
  .catch((error: unknown) => error);
if (!cjs.NotFoundError.is(missing) || missing.code !== 'NOT_FOUND') {
  throw new Error("an error from @igny8/sdk/public is not recognised by the main entry's type guards");
}
// `@igny8/sdk/webhooks`: both builds load and export the same names, a delivery verifies in each (Web Crypto in
// both), and its error is an Igny8Error the main entry's guards recognise.
const webhooksCjs = require('../dist/webhooks.cjs');
const webhooksEsm = await import(new URL('webhooks.js', dist).href);
if (names(webhooksCjs) !== names(webhooksEsm) || typeof webhooksEsm.verify !== 'function') {
  throw new Error(
    `@igny8/sdk/webhooks: CJS and ESM export different names:\n${names(webhooksCjs)}\n${names(webhooksEsm)}`,
  );
}
const { createHmac } = await import('node:crypto');
const key = Buffer.from('a webhook secret of thirty-two b');
const delivery = { id: 'msg_check', timestamp: String(Math.floor(Date.now() / 1000)) };
const body = JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: {} });
const signature = createHmac('sha256', key).update(`${delivery.id}.${delivery.timestamp}.${body}`).digest('base64');
const deliveryHeaders = {
  'webhook-id': delivery.id,
  'webhook-timestamp': delivery.timestamp,
  'webhook-signature': `v1,${signature}`,
};
for (const m of [webhooksCjs, webhooksEsm]) {
  const event = await m.verify(body, deliveryHeaders, `whsec_${key.toString('base64')}`);
  if (event.type !== 'webhook.test') throw new Error('@igny8/sdk/webhooks: a signed delivery did not verify');
}
const refused = await webhooksCjs.verify(body, deliveryHeaders, 'whsec_AAAA').catch((error: unknown) => error);
if (!esm.isIgny8Error(refused) || !webhooksEsm.WebhookVerificationError.is(refused)) {
  throw new Error("an error from @igny8/sdk/webhooks is not recognised by the other build's type guards");
}
console.log(
  `@igny8/sdk package: ESM and CJS load, ${Object.keys(esm).length} exports each, errors recognised across builds; ` +
    `@igny8/sdk/events: ${Object.keys(eventsEsm).length} exports each; ` +
    `@igny8/sdk/public: ${Object.keys(publicEsm).length} exports each; ` +
    `@igny8/sdk/webhooks: ${Object.keys(webhooksEsm).length} exports each, deliveries verify in both`,
);
