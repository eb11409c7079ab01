import { Period } from '../dashboard/period';

export interface DayRange {
  from: string;
  to: string;
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The last 12 months: from the first day of the month 11 months ago up to today (local dates). */
export function lastTwelveMonths(today: Date): DayRange {
  return { from: iso(new Date(today.getFullYear(), today.getMonth() - 11, 1)), to: iso(today) };
}

/** The URL's period, each missing end filled from the default window. */
export function resolvePeriod(period: Period, fallback: DayRange): DayRange {
  return { from: period.from ?? fallback.from, to: period.to ?? fallback.to };
}

/** The smallest change to a period that makes it include a day. */
export function includingDay(range: DayRange, day: string): DayRange {
  return { from: day < range.from ? day : range.from, to: day > range.to ? day : range.to };
}
