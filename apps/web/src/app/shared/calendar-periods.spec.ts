import { calendarPeriodChoices, calendarPeriodOrNull, periodDays, periodOfDay } from './calendar-periods';

describe('calendar periods', () => {
  it('offers each year, then its halves, quarters and months that have begun, newest first', () => {
    const choices = calendarPeriodChoices('2026-05-03', 2);
    expect(choices.slice(0, 9)).toEqual(['2026', '2026-H1', '2026-Q2', '2026-Q1', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01']);
    expect(choices.slice(9, 12)).toEqual(['2025', '2025-H2', '2025-H1']);
    expect(choices).toHaveLength(9 + 1 + 2 + 4 + 12);
  });

  it('reads only calendar periods from a URL', () => {
    for (const key of ['2026', '2026-H2', '2026-Q4', '2026-01', '2026-12']) expect(calendarPeriodOrNull(key)).toBe(key);
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-03-02', 'last-12-months', '', null]) expect(calendarPeriodOrNull(bad)).toBeNull();
  });

  it('knows the days of a period and the period of the same kind that holds a day', () => {
    expect(periodDays('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodDays('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOfDay('2026-Q1', '2026-12-05')).toBe('2026-Q4');
    expect(periodOfDay('2026-H1', '2026-07-01')).toBe('2026-H2');
    expect(periodOfDay('2026-03', '2027-01-04')).toBe('2027-01');
    expect(periodOfDay('2026', '2027-01-04')).toBe('2027');
  });
});
