import { DomainError } from './domain-error';
import { enpsFromCounts } from './enps';
import { assertGoalTarget, goalGap } from './goal-progress';

/*
 * Independent (Python, math + scipy.stats.norm.ppf(0.975) = 1.959964): 18 promoters, 7 passives and 5
 * detractors of N = 37 invited: eNPS = 100·13/30 = 43.3333; Var = 23/30 − (13/30)² = 0.578889;
 * SE = 100·√(Var/30)·√(7/36) = 6.125404; z·SE = 12.005572. Without N: z·SE = 27.226077.
 */
describe('goalGap', () => {
  const current = enpsFromCounts({ promoters: 18, passives: 7, detractors: 5 }, 37);

  it('is the current eNPS less the target, beyond chance only past z·SE of the current figure', () => {
    const below = goalGap(current, 30)!;
    expect(below.gap).toBeCloseTo(13.333333, 5);
    expect(below.threshold).toBeCloseTo(12.005572, 5);
    expect(below.beyondChance).toBe(true);
    const near = goalGap(current, 40)!;
    expect(near.gap).toBeCloseTo(3.333333, 5);
    expect(near.beyondChance).toBe(false);
    const short = goalGap(current, 60)!;
    expect(short.gap).toBeCloseTo(-16.666667, 5);
    expect(short.beyondChance).toBe(true);
  });

  it('takes the finite-population correction of the current figure: without N the same gap may be chance', () => {
    const unknownN = goalGap(enpsFromCounts({ promoters: 18, passives: 7, detractors: 5 }), 30)!;
    expect(unknownN.threshold).toBeCloseTo(27.226077, 5);
    expect(unknownN.beyondChance).toBe(false);
  });

  it('calls any gap real for a census, and has none without answers', () => {
    const census = goalGap(enpsFromCounts({ promoters: 3, passives: 1, detractors: 1 }, 5), 39)!;
    expect(census).toEqual({ gap: 1, threshold: 0, beyondChance: true });
    expect(goalGap(enpsFromCounts({ promoters: 0, passives: 0, detractors: 0 }), 10)).toBeNull();
  });
});

describe('assertGoalTarget', () => {
  it('takes whole numbers from −100 to 100', () => {
    for (const ok of [-100, 0, 35, 100]) expect(() => assertGoalTarget(ok)).not.toThrow();
    for (const bad of [-101, 101, 12.5, NaN, '30', null]) expect(() => assertGoalTarget(bad)).toThrow(DomainError);
    expect(() => assertGoalTarget(101)).toThrow('An eNPS target is a whole number from -100 to 100, got 101.');
  });
});
