// The publishing cadence: N posts a day spread evenly over a local window (09:00–17:00 by the site's settings), in
// the account's timezone. The review stage gives each approved article the earliest free slot from now on, so the
// publishing module finds a queue already spread over the days; it sends each post when its slot comes.
import { DateTime } from 'luxon';
import type { Cadence } from './config.js';

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The slots of one local day, as instants: `posts_per_day` of them, evenly spaced from the window's start. */
export function daySlots(cadence: Cadence, timeZone: string, day: DateTime): Date[] {
  const start = minutes(cadence.window_start);
  let end = minutes(cadence.window_end);
  if (end <= start) end += 24 * 60; // a window across midnight
  const step = (end - start) / cadence.posts_per_day;
  const midnight = day.setZone(timeZone).startOf('day');
  return Array.from({ length: cadence.posts_per_day }, (_, i) => {
    // Wall-clock times, not durations from midnight: a DST day is 23 or 25 hours long.
    const at = Math.round(start + i * step);
    return midnight
      .plus({ days: Math.floor(at / 1440) })
      .set({ hour: Math.floor((at % 1440) / 60), minute: at % 60 })
      .toJSDate();
  });
}

/**
 * The earliest slot at or after `now` that none of `taken` (the site's scheduled posts) holds. Looks a year ahead
 * at most; a full year means the cadence is far too low for the backlog, and the year's last slot is given.
 */
export function nextPublishingSlot(cadence: Cadence, timeZone: string, now: Date, taken: readonly Date[]): Date {
  const busy = new Set(taken.map((d) => d.getTime()));
  let day = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  let last = now;
  for (let i = 0; i < 366; i++, day = day.plus({ days: 1 })) {
    for (const slot of daySlots(cadence, timeZone, day)) {
      if (slot < now) continue;
      last = slot;
      if (!busy.has(slot.getTime())) return slot;
    }
  }
  return last;
}
