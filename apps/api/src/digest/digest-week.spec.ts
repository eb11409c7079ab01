import { digestDay, isoWeekday } from './digest-week';

describe('digestDay', () => {
  it('knows the ISO weekday', () => {
    expect([isoWeekday('2026-06-15'), isoWeekday('2026-06-21')]).toEqual([1, 7]);
  });

  it.each([
    ['Monday 10:00 in Tallinn (07:00 UTC)', '2026-06-15T07:00:00Z', 1, '2026-06-15'],
    ['Monday 09:59 in Tallinn', '2026-06-15T06:59:00Z', 1, null],
    ['Monday late evening', '2026-06-15T20:00:00Z', 1, '2026-06-15'],
    ['Sunday 23:30 UTC is already Monday in Tallinn, but before the hour', '2026-06-14T23:30:00Z', 1, null],
    ['Tuesday', '2026-06-16T08:00:00Z', 1, null],
    ['Wednesday as the configured day', '2026-06-17T08:00:00Z', 3, '2026-06-17'],
    ['no digest (0)', '2026-06-15T08:00:00Z', 0, null],
  ])('%s', (_, now, weekday, expected) => {
    expect(digestDay(new Date(now), 'Europe/Tallinn', 10, weekday)).toBe(expected);
  });
});
