// Scheduled runs on a controlled clock: daily at 09:00 Europe/Berlin across the October DST change runs once a day
// at 09:00 local, with two schedulers ticking side by side; after days of downtime only the latest slot runs, once.
import { Igny8 } from '@igny8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduled } from '../../src/domain/automation/schedules.js';
import { call, signupWithSite } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let clock = new Date('2026-10-20T12:00:00Z').getTime();
let server: TestServer;
beforeAll(async () => {
  // No workers: the runs a tick starts stay queued, and the test ends each one before the next slot.
  server = await startTestServer({ worker: false, now: () => new Date(clock) });
});
afterAll(() => server.close());

/** A scheduler as every process runs it, on the test's clock. */
const scheduler = () => ({
  owner: server.deps.db.owner,
  app: server.deps.db.app,
  queue: server.deps.jobs,
  now: () => new Date(clock),
});

const localTime = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(d);

async function berlinSite() {
  const { s, site } = await signupWithSite(server.url, 'Scheduled');
  await call(server.url, 'PATCH', '/v1/account', { token: s.access_token, body: { timezone: 'Europe/Berlin' } });
  const client = new Igny8({ baseUrl: server.url, accessToken: s.access_token });
  await client.automation.updateConfig(site.id, { schedule: { frequency: 'daily', time: '09:00' } });
  return { siteId: site.id, client };
}

const scheduledRuns = (siteId: string) =>
  server.deps.db.owner('automation_runs').where({ site_id: siteId, trigger: 'scheduled' }).orderBy('slot');
/** Ends the site's active run, as a finished run would (the workers are off). */
const finish = (siteId: string) =>
  server.deps.db
    .owner('automation_runs')
    .where({ site_id: siteId })
    .whereIn('status', ['queued', 'running', 'paused'])
    .update({ status: 'completed', finished_at: new Date(clock) });

describe('scheduled runs', () => {
  it('run once a day at 09:00 Berlin across the DST change, with two schedulers ticking', async () => {
    const { siteId } = await berlinSite();
    // Every ten minutes from Wednesday 21 to Wednesday 28 October 2026 (Berlin leaves summer time on the 25th);
    // two schedulers tick at once each time, as two worker processes would.
    const start = new Date('2026-10-21T00:00:00Z').getTime();
    const end = new Date('2026-10-28T00:00:00Z').getTime();
    let started = 0;
    for (clock = start; clock < end; clock += 10 * 60_000) {
      const [a, b] = await Promise.all([startScheduled(scheduler()), startScheduled(scheduler())]);
      started += a + b;
      await finish(siteId);
    }
    const runs = await scheduledRuns(siteId);
    expect(started).toBe(7);
    expect(runs).toHaveLength(7);
    expect(runs.map((r) => localTime(r.slot))).toEqual([
      '21/10/2026, 09:00',
      '22/10/2026, 09:00',
      '23/10/2026, 09:00',
      '24/10/2026, 09:00',
      '25/10/2026, 09:00',
      '26/10/2026, 09:00',
      '27/10/2026, 09:00',
    ]);
    // 07:00 UTC in summer time, 08:00 UTC after the change.
    expect(runs.map((r) => r.slot.toISOString().slice(11, 16))).toEqual([
      '07:00',
      '07:00',
      '07:00',
      '07:00',
      '08:00',
      '08:00',
      '08:00',
    ]);
  }, 120_000);

  it('after days of downtime runs the latest slot once, never a burst', async () => {
    clock = new Date('2026-11-02T06:00:00Z').getTime();
    const { siteId } = await berlinSite();
    // (The other tests' sites have schedules too: runs are counted for this site only.)
    clock = new Date('2026-11-02T08:30:00Z').getTime(); // 09:30 Berlin: today's slot is due
    await startScheduled(scheduler());
    expect(await scheduledRuns(siteId)).toHaveLength(1);
    await finish(siteId);
    // The server is down for four days; it comes back on the 6th at 15:00 Berlin.
    clock = new Date('2026-11-06T14:00:00Z').getTime();
    await Promise.all([startScheduled(scheduler()), startScheduled(scheduler())]);
    expect(await scheduledRuns(siteId)).toHaveLength(2);
    await finish(siteId);
    for (let i = 0; i < 6; i++) {
      clock += 10 * 60_000;
      await startScheduled(scheduler());
    }
    const runs = await scheduledRuns(siteId);
    expect(runs.map((r) => localTime(r.slot))).toEqual(['02/11/2026, 09:00', '06/11/2026, 09:00']);
  }, 60_000);

  it('a schedule set after today’s time first runs tomorrow; one waiting for an active run starts once that ends', async () => {
    clock = new Date('2026-11-10T10:00:00Z').getTime(); // 11:00 Berlin
    const { siteId, client } = await berlinSite();
    await startScheduled(scheduler());
    expect(await scheduledRuns(siteId)).toHaveLength(0);
    // A manual run is active at tomorrow's slot: the slot waits for it, then starts, once.
    await client.automation.start(siteId);
    clock = new Date('2026-11-11T08:05:00Z').getTime();
    await startScheduled(scheduler());
    expect(await scheduledRuns(siteId)).toHaveLength(0);
    await finish(siteId);
    clock += 10 * 60_000;
    await startScheduled(scheduler());
    clock += 10 * 60_000;
    await startScheduled(scheduler());
    const runs = await scheduledRuns(siteId);
    expect(runs.map((r) => localTime(r.slot))).toEqual(['11/11/2026, 09:00']);
  }, 60_000);
});
