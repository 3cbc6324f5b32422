// The automation's schedule slots: one slot per local day, week or month at the local time in the account's zone,
// across DST changes (a time in the spring-forward gap moves forward by the gap; a time the fall-back repeats is
// its first occurrence only), and the scheduler's question — which slot is due now — answered with the latest
// slot only, once. Local times are read back with Intl, not with the library the module uses.
import { describe, expect, it } from 'vitest';
import {
  dueSlot,
  isValidTimeZone,
  latestSlot,
  MAX_SLOTS,
  nextSlot,
  parseSchedule,
  type Schedule,
  ScheduleSchema,
  slotsBetween,
} from '../../src/domain/automation/schedule.js';
import { AppError } from '../../src/errors.js';

const at = (iso: string) => new Date(iso);
const iso = (d: Date | undefined | null) => d?.toISOString();
const isos = (ds: Date[]) => ds.map((d) => d.toISOString());

const formats = new Map<string, Intl.DateTimeFormat>();
/** The local wall clock of an instant in a zone: date, time, ISO weekday and UTC offset in minutes. */
function local(d: Date, timeZone: string) {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}`;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!) + 1;
  const offset = Math.round(
    (Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - +d) / 60000,
  );
  return { date, time, weekday, offset, text: `${date} ${time}` };
}

/** Every civil date of a year, "YYYY-MM-DD". */
function datesOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The slots whose local date is in `year`. */
function slotsOfYear(s: Schedule, tz: string, year: number): Date[] {
  const wide = slotsBetween(s, tz, at(`${year - 1}-12-20T00:00:00Z`), at(`${year + 1}-01-10T00:00:00Z`));
  return wide.filter((d) => local(d, tz).date.startsWith(`${year}-`));
}

const daily = (time: string): Schedule => ({ frequency: 'daily', time });
const weekly = (weekday: Schedule['weekday'], time: string): Schedule => ({ frequency: 'weekly', time, weekday });
const monthly = (day_of_month: number | 'last', time: string): Schedule => ({
  frequency: 'monthly',
  time,
  day_of_month,
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseSchedule', () => {
  it('accepts the three frequencies', () => {
    expect(parseSchedule({ frequency: 'daily', time: '09:00' })).toEqual({ frequency: 'daily', time: '09:00' });
    expect(parseSchedule({ frequency: 'weekly', time: '23:59', weekday: 7 })).toEqual(weekly(7, '23:59'));
    expect(parseSchedule({ frequency: 'monthly', time: '00:00', day_of_month: 31 })).toEqual(monthly(31, '00:00'));
    expect(parseSchedule({ frequency: 'monthly', time: '12:30', day_of_month: 'last' })).toEqual(
      monthly('last', '12:30'),
    );
    expect(ScheduleSchema.safeParse({ frequency: 'daily', time: '09:00' }).success).toBe(true);
  });

  it.each([
    [null, /^schedule must be an object$/],
    ['daily 09:00', /^schedule must be an object$/],
    [{ time: '09:00' }, /^schedule\.frequency must be "daily", "weekly" or "monthly"$/],
    [{ frequency: 'hourly', time: '09:00' }, /^schedule\.frequency /],
    [{ frequency: 'daily' }, /^schedule\.time must be a string "HH:MM"$/],
    [{ frequency: 'daily', time: 900 }, /^schedule\.time /],
    [{ frequency: 'daily', time: '9:00' }, /^schedule\.time must be "HH:MM", 00:00 to 23:59$/],
    [{ frequency: 'daily', time: '24:00' }, /^schedule\.time /],
    [{ frequency: 'daily', time: '09:60' }, /^schedule\.time /],
    [{ frequency: 'daily', time: '09:00:00' }, /^schedule\.time /],
    [{ frequency: 'daily', time: ' 09:00' }, /^schedule\.time /],
    [{ frequency: 'weekly', time: '09:00' }, /^schedule\.weekday is required for a weekly schedule$/],
    [{ frequency: 'weekly', time: '09:00', weekday: 0 }, /^schedule\.weekday must be 1 \(Monday\) to 7 \(Sunday\)$/],
    [{ frequency: 'weekly', time: '09:00', weekday: 8 }, /^schedule\.weekday /],
    [{ frequency: 'weekly', time: '09:00', weekday: '1' }, /^schedule\.weekday /],
    [{ frequency: 'weekly', time: '09:00', weekday: 1, day_of_month: 1 }, /^schedule\.day_of_month is not allowed/],
    [{ frequency: 'daily', time: '09:00', weekday: 1 }, /^schedule\.weekday is not allowed on a daily schedule$/],
    [{ frequency: 'monthly', time: '09:00' }, /^schedule\.day_of_month is required for a monthly schedule$/],
    [{ frequency: 'monthly', time: '09:00', day_of_month: 0 }, /^schedule\.day_of_month must be 1 to 31 or "last"$/],
    [{ frequency: 'monthly', time: '09:00', day_of_month: 32 }, /^schedule\.day_of_month must be 1 to 31 or "last"$/],
    [{ frequency: 'monthly', time: '09:00', day_of_month: 1.5 }, /^schedule\.day_of_month /],
    [{ frequency: 'monthly', time: '09:00', day_of_month: 'first' }, /^schedule\.day_of_month /],
    [{ frequency: 'daily', time: '09:00', tz: 'UTC' }, /^schedule\.tz is not a field of a schedule$/],
  ])('refuses %j, naming the field', (input, message) => {
    let error: unknown;
    try {
      parseSchedule(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).message).toMatch(message);
    expect((error as AppError).details?.issues).toBeInstanceOf(Array);
  });

  it('is applied by the slot functions too', () => {
    expect(() => latestSlot({ frequency: 'weekly', time: '09:00' }, 'UTC', at('2026-01-01T00:00:00Z'))).toThrow(
      /schedule\.weekday/,
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names', () => {
    for (const tz of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Etc/GMT+5'])
      expect(isValidTimeZone(tz), tz).toBe(true);
  });
  it('refuses the rest', () => {
    for (const tz of ['', 'Nowhere/Atlantis', 'Europe/Berlin ', '+02:00', '-05:00', 'UTC+2', 'GMT+02:00'])
      expect(isValidTimeZone(tz), tz).toBe(false);
  });
  it('an unknown zone is an error in the slot functions', () => {
    expect(() => latestSlot(daily('09:00'), 'Nowhere/Atlantis', at('2026-01-01T00:00:00Z'))).toThrow(/time zone/);
    expect(() => nextSlot(daily('09:00'), '', at('2026-01-01T00:00:00Z'))).toThrow(/time zone/);
  });
  it('an invalid Date is an error', () => {
    expect(() => latestSlot(daily('09:00'), 'UTC', new Date(Number.NaN))).toThrow(/now is not a valid Date/);
  });
});

describe('daily at 09:00 in Europe/Berlin', () => {
  const s = daily('09:00');
  const tz = 'Europe/Berlin';

  it('is 08:00 UTC in winter and 07:00 UTC in summer, on both sides of each change', () => {
    expect(isos(slotsBetween(s, tz, at('2026-03-27T00:00:00Z'), at('2026-03-31T00:00:00Z')))).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z', // the first day of summer time
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(isos(slotsBetween(s, tz, at('2026-10-23T00:00:00Z'), at('2026-10-27T00:00:00Z')))).toEqual([
      '2026-10-23T07:00:00.000Z',
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z', // the first day of winter time
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('latestSlot is the slot at or before now', () => {
    expect(iso(latestSlot(s, tz, at('2026-03-29T07:00:00Z')))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(latestSlot(s, tz, at('2026-03-29T06:59:59.999Z')))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(latestSlot(s, tz, at('2026-03-29T23:30:00Z')))).toBe('2026-03-29T07:00:00.000Z'); // 01:30 local next day
    expect(iso(latestSlot(s, tz, at('2026-10-25T07:30:00Z')))).toBe('2026-10-24T07:00:00.000Z'); // 08:30 local
    expect(iso(latestSlot(s, tz, at('2026-10-25T08:00:00Z')))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('nextSlot is the first slot strictly after', () => {
    expect(iso(nextSlot(s, tz, at('2026-03-29T07:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(nextSlot(s, tz, at('2026-03-29T06:59:59.999Z')))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(nextSlot(s, tz, at('2026-10-24T07:00:00Z')))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('a year: 365 slots, one per local date, each at 09:00 local, strictly increasing', () => {
    const slots = slotsOfYear(s, tz, 2026);
    expect(slots).toHaveLength(365);
    expect(slots.map((d) => local(d, tz).date)).toEqual(datesOf(2026));
    for (const d of slots) expect(local(d, tz).time).toBe('09:00');
    for (let i = 1; i < slots.length; i++) expect(+slots[i]!).toBeGreaterThan(+slots[i - 1]!);
    const utc = new Set(slots.map((d) => d.toISOString().slice(11, 16)));
    expect([...utc].sort()).toEqual(['07:00', '08:00']);
    // Days are 24 hours apart, except the two that are 23 and 25.
    const gaps = slots.slice(1).map((d, i) => (+d - +slots[i]!) / HOUR);
    expect(gaps.filter((g) => g !== 24).sort()).toEqual([23, 25]);
  });

  it('latestSlot, asked every 20 minutes of the year, always gives the day’s 09:00 or the day before’s', () => {
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 20 * MINUTE) {
      const now = new Date(t);
      const slot = latestSlot(s, tz, now);
      const here = local(now, tz);
      const there = local(slot, tz);
      expect(there.time).toBe('09:00');
      expect(+slot).toBeLessThanOrEqual(t);
      expect(t - +slot).toBeLessThan(DAY + HOUR);
      if (here.time >= '09:00') expect(there.date).toBe(here.date);
      else expect(there.date < here.date).toBe(true);
    }
  });
});

describe('the spring-forward gap', () => {
  it('02:30 in Europe/Berlin on 2026-03-29 does not exist: the slot is 03:30 CEST (01:30 UTC)', () => {
    const s = daily('02:30');
    const slots = slotsBetween(s, 'Europe/Berlin', at('2026-03-27T12:00:00Z'), at('2026-03-31T12:00:00Z'));
    expect(isos(slots)).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 03:30 CEST: one hour (the gap) later on the wall clock
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
    expect(local(slots[1]!, 'Europe/Berlin').text).toBe('2026-03-29 03:30');
    expect(iso(latestSlot(s, 'Europe/Berlin', at('2026-03-29T01:29:59Z')))).toBe('2026-03-28T01:30:00.000Z');
    expect(iso(latestSlot(s, 'Europe/Berlin', at('2026-03-29T01:30:00Z')))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('at the gap’s edges: 02:00 becomes 03:00, 02:59 becomes 03:59, 03:00 stays (and is then the same instant)', () => {
    const tz = 'Europe/Berlin';
    const on = (time: string) => slotsBetween(daily(time), tz, at('2026-03-28T22:00:00Z'), at('2026-03-29T21:59:00Z'));
    expect(isos(on('01:59'))).toEqual(['2026-03-29T00:59:00.000Z']);
    expect(isos(on('02:00'))).toEqual(['2026-03-29T01:00:00.000Z']);
    expect(isos(on('02:59'))).toEqual(['2026-03-29T01:59:00.000Z']);
    expect(isos(on('03:00'))).toEqual(['2026-03-29T01:00:00.000Z']);
  });

  it('America/New_York: 02:30 on 2026-03-08 is 03:30 EDT', () => {
    const [slot] = slotsBetween(
      daily('02:30'),
      'America/New_York',
      at('2026-03-08T00:00:00Z'),
      at('2026-03-09T00:00:00Z'),
    );
    expect(iso(slot)).toBe('2026-03-08T07:30:00.000Z');
    expect(local(slot!, 'America/New_York').text).toBe('2026-03-08 03:30');
  });

  it('Australia/Lord_Howe’s gap is 30 minutes: 02:15 on 2026-10-04 is 02:45 (+11:00)', () => {
    const tz = 'Australia/Lord_Howe';
    const slots = slotsBetween(daily('02:15'), tz, at('2026-10-02T00:00:00Z'), at('2026-10-05T00:00:00Z'));
    expect(slots.map((d) => local(d, tz).text)).toEqual(['2026-10-03 02:15', '2026-10-04 02:45', '2026-10-05 02:15']);
    expect(iso(slots[1])).toBe('2026-10-03T15:45:00.000Z');
  });

  it('a gap at midnight (America/Santiago, 2026-09-06 00:00 → 01:00): 00:30 is 01:30', () => {
    const tz = 'America/Santiago';
    const slots = slotsBetween(daily('00:30'), tz, at('2026-09-04T12:00:00Z'), at('2026-09-07T12:00:00Z'));
    expect(slots.map((d) => local(d, tz).text)).toEqual(['2026-09-05 00:30', '2026-09-06 01:30', '2026-09-07 00:30']);
  });
});

describe('the fall-back overlap', () => {
  it('02:30 in Europe/Berlin on 2026-10-25 happens twice: only the first (CEST, 00:30 UTC) is a slot', () => {
    const s = daily('02:30');
    const tz = 'Europe/Berlin';
    const slots = slotsBetween(s, tz, at('2026-10-24T00:00:00Z'), at('2026-10-27T00:00:00Z'));
    expect(isos(slots)).toEqual(['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
    expect(local(slots[1]!, tz)).toMatchObject({ text: '2026-10-25 02:30', offset: 120 });
    // At the second 02:30 (CET, 01:30 UTC) the latest slot is still the first one; it is not due again.
    const second = at('2026-10-25T01:30:00Z');
    expect(local(second, tz)).toMatchObject({ text: '2026-10-25 02:30', offset: 60 });
    expect(iso(latestSlot(s, tz, second))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(nextSlot(s, tz, at('2026-10-25T00:30:00Z')))).toBe('2026-10-26T01:30:00.000Z');
    expect(dueSlot(s, tz, second, at('2026-10-25T00:30:00Z'))).toBeNull();
    // Ticking every minute through the repeated hour starts one run.
    let last: Date | null = at('2026-10-24T00:30:00Z');
    const runs: string[] = [];
    for (let t = Date.parse('2026-10-24T23:00:00Z'); t <= Date.parse('2026-10-25T03:00:00Z'); t += MINUTE) {
      const due = dueSlot(s, tz, new Date(t), last);
      if (due) {
        runs.push(due.toISOString());
        last = due;
      }
    }
    expect(runs).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('America/New_York: 01:30 on 2026-11-01 is 01:30 EDT (05:30 UTC), once', () => {
    const slots = slotsBetween(
      daily('01:30'),
      'America/New_York',
      at('2026-10-31T12:00:00Z'),
      at('2026-11-02T12:00:00Z'),
    );
    expect(isos(slots)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('Australia/Lord_Howe: 01:45 on 2026-04-05 is the +11:00 one (14:45 UTC), not the +10:30 one', () => {
    const tz = 'Australia/Lord_Howe';
    const slots = slotsBetween(daily('01:45'), tz, at('2026-04-03T12:00:00Z'), at('2026-04-05T12:00:00Z'));
    expect(isos(slots)).toEqual(['2026-04-03T14:45:00.000Z', '2026-04-04T14:45:00.000Z']);
    expect(local(slots[1]!, tz)).toMatchObject({ text: '2026-04-05 01:45', offset: 660 });
    expect(iso(latestSlot(daily('01:45'), tz, at('2026-04-04T15:15:00Z')))).toBe('2026-04-04T14:45:00.000Z');
  });

  it('an overlap just before midnight (America/Santiago, 2026-04-04 23:00–24:00 twice): 23:30 once', () => {
    const tz = 'America/Santiago';
    const slots = slotsBetween(daily('23:30'), tz, at('2026-04-03T12:00:00Z'), at('2026-04-06T12:00:00Z'));
    expect(slots.map((d) => local(d, tz).text)).toEqual(['2026-04-03 23:30', '2026-04-04 23:30', '2026-04-05 23:30']);
    expect(iso(slots[1])).toBe('2026-04-05T02:30:00.000Z'); // the -03:00 one; -04:00 would be 03:30 UTC
  });

  it('a day the zone skipped (Pacific/Apia, 2011-12-30) gives no extra slot', () => {
    const tz = 'Pacific/Apia';
    const slots = slotsBetween(daily('09:00'), tz, at('2011-12-28T00:00:00Z'), at('2012-01-01T12:00:00Z'));
    expect(slots.map((d) => local(d, tz).text)).toEqual([
      '2011-12-28 09:00',
      '2011-12-29 09:00',
      '2011-12-31 09:00',
      '2012-01-01 09:00',
    ]);
  });
});

describe('a year of daily slots in other zones', () => {
  // For each zone and time: the slot of every local date, at that time unless it falls in a gap (then later).
  const cases: [string, string, Record<string, string>][] = [
    ['UTC', '09:00', {}],
    ['UTC', '00:00', {}],
    ['America/New_York', '09:00', {}],
    ['America/New_York', '02:30', { '2026-03-08': '03:30' }],
    ['Asia/Kolkata', '09:00', {}],
    ['Asia/Kolkata', '00:00', {}],
    ['Australia/Lord_Howe', '09:00', {}],
    ['Australia/Lord_Howe', '02:00', { '2026-10-04': '02:30' }],
    ['Europe/Berlin', '02:30', { '2026-03-29': '03:30' }],
    ['Europe/Berlin', '23:59', {}],
    ['America/Santiago', '00:00', { '2026-09-06': '01:00' }],
  ];
  it.each(cases)('%s at %s', (tz, time, shifted) => {
    const slots = slotsOfYear(daily(time), tz, 2026);
    expect(slots.map((d) => local(d, tz).date)).toEqual(datesOf(2026));
    for (const d of slots) {
      const l = local(d, tz);
      expect(l.time, l.date).toBe(shifted[l.date] ?? time);
    }
    for (let i = 1; i < slots.length; i++) expect(+slots[i]!).toBeGreaterThan(+slots[i - 1]!);
  });

  it('Asia/Kolkata is +05:30 all year: 09:00 is 03:30 UTC', () => {
    const slots = slotsOfYear(daily('09:00'), 'Asia/Kolkata', 2026);
    expect(new Set(slots.map((d) => d.toISOString().slice(11, 19)))).toEqual(new Set(['03:30:00']));
  });

  it('UTC: 09:00 is 09:00Z', () => {
    expect(iso(latestSlot(daily('09:00'), 'UTC', at('2026-06-01T08:59:00Z')))).toBe('2026-05-31T09:00:00.000Z');
    expect(iso(nextSlot(daily('09:00'), 'UTC', at('2026-06-01T08:59:00Z')))).toBe('2026-06-01T09:00:00.000Z');
  });
});

describe('weekly', () => {
  it('Monday 09:00 in America/New_York, across the March change', () => {
    const s = weekly(1, '09:00');
    const tz = 'America/New_York';
    expect(isos(slotsBetween(s, tz, at('2026-03-01T00:00:00Z'), at('2026-03-31T00:00:00Z')))).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-16T13:00:00.000Z',
      '2026-03-23T13:00:00.000Z',
      '2026-03-30T13:00:00.000Z',
    ]);
    // Wednesday 2026-03-11: the Monday before. Monday 08:59 local: the Monday a week earlier.
    expect(iso(latestSlot(s, tz, at('2026-03-11T12:00:00Z')))).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(latestSlot(s, tz, at('2026-03-16T12:59:00Z')))).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(latestSlot(s, tz, at('2026-03-16T13:00:00Z')))).toBe('2026-03-16T13:00:00.000Z');
    expect(iso(nextSlot(s, tz, at('2026-03-16T13:00:00Z')))).toBe('2026-03-23T13:00:00.000Z');
  });

  it.each([1, 2, 3, 4, 5, 6, 7] as const)('weekday %i: a year of slots on that local weekday, 7 days apart', (wd) => {
    for (const tz of ['Europe/Berlin', 'Australia/Lord_Howe', 'UTC']) {
      const slots = slotsOfYear(weekly(wd, '08:15'), tz, 2026);
      expect(slots.length).toBeGreaterThanOrEqual(52);
      expect(slots.length).toBeLessThanOrEqual(53);
      for (const d of slots) expect(local(d, tz)).toMatchObject({ weekday: wd, time: '08:15' });
      for (let i = 1; i < slots.length; i++) {
        const hours = (+slots[i]! - +slots[i - 1]!) / HOUR;
        expect(Math.abs(hours - 7 * 24)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('Sunday 23:30 in Asia/Kolkata is Sunday 18:00 UTC', () => {
    expect(iso(nextSlot(weekly(7, '23:30'), 'Asia/Kolkata', at('2026-05-01T00:00:00Z')))).toBe(
      '2026-05-03T18:00:00.000Z',
    );
  });
});

describe('monthly', () => {
  it('day 31 is the last day of a shorter month', () => {
    const tz = 'Europe/Berlin';
    const slots = slotsOfYear(monthly(31, '09:00'), tz, 2026);
    expect(slots.map((d) => local(d, tz).text)).toEqual([
      '2026-01-31 09:00',
      '2026-02-28 09:00',
      '2026-03-31 09:00',
      '2026-04-30 09:00',
      '2026-05-31 09:00',
      '2026-06-30 09:00',
      '2026-07-31 09:00',
      '2026-08-31 09:00',
      '2026-09-30 09:00',
      '2026-10-31 09:00',
      '2026-11-30 09:00',
      '2026-12-31 09:00',
    ]);
    expect(iso(slots[2])).toBe('2026-03-31T07:00:00.000Z');
  });

  it("'last' is the last day of every month, 29 February in a leap year", () => {
    const tz = 'America/New_York';
    const dates = slotsBetween(
      monthly('last', '18:00'),
      tz,
      at('2027-12-15T00:00:00Z'),
      at('2028-04-15T00:00:00Z'),
    ).map((d) => local(d, tz).text);
    expect(dates).toEqual(['2027-12-31 18:00', '2028-01-31 18:00', '2028-02-29 18:00', '2028-03-31 18:00']);
  });

  it('day 30 and day 29 in February', () => {
    const feb = (dom: number, year: number) =>
      local(nextSlot(monthly(dom, '12:00'), 'UTC', at(`${year}-02-01T00:00:00Z`)), 'UTC').date;
    expect(feb(30, 2027)).toBe('2027-02-28');
    expect(feb(29, 2027)).toBe('2027-02-28');
    expect(feb(29, 2028)).toBe('2028-02-29');
    expect(feb(30, 2028)).toBe('2028-02-29');
    expect(feb(28, 2028)).toBe('2028-02-28');
  });

  it('day 1 at 00:00 in Asia/Kolkata is the previous evening in UTC', () => {
    const s = monthly(1, '00:00');
    expect(iso(latestSlot(s, 'Asia/Kolkata', at('2026-06-15T00:00:00Z')))).toBe('2026-05-31T18:30:00.000Z');
    expect(iso(nextSlot(s, 'Asia/Kolkata', at('2026-06-15T00:00:00Z')))).toBe('2026-06-30T18:30:00.000Z');
  });

  it('latestSlot on the 10th for day 31 is the end of last month', () => {
    expect(iso(latestSlot(monthly(31, '09:00'), 'UTC', at('2026-05-10T00:00:00Z')))).toBe('2026-04-30T09:00:00.000Z');
  });
});

describe('latestSlot and nextSlot agree', () => {
  const schedules: [string, Schedule][] = [
    ['daily 09:00', daily('09:00')],
    ['daily 02:30', daily('02:30')],
    ['daily 00:00', daily('00:00')],
    ['weekly Sunday 02:15', weekly(7, '02:15')],
    ['weekly Wednesday 23:45', weekly(3, '23:45')],
    ['monthly 31 02:30', monthly(31, '02:30')],
    ['monthly last 01:45', monthly('last', '01:45')],
    ['monthly 1 00:30', monthly(1, '00:30')],
  ];
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'America/Santiago'];

  // Deterministic instants across 2026, plus the moments around each DST change and around slots.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const instants = Array.from(
    { length: 150 },
    () => new Date(Date.parse('2026-01-01T00:00:00Z') + random() * 365 * DAY),
  );
  for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-10-03T15:30:00Z', '2026-04-04T15:00:00Z'])
    for (const d of [-61, -30, -1, 0, 1, 30, 61]) instants.push(new Date(Date.parse(change) + d * MINUTE));

  it.each(schedules)('%s', (_, s) => {
    for (const tz of zones) {
      for (const x of instants) {
        const where = `${tz} ${x.toISOString()}`;
        const latest = latestSlot(s, tz, x);
        const next = nextSlot(s, tz, x);
        expect(+latest, where).toBeLessThanOrEqual(+x);
        expect(+next, where).toBeGreaterThan(+x);
        expect(+latestSlot(s, tz, next), where).toBe(+next);
        expect(+nextSlot(s, tz, latest), where).toBe(+next);
        expect(+nextSlot(s, tz, latest), where).toBeGreaterThan(+x);
        expect(+latestSlot(s, tz, new Date(+next - 1)), where).toBe(+latest);
        // Nothing between them: the only slot in (latest − 1 ms, next] besides `next` is `latest`.
        expect(isos(slotsBetween(s, tz, new Date(+latest - 1), next)), where).toEqual(isos([latest, next]));
      }
    }
  });
});

describe('slotsBetween', () => {
  const s = daily('09:00');
  it('is (from, to]: a slot at `from` is left out, one at `to` is in', () => {
    const slots = slotsBetween(s, 'UTC', at('2026-01-01T09:00:00Z'), at('2026-01-03T09:00:00Z'));
    expect(isos(slots)).toEqual(['2026-01-02T09:00:00.000Z', '2026-01-03T09:00:00.000Z']);
    expect(slotsBetween(s, 'UTC', at('2026-01-03T09:00:00Z'), at('2026-01-01T09:00:00Z'))).toEqual([]);
    expect(slotsBetween(s, 'UTC', at('2026-01-01T09:00:00Z'), at('2026-01-01T09:00:00Z'))).toEqual([]);
  });
  it('returns at most MAX_SLOTS (the first ones), or the limit given', () => {
    const slots = slotsBetween(s, 'UTC', at('2026-01-01T00:00:00Z'), at('2036-01-01T00:00:00Z'));
    expect(MAX_SLOTS).toBe(1000);
    expect(slots).toHaveLength(1000);
    expect(iso(slots[0])).toBe('2026-01-01T09:00:00.000Z');
    expect(isos(slotsBetween(s, 'UTC', at('2026-01-01T00:00:00Z'), at('2036-01-01T00:00:00Z'), 2))).toEqual([
      '2026-01-01T09:00:00.000Z',
      '2026-01-02T09:00:00.000Z',
    ]);
  });
});

describe('latestSlot with notBefore', () => {
  it('is undefined when the latest slot is before notBefore', () => {
    const s = daily('09:00');
    const now = at('2026-06-01T10:00:00Z');
    expect(latestSlot(s, 'UTC', now, at('2026-06-01T09:30:00Z'))).toBeUndefined();
    expect(iso(latestSlot(s, 'UTC', now, at('2026-06-01T09:00:00Z')))).toBe('2026-06-01T09:00:00.000Z');
    expect(iso(latestSlot(s, 'UTC', now, undefined))).toBe('2026-06-01T09:00:00.000Z');
  });
});

describe('dueSlot', () => {
  const s = daily('09:00');
  const tz = 'Europe/Berlin';

  it('a schedule made at 10:00 for daily 09:00 first runs the next day', () => {
    const created = at('2026-06-01T08:00:00Z'); // 10:00 CEST
    expect(dueSlot(s, tz, at('2026-06-01T08:01:00Z'), null, created)).toBeNull();
    expect(dueSlot(s, tz, at('2026-06-02T06:59:00Z'), null, created)).toBeNull();
    expect(iso(dueSlot(s, tz, at('2026-06-02T07:00:00Z'), null, created))).toBe('2026-06-02T07:00:00.000Z');
    // Made at 08:00 the same day, it runs at 09:00; made exactly at 09:00, it runs that slot.
    expect(iso(dueSlot(s, tz, at('2026-06-01T07:00:30Z'), null, at('2026-06-01T06:00:00Z')))).toBe(
      '2026-06-01T07:00:00.000Z',
    );
    expect(iso(dueSlot(s, tz, at('2026-06-01T07:00:30Z'), null, at('2026-06-01T07:00:00Z')))).toBe(
      '2026-06-01T07:00:00.000Z',
    );
  });

  it('without createdAt and no run yet, the latest slot is due', () => {
    expect(iso(dueSlot(s, tz, at('2026-06-01T12:00:00Z'), null))).toBe('2026-06-01T07:00:00.000Z');
  });

  it('after 5 days of downtime, only the latest slot is due, once', () => {
    const lastRun = at('2026-06-01T07:00:00Z');
    const back = at('2026-06-06T12:34:00Z'); // 14:34 CEST, five days later
    const due = dueSlot(s, tz, back, lastRun, at('2026-05-01T00:00:00Z'));
    expect(iso(due)).toBe('2026-06-06T07:00:00.000Z');
    expect(dueSlot(s, tz, back, due)).toBeNull();
    expect(dueSlot(s, tz, at('2026-06-06T12:35:00Z'), due)).toBeNull();
    expect(dueSlot(s, tz, at('2026-06-07T06:59:59Z'), due)).toBeNull();
    expect(iso(dueSlot(s, tz, at('2026-06-07T07:00:00Z'), due))).toBe('2026-06-07T07:00:00.000Z');
  });

  it('a last run at a later slot (the schedule moved earlier) is not run again', () => {
    // Daily 10:00 ran today; at 09:30 the schedule becomes daily 09:00: today's 09:00 is not a second run.
    expect(dueSlot(daily('09:00'), 'UTC', at('2026-06-01T10:30:00Z'), at('2026-06-01T10:00:00Z'))).toBeNull();
  });

  it('ticking every minute for two weeks with outages: one run per slot, only ever the latest, across the DST change', () => {
    const from = Date.parse('2026-10-18T00:00:00Z');
    const to = Date.parse('2026-11-01T00:00:00Z');
    const down = [
      [Date.parse('2026-10-19T08:00:00Z'), Date.parse('2026-10-24T12:00:00Z')], // 5 days: 20th–23rd missed
      [Date.parse('2026-10-25T07:30:00Z'), Date.parse('2026-10-25T08:30:00Z')], // across the first winter 09:00
    ];
    let last: Date | null = null;
    const runs: string[] = [];
    for (let t = from; t < to; t += MINUTE) {
      if (down.some(([a, b]) => t >= a! && t < b!)) continue;
      const now = new Date(t);
      const due = dueSlot(s, tz, now, last, at('2026-10-17T12:00:00Z'));
      if (!due) continue;
      expect(+due).toBe(+latestSlot(s, tz, now));
      runs.push(due.toISOString());
      last = due;
    }
    expect(runs).toEqual([
      '2026-10-18T07:00:00.000Z',
      '2026-10-19T07:00:00.000Z',
      '2026-10-24T07:00:00.000Z', // back on the 24th at 14:00: that day's slot only
      '2026-10-25T08:00:00.000Z', // back at 09:30 CET: run late, once
      '2026-10-26T08:00:00.000Z',
      '2026-10-27T08:00:00.000Z',
      '2026-10-28T08:00:00.000Z',
      '2026-10-29T08:00:00.000Z',
      '2026-10-30T08:00:00.000Z',
      '2026-10-31T08:00:00.000Z',
    ]);
  });
});
