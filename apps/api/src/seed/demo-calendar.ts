import { addDays, daysBetween } from '@ex-pulse/domain';

/** Working-day helpers for the demo seed (weekends only; the demo ignores public holidays). */

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: string): number {
  return (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** The date itself when it is a working day, else the Monday after. */
export function nextWorkingDay(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** The date itself when it is a working day, else the Friday before. */
export function previousWorkingDay(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** The month of a date as 'YYYY-MM'. */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}
