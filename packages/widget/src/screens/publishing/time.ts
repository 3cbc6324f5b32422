// Dates in the site's timezone (as WordPress reports it at sync), or the browser's when it is not known or not one
// this browser can use.

export interface Clock {
  /** The zone named for the user: the site's, or the browser's. */
  zone: string;
  /** Date and time in the zone, in the user's locale. */
  dateTime(value: string): string;
}

/** `zone` when Intl accepts it (an IANA name, or an offset such as `+02:00` in recent browsers). */
export function clock(locale: string, zone: string | null | undefined): Clock {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone ?? undefined });
  } catch {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return { zone: format.resolvedOptions().timeZone, dateTime: (value) => format.format(new Date(value)) };
}
