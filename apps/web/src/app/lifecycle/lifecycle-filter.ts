import { ParamMap } from '@angular/router';
import { HeadcountPhase, PhaseAtNotice } from '@ex-pulse/contracts';
import { calendarPeriodOrNull } from '../shared/calendar-periods';

/** The overview's filter as kept in the URL (?period=2026|2026-H1|2026-Q2|2026-05&department=); null: the API's default. */
export interface LifecycleFilter {
  period: string | null;
  department: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter in the URL, ignoring anything malformed. */
export function filterFromParams(params: ParamMap): LifecycleFilter {
  const department = params.get('department');
  return {
    period: calendarPeriodOrNull(params.get('period')),
    department: department && UUID.test(department) ? department : null,
  };
}

export function sameFilter(a: LifecycleFilter, b: LifecycleFilter): boolean {
  return a.period === b.period && a.department === b.department;
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
