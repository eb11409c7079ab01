import { isoDateInZone, localHourInZone } from '../common/clock';

/** The ISO weekday (1 = Monday … 7 = Sunday) of an ISO date. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

/**
 * The digest's week (its day, YYYY-MM-DD in the organisation's time zone) when `now` is on the
 * digest's weekday at or after the send hour there; null on any other day or hour, and when
 * `weekday` is 0 (no digest). A day missed (every instance down) is not made up on the next.
 */
export function digestDay(now: Date, timeZone: string, sendHour: number, weekday: number): string | null {
  if (weekday === 0) return null;
  const today = isoDateInZone(now, timeZone);
  if (isoWeekday(today) !== weekday || localHourInZone(now, timeZone) < sendHour) return null;
  return today;
}
