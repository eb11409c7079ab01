import { DEFAULT_SYNC_MAX_ENDING_SHARE, leaverEndDate, syncSafetyDecision } from './employee-sync';

describe('syncSafetyDecision', () => {
  const max = DEFAULT_SYNC_MAX_ENDING_SHARE;

  it('applies a sync that ends exactly the limit', () => {
    expect(syncSafetyDecision({ currentEmployees: 10, ending: 2, maxEndingShare: max })).toEqual({ hold: false, share: 0.2 });
  });

  it('holds a sync that ends more than the limit, saying why', () => {
    const decision = syncSafetyDecision({ currentEmployees: 10, ending: 3, maxEndingShare: max });
    expect(decision).toMatchObject({ hold: true, share: 0.3 });
    expect(decision.hold && decision.reason).toBe(
      'The sync would end 3 of 10 current employees (30%), more than the 20% a sync may end without confirmation. Check the list; confirm the sync if it is right.',
    );
  });

  it('holds an empty list against a full directory', () => {
    expect(syncSafetyDecision({ currentEmployees: 500, ending: 500, maxEndingShare: max }).hold).toBe(true);
  });

  it('never holds when no one is current (the first sync)', () => {
    expect(syncSafetyDecision({ currentEmployees: 0, ending: 0, maxEndingShare: max })).toEqual({ hold: false, share: 0 });
  });

  it('with a limit of 0 holds any leaver, with 1 none', () => {
    expect(syncSafetyDecision({ currentEmployees: 100, ending: 1, maxEndingShare: 0 }).hold).toBe(true);
    expect(syncSafetyDecision({ currentEmployees: 100, ending: 100, maxEndingShare: 1 }).hold).toBe(false);
  });

  it.each([
    [{ currentEmployees: -1, ending: 0, maxEndingShare: max }, /current employees/],
    [{ currentEmployees: 5, ending: 6, maxEndingShare: max }, /from 0 to 5/],
    [{ currentEmployees: 5, ending: 1, maxEndingShare: 1.5 }, /from 0 to 1/],
    [{ currentEmployees: 5, ending: 1, maxEndingShare: Number.NaN }, /from 0 to 1/],
  ])('refuses impossible input %#', (input, message) => {
    expect(() => syncSafetyDecision(input)).toThrow(message);
  });
});

describe('leaverEndDate', () => {
  it('is the sync date for someone who started before it', () => {
    expect(leaverEndDate('2026-06-15', '2024-01-01', null)).toBe('2026-06-15');
  });
  it('is the start date for a hire withdrawn before starting', () => {
    expect(leaverEndDate('2026-06-15', '2026-07-01', null)).toBe('2026-07-01');
  });
  it('is never before a notice dated ahead', () => {
    expect(leaverEndDate('2026-06-15', '2024-01-01', '2026-06-20')).toBe('2026-06-20');
  });
});
