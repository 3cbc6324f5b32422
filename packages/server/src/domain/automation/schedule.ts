// The slots of an automation schedule: daily, weekly or monthly at a local wall-clock time in the account's IANA
// time zone. Pure functions of (schedule, zone, instant); the scheduler asks for the latest slot at or before "now"
// and inserts one run per (site, slot), so a slot has to be the same instant every time it is computed.
//
// How wall-clock times become instants (luxon does the zone arithmetic):
// - A time that does not exist on a day (the spring-forward gap: 02:30 in Europe/Berlin on 2026-03-29) is moved
//   forward by the length of the gap, keeping its distance from midnight: 02:30 becomes 03:30 CEST (01:30 UTC,
//   the instant 02:30 would have been under the old offset). In Australia/Lord_Howe, whose gap is 30 minutes,
//   02:15 becomes 02:45. This is luxon's own rule for a missing local time.
// - A time that occurs twice (the fall-back overlap: 02:30 in Europe/Berlin on 2026-10-25) is its first
//   occurrence only (02:30 CEST, 00:30 UTC); the second one is never a slot. luxon alone does not pick the same
//   occurrence in every zone, so the earliest of its possible offsets is taken explicitly.
// - So each local day (daily), week (weekly) or month (monthly) has exactly one slot. A day a zone skipped
//   entirely (Pacific/Apia, 2011-12-30) moves onto the next day's slot and the two are one slot.
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { AppError } from '../../errors.js';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO: Monday = 1

export interface Schedule {
  frequency: 'daily' | 'weekly' | 'monthly';
  /** Local wall-clock time, "HH:MM" 24-hour. */
  time: string;
  /** weekly: the day of the week. */
  weekday?: Weekday;
  /** monthly: 1–31, or 'last'; a day the month lacks (31 in April) means its last day. */
  day_of_month?: number | 'last';
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_ERROR = { error: 'must be 1 to 31 or "last"' };

/**
 * A schedule as stored or sent: `weekday` is required for (and only allowed on) a weekly schedule, `day_of_month`
 * for a monthly one. Unknown fields are refused.
 */
export const ScheduleSchema = z
  .strictObject({
    frequency: z.enum(['daily', 'weekly', 'monthly'], { error: 'must be "daily", "weekly" or "monthly"' }),
    time: z.string({ error: 'must be a string "HH:MM"' }).regex(TIME, { error: 'must be "HH:MM", 00:00 to 23:59' }),
    weekday: z.literal([1, 2, 3, 4, 5, 6, 7], { error: 'must be 1 (Monday) to 7 (Sunday)' }).optional(),
    day_of_month: z.union([z.int().min(1, DAY_ERROR).max(31, DAY_ERROR), z.literal('last')], DAY_ERROR).optional(),
  })
  .superRefine((s, ctx) => {
    const need = (field: 'weekday' | 'day_of_month', wanted: boolean) => {
      if (wanted && s[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `is required for a ${s.frequency} schedule` });
      if (!wanted && s[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `is not allowed on a ${s.frequency} schedule` });
    };
    need('weekday', s.frequency === 'weekly');
    need('day_of_month', s.frequency === 'monthly');
  });

/**
 * A schedule from untrusted input. Throws a VALIDATION_FAILED AppError whose message names the field
 * (`schedule.weekday is required for a weekly schedule`), with every issue in `details.issues`.
 */
export function parseSchedule(input: unknown): Schedule {
  const result = ScheduleSchema.safeParse(input);
  if (result.success) return result.data; // (which also checks, at compile time, that the output is a Schedule)
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message }));
  const first = result.error.issues[0]!;
  const message =
    first.code === 'unrecognized_keys'
      ? `schedule.${first.keys[0]} is not a field of a schedule`
      : first.path.length === 0
        ? 'schedule must be an object'
        : `${['schedule', ...first.path.map(String)].join('.')} ${first.message}`;
  throw new AppError('VALIDATION_FAILED', message, { issues });
}

/**
 * Whether `tz` names an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`). Fixed offsets such as
 * `+02:00`, which some runtimes accept as zones, are refused: they are not IANA names and have no DST rules.
 */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz === '' || /^[+-]/.test(tz)) return false;
  if (knownZones.has(tz)) return true;
  // luxon asks Intl by making a formatter (about 60 µs); the scheduler asks about the same few zones every minute.
  const valid = IANAZone.isValidZone(tz);
  if (valid && knownZones.size < 2000) knownZones.add(tz);
  return valid;
}
const knownZones = new Set<string>();

/** The latest slot at or before `now`; with `notBefore`, undefined when that slot is earlier than `notBefore`. */
export function latestSlot(schedule: Schedule, timeZone: string, now: Date): Date;
export function latestSlot(
  schedule: Schedule,
  timeZone: string,
  now: Date,
  notBefore: Date | undefined,
): Date | undefined;
export function latestSlot(schedule: Schedule, timeZone: string, now: Date, notBefore?: Date): Date | undefined {
  const c = compile(schedule, timeZone);
  const t = instant(now, 'now');
  let k = c.periodOf(t);
  let steps = 0;
  // Slots never decrease with the period, so walk to the first period past `now`, then back to the last one at
  // or before it. Each walk is a step or two; starting from `now`'s own local period covers the days on which
  // a zone's clocks jump across midnight.
  while (c.slot(k) <= t) k = guard(k + 1, ++steps);
  while (c.slot(k) > t) k = guard(k - 1, ++steps);
  const slot = new Date(c.slot(k));
  return notBefore !== undefined && slot.getTime() < instant(notBefore, 'notBefore') ? undefined : slot;
}

