// Durability: PostgreSQL restarted twice under a steady write load, and nothing acknowledged is lost. The test owns
// a PostgreSQL it may stop (test/helpers/restartable-postgres.ts) and runs the real server in this process against
// it, job workers included. Several clients, each with an account of its own, keep writing — keywords one at a time
// and in bulk, publishes to a stand-in for the site's WordPress plugin, credit packages bought by bank transfer and
// approved by an operator — every request with an Idempotency-Key of its own, sent again with the same key until it
// is acknowledged, as a careful client does. Meanwhile PostgreSQL is stopped (fast shutdown: every session ended at
// once) for a few seconds and started again, twice.
//
// What must hold: every request answered 2xx is in the database afterwards, with one effect however often it was
// sent; while the database is away requests are answered 503 UNAVAILABLE (declared on every operation), never a 500,
// never a hang; /readyz says not ready meanwhile and ready after, and the same server reconnects by itself; what it
// logged at error level is the outage and nothing else.
import { randomUUID } from 'node:crypto';
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../../src/db/unavailable.js';
import { heavySuitesHere } from '../helpers/heavy.js';
import { signupWithSite } from '../helpers/http.js';
import { type PluginStub, startPluginStub } from '../helpers/plugin-stub.js';
import { logLinesAtOrAbove } from '../helpers/processes.js';
import {
  type Outage,
  type RestartablePostgres,
  readinessOf,
  restartablePostgres,
} from '../helpers/restartable-postgres.js';
import { operatorSession, startTestServer, type TestServer, until } from '../helpers/server.js';

const PASSWORD = 'igny8-durability-password';
const CLIENTS = 4;
const OUTAGE_MS = 4_000;
/** Load before, between and after the outages. */
const STEADY_MS = 3_000;
/** A request not answered within this is a hang. */
const HANG_MS = 20_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request as the client meant it: sent (again, with its key) until acknowledged. */
interface Sent {
  what: string;
  key: string;
  /** How to send it again. */
  again: () => Promise<Response>;
  /** Every answer's status, in order (-1: no answer within HANG_MS). */
  statuses: number[];
  /** Whether the acknowledging answer was a replay of one stored earlier. */
  replayed?: boolean;
  data?: any;
}

interface Client {
  index: number;
  token: string;
  accountId: string;
  siteId: string;
  stub: PluginStub;
  contents: string[];
  keywords: { id: string; phrase: string }[];
  bulkPhrases: string[];
  publications: string[];
  payments: string[];
}

let postgres: RestartablePostgres | undefined;
let server: TestServer | undefined;
const stubs: PluginStub[] = [];

