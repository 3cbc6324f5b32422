import type { components } from '@igny8/contract/openapi';

// A bare HTTP client for tests that need to send what no SDK would (bad JSON, forged tokens).
export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<TestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

let counter = 0;
export const uniqueEmail = (label = 'user') =>
  `${label}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** Signs up a fresh user and account; returns its session. */
export async function signup(baseUrl: string, label = 'owner') {
  const email = uniqueEmail(label);
  const password = 'correct-horse-battery';
  const res = await call(baseUrl, 'POST', '/v1/auth/signup', { body: { email, password, name: label } });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body.data, email, password } as components['schemas']['AuthSession'] & {
    email: string;
    password: string;
  };
}

/**
 * Signs up a fresh account and gives it a site (the first industry, its default sectors), with a URL when given,
 * and bonus credits granted by an operator when given.
 */
export async function signupWithSite(
  baseUrl: string,
  name = 'Site',
  options: { url?: string; bonus?: { operator: string; amount: number } } = {},
) {
  const s = await signup(baseUrl);
  if (options.bonus) {
    const grant = await call(baseUrl, 'POST', `/v1/admin/accounts/${s.account.id}/credits`, {
      token: options.bonus.operator,
      body: { pool: 'bonus', amount: options.bonus.amount, reason: 'test credits' },
    });
    if (grant.status >= 300) throw new Error(`granting credits failed: ${grant.status} ${JSON.stringify(grant.body)}`);
  }
  const industry = (await call(baseUrl, 'GET', '/v1/industries', { token: s.access_token })).body.data[0];
  const res = await call(baseUrl, 'POST', '/v1/sites', {
    token: s.access_token,
    body: { name, industry_id: industry.id, ...(options.url ? { url: options.url } : {}) },
  });
  if (res.status !== 201) throw new Error(`creating the site failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { s, site: res.body.data as components['schemas']['Site'] };
}

/**
 * Signs up a fresh account with a site and connects the site as the plugin does (a connection code, then the
 * connect call) at `wordpressUrl` (nothing listens there by default): its id, its signing secret, the owner's session.
 */
export async function connectedSite(baseUrl: string, name = 'WP', wordpressUrl = 'http://127.0.0.1:9') {
  const { s, site } = await signupWithSite(baseUrl, name);
  const code = (
    await call(baseUrl, 'POST', `/v1/sites/${site.id}/integration/connection-code`, { token: s.access_token })
  ).body.data.code;
  const res = await call(baseUrl, 'POST', '/v1/integrations/wordpress/connect', {
    body: { code, site_url: wordpressUrl, rest_url: `${wordpressUrl}/wp-json/` },
  });
  if (res.status !== 200) throw new Error(`connecting the site failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { s, siteId: site.id as string, secret: res.body.data.secret as string, token: s.access_token as string };
}
