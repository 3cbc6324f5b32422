// The site's timezone as WordPress reports it (`wp_timezone_string()`), made one the cadence's clock reads.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { timezoneOf } from '../../src/domain/integrations/wordpress.js';

describe('timezoneOf', () => {
  it('keeps zone names, turns offsets into fixed zones, and refuses the rest', () => {
    expect(timezoneOf('Europe/Paris')).toBe('Europe/Paris');
    expect(timezoneOf('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(timezoneOf('UTC')).toBe('UTC');
    expect(timezoneOf('+00:00')).toBe('UTC');
    expect(timezoneOf('+05:30')).toBe('UTC+05:30');
    expect(timezoneOf('-03:00')).toBe('UTC-03:00');
    for (const bad of ['Mars/Olympus', 'Europe/Paris; drop table', '', 42, null, '+5'])
      expect(timezoneOf(bad)).toBeNull();
  });

  it('gives zones luxon places slots in', () => {
    const at = DateTime.fromISO('2026-07-01T09:00', { zone: timezoneOf('+05:30') as string });
    expect(at.isValid).toBe(true);
    expect(at.toUTC().toISO()).toBe('2026-07-01T03:30:00.000Z');
  });
});
