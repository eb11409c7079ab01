import { DomainError } from './domain-error';
import {
  ALL_PHASES,
  assertEmploymentDates,
  DEFAULT_PHASE_BANDS,
  EmploymentDates,
  employmentDateProblems,
  employmentDay,
  LifecyclePhase,
  PHASES_WITH_PULSES,
  phaseBandProblems,
  phaseOn,
  validatePhaseBands,
} from './lifecycle';

// Day numbers → dates computed with python3 datetime: date(2024,1,1) + timedelta(days=d-1).
describe('phaseOn with the default bands (start 2024-01-01)', () => {
  const open: EmploymentDates = { startDate: '2024-01-01' };
  it.each<[string, string, LifecyclePhase]>([
    ['long before start', '2023-06-01', 'pre_start'],
    ['the day before start', '2023-12-31', 'pre_start'],
    ['day 1 (start date)', '2024-01-01', 'onboarding'],
    ['day 90', '2024-03-30', 'onboarding'],
    ['day 91', '2024-03-31', 'initial_development'],
    ['day 270', '2024-09-26', 'initial_development'],
    ['day 271', '2024-09-27', 'ongoing_development'],
    ['years later', '2031-05-05', 'ongoing_development'],
  ])('%s (%s) → %s', (_name, on, expected) => {
    expect(phaseOn(open, on)).toBe(expected);
  });
});

describe('phaseOn with notice and end dates', () => {
  const leaving: EmploymentDates = { startDate: '2024-01-01', noticeDate: '2025-03-03', endDate: '2025-04-02' };
  it.each<[string, EmploymentDates, string, LifecyclePhase]>([
    ['the day before notice', leaving, '2025-03-02', 'ongoing_development'],
    ['notice day', leaving, '2025-03-03', 'separation'],
    ['between notice and end', leaving, '2025-03-20', 'separation'],
    ['end day (last working day)', leaving, '2025-04-02', 'separation'],
    ['the day after end', leaving, '2025-04-03', 'departed'],
    ['before start, with notice and end set', leaving, '2023-12-31', 'pre_start'],
    // Separation overrides the tenure phase, even in onboarding.
    ['notice during onboarding', { startDate: '2024-01-01', noticeDate: '2024-01-20', endDate: '2024-02-05' }, '2024-01-20', 'separation'],
    ['day 1 of onboarding before notice', { startDate: '2024-01-01', noticeDate: '2024-01-20', endDate: '2024-02-05' }, '2024-01-01', 'onboarding'],
    // Notice without an end date: separation from notice on.
    ['notice given, no end date yet', { startDate: '2024-01-01', noticeDate: '2024-05-01' }, '2026-01-01', 'separation'],
    ['before notice, no end date yet', { startDate: '2024-01-01', noticeDate: '2024-05-01' }, '2024-04-30', 'initial_development'],
    // End without notice: the tenure phase through the end date, departed after.
    ['end without notice, end day', { startDate: '2024-01-01', endDate: '2024-03-30' }, '2024-03-30', 'onboarding'],
    ['end without notice, the day after', { startDate: '2024-01-01', endDate: '2024-03-30' }, '2024-03-31', 'departed'],
    ['nulls are absent dates', { startDate: '2024-01-01', noticeDate: null, endDate: null }, '2024-03-31', 'initial_development'],
    ['one-day employment: start = notice = end', { startDate: '2024-01-01', noticeDate: '2024-01-01', endDate: '2024-01-01' }, '2024-01-01', 'separation'],
    ['one-day employment, the next day', { startDate: '2024-01-01', noticeDate: '2024-01-01', endDate: '2024-01-01' }, '2024-01-02', 'departed'],
  ])('%s → %s', (_name, dates, on, expected) => {
    expect(phaseOn(dates, on)).toBe(expected);
  });
});

// Start 2023-11-15; python3 datetime: day 30 = 2023-12-14, 31 = 2023-12-15, 60 = 2024-01-13, 61 = 2024-01-14.
describe('phaseOn with custom bands (onboarding to day 30, initial development to day 60)', () => {
  const bands = { onboardingUntilDay: 30, initialDevelopmentUntilDay: 60 };
  const dates = { startDate: '2023-11-15' };
  it.each<[string, LifecyclePhase]>([
    ['2023-11-14', 'pre_start'],
    ['2023-11-15', 'onboarding'],
    ['2023-12-14', 'onboarding'],
    ['2023-12-15', 'initial_development'],
    ['2024-01-13', 'initial_development'],
    ['2024-01-14', 'ongoing_development'],
    ['2024-02-12', 'ongoing_development'], // day 90: onboarding with the default bands
  ])('%s → %s', (on, expected) => {
    expect(phaseOn(dates, on, bands)).toBe(expected);
  });

  it('the same day is still onboarding with the default bands', () => {
    expect(phaseOn(dates, '2024-02-12')).toBe('onboarding');
    expect(phaseOn(dates, '2024-02-13')).toBe('initial_development');
  });
});

describe('phaseOn rejects bad input', () => {
  it('asserts the employment dates first', () => {
    expect(() => phaseOn({ startDate: '2024-02-01', endDate: '2024-01-01' }, '2024-01-15')).toThrow(
      'End date 2024-01-01 is before start date 2024-02-01.',
    );
  });
  it('asserts the date asked about', () => {
    expect(() => phaseOn({ startDate: '2024-02-01' }, '2024-02-30')).toThrow(DomainError);
  });
  it('validates the bands', () => {
    expect(() => phaseOn({ startDate: '2024-02-01' }, '2024-02-03', { onboardingUntilDay: 90, initialDevelopmentUntilDay: 90 })).toThrow(DomainError);
  });
});

