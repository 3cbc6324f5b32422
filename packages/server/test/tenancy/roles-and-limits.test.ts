import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signup, uniqueEmail } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let industry: { id: string; sectors: { id: string }[] };
let otherIndustrySector: string;

beforeAll(async () => {
  server = await startTestServer();
  const s = await signup(server.url);
  const list = await call(server.url, 'GET', '/v1/industries?limit=100', { token: s.access_token });
  expect(list.body.data.length).toBeGreaterThanOrEqual(10);
  for (const i of list.body.data) expect(i.sectors.length).toBeGreaterThanOrEqual(5);
  industry = list.body.data[0];
  otherIndustrySector = list.body.data[1].sectors[0].id;
});
afterAll(() => server.close());

/** An account with members in every role (on the growth plan: three users, plus a key). */
async function team() {
  const owner = await signup(server.url, 'owner');
  await call(server.url, 'POST', '/v1/billing/subscription/change', {
    token: owner.access_token,
    body: { plan: 'scale' },
  });
  const join = async (role: string) => {
    const email = uniqueEmail(role);
    const invite = await call(server.url, 'POST', '/v1/account/members', {
      token: owner.access_token,
      body: { email, role },
    });
    expect(invite.status).toBe(201);
    const token = /Token: (\S+)/.exec(server.mailer.lastTo(email)?.text ?? '')?.[1];
    const res = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token, name: role, password: `${role}-password-123` },
    });
    expect(res.status).toBe(200);
    return res.body.data as { access_token: string; user: { id: string } };
  };
  return { owner, admin: await join('admin'), editor: await join('editor'), viewer: await join('viewer') };
}

describe('plan limits', () => {
  it('refuse a second site on the free plan with 403 PLAN_LIMIT_REACHED', async () => {
    const s = await signup(server.url);
    const first = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'One', industry_id: industry.id },
    });
    expect(first.status).toBe(201);
    const second = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'Two', industry_id: industry.id },
    });
    expect(second.status).toBe(403);
    expect(second.body.error).toMatchObject({ code: 'PLAN_LIMIT_REACHED', details: { limit: 'sites', max: 1 } });
  });

  it('hold under concurrent site creation', async () => {
    const s = await signup(server.url);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'starter' },
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(server.url, 'POST', '/v1/sites', {
          token: s.access_token,
          body: { name: `S${i}`, industry_id: industry.id },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.status === 403)).toHaveLength(4);
  });

  it('refuse more sectors than the plan allows per site, and sectors from another industry', async () => {
    const s = await signup(server.url);
    const site = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'One', industry_id: industry.id },
    });
    const path = `/v1/sites/${site.body.data.id}/sectors`;
    const two = await call(server.url, 'PUT', path, {
      token: s.access_token,
      body: { sector_ids: industry.sectors.slice(0, 2).map((x) => x.id) },
    });
    expect(two.status).toBe(403);
    expect(two.body.error).toMatchObject({
      code: 'PLAN_LIMIT_REACHED',
      details: { limit: 'sectors_per_site', max: 1 },
    });
    const foreign = await call(server.url, 'PUT', path, {
      token: s.access_token,
      body: { sector_ids: [otherIndustrySector] },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('SECTOR_NOT_IN_INDUSTRY');
    const one = await call(server.url, 'PUT', path, {
      token: s.access_token,
      body: { sector_ids: [industry.sectors[0]?.id] },
    });
    expect(one.status).toBe(200);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'growth' },
    });
    const five = await call(server.url, 'PUT', path, {
      token: s.access_token,
      body: { sector_ids: industry.sectors.slice(0, 5).map((x) => x.id) },
    });
    expect(five.status).toBe(200);
    expect(five.body.data).toHaveLength(5);
  });

  it('refuse more members than the plan allows, counting pending invitations', async () => {
    const s = await signup(server.url);
    const res = await call(server.url, 'POST', '/v1/account/members', {
      token: s.access_token,
      body: { email: uniqueEmail(), role: 'editor' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('PLAN_LIMIT_REACHED');
  });

  it('refuse a downgrade below what the account uses', async () => {
    const s = await signup(server.url);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'starter' },
    });
    await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'A', industry_id: industry.id },
    });
    await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'B', industry_id: industry.id },
    });
    const down = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'free' },
    });
    expect(down.status).toBe(403);
    expect(down.body.error.code).toBe('PLAN_LIMIT_REACHED');
    const unknown = await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'platinum' },
    });
    expect(unknown.status).toBe(422);
  });
});

