import { addDays, EmploymentDates, LifecyclePhase, PhaseBands, phaseOn } from '@ex-pulse/domain';
import type { PhaseInterval } from '@ex-pulse/contracts';

/**
 * One employee's phases as consecutive intervals, from their dates and the organisation's bands.
 * A phase can only change on one of five days (the start, the first day after onboarding, the
 * first day after initial development, the notice date, the day after the end), so phaseOn is
 * asked on each of them and on the day before; intervals of the same phase are merged.
 */
export function phaseTimeline(dates: EmploymentDates, bands: PhaseBands): PhaseInterval[] {
  const { startDate, noticeDate, endDate } = dates;
  const candidates = [
    startDate,
    addDays(startDate, bands.onboardingUntilDay),
    addDays(startDate, bands.initialDevelopmentUntilDay),
    noticeDate ?? null,
    endDate ? addDays(endDate, 1) : null,
  ].filter((d): d is string => d !== null);
  const changes = [...new Set(candidates)]
    .sort()
    .map((day) => ({ day, phase: phaseOn(dates, day, bands) }))
    .filter(({ day, phase }) => phaseOn(dates, addDays(day, -1), bands) !== phase);

  const intervals: PhaseInterval[] = [{ phase: phaseOn(dates, addDays(startDate, -1), bands), from: null, to: null }];
  for (const { day, phase } of changes) {
    const open = intervals[intervals.length - 1];
    if (open.phase === phase) continue;
    open.to = addDays(day, -1);
    intervals.push({ phase: phase as LifecyclePhase, from: day, to: null });
  }
  return intervals;
}
