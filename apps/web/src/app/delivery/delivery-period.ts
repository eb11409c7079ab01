import { ParamMap } from '@angular/router';
import { calendarPeriodOrNull, periodDays, periodOfDay } from '../shared/calendar-periods';

/** The URL's calendar period (?period=), or the current year (the API's default too). */
export function deliveryPeriodFromParams(params: ParamMap, today: string): string {
  return calendarPeriodOrNull(params.get('period')) ?? today.slice(0, 4);
}

/** The period to show after simulating a day: the one shown when it holds the day, else the period of the same kind that does. */
export function periodShowingDay(period: string, day: string): string {
  const { from, to } = periodDays(period);
  return day >= from && day <= to ? period : periodOfDay(period, day);
}