describe('roles', () => {
  it('a viewer cannot create; an editor cannot manage members; only an owner changes the plan or deletes the account', async () => {
    const t = await team();
    const site = { name: 'X', industry_id: industry.id };
    const viewerCreate = await call(server.url, 'POST', '/v1/sites', { token: t.viewer.access_token, body: site });
    expect(viewerCreate.status).toBe(403);
    expect(viewerCreate.body.error).toMatchObject({
      code: 'INSUFFICIENT_ROLE',
      details: { required: 'admin', role: 'viewer' },
    });
    expect(
      (await call(server.url, 'POST', '/v1/api-keys', { token: t.viewer.access_token, body: { name: 'k' } })).status,
    ).toBe(403);

    const editorInvite = await call(server.url, 'POST', '/v1/account/members', {
      token: t.editor.access_token,
      body: { email: uniqueEmail(), role: 'viewer' },
    });
    expect(editorInvite.status).toBe(403);
    const members = (await call(server.url, 'GET', '/v1/account/members', { token: t.editor.access_token })).body.data;
    const viewerMember = members.find((m: { role: string }) => m.role === 'viewer');
    expect(
      (
        await call(server.url, 'PATCH', `/v1/account/members/${viewerMember.id}`, {
          token: t.editor.access_token,
          body: { role: 'editor' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(server.url, 'DELETE', `/v1/account/members/${viewerMember.id}`, { token: t.editor.access_token }))
        .status,
    ).toBe(403);

    for (const who of [t.admin, t.editor, t.viewer]) {
      expect(
        (
          await call(server.url, 'POST', '/v1/billing/subscription/change', {
            token: who.access_token,
            body: { plan: 'growth' },
          })
        ).status,
      ).toBe(403);
      expect((await call(server.url, 'DELETE', '/v1/account', { token: who.access_token })).status).toBe(403);
    }
    expect(
      (
        await call(server.url, 'POST', '/v1/billing/subscription/change', {
          token: t.owner.access_token,
          body: { plan: 'growth' },
        })
      ).status,
    ).toBe(403);
    // (growth has 3 users; this account has 4) — the owner may still move to a plan that fits.
    expect(
      (
        await call(server.url, 'POST', '/v1/billing/subscription/change', {
          token: t.owner.access_token,
          body: { plan: 'scale' },
        })
      ).status,
    ).toBe(200);

    const deleted = await call(server.url, 'DELETE', '/v1/account', { token: t.owner.access_token });
    expect(deleted.status).toBe(204);
    expect((await call(server.url, 'GET', '/v1/account', { token: t.admin.access_token })).status).toBe(401);
    const rows = await server.deps.db.owner('accounts').where({ id: t.owner.account.id });
    expect(rows).toEqual([]);
  });

  it('an admin cannot make or unmake owners, and the last owner cannot leave', async () => {
    const t = await team();
    const members = (await call(server.url, 'GET', '/v1/account/members', { token: t.owner.access_token })).body.data;
    const ownerMember = members.find((m: { role: string }) => m.role === 'owner');
    const editorMember = members.find((m: { role: string }) => m.role === 'editor');
    const promote = await call(server.url, 'PATCH', `/v1/account/members/${editorMember.id}`, {
      token: t.admin.access_token,
      body: { role: 'owner' },
    });
    expect(promote.status).toBe(403);
    const demoteOwner = await call(server.url, 'PATCH', `/v1/account/members/${ownerMember.id}`, {
      token: t.admin.access_token,
      body: { role: 'viewer' },
    });
    expect(demoteOwner.status).toBe(403);
    const lastOwner = await call(server.url, 'PATCH', `/v1/account/members/${ownerMember.id}`, {
      token: t.owner.access_token,
      body: { role: 'admin' },
    });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.error.code).toBe('LAST_OWNER');
    const ok = await call(server.url, 'PATCH', `/v1/account/members/${editorMember.id}`, {
      token: t.admin.access_token,
      body: { role: 'viewer' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.role).toBe('viewer');
  });

  it('a credential scoped to one site (a restricted key, a widget session) manages editors and viewers, never admins or owners', async () => {
    const t = await team();
    const site = (
      await call(server.url, 'POST', '/v1/sites', {
        token: t.owner.access_token,
        body: { name: 'Scoped', industry_id: industry.id },
      })
    ).body.data;
    const key = (
      await call(server.url, 'POST', '/v1/api-keys', {
        token: t.owner.access_token,
        body: { name: 'one site', role: 'admin', site_id: site.id },
      })
    ).body.data.secret as string;
    const widget = (
      await call(server.url, 'POST', '/v1/widget-sessions', {
        token: key,
        body: { site_id: site.id, role: 'admin', features: ['settings'] },
      })
    ).body.data.token as string;
    const members = (await call(server.url, 'GET', '/v1/account/members', { token: t.owner.access_token })).body.data;
    const memberOf = (role: string) => members.find((m: { role: string }) => m.role === role).id as string;
    const adminInvite = (
      await call(server.url, 'POST', '/v1/account/members', {
        token: t.owner.access_token,
        body: { email: uniqueEmail('pending-admin'), role: 'admin' },
      })
    ).body.data.id as string;

    for (const token of [key, widget]) {
      const refused = [
        await call(server.url, 'POST', '/v1/account/members', {
          token,
          body: { email: uniqueEmail('new-admin'), role: 'admin' },
        }),
        await call(server.url, 'PATCH', `/v1/account/members/${memberOf('editor')}`, {
          token,
          body: { role: 'admin' },
        }),
        await call(server.url, 'PATCH', `/v1/account/members/${memberOf('admin')}`, {
          token,
          body: { role: 'viewer' },
        }),
        await call(server.url, 'DELETE', `/v1/account/members/${memberOf('admin')}`, { token }),
        await call(server.url, 'DELETE', `/v1/account/invitations/${adminInvite}`, { token }),
      ];
      expect(refused.map((r) => [r.status, r.body.error?.code])).toEqual(Array(5).fill([403, 'FORBIDDEN']));
      expect(refused[0]?.body.error.message).toMatch(/scoped to one site cannot grant or change the admin role/);
    }
    // Nothing changed: the admin is an admin, the invitation pending, no one invited as admin.
    const after = (await call(server.url, 'GET', '/v1/account/members', { token: t.owner.access_token })).body.data;
    expect(after.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'editor', 'owner', 'viewer']);
    const invitations = (await call(server.url, 'GET', '/v1/account/invitations', { token: t.owner.access_token })).body
      .data;
    expect(invitations.map((i: { id: string }) => i.id)).toEqual([adminInvite]);

    // Editors and viewers are theirs to manage (the viewer's seat, freed, takes the new editor: five users at most).
    expect(
      (await call(server.url, 'DELETE', `/v1/account/members/${memberOf('viewer')}`, { token: widget })).status,
    ).toBe(204);
    const invited = await call(server.url, 'POST', '/v1/account/members', {
      token: widget,
      body: { email: uniqueEmail('new-editor'), role: 'editor' },
    });
    expect([invited.status, invited.body.data?.role]).toEqual([201, 'editor']);
    const changed = await call(server.url, 'PATCH', `/v1/account/members/${memberOf('editor')}`, {
      token: key,
      body: { role: 'viewer' },
    });
    expect([changed.status, changed.body.data.role]).toEqual([200, 'viewer']);
  });

  it('editors and viewers see only the sites granted to them; owners and admins see all', async () => {
    const t = await team();
    const a = await call(server.url, 'POST', '/v1/sites', {
      token: t.owner.access_token,
      body: { name: 'A', industry_id: industry.id },
    });
    const b = await call(server.url, 'POST', '/v1/sites', {
      token: t.admin.access_token,
      body: { name: 'B', industry_id: industry.id },
    });
    const names = async (token: string) =>
      (await call(server.url, 'GET', '/v1/sites', { token })).body.data.map((s: { name: string }) => s.name);
    expect(await names(t.owner.access_token)).toEqual(['A', 'B']);
    expect(await names(t.admin.access_token)).toEqual(['A', 'B']);
    expect(await names(t.editor.access_token)).toEqual([]);
    expect(
      (await call(server.url, 'GET', `/v1/sites/${a.body.data.id}`, { token: t.editor.access_token })).status,
    ).toBe(404);

    const grant = await call(server.url, 'PUT', `/v1/sites/${a.body.data.id}/access/${t.editor.user.id}`, {
      token: t.admin.access_token,
    });
    expect(grant.status).toBe(200);
    expect(grant.body.data).toMatchObject({ site_id: a.body.data.id, user_id: t.editor.user.id, role: 'editor' });
    await call(server.url, 'PUT', `/v1/sites/${b.body.data.id}/access/${t.viewer.user.id}`, {
      token: t.admin.access_token,
    });
    expect(await names(t.editor.access_token)).toEqual(['A']);
    expect(await names(t.viewer.access_token)).toEqual(['B']);
    const me = await call(server.url, 'GET', '/v1/me', { token: t.editor.access_token });
    expect(me.body.data.site_ids).toEqual([a.body.data.id]);

    expect(
      (
        await call(server.url, 'DELETE', `/v1/sites/${a.body.data.id}/access/${t.editor.user.id}`, {
          token: t.owner.access_token,
        })
      ).status,
    ).toBe(204);
    expect(await names(t.editor.access_token)).toEqual([]);
  });
});

describe('sites', () => {
  it('are created with sectors, updated, and deleted', async () => {
    const s = await signup(server.url);
    const created = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: {
        name: 'Blog',
        url: 'https://blog.example',
        industry_id: industry.id,
        sector_ids: [industry.sectors[0]?.id],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.sector_ids).toEqual([industry.sectors[0]?.id]);
    const id = created.body.data.id;
    const renamed = await call(server.url, 'PATCH', `/v1/sites/${id}`, {
      token: s.access_token,
      body: { name: 'Journal', url: null },
    });
    expect(renamed.body.data).toMatchObject({ name: 'Journal', url: null });
    const industryChange = await call(server.url, 'PATCH', `/v1/sites/${id}`, {
      token: s.access_token,
      body: { industry_id: crypto.randomUUID() },
    });
    expect(industryChange.status).toBe(422);
    expect((await call(server.url, 'DELETE', `/v1/sites/${id}`, { token: s.access_token })).status).toBe(204);
    expect((await call(server.url, 'GET', `/v1/sites/${id}`, { token: s.access_token })).status).toBe(404);
  });

  it('refuse a non-http address', async () => {
    const s = await signup(server.url);
    const res = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'x', url: 'javascript:alert(1)', industry_id: industry.id },
    });
    expect(res.status).toBe(400);
  });
});
