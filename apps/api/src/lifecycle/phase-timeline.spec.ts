import { addDays, DEFAULT_PHASE_BANDS, phaseOn } from '@ex-pulse/domain';
import { phaseTimeline } from './phase-timeline';

describe('phaseTimeline', () => {
  it('walks a whole working life with the default bands', () => {
    expect(phaseTimeline({ startDate: '2024-01-01', noticeDate: '2025-03-01', endDate: '2025-03-31' }, DEFAULT_PHASE_BANDS)).toEqual([
      { phase: 'pre_start', from: null, to: '2023-12-31' },
      { phase: 'onboarding', from: '2024-01-01', to: '2024-03-30' }, // day 90 = 30 March (leap year)
      { phase: 'initial_development', from: '2024-03-31', to: '2024-09-26' }, // day 270
      { phase: 'ongoing_development', from: '2024-09-27', to: '2025-02-28' },
      { phase: 'separation', from: '2025-03-01', to: '2025-03-31' },
      { phase: 'departed', from: '2025-04-01', to: null },
    ]);
  });

  it('skips the phases that notice cuts short, and leaves the current phase open', () => {
    expect(phaseTimeline({ startDate: '2025-01-01', noticeDate: '2025-02-10' }, { onboardingUntilDay: 30, initialDevelopmentUntilDay: 60 })).toEqual([
      { phase: 'pre_start', from: null, to: '2024-12-31' },
      { phase: 'onboarding', from: '2025-01-01', to: '2025-01-30' },
      { phase: 'initial_development', from: '2025-01-31', to: '2025-02-09' },
      { phase: 'separation', from: '2025-02-10', to: null },
    ]);
  });

  it('goes straight to departed when someone leaves without notice during onboarding', () => {
    expect(phaseTimeline({ startDate: '2025-01-01', endDate: '2025-01-15' }, DEFAULT_PHASE_BANDS)).toEqual([
      { phase: 'pre_start', from: null, to: '2024-12-31' },
      { phase: 'onboarding', from: '2025-01-01', to: '2025-01-15' },
      { phase: 'departed', from: '2025-01-16', to: null },
    ]);
  });

  it('agrees with phaseOn on every day of each interval it reports', () => {
    const dates = { startDate: '2023-05-17', noticeDate: '2024-01-20', endDate: '2024-02-29' };
    const bands = { onboardingUntilDay: 45, initialDevelopmentUntilDay: 200 };
    const timeline = phaseTimeline(dates, bands);
    for (let day = '2023-05-01'; day <= '2024-03-15'; day = addDays(day, 1)) {
      const interval = timeline.find((i) => (i.from === null || i.from <= day) && (i.to === null || day <= i.to));
      expect({ day, phase: interval?.phase }).toEqual({ day, phase: phaseOn(dates, day, bands) });
    }
  });
});
