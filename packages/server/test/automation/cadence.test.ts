// The publishing cadence: N posts a day spread over a local window, each approved article given the earliest free
// slot, in the account's timezone, across a DST change.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { daySlots, nextPublishingSlot } from '../../src/domain/automation/cadence.js';

const cadence = { posts_per_day: 3, window_start: '09:00', window_end: '18:00' };
const berlin = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Berlin' }).toFormat('yyyy-LL-dd HH:mm');

describe('the publishing cadence', () => {
  it('spreads the day’s posts evenly over the local window', () => {
    const day = DateTime.fromISO('2026-10-24T12:00:00', { zone: 'Europe/Berlin' });
    expect(daySlots(cadence, 'Europe/Berlin', day).map(berlin)).toEqual([
      '2026-10-24 09:00',
      '2026-10-24 12:00',
      '2026-10-24 15:00',
    ]);
    // The day the clocks go back: still 09:00, 12:00 and 15:00 local.
    const change = DateTime.fromISO('2026-10-25T12:00:00', { zone: 'Europe/Berlin' });
    expect(daySlots(cadence, 'Europe/Berlin', change).map(berlin)).toEqual([
      '2026-10-25 09:00',
      '2026-10-25 12:00',
      '2026-10-25 15:00',
    ]);
  });

  it('gives each article the earliest free slot from now on, day after day', () => {
    const now = new Date('2026-10-24T10:30:00Z'); // 12:30 in Berlin: 09:00 and 12:00 are past
    const taken: Date[] = [];
    for (let i = 0; i < 7; i++) taken.push(nextPublishingSlot(cadence, 'Europe/Berlin', now, taken));
    expect(taken.map(berlin)).toEqual([
      '2026-10-24 15:00',
      '2026-10-25 09:00',
      '2026-10-25 12:00',
      '2026-10-25 15:00',
      '2026-10-26 09:00',
      '2026-10-26 12:00',
      '2026-10-26 15:00',
    ]);
  });

  it('takes a window across midnight, and other zones', () => {
    const night = { posts_per_day: 2, window_start: '22:00', window_end: '02:00' };
    const day = DateTime.fromISO('2026-11-03T12:00:00', { zone: 'Asia/Kolkata' });
    expect(daySlots(night, 'Asia/Kolkata', day).map((d) => d.toISOString())).toEqual([
      '2026-11-03T16:30:00.000Z',
      '2026-11-03T18:30:00.000Z',
    ]);
  });
});
