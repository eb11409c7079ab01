import { BadRequestException } from '@nestjs/common';
import { parsePeriod, Period, periodContaining } from '@ex-pulse/domain';

/** The windows a report over time accepts, said the same way in every refusal. */
export const CALENDAR_WINDOWS = 'a year (2026), a half (2026-H1), a quarter (2026-Q2) or a month (2026-05)';

/** A report's window as the query gives it: a calendar period; from/to only to be refused. */
export interface WindowQuery {
  period?: string;
  from?: string;
  to?: string;
}

/**
 * A report's window: a node of the calendar tree (README, "Anonymity"), the current year when none
 * is given. Any other window is refused with a 400 naming the ones that exist, since two windows
 * that differ by a month (or a day) give away the few people in between; so is a period that has
 * not begun.
 */
export function calendarWindow(query: WindowQuery, today: string): Period {
  if (query.from !== undefined || query.to !== undefined) {
    throw new BadRequestException(
      `Windows from one date or month to another are not offered: give period as ${CALENDAR_WINDOWS}; ` +
        'two windows a month apart would show the few people in between.',
    );
  }
  const period = query.period === undefined || query.period === '' ? periodContaining('year', today) : parsePeriod(query.period);
  if (period.from > today) throw new BadRequestException(`The period ${period.key} has not begun; today is ${today}.`);
  return period;
}

/** The last day of a period counted so far: its end, or today while it is under way. */
export function countedUntil(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}
