import { EmployeeLifecycle, LifecycleExitMonth, LifecycleHeadcountMonth, LifecycleOverview } from '@ex-pulse/contracts';

const headcount = (month: string, asOf: string, counts: [number, number, number, number]): LifecycleHeadcountMonth => {
  const [onboarding, initial_development, ongoing_development, separation] = counts;
  return {
    month, asOf, byPhase: { onboarding, initial_development, ongoing_development, separation },
    total: counts.reduce((s, n) => s + n, 0),
  };
};

const exits = (month: string, total: number, extra: Partial<LifecycleExitMonth> = {}): LifecycleExitMonth => ({
  month, total,
  byPhaseAtNotice: { pre_start: 0, onboarding: 0, initial_development: 0, ongoing_development: 0 },
  byTenureBand: { under_3m: 0, '3_12m': 0, '1_2y': 0, '2_5y': 0, '5y_plus': 0 },
  ...extra,
});

export function overviewFixture(): LifecycleOverview {
  return {
    period: '2025-Q2', departmentId: null, k: 5,
    headcount: [
      headcount('2025-04', '2025-04-30', [10, 20, 60, 1]),
      headcount('2025-05', '2025-05-31', [11, 19, 60, 2]),
      headcount('2025-06', '2025-06-15', [12, 18, 59, 1]),
    ],
    movements: [
      { month: '2025-05', from: 'initial_development', to: 'ongoing_development', count: 3 },
      { month: '2025-05', from: 'ongoing_development', to: 'separation', count: 1 },
      { month: '2025-05', from: 'pre_start', to: 'onboarding', count: 1 },
      { month: '2025-06', from: 'onboarding', to: 'departed', count: 1 },
      { month: '2025-06', from: 'onboarding', to: 'initial_development', count: 2 },
      { month: '2025-06', from: 'onboarding', to: 'separation', count: 1 },
      { month: '2025-06', from: 'pre_start', to: 'onboarding', count: 2 },
      { month: '2025-06', from: 'separation', to: 'departed', count: 2 },
    ],
    exits: [
      exits('2025-04', 0),
      exits('2025-05', 1, {
        byPhaseAtNotice: { pre_start: 0, onboarding: 1, initial_development: 0, ongoing_development: 0 },
        byTenureBand: { under_3m: 1, '3_12m': 0, '1_2y': 0, '2_5y': 0, '5y_plus': 0 },
      }),
      exits('2025-06', 2, {
        byPhaseAtNotice: { pre_start: 0, onboarding: 0, initial_development: 0, ongoing_development: 2 },
        byTenureBand: { under_3m: 0, '3_12m': 0, '1_2y': 0, '2_5y': 2, '5y_plus': 0 },
      }),
    ],
    leavingReasons: {
      period: '2025-Q2', n: 12, withheld: null,
      reasons: [
        { reason: 'pay_benefits', n: 5, withheld: null },
        { reason: 'career_growth', n: null, withheld: 'subtraction' },
        { reason: 'manager', n: null, withheld: 'too_few' },
      ],
    },
  };
}

export function employeeFixture(): EmployeeLifecycle {
  return {
    id: 'e1', externalId: 'E-001', name: 'Ann Tamm', departmentId: 'd1', departmentName: 'Sales',
    startDate: '2025-03-01', noticeDate: '2025-05-20', endDate: '2025-06-30', today: '2026-06-15',
    phase: 'departed', tenureBand: '1_2y', onboardingUntilDay: 90, initialDevelopmentUntilDay: 270,
    timeline: [
      { phase: 'pre_start', from: null, to: '2025-02-28' },
      { phase: 'onboarding', from: '2025-03-01', to: '2025-05-19' },
      { phase: 'separation', from: '2025-05-20', to: '2025-06-30' },
      { phase: 'departed', from: '2025-07-01', to: null },
    ],
    invitations: [
      {
        programmeKey: 'exit', programmeNameEn: 'Exit survey', programmeNameEt: 'Lahkumisküsitlus', occurrence: 'notice',
        sentOn: '2025-05-20', expiresAt: '2025-06-03T07:00:00.000Z', delivery: 'sent', reminderPlannedAt: '2025-05-23T07:00:00.000Z',
      },
      {
        programmeKey: 'onboarding', programmeNameEn: 'Onboarding check-in', programmeNameEt: 'Sisseelamise küsitlus', occurrence: 'day-7',
        sentOn: '2025-03-10', expiresAt: '2025-03-24T08:00:00.000Z', delivery: 'sent', reminderPlannedAt: null,
      },
    ],
  };
}
