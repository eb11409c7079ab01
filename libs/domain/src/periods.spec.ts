import fc from 'fast-check';
import {
  monthsOf, parsePeriod, Period, periodContaining, periodWithheld, previousPeriod, weeksOf, weekStart,
} from './periods';

describe('calendar periods', () => {
  it('reads years, halves, quarters and months with their first and last days', () => {
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31', firstMonth: 0, lastMonth: 11 });
    expect(parsePeriod('2026-H2')).toMatchObject({ kind: 'half', from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriod('2024-Q1')).toMatchObject({ kind: 'quarter', from: '2024-01-01', to: '2024-03-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
  });

  it.each(['2026-04-02', '26', '2026-Q5', '2026-H3', '2026-13', '', 'Q3 2026'])('refuses "%s" and says what it takes', (key) => {
    expect(() => parsePeriod(key)).toThrow(/give a year \(2026\), a half \(2026-H2\), a quarter \(2026-Q4\) or a month \(2026-11\)/);
  });

  it('steps back to the previous period of the same kind, across the year boundary', () => {
    expect(previousPeriod(parsePeriod('2026-Q1')).key).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-H2')).key).toBe('2026-H1');
    expect(previousPeriod(parsePeriod('2026-01')).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026')).key).toBe('2025');
    expect(periodContaining('quarter', '2026-11-22').key).toBe('2026-Q4');
    expect(monthsOf(parsePeriod('2026-Q2')).map((m) => m.key)).toEqual(['2026-04', '2026-05', '2026-06']);
  });

  it('splits a month into four weeks that cover it exactly', () => {
    expect(weeksOf('2026-02-01')).toEqual([
      { from: '2026-02-01', to: '2026-02-07' }, { from: '2026-02-08', to: '2026-02-14' },
      { from: '2026-02-15', to: '2026-02-21' }, { from: '2026-02-22', to: '2026-02-28' },
    ]);
    expect(weekStart('2026-03-31')).toBe('2026-03-22');
    expect(weekStart('2026-03-07')).toBe('2026-03-01');
  });
});

describe('periodWithheld: the anonymity rules down the calendar tree', () => {
  const k = 5;
  const year = (...months: number[]) => [...months, ...Array(12 - months.length).fill(0)];

  it('withholds a month under k, and the month that would give it away by subtraction from its quarter', () => {
    const counts = year(10, 10, 2);
    expect(periodWithheld(parsePeriod('2026-03'), counts, k)).toBe('too_few');
    // Q1 (22) − January − February would be March's 2: the smaller shown month goes too.
    expect(periodWithheld(parsePeriod('2026-01'), counts, k)).toBe('subtraction');
    expect(periodWithheld(parsePeriod('2026-02'), counts, k)).toBeNull();
    expect(periodWithheld(parsePeriod('2026-Q1'), counts, k)).toBeNull();
  });

  it('keeps at least k hidden below a period withheld for subtraction', () => {
    // H1 = 18 and H2 = 2: H1 would reveal H2 from the year; its quarters then may not add up to it.
    const counts = year(5, 5, 0, 8, 0, 0, 2);
    expect(periodWithheld(parsePeriod('2026'), counts, k)).toBeNull();
    expect(periodWithheld(parsePeriod('2026-H1'), counts, k)).toBe('subtraction');
    const q1 = periodWithheld(parsePeriod('2026-Q1'), counts, k);
    const q2 = periodWithheld(parsePeriod('2026-Q2'), counts, k);
    expect([q1, q2].filter((r) => r === null)).toHaveLength(1);
  });

  it('decides weeks within their month', () => {
    const counts = year(0, 0, 0, 20);
    const weekly = Array.from({ length: 12 }, () => [0, 0, 0, 0]);
    weekly[3] = [0, 3, 17, 0];
    expect(periodWithheld({ month: 3, week: 2 }, counts, k, weekly)).toBe('subtraction');
    weekly[3] = [0, 0, 20, 0];
    expect(periodWithheld({ month: 3, week: 2 }, counts, k, weekly)).toBeNull();
  });

  /*
   * The attack: take any shown period and subtract any shown periods inside it that do not
   * overlap. Whatever is left must be nothing or at least k answers. Periods nest, so these
   * differences are everything two or more published periods of one group can reveal.
   */
  it('never lets shown periods be subtracted down to fewer than k answers (property)', () => {
    const nodes = (p: Period): Period[] =>
      p.kind === 'year' ? [parsePeriod(`${p.year}-H1`), parsePeriod(`${p.year}-H2`)]
      : p.kind === 'half' ? [0, 1].map((i) => parsePeriod(`${p.year}-Q${p.firstMonth / 3 + i + 1}`))
      : p.kind === 'quarter' ? monthsOf(p)
      : [];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 })), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 3, max: 7 }),
        (counts, kk) => {
          const n = (p: Period) => counts.slice(p.firstMonth, p.lastMonth + 1).reduce((a, b) => a + b, 0);
          const shown = (p: Period) => periodWithheld(p, counts, kk) === null;
          // Every total an attacker can subtract inside p: shown children whole, or what can be taken inside them.
          const coverable = (p: Period): Set<number> => {
            let sums = new Set([0]);
            for (const child of nodes(p)) {
              const options = new Set(coverable(child));
              if (shown(child)) options.add(n(child));
              const next = new Set<number>();
              for (const a of sums) for (const b of options) next.add(a + b);
              sums = next;
            }
            return sums;
          };
          const check = (p: Period) => {
            if (shown(p)) {
              for (const covered of coverable(p)) {
                const left = n(p) - covered;
                if (left > 0 && left < kk) return false;
              }
            }
            return nodes(p).every(check);
          };
          return check(parsePeriod('2026'));
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });
});
