import { parse } from 'csv-parse/sync';
import { textCell, toCsv } from './csv-export';

/** Would a spreadsheet run this cell? It does when the cell starts with a formula sign. */
const FORMULA = /^\s*[=+\-@＝＋－＠\t\r]/;

const ATTACKS = [
  ';=1+1;@SUM(2*3)',
  '＝1+1',
  'fine,=HYPERLINK("http://evil.test","x")',
  '  +cmd|" /C calc"!A0',
  'ok\t=1+1',
  'line one\n-2+3',
  'a | @SUM(1)',
  '=1+1',
];

/** Every way a spreadsheet may split the file: by comma or semicolon honouring quotes, or splitting on anything ignoring them. */
function cellsAsSpreadsheetsSee(csv: string): string[] {
  const body = csv.split('\r\n').slice(1).join('\r\n');
  const honouring = [',', ';'].flatMap((delimiter) =>
    (parse(body, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat(),
  );
  const ignoring = body.split(/[,;\t|\r\n]/);
  return [...honouring, ...ignoring].map((c) => c.replace(/^"|"$/g, ''));
}

describe('CSV export cells', () => {
  it('leaves no cell a spreadsheet would run, whatever the separator', () => {
    const csv = toCsv(['department', 'comment'], ATTACKS.map((a) => ['Sales', a]));
    const running = cellsAsSpreadsheetsSee(csv).filter((c) => FORMULA.test(c));
    expect(running).toEqual([]);
  });

  it('keeps the text readable: a quote mark before each formula start, nothing else changed', () => {
    expect(textCell(';=1+1;@SUM(2*3)')).toBe(`";'=1+1;'@SUM(2*3)"`);
    expect(textCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(textCell('Pay is fine - the rota is not')).toBe('"Pay is fine - the rota is not"');
    expect(textCell('He said "no"')).toBe('"He said ""no"""');
  });

  it('writes numbers as numbers, so a negative eNPS is not text', () => {
    expect(toCsv(['unit', 'enps'], [['Sales', -12], ['Support', null]])).toBe('unit,enps\r\n"Sales",-12\r\n"Support",\r\n');
  });
});
