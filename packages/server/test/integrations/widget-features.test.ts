// What a widget session reaches, generated from the spec's declared mapping
// (`x-igny8-widget-features`): for every operation and every feature, a session with only that
// feature is let through exactly when the mapping lists the operation for it. Billing is a feature
// of its own: a session without it cannot read the account's invoices, ledger, payments or PDFs.
import { type OperationManifest, operations } from '@igny8/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup } from '../helpers/http.js';
import { requestSchema, sample } from '../helpers/samples.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let siteId: string;
const tokens: Record<string, string> = {};
const FEATURES = ['overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings'] as const;

beforeAll(async () => {
  server = await startTestServer();
  const s = await signup(server.url);
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  siteId = (
    await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'Widget', industry_id: industry.id },
    })
  ).body.data.id;
  const key = await call(server.url, 'POST', '/v1/api-keys', {
    token: s.access_token,
    body: { name: 'partner', role: 'admin' },
  });
  for (const feature of [...FEATURES, 'default'] as const) {
    const minted = await call(server.url, 'POST', '/v1/widget-sessions', {
      token: key.body.data.secret,
      body: { site_id: siteId, role: 'admin', ...(feature === 'default' ? {} : { features: [feature] }) },
    });
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    tokens[feature] = minted.body.data.token;
  }
});
afterAll(() => server.close());

const pathOf = (op: OperationManifest) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'site_id' ? siteId : crypto.randomUUID()));

describe('widget sessions reach what their features declare', () => {
  for (const op of Object.values(operations) as OperationManifest[]) {
    if (op.auth === 'none' || op.auth === 'signature') continue;
    it(`${op.operationId}: open to ${op.widgetFeatures.join(', ') || 'no feature'}`, async () => {
      for (const feature of FEATURES) {
        const res = await call(server.url, op.method, pathOf(op), {
          token: tokens[feature],
          body: op.hasBody ? sample(requestSchema(op.operationId) as object) : undefined,
        });
        // The operator's routes refuse every tenant credential (OPERATOR_ONLY) before any feature is asked.
        const refused =
          res.status === 403 &&
          res.body.error.code === (op.role === 'operator' ? 'OPERATOR_ONLY' : 'FEATURE_NOT_ALLOWED');
        expect(refused, `${feature}: ${res.status} ${JSON.stringify(res.body)}`).toBe(
          !op.widgetFeatures.includes(feature),
        );
      }
    });
  }

  it('a default session (overview, keywords, writer and publishing) reads no invoices, ledger, payments or PDFs', async () => {
    for (const path of [
      '/v1/billing/invoices',
      '/v1/billing/ledger',
      '/v1/billing/payments',
      `/v1/billing/invoices/${crypto.randomUUID()}/pdf`,
    ]) {
      const res = await call(server.url, 'GET', path, { token: tokens.default });
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('FEATURE_NOT_ALLOWED');
    }
    const ledger = await call(server.url, 'GET', '/v1/billing/ledger', { token: tokens.billing });
    expect(ledger.status).toBe(200);
  });
});
