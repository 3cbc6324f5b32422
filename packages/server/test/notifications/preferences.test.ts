import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_BY_DEFAULT, NOTIFICATION_KINDS } from '../../src/domain/notifications/preferences.js';
import { call, signup } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Team, team } from './team.js';

let server: TestServer;
let t: Team;

beforeAll(async () => {
  server = await startTestServer({ worker: false });
  t = await team(server, 'prefs');
});
afterAll(() => server.close());

const PATH = '/v1/me/notification-preferences';
type Pref = { kind: string; in_app: boolean; email: boolean };
const get = async (token: string) => {
  const res = await call(server.url, 'GET', PATH, { token });
  expect(res.status).toBe(200);
  return res.body.data.preferences as Pref[];
};
const byKind = (prefs: Pref[]) => Object.fromEntries(prefs.map((p) => [p.kind, p]));

describe('notification preferences', () => {
  it('answer every kind with the role defaults when nothing was chosen', async () => {
    const owner = await get(t.owner.access_token);
    expect(owner.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(owner.every((p) => p.in_app && p.email)).toBe(true);
    expect((await get(t.admin.access_token)).every((p) => p.email)).toBe(true);
    const editor = byKind(await get(t.editor.access_token));
    expect(Object.keys(editor).filter((k) => editor[k]?.email)).toEqual(['automation.paused', 'publication.failed']);
    expect(Object.values(editor).every((p) => p.in_app)).toBe(true);
    const viewer = await get(t.viewer.access_token);
    expect(viewer.every((p) => p.in_app && !p.email)).toBe(true);
    // The table the docs describe is the one applied.
    expect(EMAIL_BY_DEFAULT['publication.failed']).toEqual(['owner', 'admin', 'editor']);
  });

  it('change the listed kinds only, each field only where given, and answer all kinds', async () => {
    const res = await call(server.url, 'PATCH', PATH, {
      token: t.editor.access_token,
      body: {
        preferences: [
          { kind: 'publication.failed', email: false },
          { kind: 'invoice.paid', in_app: false },
        ],
      },
    });
    expect(res.status).toBe(200);
    const after = byKind(res.body.data.preferences);
    expect(Object.keys(after)).toHaveLength(NOTIFICATION_KINDS.length);
    expect(after['publication.failed']).toEqual({ kind: 'publication.failed', in_app: true, email: false });
    expect(after['invoice.paid']).toEqual({ kind: 'invoice.paid', in_app: false, email: false });
    expect(after['automation.paused']).toEqual({ kind: 'automation.paused', in_app: true, email: true });
    // A later change to the other field keeps the first one.
    const again = await call(server.url, 'PATCH', PATH, {
      token: t.editor.access_token,
      body: { preferences: [{ kind: 'invoice.paid', email: true }] },
    });
    expect(byKind(again.body.data.preferences)['invoice.paid']).toEqual({
      kind: 'invoice.paid',
      in_app: false,
      email: true,
    });
    expect(byKind(await get(t.editor.access_token))).toEqual(byKind(again.body.data.preferences));
  });

  it('are the caller’s own: another member keeps theirs, another account sees none of them', async () => {
    await call(server.url, 'PATCH', PATH, {
      token: t.admin.access_token,
      body: { preferences: [{ kind: 'credits.threshold_80', in_app: false, email: false }] },
    });
    expect(byKind(await get(t.admin.access_token))['credits.threshold_80']).toMatchObject({
      in_app: false,
      email: false,
    });
    expect(byKind(await get(t.owner.access_token))['credits.threshold_80']).toMatchObject({
      in_app: true,
      email: true,
    });
    // The owner of another account has their own defaults, untouched by this account's choices.
    const stranger = await signup(server.url, 'stranger');
    expect((await get(stranger.access_token)).every((p) => p.in_app && p.email)).toBe(true);
    // Row-level security: the other account's transaction sees no preference rows at all.
    const seen = await server.deps.db.app.transaction(async (trx) => {
      await trx.raw("select set_config('app.account_id', ?, true)", [stranger.account.id]);
      const { rows } = await trx.raw('select count(*)::int as n from notification_preferences');
      return rows[0].n as number;
    });
    expect(seen).toBe(0);
    const mine = await server.deps.db.owner('notification_preferences').where({ account_id: t.accountId });
    expect(mine.length).toBeGreaterThan(0);
  });

  it('refuse an unknown kind, an empty change and unknown fields (400), and a credential without a person (403)', async () => {
    for (const body of [
      { preferences: [{ kind: 'invoice.lost', email: true }] },
      { preferences: [{ kind: 'invoice.paid' }] },
      { preferences: [] },
      { preferences: [{ kind: 'invoice.paid', email: true, sms: true }] },
    ]) {
      const res = await call(server.url, 'PATCH', PATH, { token: t.owner.access_token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(byKind(await get(t.owner.access_token))['invoice.paid']).toMatchObject({ in_app: true, email: true });
    const key = await call(server.url, 'POST', '/v1/api-keys', { token: t.owner.access_token, body: { name: 'k' } });
    const res = await call(server.url, 'GET', PATH, { token: key.body.data.secret });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('leave with the member: removed from the account, their rows are gone', async () => {
    const viewer = t.viewer;
    await call(server.url, 'PATCH', PATH, {
      token: viewer.access_token,
      body: { preferences: [{ kind: 'invoice.paid', email: true }] },
    });
    const rows = () => server.deps.db.owner('notification_preferences').where({ user_id: viewer.user.id });
    expect(await rows()).toHaveLength(1);
    const members = await call(server.url, 'GET', '/v1/account/members?limit=100', { token: t.owner.access_token });
    const m = members.body.data.find((x: { user_id: string }) => x.user_id === viewer.user.id);
    const removed = await call(server.url, 'DELETE', `/v1/account/members/${m.id}`, { token: t.owner.access_token });
    expect(removed.status).toBe(204);
    expect(await rows()).toHaveLength(0);
  });
});
