// An account with a member in every role, for the notification tests: signed up, on a plan with room for them, each
// invited (the token read from the invitation mail) and joined.
import { expect } from 'vitest';
import { call, signup, uniqueEmail } from '../helpers/http.js';
import type { TestServer } from '../helpers/server.js';

export interface TeamMember {
  access_token: string;
  email: string;
  user: { id: string };
}

export async function team(server: TestServer, label = 'team') {
  const owner = await signup(server.url, `${label}-owner`);
  const plan = await call(server.url, 'POST', '/v1/billing/subscription/change', {
    token: owner.access_token,
    body: { plan: 'scale' },
  });
  expect(plan.status).toBeLessThan(300);
  const join = async (role: string): Promise<TeamMember> => {
    const email = uniqueEmail(`${label}-${role}`);
    const invite = await call(server.url, 'POST', '/v1/account/members', {
      token: owner.access_token,
      body: { email, role },
    });
    expect(invite.status).toBe(201);
    const token = /Token: (\S+)/.exec(server.mailer.lastTo(email)?.text ?? '')?.[1];
    const res = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token, name: `${label} ${role}`, password: `${role}-password-123` },
    });
    expect(res.status).toBe(200);
    return { ...(res.body.data as { access_token: string; user: { id: string } }), email };
  };
  return {
    accountId: owner.account.id as string,
    owner: { access_token: owner.access_token, email: owner.email, user: owner.user } as TeamMember,
    admin: await join('admin'),
    editor: await join('editor'),
    viewer: await join('viewer'),
  };
}

export type Team = Awaited<ReturnType<typeof team>>;
