import { enpsFromCounts } from '@ex-pulse/domain';
import { InvitedYear, monthCounts, YearSeries } from './counts/year-series';
import { enpsCell, populationOf, Tally } from './enps-cell';

const quarter = (q: number) => ({ kind: 'quarter' as const, key: `2026-Q${q}`, year: 2026, firstMonth: 3 * (q - 1), lastMonth: 3 * q - 1, from: '', to: '' });
const month = (m: number) => ({ kind: 'month' as const, key: `2026-${m + 1}`, year: 2026, firstMonth: m, lastMonth: m, from: '', to: '' });

function tally(promoters: number, passives: number, detractors: number, invited: number | null): Tally {
  return Object.assign(new Tally(), { promoters, passives, detractors, invited });
}

describe('the population of a period (YearSeries.tally)', () => {
  // Sent: 10 in January, 4 in February, 6 in March; still open on the first day: 3 on 1 January
  // (sent in December), 8 on 1 February, 0 on 1 March, 2 on 1 April.
  const invited = new InvitedYear(
    Int32Array.from([10, 4, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    Int32Array.from([3, 8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]),
  );
  const series = new YearSeries(monthCounts(), null, invited);

  it('is the invitations sent in it plus those still open on its first day', () => {
    expect(series.tally(month(0)).invited).toBe(13);
    expect(series.tally(month(1)).invited).toBe(12);
    expect(series.tally(month(2)).invited).toBe(6);
    expect(series.tally(quarter(1)).invited).toBe(23); // 10 + 4 + 6 + 3 open from December, each invitation once
    expect(series.tally(quarter(2)).invited).toBe(2);
  });

  it('is unknown for a week, and where invitations are not counted', () => {
    const weekly = new YearSeries(monthCounts(), new Int32Array(144), invited);
    expect(weekly.tally({ kind: 'week', key: '2026-02-02', month: 1, week: 0, from: '', to: '' }).invited).toBeNull();
    expect(new YearSeries(monthCounts(), null, null).tally(month(1)).invited).toBeNull();
  });
});

describe('enpsCell', () => {
  it('says census only when everyone invited answered, and gives the rate n / N unclamped', () => {
    expect(enpsCell('k', 'K', tally(3, 2, 1, 6), null)).toMatchObject({ n: 6, invited: 6, responseRate: 1, census: true, ciLow: 33.3, ciHigh: 33.3 });
    const sample = enpsCell('k', 'K', tally(4, 2, 1, 10), null);
    expect(sample).toMatchObject({ n: 7, invited: 10, census: false });
    expect(sample.responseRate).toBeCloseTo(0.7, 12);
  });

  it('uses no correction and no rate when the answers outnumber the invitations, rather than N = n', () => {
    const cell = enpsCell('k', 'K', tally(3, 2, 1, 5), null);
    const uncorrected = enpsFromCounts({ promoters: 3, passives: 2, detractors: 1 });
    expect(cell).toMatchObject({ n: 6, invited: 5, responseRate: null, census: false });
    expect(cell.ciLow).toBe(Math.round(uncorrected.ciLow! * 10) / 10);
    expect(cell.ciHigh).toBe(Math.round(uncorrected.ciHigh! * 10) / 10);
    expect(populationOf(6, 5)).toBeNull();
    expect(populationOf(6, null)).toBeNull();
    expect(populationOf(6, 6)).toBe(6);
  });

  it('rounds an interval narrower than a tenth outwards, so only a census reads as exact', () => {
    // 4,999 of 5,000 invited: SE ≈ 0.017, so both ends round to the eNPS itself.
    const cell = enpsCell('k', 'K', tally(2000, 1500, 1499, 5000), null);
    expect(cell.census).toBe(false);
    expect(cell.ciLow!).toBeLessThan(cell.ciHigh!);
    expect(cell.ciLow).toBe(10);
    expect(cell.ciHigh).toBe(10.1);
  });
});
