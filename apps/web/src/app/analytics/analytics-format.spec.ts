import { convertToParamMap } from '@angular/router';
import { exportUrl, filtersFromParams } from './analytics-filters';
import { correlation, dayRange, heatColour, heatPosition, periodLabel, pointLabel } from './analytics-format';
import { rankUnits } from './units/unit-ranking';
import { shownCell, withheldCell } from './analytics-fixtures';

describe('analytics filters', () => {
  it('reads the known, well-formed filters from the URL and drops the rest', () => {
    const params = convertToParamMap({ period: '2026-H2', department: 'd1', phase: 'onboarding', tenure: ' ', other: 'x' });
    expect(filtersFromParams(params)).toEqual({ period: '2026-H2', department: 'd1', phase: 'onboarding' });
    expect(filtersFromParams(convertToParamMap({ period: '2026-13', phase: 'retired' }))).toEqual({});
  });

  it('builds export links with the same parameters as the view', () => {
    expect(exportUrl('alerts', { period: '2026', location: 'Tallinn & Tartu' }, { responseRateBelow: 0.4, q: undefined })).toBe(
      '/api/analytics/export/alerts.csv?period=2026&location=Tallinn+%26+Tartu&responseRateBelow=0.4',
    );
    expect(exportUrl('units', {})).toBe('/api/analytics/export/units.csv');
  });
});

describe('analytics formatting', () => {
  it.each([
    ['2026', 'en', '2026'],
    ['2026-H2', 'en', 'H2 2026'],
    ['2026-Q4', 'en', 'Q4 2026'],
    ['2026-Q4', 'et', '2026 IV kvartal'],
    ['2026-11', 'en', 'Nov 2026'],
  ])('names %s in %s as %s', (key, lang, label) => {
    expect(periodLabel(key, lang)).toBe(label);
  });

  it('gives a window as days, with the year only when it spans two', () => {
    expect(dayRange('2026-10-01', '2026-12-31', 'en')).toBe('1 Oct – 31 Dec');
    expect(dayRange('2026-07-01', '2027-06-30', 'en')).toBe('1 Jul 2026 – 30 Jun 2027');
    expect(pointLabel('2026-11-22', '2026-11-30', 'week', 'en')).toBe('22–30 Nov 2026');
  });

  it('centres the diverging scale on eNPS 0 and on agreement 3', () => {
    expect(heatPosition(0, 'phase')).toBe(0);
    expect(heatPosition(3, 'driver')).toBe(0);
    expect(heatPosition(-100, 'phase')).toBe(-1);
    expect(heatPosition(5, 'driver')).toBe(1);
    expect(heatPosition(180, 'phase')).toBe(1);
    expect(heatColour(0, 'phase')).toEqual({ background: 'rgb(247, 247, 247)', color: '#1b1b1f' });
    expect(heatColour(100, 'phase').color).toBe('#ffffff');
  });
});

describe('correlation', () => {
  it('gives two decimals with a true minus, and no minus for a value that rounds to 0', () => {
    expect(correlation(0.794, 'en')).toBe('0.79');
    expect(correlation(-0.26, 'en')).toBe('\u22120.26');
    expect(correlation(-0.0001, 'en')).toBe('0.00');
    expect(correlation(0.3, 'et')).toBe('0,30');
  });
});

describe('rankUnits', () => {
  it('ranks by eNPS, ties by name, and puts withheld and empty units after, by name', () => {
    const ranking = rankUnits([
      shownCell({ key: 'b', label: 'B', enps: 5 }),
      withheldCell('too_few', { key: 'z', label: 'Z' }),
      shownCell({ key: 'a', label: 'A', enps: 5 }),
      shownCell({ key: 'e', label: 'E', enps: null }),
      shownCell({ key: 'c', label: 'C', enps: 40 }),
    ]);
    expect(ranking.shown.map((u) => u.key)).toEqual(['c', 'a', 'b']);
    expect(ranking.hidden.map((u) => u.key)).toEqual(['e', 'z']);
  });
});