describe('employmentDay', () => {
  it.each([
    ['2024-01-01', 1],
    ['2024-03-30', 90],
    ['2023-12-31', 0],
  ])('start 2024-01-01, on %s → day %d', (on, day) => {
    expect(employmentDay('2024-01-01', on)).toBe(day);
  });
});

describe('employmentDateProblems', () => {
  it.each<[string, EmploymentDates, string[]]>([
    ['fine, start only', { startDate: '2024-01-01' }, []],
    ['fine, all three', { startDate: '2024-01-01', noticeDate: '2024-06-01', endDate: '2024-06-30' }, []],
    ['fine, all on one day', { startDate: '2024-01-01', noticeDate: '2024-01-01', endDate: '2024-01-01' }, []],
    ['end before start', { startDate: '2024-02-01', endDate: '2024-01-01' },
      ['End date 2024-01-01 is before start date 2024-02-01.']],
    ['notice after end', { startDate: '2024-01-01', noticeDate: '2024-07-01', endDate: '2024-06-30' },
      ['Notice date 2024-07-01 is after end date 2024-06-30.']],
    ['notice before start', { startDate: '2024-01-01', noticeDate: '2023-12-01' },
      ['Notice date 2023-12-01 is before start date 2024-01-01.']],
    ['start not a date', { startDate: '01/02/2024' },
      ['Start date "01/02/2024" is not a date in the form YYYY-MM-DD.']],
    ['start missing', { startDate: '' }, ['Start date is missing; give a date in the form YYYY-MM-DD.']],
    ['notice not a real date', { startDate: '2024-01-01', noticeDate: '2024-02-30' },
      ['Notice date 2024-02-30 is not a real calendar date.']],
    ['end not a real date, so not compared', { startDate: '2024-01-01', noticeDate: '2024-03-01', endDate: '2023-02-29' },
      ['End date 2023-02-29 is not a real calendar date.']],
    ['several problems at once', { startDate: '2024-05-01', noticeDate: '2024-06-01', endDate: '2024-04-01' },
      ['End date 2024-04-01 is before start date 2024-05-01.', 'Notice date 2024-06-01 is after end date 2024-04-01.']],
    ['notice both before start and after end', { startDate: '2024-05-01', noticeDate: '2024-01-01', endDate: '2023-12-01' },
      ['End date 2023-12-01 is before start date 2024-05-01.', 'Notice date 2024-01-01 is after end date 2023-12-01.', 'Notice date 2024-01-01 is before start date 2024-05-01.']],
  ])('%s', (_name, dates, problems) => {
    expect(employmentDateProblems(dates)).toEqual(problems);
  });

  it('assertEmploymentDates throws a DomainError joining every problem', () => {
    expect(() => assertEmploymentDates({ startDate: '2024-05-01', noticeDate: '2024-06-01', endDate: '2024-04-01' })).toThrow(
      new DomainError('End date 2024-04-01 is before start date 2024-05-01. Notice date 2024-06-01 is after end date 2024-04-01.'),
    );
    expect(() => assertEmploymentDates({ startDate: '2024-05-01' })).not.toThrow();
  });
});

describe('phase bands', () => {
  it('defaults to 90 and 270 days', () => {
    expect(DEFAULT_PHASE_BANDS).toEqual({ onboardingUntilDay: 90, initialDevelopmentUntilDay: 270 });
  });

  it.each([
    [{ onboardingUntilDay: 90, initialDevelopmentUntilDay: 270 }, []],
    [{ onboardingUntilDay: 1, initialDevelopmentUntilDay: 2 }, []],
    [{ onboardingUntilDay: 0, initialDevelopmentUntilDay: 270 }, ['Onboarding must last until a whole day number of at least 1, got 0.']],
    [{ onboardingUntilDay: 90, initialDevelopmentUntilDay: 45.5 }, ['Initial development must last until a whole day number of at least 1, got 45.5.']],
    [{ onboardingUntilDay: 90, initialDevelopmentUntilDay: 90 }, ['Initial development must end after onboarding: day 90 is not after day 90.']],
    [{ onboardingUntilDay: 90, initialDevelopmentUntilDay: 60 }, ['Initial development must end after onboarding: day 60 is not after day 90.']],
    [{ onboardingUntilDay: -5, initialDevelopmentUntilDay: NaN }, [
      'Onboarding must last until a whole day number of at least 1, got -5.',
      'Initial development must last until a whole day number of at least 1, got NaN.',
    ]],
  ])('%j', (bands, problems) => {
    expect(phaseBandProblems(bands)).toEqual(problems);
    if (problems.length === 0) expect(() => validatePhaseBands(bands)).not.toThrow();
    else expect(() => validatePhaseBands(bands)).toThrow(DomainError);
  });
});

describe('phase lists', () => {
  it('lists every phase in lifecycle order', () => {
    expect(ALL_PHASES).toEqual(['pre_start', 'onboarding', 'initial_development', 'ongoing_development', 'separation', 'departed']);
  });
  it('lists the phases with pulses in order', () => {
    expect(PHASES_WITH_PULSES).toEqual(['onboarding', 'initial_development', 'ongoing_development', 'separation']);
  });
  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(ALL_PHASES)).toBe(true);
    expect(Object.isFrozen(PHASES_WITH_PULSES)).toBe(true);
  });
});