describe.runIf(heavySuitesHere)('writes while PostgreSQL restarts', () => {
  beforeAll(async () => {
    postgres = await restartablePostgres(PASSWORD);
    server = await startTestServer({
      postgresUrl: postgres.url,
      env: {
        ALLOW_PRIVATE_URLS: 'true',
        PUBLISH_RETRIES: '10',
        PUBLISH_RETRY_DELAY_SECONDS: '1',
        JOB_HEARTBEAT_SECONDS: '10',
        JOB_SUPERVISE_SECONDS: '1',
      },
    });
  }, 120_000);
  afterAll(async () => {
    for (const stub of stubs) await stub.close();
    await server?.close();
    await postgres?.remove();
  });

  it('loses nothing acknowledged, answers 503 meanwhile, and comes back by itself', async () => {
    const api = server as TestServer;
    const db = () => api.deps.db.owner;
    const readiness = readinessOf(api.url);
    const operator = await operatorSession(api);
    const sent: Sent[] = [];

    /** Sends a request with an Idempotency-Key until it is acknowledged; anything but 2xx or 503 fails the test. */
    const send = async (what: string, method: string, path: string, token: string, body?: unknown) => {
      const key = randomUUID();
      const again = () =>
        fetch(`${api.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'idempotency-key': key,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(HANG_MS),
        });
      const request: Sent = { what, key, again, statuses: [] };
      sent.push(request);
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        const res = await again().catch(() => undefined);
        const status = res?.status ?? -1;
        request.statuses.push(status);
        const text = (await res?.text().catch(() => '')) ?? '';
        if (status >= 200 && status < 300) {
          request.replayed = res?.headers.get('idempotent-replayed') === 'true';
          request.data = JSON.parse(text).data;
          return request.data;
        }
        if (status !== 503 && status !== -1) {
          const id = res?.headers.get('x-request-id') ?? '-';
          const logged = api.logs.filter((l) => l.includes(id) && /"level":5\d/.test(l));
          throw new Error(`${what}: ${status} ${text}; the server logged:\n${logged.join('\n')}`);
        }
        await sleep(200);
      }
      throw new Error(`${what}: not acknowledged within 120 s (${request.statuses})`);
    };

    const pack = await send('a credit package', 'POST', '/v1/admin/credit-packages', operator, {
      code: `durable-${randomUUID().slice(0, 8)}`,
      name: '25 credits',
      credits: 25,
      price_cents: 500,
    });

    // Each client: an account, a site connected to a plugin stub, two approved articles to publish.
    const clients: Client[] = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, index) => {
        const { s, site } = await signupWithSite(api.url, `Durable ${index}`, { bonus: { operator, amount: 5_000 } });
        const stub = await startPluginStub(api.url, s.access_token, site.id);
        stubs.push(stub);
        const sdk = new Igny8({ baseUrl: api.url, accessToken: s.access_token });
        const contents: string[] = [];
        for (const title of [`Durable guide ${index}`, `Durable review ${index}`]) {
          const task = await sdk.tasks.create(site.id, {
            title,
            primary_keyword: title.toLowerCase(),
            target_words: 400,
          });
          const op = await sdk.operations.wait((await sdk.tasks.generate(site.id, task.id)).id, {
            intervalMs: 100,
            timeoutMs: 120_000,
          });
          if (op.kind !== 'content.generate' || !op.result) throw new Error(`generation ${op.status}`);
          await sdk.contents.update(site.id, op.result.content_id, { status: 'approved' });
          contents.push(op.result.content_id);
        }
        return {
          index,
          token: s.access_token,
          accountId: s.account.id,
          siteId: site.id,
          stub,
          contents,
          keywords: [],
          bulkPhrases: [],
          publications: [],
          payments: [],
        };
      }),
    );
    expect(await readiness()).toBe(200);

    // The load: each client in turn adds a keyword, adds three in bulk, publishes, buys credits.
    let stopping = false;
    const work = async (c: Client) => {
      const path = `/v1/sites/${c.siteId}`;
      for (let n = 0; !stopping; n++) {
        const tag = `c${c.index} n${n}`;
        switch (n % 4) {
          case 0: {
            const phrase = `durable keyword ${tag}`;
            const keyword = await send('createKeyword', 'POST', `${path}/keywords`, c.token, { phrase, volume: n });
            c.keywords.push({ id: keyword.id, phrase });
            break;
          }
          case 1: {
            const phrases = [1, 2, 3].map((i) => `durable bulk ${tag} ${i}`);
            const result = await send('bulkKeywords', 'POST', `${path}/keywords/bulk`, c.token, {
              create: phrases.map((phrase) => ({ phrase, volume: 5 })),
            });
            expect(result).toMatchObject({ created: 3, duplicates: 0, errors: [] });
            c.bulkPhrases.push(...phrases);
            break;
          }
          case 2: {
            const content = c.contents[(n >> 2) % c.contents.length] as string;
            const publication = await send(
              'publishContent',
              'POST',
              `${path}/contents/${content}/publish`,
              c.token,
              {},
            );
            c.publications.push(publication.id);
            break;
          }
          default: {
            const invoice = await send(
              'purchaseCreditPackage',
              'POST',
              `/v1/billing/credit-packages/${pack.id}/purchase`,
              c.token,
            );
            const payment = await send(
              'createPayment',
              'POST',
              `/v1/billing/invoices/${invoice.id}/payments`,
              c.token,
              {
                method: 'manual',
                reference: `TRANSFER-${tag}`,
              },
            );
            await send('approvePayment', 'POST', `/v1/admin/payments/${payment.id}/approve`, operator);
            c.payments.push(payment.id);
          }
        }
        await sleep(20);
      }
    };
    const load = Promise.all(clients.map(work));
    // A client that fails (a 500, a 4xx) stops the test at once rather than after the outages.
    let failed: unknown;
    load.catch((err) => {
      failed = err;
    });

    const outages: (Outage & { readyAfterMs: number })[] = [];
    await sleep(STEADY_MS);
    for (let round = 0; round < 2 && !failed; round++) {
      const outage = await (postgres as RestartablePostgres).outage(OUTAGE_MS, readiness);
      await until('the API to be ready again', async () => ((await readiness()) === 200 ? true : undefined), 60_000);
      outages.push({ ...outage, readyAfterMs: Date.now() - outage.back });
      await sleep(STEADY_MS);
    }
    stopping = true;
    await load;

    // The figures.
    const answers = sent.flatMap((r) => r.statuses);
    const byStatus: Record<string, number> = {};
    for (const s of answers) byStatus[s] = (byStatus[s] ?? 0) + 1;
    const retried = sent.filter((r) => r.statuses.length > 1);
    console.log(
      `requests: ${sent.length} meant, ${answers.length} sent, ${sent.filter((r) => r.data).length} acknowledged; ` +
        `answers by status ${JSON.stringify(byStatus)}; ${retried.length} sent again with their key, ` +
        `${sent.filter((r) => r.replayed).length} acknowledged by a replay`,
    );
    for (const o of outages) {
      console.log(
        `PostgreSQL down ${o.back - o.down} ms; /readyz said ${o.readiness.join(',')}; ready again ${o.readyAfterMs} ms after PostgreSQL was`,
      );
    }

    // Answers: acknowledged, or 503 while the database was away: no 500, no hang, and some 503s (the outages hit).
    expect(sent.every((r) => r.data !== undefined)).toBe(true);
    expect(Object.keys(byStatus).filter((s) => !/^2\d\d$/.test(s) && s !== '503')).toEqual([]);
    expect(byStatus['503'] ?? 0).toBeGreaterThan(0);
    expect(outages).toHaveLength(2);
    for (const o of outages) {
      expect(o.readiness.length).toBeGreaterThan(0);
      expect(o.readiness.every((status) => status === 503)).toBe(true);
    }

    // Every acknowledged request sent once more with its key, as a client unsure of the answer does: the same answer,
    // replayed (the counts below then show it had no second effect).
    for (const r of sent) {
      const res = await r.again();
      expect(res.headers.get('idempotent-replayed'), r.what).toBe('true');
      expect(((await res.json()) as { data: unknown }).data, r.what).toEqual(r.data);
    }

    // Nothing acknowledged lost, each effect once.
    for (const c of clients) {
      const keywords = await db()('keywords').where({ site_id: c.siteId }).select('id', 'phrase');
      const ids = new Set(keywords.map((k) => k.id));
      expect(
        c.keywords.filter((k) => !ids.has(k.id)),
        'keywords lost',
      ).toEqual([]);
      const phrases = keywords.map((k) => k.phrase).sort();
      expect(phrases).toEqual([...c.keywords.map((k) => k.phrase), ...c.bulkPhrases].sort());

      const publications = await db()('publications').whereIn('id', c.publications).select('id', 'content_id');
      expect(new Set(publications.map((p) => p.id))).toEqual(new Set(c.publications));
      // Each publish sent to WordPress in the end, one post per content.
      await until(
        'every publication to be published',
        async () => {
          const open = await db()('publications').where({ site_id: c.siteId }).whereNot({ status: 'published' });
          return open.length ? undefined : true;
        },
        120_000,
      );
      expect(c.stub.posts.size).toBe(new Set(publications.map((p) => p.content_id)).size);

      const payments = await db()('payments').where({ account_id: c.accountId }).select('id', 'status', 'invoice_id');
      expect(payments.map((p) => p.id).sort()).toEqual([...c.payments].sort());
      expect(payments.filter((p) => p.status !== 'succeeded')).toEqual([]);
      const invoices = await db()('invoices').whereIn(
        'id',
        payments.map((p) => p.invoice_id),
      );
      expect(invoices.filter((i) => i.status !== 'paid')).toEqual([]);
      // The ledger: one purchase per approved payment, each line following from the one before, ending at the balance.
      const ledger = await db()('credit_ledger').where({ account_id: c.accountId }).orderBy('seq');
      expect(ledger.filter((l) => l.kind === 'purchase')).toHaveLength(c.payments.length);
      let plan = 0;
      let bonus = 0;
      for (const line of ledger) {
        if (line.pool === 'plan') plan += line.amount;
        else bonus += line.amount;
        expect([line.plan_balance_after, line.bonus_balance_after], `${line.kind} ${line.seq}`).toEqual([plan, bonus]);
      }
      const balance = await db()('credit_balances').where({ account_id: c.accountId }).first();
      expect([balance.plan_credits, balance.bonus_credits]).toEqual([plan, bonus]);
    }

    // The same server, reconnected: it reads and writes.
    expect(await readiness()).toBe(200);

    // What it logged at error level: the outage (the database unreachable or cut), nothing else.
    const errors = logLinesAtOrAbove(api.logs.join(''), 50).map((l) => JSON.parse(l));
    const byMessage: Record<string, number> = {};
    for (const e of errors) byMessage[e.msg] = (byMessage[e.msg] ?? 0) + 1;
    console.log(`logged at error level: ${JSON.stringify(byMessage)}`);
    const unexplained = errors.filter((e) => !databaseUnavailable(e.err));
    expect(unexplained.map((e) => `${e.msg}: ${e.err?.message}`)).toEqual([]);
    expect(errors.filter((e) => e.msg === 'unexpected error')).toEqual([]);
  }, 600_000);
});
