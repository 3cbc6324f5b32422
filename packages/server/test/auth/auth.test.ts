import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRateLimiter, forgetRateLimits } from '../../src/auth/rate-limit.js';
import { RateLimitedError } from '../../src/errors.js';
import { call, signup, type TestResponse, uniqueEmail } from '../helpers/http.js';
import { mailTo, startTestServer, TEST_ENV, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const key = new TextEncoder().encode(TEST_ENV.JWT_SECRET);

async function forge(
  claims: { sub: string; acc: string },
  options: { audience?: string; issuer?: string; exp?: number; iat?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ acc: claims.acc, role: 'owner', pwv: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? 'igny8')
    .setAudience(options.audience ?? 'igny8-api')
    .setIssuedAt(options.iat ?? now)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(key);
}

describe('sign-up and sign-in', () => {
  it('signs up a user as the owner of a new account on the free plan', async () => {
    const s = await signup(server.url);
    expect(s.role).toBe('owner');
    expect(s.account.plan.code).toBe('free');
    expect(s.account.status).toBe('trial');
    const me = await call(server.url, 'GET', '/v1/me', { token: s.access_token });
    expect(me.status).toBe(200);
    expect(me.body.data.user.email).toBe(s.email);
    expect(me.body.data.memberships).toHaveLength(1);
  });

  it('refuses a second sign-up with the same email in any case', async () => {
    const s = await signup(server.url);
    const again = await call(server.url, 'POST', '/v1/auth/signup', {
      body: { email: s.email.toUpperCase(), password: 'another-long-password', name: 'x' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('EMAIL_TAKEN');
  });

  it('logs in with the right password only, and says the same for unknown users', async () => {
    const s = await signup(server.url);
    const ok = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
    expect(ok.status).toBe(200);
    const wrong = await call(server.url, 'POST', '/v1/auth/login', {
      body: { email: s.email, password: 'nope-nope-nope' },
    });
    const unknown = await call(server.url, 'POST', '/v1/auth/login', {
      body: { email: uniqueEmail(), password: 'nope-nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('access tokens', () => {
  it('refuses missing, expired, tampered, alg=none, wrong-audience and wrong-issuer tokens with a code', async () => {
    const s = await signup(server.url);
    const claims = { sub: s.user.id, acc: s.account.id };
    const valid = await forge(claims);
    expect((await call(server.url, 'GET', '/v1/account', { token: valid })).status).toBe(200);

    const cases: [string, string | undefined, string][] = [];
    cases.push(['missing', undefined, 'UNAUTHENTICATED']);
    const now = Math.floor(Date.now() / 1000);
    cases.push(['expired', await forge(claims, { iat: now - 3600, exp: now - 1800 }), 'TOKEN_EXPIRED']);
    const [h, p, sig] = valid.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tamperedPayload = Buffer.from(
      JSON.stringify({ ...payload, role: 'owner', acc: crypto.randomUUID() }),
    ).toString('base64url');
    cases.push(['tampered payload', `${h}.${tamperedPayload}.${sig}`, 'TOKEN_INVALID']);
    cases.push([
      'tampered signature',
      `${h}.${p}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`,
      'TOKEN_INVALID',
    ]);
    const none = new UnsecuredJWT({ acc: claims.acc, role: 'owner' })
      .setSubject(claims.sub)
      .setIssuer('igny8')
      .setAudience('igny8-api')
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    cases.push(['alg=none', none, 'TOKEN_INVALID']);
    cases.push(['wrong audience', await forge(claims, { audience: 'someone-else' }), 'TOKEN_INVALID']);
    cases.push(['wrong issuer', await forge(claims, { issuer: 'evil' }), 'TOKEN_INVALID']);
    const otherKey = await new SignJWT({ acc: claims.acc, role: 'owner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('igny8')
      .setAudience('igny8-api')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('a-different-secret-a-different-secret-0000'));
    cases.push(['signed with another key', otherKey, 'TOKEN_INVALID']);
    cases.push(['garbage', 'not.a.jwt', 'TOKEN_INVALID']);

    for (const [name, token, code] of cases) {
      const res = await call(server.url, 'GET', '/v1/account', { token });
      expect({ name, status: res.status, code: res.body.error?.code }).toEqual({ name, status: 401, code });
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('ends access tokens of a member who was removed', async () => {
    const s = await signup(server.url);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'starter' },
    });
    const email = uniqueEmail('editor');
    await call(server.url, 'POST', '/v1/account/members', { token: s.access_token, body: { email, role: 'editor' } });
    const token = /Token: (\S+)/.exec(server.mailer.lastTo(email)?.text ?? '')?.[1] as string;
    const joined = await call(server.url, 'POST', '/v1/auth/invitations/accept', {
      body: { token, name: 'Ed', password: 'editor-password-1' },
    });
    expect(joined.status).toBe(200);
    const members = await call(server.url, 'GET', '/v1/account/members', { token: s.access_token });
    const ed = members.body.data.find((m: { email: string }) => m.email === email);
    expect((await call(server.url, 'DELETE', `/v1/account/members/${ed.id}`, { token: s.access_token })).status).toBe(
      204,
    );
    const after = await call(server.url, 'GET', '/v1/account', { token: joined.body.data.access_token });
    expect(after.status).toBe(401);
    const refresh = await call(server.url, 'POST', '/v1/auth/refresh', {
      body: { refresh_token: joined.body.data.refresh_token },
    });
    expect(refresh.status).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use', async () => {
    const s = await signup(server.url);
    const r1 = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    expect(r1.status).toBe(200);
    expect(r1.body.data.refresh_token).not.toBe(s.refresh_token);
    const me = await call(server.url, 'GET', '/v1/me', { token: r1.body.data.access_token });
    expect(me.status).toBe(200);
  });

  it('revoke the whole family when a rotated token is reused', async () => {
    const s = await signup(server.url);
    const r1 = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    const r2 = await call(server.url, 'POST', '/v1/auth/refresh', {
      body: { refresh_token: r1.body.data.refresh_token },
    });
    expect(r2.status).toBe(200);
    // An attacker replays the first, already rotated token.
    const replay = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newest token is dead too.
    const legit = await call(server.url, 'POST', '/v1/auth/refresh', {
      body: { refresh_token: r2.body.data.refresh_token },
    });
    expect(legit.status).toBe(401);
    expect(legit.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // Another session of the same user (another family) is untouched.
    const other = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: s.password } });
    const otherRefresh = await call(server.url, 'POST', '/v1/auth/refresh', {
      body: { refresh_token: other.body.data.refresh_token },
    });
    expect(otherRefresh.status).toBe(200);
  });

  it('are ended by logout', async () => {
    const s = await signup(server.url);
    expect(
      (await call(server.url, 'POST', '/v1/auth/logout', { body: { refresh_token: s.refresh_token } })).status,
    ).toBe(204);
    const res = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } });
    expect(res.status).toBe(401);
  });

  it('refuse an unknown token', async () => {
    const res = await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: 'igny8_rt_unknown' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('TOKEN_INVALID');
  });
});

describe('passwords', () => {
  it('change with the current password, ending other sessions', async () => {
    const s = await signup(server.url);
    const wrong = await call(server.url, 'POST', '/v1/auth/password/change', {
      token: s.access_token,
      body: { current_password: 'wrong-password', new_password: 'brand-new-password' },
    });
    expect(wrong.status).toBe(401);
    const ok = await call(server.url, 'POST', '/v1/auth/password/change', {
      token: s.access_token,
      body: { current_password: s.password, new_password: 'brand-new-password' },
    });
    expect(ok.status).toBe(204);
    expect(
      (await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } })).status,
    ).toBe(401);
    expect((await call(server.url, 'GET', '/v1/me', { token: s.access_token })).status).toBe(401);
    const login = await call(server.url, 'POST', '/v1/auth/login', {
      body: { email: s.email, password: 'brand-new-password' },
    });
    expect(login.status).toBe(200);
  });

  it('a session begun right after a password change works, one begun just before it does not', async () => {
    const s = await signup(server.url);
    let password = s.password;
    // Back to back, so change and login fall in the same second again and again.
    for (let round = 0; round < 4; round++) {
      const before = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password } });
      const next = `new-password-round-${round}`;
      const change = await call(server.url, 'POST', '/v1/auth/password/change', {
        token: before.body.data.access_token,
        body: { current_password: password, new_password: next },
      });
      expect(change.status).toBe(204);
      password = next;
      const after = await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password } });
      expect((await call(server.url, 'GET', '/v1/me', { token: after.body.data.access_token })).status).toBe(200);
      const stale = await call(server.url, 'GET', '/v1/me', { token: before.body.data.access_token });
      expect(stale.status).toBe(401);
      expect(stale.body.error.code).toBe('TOKEN_INVALID');
    }
  });

  it('reset through a mailed single-use token, answering the same for unknown addresses', async () => {
    const s = await signup(server.url);
    const unknown = await call(server.url, 'POST', '/v1/auth/password/reset-request', {
      body: { email: uniqueEmail() },
    });
    const known = await call(server.url, 'POST', '/v1/auth/password/reset-request', { body: { email: s.email } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body.data).toEqual(unknown.body.data);
    const mail = await mailTo(server, s.email);
    const token = /Token: (\S+)/.exec(mail.text)?.[1] as string;
    expect(token).toMatch(/^igny8_pr_/);
    const reset = await call(server.url, 'POST', '/v1/auth/password/reset-confirm', {
      body: { token, new_password: 'after-reset-password' },
    });
    expect(reset.status).toBe(204);
    const again = await call(server.url, 'POST', '/v1/auth/password/reset-confirm', {
      body: { token, new_password: 'second-try-password' },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('RESET_TOKEN_INVALID');
    expect(
      (await call(server.url, 'POST', '/v1/auth/login', { body: { email: s.email, password: 'after-reset-password' } }))
        .status,
    ).toBe(200);
    expect(
      (await call(server.url, 'POST', '/v1/auth/refresh', { body: { refresh_token: s.refresh_token } })).status,
    ).toBe(401);
  });

  it('answer a known address as an unknown one, and as soon, whatever the mail server does; a refused mail is sent again', async () => {
    const s = await signup(server.url);
    const send = server.mailer.send;
    let release = () => {};
    try {
      // A mail server that does not answer: the known address is answered at once all the same.
      const holding = new Promise<void>((r) => {
        release = r;
      });
      let asked = 0;
      server.mailer.send = async () => {
        asked++;
        await holding;
        throw new Error('the mail server hung up');
      };
      const started = Date.now();
      const held = await call(server.url, 'POST', '/v1/auth/password/reset-request', { body: { email: s.email } });
      expect(held.status).toBe(202);
      expect(Date.now() - started).toBeLessThan(2_000);
      await expect.poll(() => asked, { timeout: 10_000 }).toBe(1);
      const unknown = await call(server.url, 'POST', '/v1/auth/password/reset-request', {
        body: { email: uniqueEmail() },
      });
      expect([held.status, held.body.data]).toEqual([unknown.status, unknown.body.data]);
      // It refuses: logged, never a 5xx, and the link is mailed again once the mail server takes it.
      release();
      await expect.poll(() => server.logs.some((l) => l.includes('password reset mail not sent'))).toBe(true);
      const before = server.mailer.sent.length;
      server.mailer.send = send;
      const mail = await mailTo(server, s.email, before);
      const token = /Token: (\S+)/.exec(mail.text)?.[1] as string;
      const reset = await call(server.url, 'POST', '/v1/auth/password/reset-confirm', {
        body: { token, new_password: 'mailed-the-second-time' },
      });
      expect(reset.status).toBe(204);
    } finally {
      release();
      server.mailer.send = send;
    }
  }, 60_000);
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once login attempts exceed the budget', async () => {
    const limited = await startTestServer({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      const email = uniqueEmail();
      const statuses: number[] = [];
      let last: TestResponse | undefined;
      for (let i = 0; i < 7; i++) {
        last = await call(limited.url, 'POST', '/v1/auth/login', { body: { email, password: 'wrong-password' } });
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      expect(last?.body.error.code).toBe('RATE_LIMITED');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
  it('are one budget for every process on the database: concurrent attempts through two limiters pass the budget once', async () => {
    // Two limiters over one database, as two API processes have; the attempts race each other.
    const a = createAuthRateLimiter(server.deps.db.app, 'auth', 5);
    const b = createAuthRateLimiter(server.deps.db.app, 'auth', 5);
    const key = `login:${uniqueEmail()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? a : b)
          .consume([key])
          .then(() => 'ok')
          .catch((err) => (err instanceof RateLimitedError ? `429 after ${err.details?.retry_after}` : String(err))),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
    for (const o of outcomes.filter((o) => o !== 'ok')) expect(o).toMatch(/^429 after ([1-9]|[1-5][0-9]|60)$/);
    // Another limiter's name is another budget; the first key over its budget stops the count (the second key of
    // the attempt is not used up).
    await createAuthRateLimiter(server.deps.db.app, 'public', 5).consume([key]);
    const email = `login:${uniqueEmail()}`;
    await expect(a.consume([key, email])).rejects.toBeInstanceOf(RateLimitedError);
    for (let i = 0; i < 5; i++) await b.consume([email]);
    await expect(b.consume([email])).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('keep no counter of a window over an hour past (the billing sweep forgets them), and no email in the clear', async () => {
    const email = uniqueEmail();
    await createAuthRateLimiter(server.deps.db.app, 'auth', 5).consume([`login:${email}`]);
    const owner = server.deps.db.owner;
    expect(await owner('rate_limits').whereLike('key', `%${email}%`)).toEqual([]);
    const old = `forget-${crypto.randomUUID()}`;
    const recent = `keep-${crypto.randomUUID()}`;
    await owner('rate_limits').insert([
      { key: old, points: 3, expires_at: new Date(Date.now() - 3_700_000) },
      { key: recent, points: 3, expires_at: new Date(Date.now() - 3_500_000) },
    ]);
    expect(await forgetRateLimits(owner, new Date())).toBeGreaterThanOrEqual(1);
    const left = (await owner('rate_limits').whereIn('key', [old, recent])).map((r) => r.key);
    expect(left).toEqual([recent]);
  });
});

describe('API keys', () => {
  it('show the secret once, store it hashed, authenticate with it and stop working when revoked', async () => {
    const s = await signup(server.url);
    const created = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'ci', role: 'viewer' },
    });
    expect(created.status).toBe(201);
    const { secret, api_key } = created.body.data;
    expect(secret).toMatch(/^igny8_sk_/);
    expect(secret.startsWith(api_key.prefix)).toBe(true);
    const stored = await server.deps.db.owner('api_keys').where({ id: api_key.id }).first();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = await call(server.url, 'GET', '/v1/api-keys', { token: s.access_token });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const me = await call(server.url, 'GET', '/v1/me', { token: secret });
    expect(me.body.data).toMatchObject({ credential: 'api_key', role: 'viewer', user: null });
    const denied = await call(server.url, 'POST', '/v1/api-keys', {
      token: secret,
      body: { name: 'escalate', role: 'owner' },
    });
    expect(denied.status).toBe(403);

    expect((await call(server.url, 'DELETE', `/v1/api-keys/${api_key.id}`, { token: s.access_token })).status).toBe(
      204,
    );
    const after = await call(server.url, 'GET', '/v1/me', { token: secret });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('API_KEY_REVOKED');
  });

  it('cannot be created with a role above the creator', async () => {
    const s = await signup(server.url);
    const admin = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'admin key', role: 'admin' },
    });
    const res = await call(server.url, 'POST', '/v1/api-keys', {
      token: admin.body.data.secret,
      body: { name: 'owner key', role: 'owner' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('INSUFFICIENT_ROLE');
  });

  it('restricted to a site see only that site', async () => {
    const s = await signup(server.url);
    await call(server.url, 'POST', '/v1/billing/subscription/change', {
      token: s.access_token,
      body: { plan: 'starter' },
    });
    const industries = await call(server.url, 'GET', '/v1/industries', { token: s.access_token });
    const industry = industries.body.data[0].id;
    const a = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'A', industry_id: industry },
    });
    const b = await call(server.url, 'POST', '/v1/sites', {
      token: s.access_token,
      body: { name: 'B', industry_id: industry },
    });
    const key = await call(server.url, 'POST', '/v1/api-keys', {
      token: s.access_token,
      body: { name: 'site a', role: 'admin', site_id: a.body.data.id },
    });
    const secret = key.body.data.secret;
    const list = await call(server.url, 'GET', '/v1/sites', { token: secret });
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([a.body.data.id]);
    expect((await call(server.url, 'GET', `/v1/sites/${b.body.data.id}`, { token: secret })).status).toBe(404);
    expect((await call(server.url, 'GET', `/v1/sites/${a.body.data.id}`, { token: secret })).status).toBe(200);
  });
});
