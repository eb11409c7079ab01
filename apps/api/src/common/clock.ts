/** "Now", injectable so tests can move time. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function isoDateInZone(instant: Date, timeZone: string): string {
  return formatter(`date|${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(instant);
}

/** The hour (0–23) of an instant in a time zone. */
export function localHourInZone(instant: Date, timeZone: string): number {
  return Number(formatter(`hour|${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })).format(instant));
}

// Building an Intl.DateTimeFormat costs far more than using one (it loads time zone data): keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** Saturday or Sunday, for an ISO date. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
