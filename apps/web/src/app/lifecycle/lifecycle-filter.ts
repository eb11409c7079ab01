import { ParamMap } from '@angular/router';
import { HeadcountPhase, PhaseAtNotice } from '@ex-pulse/contracts';

/** The overview's filter as kept in the URL (?from=YYYY-MM&to=YYYY-MM&department=); null: the API's default. */
export interface LifecycleFilter {
  from: string | null;
  to: string | null;
  department: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isMonth = (value: string | null | undefined): value is string => !!value && MONTH.test(value);

/** The filter in the URL, ignoring anything malformed. */
export function filterFromParams(params: ParamMap): LifecycleFilter {
  const from = params.get('from');
  const to = params.get('to');
  const department = params.get('department');
  return {
    from: isMonth(from) ? from : null,
    to: isMonth(to) ? to : null,
    department: department && UUID.test(department) ? department : null,
  };
}

export function sameFilter(a: LifecycleFilter, b: LifecycleFilter): boolean {
  return a.from === b.from && a.to === b.to && a.department === b.department;
}

/** Why a month range cannot be shown, as a translation key; null when it is fine. */
export function monthRangeProblem(from: string, to: string): string | null {
  if (!isMonth(from) || !isMonth(to)) return 'lifecycle.filter.invalid';
  return from > to ? 'lifecycle.filter.reversed' : null;
}

/** The phases of people employed on a day (pre-start and departed are not headcount). */
export const HEADCOUNT_PHASES: readonly HeadcountPhase[] = ['onboarding', 'initial_development', 'ongoing_development', 'separation'];
export const NOTICE_PHASES: readonly PhaseAtNotice[] = ['pre_start', 'onboarding', 'initial_development', 'ongoing_development'];
export const EXIT_TENURE_BANDS = ['under_3m', '3_12m', '1_2y', '2_5y', '5y_plus'] as const;

/** One colour per phase, the same on every lifecycle chart and on the employee timeline. */
export const PHASE_COLOURS: Readonly<Record<string, string>> = {
  pre_start: '#8c9bab',
  onboarding: '#2e7d32',
  initial_development: '#1f5fa8',
  ongoing_development: '#5e35b1',
  separation: '#c26a00',
  departed: '#5f6368',
};
