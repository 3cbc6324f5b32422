// What the tests that walk every operation of the spec share: a server, a tenant owner with a real
// site (so a site's path passes its lookup and what follows is reached), that site connected to a WordPress (so the
// plugin's signed routes get past their signature and their bodies are checked), and the operator.
import { signRequest } from '../../src/domain/integrations/signing.js';
import { call as rawCall, signup } from './http.js';
import { operatorSession, startTestServer, type TestServer } from './server.js';

export interface SpecWalk {
  server: TestServer;
  tenantToken: string;
  operatorToken: string;
  siteId: string;
  /**
   * `call`; for the plugin's routes, a call with a credential is signed as the connected site instead (whatever the
   * body, malformed ones included), and one without stays unsigned.
   */
  call: typeof rawCall;
}

const SITE_SECRET = 'igny8_ws_spec-walk-secret-0123456789abcdef';
const SIGNED_BY_SITE = /^\/v1\/integrations\/wordpress\/(?!connect)/;

export async function startSpecWalk(siteName: string): Promise<SpecWalk> {
  const server = await startTestServer();
  const tenantToken = (await signup(server.url)).access_token;
  const operatorToken = await operatorSession(server);
  const industry = (await rawCall(server.url, 'GET', '/v1/industries', { token: tenantToken })).body.data[0];
  const site = await rawCall(server.url, 'POST', '/v1/sites', {
    token: tenantToken,
    body: { name: siteName, industry_id: industry.id },
  });
  const siteId = site.body.data.id as string;
  const { account_id } = await server.deps.db.owner('sites').where({ id: siteId }).first('account_id');
  await server.deps.db.owner('integrations').insert({
    account_id,
    site_id: siteId,
    status: 'connected',
    wordpress_url: 'http://127.0.0.1:9',
    secret_current: server.deps.integrations.secretBox.seal(SITE_SECRET),
    connected_at: new Date(),
  });
  const call: typeof rawCall = (baseUrl, method, path, options = {}) => {
    if (!SIGNED_BY_SITE.test(path) || !options.token) return rawCall(baseUrl, method, path, options);
    const body = options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : '');
    const headers: Record<string, string> = {
      ...(options.body !== undefined && options.rawBody === undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
      ...signRequest({ siteId, secret: SITE_SECRET, method, path, body }),
    };
    return rawCall(baseUrl, method, path, { headers, ...(body ? { rawBody: body } : {}) });
  };
  return { server, tenantToken, operatorToken, siteId, call };
}
