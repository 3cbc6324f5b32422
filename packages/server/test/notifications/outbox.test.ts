// The email outbox's delivery: retries with back-off on a driven clock, a claim held by a sweep that died, sweeps
// racing each other, a worker started after the mail was written, the SMTP transport and what it logs.
import { createServer, type Server } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { notify } from '../../src/domain/billing/notifications.js';
import {
  MAIL_LEASE_MS,
  MAIL_MAX_ATTEMPTS,
  mailRetryDelayMs,
  sendDueNotificationEmails,
} from '../../src/domain/notifications/emails.js';
import { NOTIFICATION_MAIL_JOB } from '../../src/jobs/notifications.js';
import { createLogger } from '../../src/logger.js';
import { createMailer, type Mailer, type MailMessage, MemoryMailer } from '../../src/mail/mailer.js';
import { createRuntime } from '../../src/runtime.js';
import { signup } from '../helpers/http.js';
import { startTestServer, type TestServer, until } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  // No job workers: nothing sends the outbox behind the tests' backs; each test drives the sweep itself.
  server = await startTestServer({ worker: false });
});
afterAll(() => server.close());

const sweepWith = (mailer: Mailer, at: () => number) =>
  sendDueNotificationEmails({
    owner: server.deps.db.owner,
    app: server.deps.db.app,
    mailer,
    now: () => new Date(at()),
    publicUrl: server.deps.config.publicUrl,
  });

async function accountWithNotice(title: string) {
  const s = await signup(server.url, 'outbox');
  await withTenant(server.deps.db.app, { accountId: s.account.id }, (trx) =>
    notify(trx, { accountId: s.account.id, kind: 'invoice.paid', title, body: 'The body.' }),
  );
  const row = async () => server.deps.db.owner('notification_emails').where({ account_id: s.account.id }).first();
  return { s, row };
}

/** A mailer that fails its first `failures` sends, then keeps what it sends. */
class FlakyMailer extends MemoryMailer {
  calls = 0;
  constructor(private failures: number) {
    super();
  }
  override async send(message: MailMessage) {
    this.calls++;
    if (this.calls <= this.failures) throw new Error('451 4.3.0 try again later');
    await super.send(message);
  }
}

describe('the mail sweep', () => {
  it('retries a failed send with back-off, records the error, then sends once and records sent_at', async () => {
    const { row } = await accountWithNotice('Retried');
    const t0 = Date.now();
    let clock = t0;
    const mailer = new FlakyMailer(2);
    const sweep = () => sweepWith(mailer, () => clock);

    expect(await sweep()).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    expect(await row()).toMatchObject({ status: 'pending', attempts: 1, last_error: '451 4.3.0 try again later' });
    expect((await row()).next_attempt_at.getTime()).toBe(t0 + mailRetryDelayMs(1));
    expect((await row()).claim).toBeNull();

    clock = t0 + mailRetryDelayMs(1) - 1_000; // not yet due
    await sweep();
    expect(mailer.calls).toBe(1);

    clock = t0 + mailRetryDelayMs(1);
    expect(await sweep()).toMatchObject({ retrying: 1 });
    const second = clock;
    expect((await row()).next_attempt_at.getTime()).toBe(second + mailRetryDelayMs(2));
    expect(mailRetryDelayMs(2)).toBe(2 * mailRetryDelayMs(1));

    clock = second + mailRetryDelayMs(2) - 1_000;
    await sweep();
    expect(mailer.calls).toBe(2);

    clock = second + mailRetryDelayMs(2);
    expect(await sweep()).toMatchObject({ sent: 1, retrying: 0 });
    expect(await row()).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect((await row()).sent_at.getTime()).toBe(clock);

    clock += 24 * 3600_000;
    expect(await sweep()).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    expect(mailer.calls).toBe(3);
    expect(mailer.sent.filter((m) => m.subject === 'Retried')).toHaveLength(1);
  });

  it(`gives up after ${MAIL_MAX_ATTEMPTS} attempts, keeping the last error`, async () => {
    const { row } = await accountWithNotice('Never delivered');
    let clock = Date.now();
    const mailer = new FlakyMailer(Number.POSITIVE_INFINITY);
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      const report = await sweepWith(mailer, () => clock);
      expect(report).toMatchObject(attempt < MAIL_MAX_ATTEMPTS ? { retrying: 1 } : { failed: 1 });
      clock += mailRetryDelayMs(attempt);
    }
    expect(await row()).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS, sent_at: null });
    expect((await row()).last_error).toContain('try again later');
    clock += 30 * 24 * 3600_000;
    await sweepWith(mailer, () => clock);
    expect(mailer.calls).toBe(MAIL_MAX_ATTEMPTS);
  });

  it('leaves a claim alone until its lease ends, then sends it once; the dead claimer cannot overwrite that', async () => {
    const { row } = await accountWithNotice('Claimed by a dying worker');
    const t0 = Date.now();
    // The first sweep's send never comes back: its process is as good as dead, holding the claim.
    let giveUp: (err: Error) => void = () => undefined;
    const stuck: Mailer = {
      send: () =>
        new Promise<void>((_, reject) => {
          giveUp = reject;
        }),
    };
    const dying = sweepWith(stuck, () => t0);
    await until('the first sweep to claim the row', async () => ((await row()).claim ? true : undefined), 10_000);

    const next = new MemoryMailer();
    expect(await sweepWith(next, () => t0 + MAIL_LEASE_MS - 1_000)).toMatchObject({ sent: 0 });
    expect(await sweepWith(next, () => t0 + MAIL_LEASE_MS)).toMatchObject({ sent: 1 });
    expect(await row()).toMatchObject({ status: 'sent', attempts: 2 });

    // The first sweep wakes up failing: its claim is no longer the row's, so it records nothing.
    giveUp(new Error('connection reset'));
    await dying;
    expect(await row()).toMatchObject({ status: 'sent', last_error: null });
    expect(next.sent.filter((m) => m.subject === 'Claimed by a dying worker')).toHaveLength(1);
  });

  it('hands each mail to exactly one of several sweeps running at once', async () => {
    const accounts = await Promise.all(Array.from({ length: 4 }, () => signup(server.url, 'race')));
    const titles: string[] = [];
    for (const [i, s] of accounts.entries()) {
      await withTenant(server.deps.db.app, { accountId: s.account.id }, async (trx) => {
        for (let j = 0; j < 10; j++) {
          titles.push(`Race ${i}.${j}`);
          await notify(trx, { accountId: s.account.id, kind: 'invoice.paid', title: `Race ${i}.${j}`, body: 'x' });
        }
      });
    }
    const slow = new MemoryMailer();
    const send = slow.send.bind(slow);
    slow.send = async (m) => {
      await new Promise((r) => setTimeout(r, 5));
      await send(m);
    };
    const now = Date.now();
    const reports = await Promise.all(Array.from({ length: 5 }, () => sweepWith(slow, () => now)));
    const raced = slow.sent.filter((m) => m.subject.startsWith('Race '));
    expect(raced).toHaveLength(titles.length);
    expect(new Set(raced.map((m) => m.subject)).size).toBe(titles.length);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(titles.length);
  });

  it('keeps the mail through a worker restart: a worker started later sends it', async () => {
    const { s, row } = await accountWithNotice('Written before the worker started');
    expect(await row()).toMatchObject({ status: 'pending', attempts: 0 });
    // A fresh worker process's runtime on the same database, with its own mail transport.
    const mailer = new MemoryMailer();
    const logger = createLogger('silent');
    const worker = await createRuntime(server.deps.config, logger, { mailer, pollingIntervalSeconds: 0.5 });
    try {
      await worker.deps.jobs.start({ work: true });
      await withTenant(worker.deps.db.app, { accountId: s.account.id }, (trx) =>
        worker.deps.jobs.sendJob(trx, NOTIFICATION_MAIL_JOB, {}),
      );
      await until('the new worker to send the mail', async () => mailer.lastTo(s.email), 30_000);
    } finally {
      await worker.close();
    }
    expect(await row()).toMatchObject({ status: 'sent', attempts: 1 });
    expect(mailer.sent.filter((m) => m.subject === 'Written before the worker started')).toHaveLength(1);
  });
});

