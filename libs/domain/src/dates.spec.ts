import { addDays, addMonths, assertIsoDate, daysBetween, isIsoDate, monthStart } from './dates';
import { DomainError } from './domain-error';

describe('isIsoDate', () => {
  it.each([
    ['2024-05-17', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-1-01', false],
    ['2023/01/01', false],
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it('is false for values that are not strings', () => {
    expect(isIsoDate(undefined as unknown as string)).toBe(false);
    expect(isIsoDate(20240101 as unknown as string)).toBe(false);
  });
});

describe('assertIsoDate', () => {
  it('accepts a real date', () => {
    expect(() => assertIsoDate('2024-02-29', 'Start date')).not.toThrow();
  });

  it.each([
    ['2023-02-29', 'Start date 2023-02-29 is not a real calendar date.'],
    ['17.05.2024', 'Start date "17.05.2024" is not a date in the form YYYY-MM-DD.'],
    ['', 'Start date is missing; give a date in the form YYYY-MM-DD.'],
    ['0000-05-01', 'Start date 0000-05-01 is outside the years 0001–9999.'],
  ])('%j throws a DomainError naming the field', (s, message) => {
    expect(() => assertIsoDate(s, 'Start date')).toThrow(DomainError);
    expect(() => assertIsoDate(s, 'Start date')).toThrow(message);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-01-01', '2024-01-02', 1],
    ['2024-01-02', '2024-01-01', -1],
    ['2024-02-28', '2024-03-01', 2], // leap
    ['2023-02-28', '2023-03-01', 1],
    ['2023-02-28', '2024-03-01', 367], // python3 datetime
    ['0001-01-01', '9999-12-31', 3652058], // python3 datetime
  ])('%s → %s = %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with Date.UTC day numbers across 1970–2100', () => {
    // Independent oracle: the JS engine's own calendar (used in the test only).
    for (let t = Date.UTC(1970, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000 * 37) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(daysBetween('1970-01-01', iso)).toBe(t / 86_400_000);
    }
  });

  it('throws on an invalid date', () => {
    expect(() => daysBetween('2024-01-01', '2024-02-30')).toThrow('To date 2024-02-30 is not a real calendar date.');
    expect(() => daysBetween('x', '2024-02-01')).toThrow(DomainError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-12-31', 60, '2025-03-01'], // python3 datetime
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['1900-03-01', -1, '1900-02-28'],
    ['2000-01-01', -1, '1999-12-31'],
    ['2024-02-28', 366, '2025-02-28'], // python3 datetime
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('round-trips with daysBetween', () => {
    for (let d = -800; d <= 800; d += 7) {
      expect(daysBetween('2024-02-29', addDays('2024-02-29', d))).toBe(d);
    }
  });

  it('throws on a fractional number of days or a result outside 0001–9999', () => {
    expect(() => addDays('2024-01-01', 1.5)).toThrow('Number of days must be a whole number, got 1.5.');
    expect(() => addDays('9999-12-31', 1)).toThrow(DomainError);
    expect(() => addDays('0001-01-01', -1)).toThrow(DomainError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-01-31', 1, '2024-02-29'], // clamped, leap
    ['2023-01-31', 1, '2023-02-28'], // clamped
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-31', -2, '2023-11-30'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-05-17', 0, '2024-05-17'],
    ['2024-12-01', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-01'],
  ])('%s %+d months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('throws on a fractional number of months and on an invalid date', () => {
    expect(() => addMonths('2024-01-01', 0.5)).toThrow(DomainError);
    expect(() => addMonths('2024-02-30', 1)).toThrow('Date 2024-02-30 is not a real calendar date.');
  });
});

describe('monthStart', () => {
  it.each([
    ['2024-05-17', '2024-05-01'],
    ['2024-05-01', '2024-05-01'],
    ['2024-02-29', '2024-02-01'],
  ])('%s → %s', (date, expected) => {
    expect(monthStart(date)).toBe(expected);
  });

  it('throws on an invalid date', () => {
    expect(() => monthStart('2024-05')).toThrow(DomainError);
  });
});

describe('DomainError', () => {
  it('is an Error named DomainError', () => {
    try {
      addDays('nope', 1);
      throw new Error('did not throw');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('DomainError');
    }
  });
});
