import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('system endpoints', () => {
  it('answers /healthz and /readyz with the envelope', async () => {
    const health = await call(server.url, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body.data).toEqual({ status: 'ok' });
    const ready = await call(server.url, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.data.checks).toEqual({ database: 'ok', jobs: 'ok' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await call(server.url, 'GET', '/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    expect(given.body.request_id).toBe('abc-123');
    const made = await call(server.url, 'GET', '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics with request counters by route template', async () => {
    await call(server.url, 'GET', '/v1/sites/00000000-0000-4000-8000-000000000000');
    const res = await fetch(`${server.url}/metrics`);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text).toMatch(/igny8_http_requests_total\{method="GET",route="\/v1\/sites\/\{site_id\}",status="401"\} 1/);
    expect(text).toContain('igny8_http_request_duration_seconds_bucket');
  });

  it('renders the API reference from openapi.yaml at /docs without remote scripts', async () => {
    const page = await fetch(`${server.url}/docs`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<redoc spec-url="/openapi.json">');
    expect(html).not.toMatch(/src="https?:/);
    const script = await fetch(`${server.url}/docs/redoc.standalone.js`);
    expect(script.status).toBe(200);
    const spec = await call(server.url, 'GET', '/openapi.json');
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toContain('/v1/sites');
  });

  it('sets security headers', async () => {
    const res = await call(server.url, 'GET', '/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('grants CORS only to allowlisted origins', async () => {
    const allowed = await fetch(`${server.url}/v1/account`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const denied = await fetch(`${server.url}/v1/account`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    // The plans take no credentials (the widget's Billing reads them from any host page): every origin may read them.
    const plans = await fetch(`${server.url}/v1/plans`, { headers: { origin: 'https://evil.example' } });
    expect(plans.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lists the seeded plans publicly', async () => {
    const res = await call(server.url, 'GET', '/v1/plans');
    expect(res.body.data.map((p: { code: string }) => p.code)).toEqual(['free', 'starter', 'growth', 'scale']);
    const starter = res.body.data[1];
    expect(starter).toMatchObject({
      price_cents: 10000,
      credits_per_month: 1000,
      max_sites: 2,
      max_users: 2,
      max_keywords: 5000,
      max_sectors_per_site: 3,
    });
  });
});

describe('metrics token', () => {
  it('guards /metrics when METRICS_TOKEN is set', async () => {
    const guarded = await startTestServer({ env: { METRICS_TOKEN: 'metrics-token-0123456789' } });
    try {
      const anonymous = await call(guarded.url, 'GET', '/metrics');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
      const wrong = await call(guarded.url, 'GET', '/metrics', { token: 'metrics-token-wrong-000000' });
      expect(wrong.status).toBe(401);
      const ok = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: 'Bearer metrics-token-0123456789' },
      });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('igny8_http_requests_total');
    } finally {
      await guarded.close();
    }
  });
});
