// What the tests that walk every operation of the spec share: a server, a tenant owner with a real
// site (so a site's path passes its lookup and what follows is reached), and the operator.
import { call, signup } from './http.js';
import { operatorSession, startTestServer, type TestServer } from './server.js';

export interface SpecWalk {
  server: TestServer;
  tenantToken: string;
  operatorToken: string;
  siteId: string;
}

export async function startSpecWalk(siteName: string): Promise<SpecWalk> {
  const server = await startTestServer();
  const tenantToken = (await signup(server.url)).access_token;
  const operatorToken = await operatorSession(server);
  const industry = (await call(server.url, 'GET', '/v1/industries', { token: tenantToken })).body.data[0];
  const site = await call(server.url, 'POST', '/v1/sites', {
    token: tenantToken,
    body: { name: siteName, industry_id: industry.id },
  });
  return { server, tenantToken, operatorToken, siteId: site.body.data.id };
}