/** Just enough of an SMTP server to take a message; keeps what it received. */
function fakeSmtp(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const smtp = createServer((socket) => {
    let buffer = '';
    let data = false;
    socket.write('220 localhost ESMTP test\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (data) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          data = false;
          socket.write('250 OK queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl).toUpperCase();
        buffer = buffer.slice(nl + 2);
        if (line.startsWith('EHLO') || line.startsWith('HELO')) socket.write('250 localhost\r\n');
        else if (line.startsWith('DATA')) {
          data = true;
          socket.write('354 go ahead\r\n');
        } else if (line.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    smtp.listen(0, '127.0.0.1', () => {
      const address = smtp.address();
      resolve({ server: smtp, port: typeof address === 'object' && address ? address.port : 0, received });
    }),
  );
}

function logSink() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

describe('the mail transports', () => {
  const message: MailMessage = {
    to: 'someone@example.test',
    subject: 'Subject line',
    text: 'SECRET-TEXT-BODY https://app.example/link',
    html: '<p>SECRET-HTML-BODY</p>',
    fromName: 'Acme Brand',
  };

  it('SMTP: sends the text and the HTML part under the brand’s name, and never logs the body', async () => {
    const smtp = await fakeSmtp();
    try {
      const { lines, logger } = logSink();
      const mailer = createMailer({
        smtpUrl: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
        from: 'Igny8 <no-reply@igny8.example>',
        logger,
        env: 'production',
      });
      await mailer.send(message);
      const raw = smtp.received.join('\n');
      expect(raw).toMatch(/^From: Acme Brand <no-reply@igny8\.example>/m);
      expect(raw).toContain('multipart/alternative');
      expect(raw).toContain('text/plain');
      expect(raw).toContain('text/html');
      expect(raw).toContain('SECRET-HTML-BODY');
      expect(lines.join('')).toContain('mail sent');
      expect(lines.join('')).not.toContain('SECRET');
    } finally {
      smtp.server.close();
    }
  });

  it('without SMTP: logs the body in development only', async () => {
    const prod = logSink();
    await createMailer({ from: 'x@example.test', logger: prod.logger, env: 'production' }).send(message);
    expect(prod.lines.join('')).toContain('SMTP_URL is not set');
    expect(prod.lines.join('')).not.toContain('SECRET');
    const dev = logSink();
    await createMailer({ from: 'x@example.test', logger: dev.logger, env: 'development' }).send(message);
    expect(dev.lines.join('')).toContain('SECRET-TEXT-BODY');
    expect(dev.lines.join('')).not.toContain('SECRET-HTML-BODY');
  });
});
