import { BadRequestException } from '@nestjs/common';
import { addDays, addMonths, monthStart } from '@ex-pulse/domain';

/** Longest overview: five years of months. */
export const MAX_MONTHS = 60;

export interface MonthWindow {
  /** YYYY-MM of the first and last month. */
  from: string;
  to: string;
  /** First day of the first month. */
  start: string;
  /** The last day counted: the last month's end, or today while that month is under way. */
  end: string;
}

/**
 * The overview's months from the query (already checked to be YYYY-MM when present): `to`
 * defaults to the current month and `from` to 11 months before it. A clear 400 for a reversed
 * window, a month after the current one, or more than five years.
 */
export function resolveMonthWindow(from: string | undefined, to: string | undefined, today: string): MonthWindow {
  const current = today.slice(0, 7);
  const last = to ?? current;
  const first = from ?? addMonths(`${last}-01`, -11).slice(0, 7);
  if (first > last) throw new BadRequestException(`from (${first}) must not be after to (${last}).`);
  if (last > current) throw new BadRequestException(`to (${last}) must not be after the current month (${current}).`);
  if (monthsBetween(first, last) > MAX_MONTHS) {
    throw new BadRequestException(`Choose at most ${MAX_MONTHS} months (five years).`);
  }
  const lastMonthEnd = addDays(addMonths(`${last}-01`, 1), -1);
  return { from: first, to: last, start: monthStart(`${first}-01`), end: lastMonthEnd < today ? lastMonthEnd : today };
}

/** Months from `from` to `to` inclusive, both YYYY-MM. */
export function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** Every month of the window as YYYY-MM. */
export function monthList(window: MonthWindow): string[] {
  const months: string[] = [];
  for (let m = `${window.from}-01`; m.slice(0, 7) <= window.to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}
