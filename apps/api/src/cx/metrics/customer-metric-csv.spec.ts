import { parseCustomerMetricCsv } from './customer-metric-csv';

describe('parseCustomerMetricCsv', () => {
  it('reads cells as numbers, by header name, in any order, with a decimal comma under semicolons', () => {
    const { rows, fileProblems } = parseCustomerMetricCsv(Buffer.from(
      '\ufeffMetric;Month;Unit;N;CES_Mean\r\nces;2026-05;Sales;40;5,25\r\n\r\ncsat;2026-05;Sales;x;\r\n'));
    expect(fileProblems).toEqual([]);
    expect(rows.map((r) => [r.row, r.unit, r.input.metric, r.input.n, r.input.cesMean])).toEqual([
      [2, 'Sales', 'ces', 40, 5.25],
      [4, 'Sales', 'csat', NaN, null],
    ]);
  });

  it.each([
    ['', 'The file is empty.'],
    ['month,metric\n2026-05,nps\n', 'The header is missing the required column unit (or unit_id).'],
    ['unit,month,metric,score\n', 'The header has unknown column score; the columns are unit, unit_id, month,'],
    ['unit,month,metric\n', 'The file has a header line but no rows of scores.'],
  ])('refuses %j', (text, problem) => {
    const { rows, fileProblems } = parseCustomerMetricCsv(Buffer.from(text));
    expect(rows).toEqual([]);
    expect(fileProblems.join(' ')).toContain(problem);
  });

  it('reports a row with the wrong number of values', () => {
    const { rows } = parseCustomerMetricCsv(Buffer.from('unit,month,metric,n\nSales,2026-05,ces\n'));
    expect(rows[0].problems).toEqual([expect.stringMatching(/^The row has 3 values but the header has 4 columns/)]);
  });
});