/** The first slot strictly after `after`. */
export function nextSlot(schedule: Schedule, timeZone: string, after: Date): Date {
  const c = compile(schedule, timeZone);
  return new Date(next(c, instant(after, 'after')));
}

/** The most slots `slotsBetween` returns unless told otherwise. */
export const MAX_SLOTS = 1000;

/** Every slot in (from, to], in order; at most `limit` of them (the first ones). For tests and previews. */
export function slotsBetween(schedule: Schedule, timeZone: string, from: Date, to: Date, limit = MAX_SLOTS): Date[] {
  const c = compile(schedule, timeZone);
  const end = instant(to, 'to');
  const slots: Date[] = [];
  for (let s = next(c, instant(from, 'from')); s <= end && slots.length < limit; s = next(c, s))
    slots.push(new Date(s));
  return slots;
}

/**
 * The slot a scheduler tick at `now` should start a run for, or null. Only the latest slot at or before `now` is
 * ever due — after days of downtime that one runs once, the missed ones before it never — and it is not due when
 * `lastRunSlot` (the slot of the last scheduled run) is the same slot or a later one. `createdAt` is when the
 * schedule took effect (created, or last changed): a slot before it is not due, so a daily 09:00 schedule made at
 * 10:00 first runs the next day (one made at exactly 09:00:00.000 runs that day's slot).
 */
export function dueSlot(
  schedule: Schedule,
  timeZone: string,
  now: Date,
  lastRunSlot: Date | null,
  createdAt?: Date,
): Date | null {
  const slot = latestSlot(schedule, timeZone, now, createdAt);
  if (slot === undefined) return null;
  if (lastRunSlot !== null && slot.getTime() <= instant(lastRunSlot, 'lastRunSlot')) return null;
  return slot;
}

// ——— internals ———

/** A schedule made ready for one zone: its periods (days, weeks or months, numbered) and each one's slot. */
interface Compiled {
  /** The period that holds the local date of instant `t` (ms). */
  periodOf(t: number): number;
  /** The slot of period `k`, in ms. */
  slot(k: number): number;
}

const DAY_MS = 86_400_000;

function compile(schedule: Schedule, timeZone: string): Compiled {
  const s = parseSchedule(schedule);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  const zone = IANAZone.create(timeZone);
  const [, hh, mm] = TIME.exec(s.time)!;
  const hour = Number(hh);
  const minute = Number(mm);
  /** The local civil date of an instant, as days since 1970-01-01. */
  const localDay = (t: number) => {
    const d = DateTime.fromMillis(t, { zone });
    return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
  };
  /** The first instant of `hour:minute` on a civil date (days since 1970-01-01). */
  const at = (day: number) => {
    const d = new Date(day * DAY_MS);
    return wallClock(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute);
  };
  let periodOf: (t: number) => number;
  let slotOf: (k: number) => number;
  switch (s.frequency) {
    case 'daily':
      periodOf = localDay;
      slotOf = at;
      break;
    case 'weekly': {
      // Day 0 (1970-01-01) is a Thursday; week k starts on the Monday that is day 7k − 3.
      const offset = (s.weekday ?? 1) - 1;
      periodOf = (t) => Math.floor((localDay(t) + 3) / 7);
      slotOf = (k) => at(7 * k - 3 + offset);
      break;
    }
    case 'monthly': {
      const dom = s.day_of_month ?? 1;
      periodOf = (t) => {
        const d = DateTime.fromMillis(t, { zone });
        return d.year * 12 + d.month - 1;
      };
      slotOf = (k) => {
        const year = Math.floor(k / 12);
        const month = k - year * 12; // 0-based
        const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        return at(Date.UTC(year, month, dom === 'last' ? length : Math.min(dom, length)) / DAY_MS);
      };
      break;
    }
  }
  // The walks ask for the same period's slot more than once.
  const memo = new Map<number, number>();
  const slot = (k: number) => {
    let t = memo.get(k);
    if (t === undefined) {
      t = slotOf(k);
      memo.set(k, t);
    }
    return t;
  };
  return { periodOf, slot };
}

/** The instant of a local wall-clock time: its first occurrence when it occurs twice, shifted past a gap. */
function wallClock(zone: IANAZone, year: number, month: number, day: number, hour: number, minute: number): number {
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!dt.isValid) throw new RangeError(`No local time ${year}-${month}-${day} ${hour}:${minute} in ${zone.name}`);
  const t = dt.toMillis();
  // In an overlap luxon returns one of the two occurrences, which one depending on the zone; take the first.
  // (Asking for both costs several offset look-ups, so only when the offset changes within a day of the slot.)
  if (zone.offset(t - DAY_MS) === zone.offset(t + DAY_MS)) return t;
  return Math.min(...dt.getPossibleOffsets().map((o) => o.toMillis()));
}

function next(c: Compiled, t: number): number {
  let k = c.periodOf(t);
  let steps = 0;
  while (c.slot(k) > t) k = guard(k - 1, ++steps);
  while (c.slot(k) <= t) k = guard(k + 1, ++steps);
  return c.slot(k);
}

/** Stops a walk that cannot end (a walk takes a step or two; a broken zone database could make it endless). */
function guard(k: number, steps: number): number {
  if (steps > 64) throw new Error('schedule: no slot found near the given instant');
  return k;
}

function instant(d: Date, name: string): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`${name} is not a valid Date`);
  return t;
}
