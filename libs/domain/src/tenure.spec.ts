import { DomainError } from './domain-error';
import { completedMonths, TENURE_BANDS, TenureBand, tenureBandOn } from './tenure';

// Boundaries worked out by hand: a band starts on the day the start date's day-of-month comes
// round after 3, 12, 24 and 60 months; at a month end that day is clamped to the month's last day.
describe('tenureBandOn', () => {
  it.each<[string, string, TenureBand]>([
    ['2024-01-15', '2024-01-14', 'not_started'],
    ['2024-01-15', '2024-01-15', 'under_3m'],
    ['2024-01-15', '2024-04-14', 'under_3m'],
    ['2024-01-15', '2024-04-15', '3_12m'],
    ['2024-01-15', '2025-01-14', '3_12m'],
    ['2024-01-15', '2025-01-15', '1_2y'],
    ['2024-01-15', '2026-01-14', '1_2y'],
    ['2024-01-15', '2026-01-15', '2_5y'],
    ['2024-01-15', '2029-01-14', '2_5y'],
    ['2024-01-15', '2029-01-15', '5y_plus'],
    ['2024-01-15', '2054-07-01', '5y_plus'],
    // Month-end start: 3 months after 2024-01-31 is 2024-04-30.
    ['2024-01-31', '2024-04-29', 'under_3m'],
    ['2024-01-31', '2024-04-30', '3_12m'],
    ['2024-01-31', '2025-01-30', '3_12m'],
    ['2024-01-31', '2025-01-31', '1_2y'],
    // 3 months after 2023-11-30 is 2024-02-29 (leap year).
    ['2023-11-30', '2024-02-28', 'under_3m'],
    ['2023-11-30', '2024-02-29', '3_12m'],
    // Leap-day start: the anniversary in a common year is 28 February.
    ['2024-02-29', '2025-02-27', '3_12m'],
    ['2024-02-29', '2025-02-28', '1_2y'],
    ['2024-02-29', '2029-02-27', '2_5y'],
    ['2024-02-29', '2029-02-28', '5y_plus'],
  ])('start %s, on %s → %s', (start, on, expected) => {
    expect(tenureBandOn(start, on)).toBe(expected);
  });

  it('throws a DomainError on an invalid date', () => {
    expect(() => tenureBandOn('2024-02-30', '2024-05-01')).toThrow('Start date 2024-02-30 is not a real calendar date.');
    expect(() => tenureBandOn('2024-02-01', 'today')).toThrow(DomainError);
  });
});

describe('completedMonths', () => {
  it.each([
    ['2024-01-31', '2024-01-31', 0],
    ['2024-01-31', '2024-02-28', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-03-30', 1],
    ['2024-01-31', '2024-03-31', 2],
    ['2024-01-15', '2024-12-14', 10],
    ['2024-01-15', '2024-12-15', 11],
    ['2024-01-15', '2024-01-14', -1],
  ])('from %s to %s → %d', (start, on, months) => {
    expect(completedMonths(start, on)).toBe(months);
  });
});

describe('TENURE_BANDS', () => {
  it('lists the bands in order with English labels', () => {
    expect(TENURE_BANDS.map((b) => [b.band, b.label])).toEqual([
      ['not_started', 'Not started'],
      ['under_3m', 'Under 3 months'],
      ['3_12m', '3–12 months'],
      ['1_2y', '1–2 years'],
      ['2_5y', '2–5 years'],
      ['5y_plus', '5+ years'],
    ]);
  });

  it('has month bounds that match tenureBandOn', () => {
    // Each band starts exactly where the previous one ends.
    for (let i = 1; i < TENURE_BANDS.length; i++) {
      expect(TENURE_BANDS[i].fromMonths).toBe(TENURE_BANDS[i - 1].untilMonths);
    }
    // Start 2020-01-10: on 2020-01-10 + m months, exactly m months are complete.
    for (const b of TENURE_BANDS.slice(1)) {
      const on = `${2020 + Math.floor(b.fromMonths! / 12)}-${String((b.fromMonths! % 12) + 1).padStart(2, '0')}-10`;
      expect(tenureBandOn('2020-01-10', on)).toBe(b.band);
    }
  });
});
