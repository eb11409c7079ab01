import { ParamMap } from '@angular/router';

/** A reporting window as ISO dates; a missing end means the API's default (the last 12 months). */
export interface Period {
  from: string | null;
  to: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The period in the URL (?from=&to=), ignoring anything that is not a real date. */
export function periodFromParams(params: ParamMap): Period {
  const from = params.get('from');
  const to = params.get('to');
  return { from: isIsoDay(from) ? from : null, to: isIsoDay(to) ? to : null };
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Why a period cannot be shown, as a translation key; null when it is fine. */
export function periodProblem(from: string, to: string): string | null {
  if (!isIsoDay(from) || !isIsoDay(to)) return 'dashboard.period.invalid';
  return from > to ? 'dashboard.period.reversed' : null;
}
