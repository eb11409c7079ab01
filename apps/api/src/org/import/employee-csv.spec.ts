import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMPORT_ROWS, parseEmployeeCsv } from './employee-csv';

const HEADER = 'external_id,name,work_email,personal_email,department,manager_external_id,location,language,start_date,notice_date,end_date';
const GOOD = 'E001,Anna Tamm,anna@example.com,,Sales,,Tallinn,et,2024-01-15,,';

/** A CSV of the header and the given rows, LF line ends. */
const csv = (...lines: string[]): Buffer => Buffer.from([HEADER, ...lines].join('\n') + '\n');
/** GOOD with some cells replaced, by column index. */
const good = (changes: Record<number, string>): string =>
  GOOD.split(',').map((cell, i) => changes[i] ?? cell).join(',');

describe('parseEmployeeCsv: reading the file', () => {
  it.each([
    ['plain LF, comma', csv(GOOD)],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(GOOD)])],
    ['semicolon', Buffer.from(`${HEADER.replace(/,/g, ';')}\n${GOOD.replace(/,/g, ';')}\n`)],
    ['CRLF', Buffer.from(`${HEADER}\r\n${GOOD}\r\n`)],
    ['no final line break', Buffer.from(`${HEADER}\n${GOOD}`)],
    ['upper-case header, spaces around cells', Buffer.from(`${HEADER.toUpperCase()}\n${GOOD.replace(/,/g, ' , ')}\n`)],
    ['columns in another order, optional ones left out',
      Buffer.from('name,external_id,department,work_email,location,language,start_date\nAnna Tamm,E001,Sales,anna@example.com,Tallinn,et,2024-01-15\n')],
  ])('%s', (_label, input) => {
    const { rows, fileProblems } = parseEmployeeCsv(input);
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([{
      line: 2, externalId: 'E001', name: 'Anna Tamm', workEmail: 'anna@example.com', personalEmail: null,
      department: 'Sales', managerExternalId: null, location: 'Tallinn', language: 'et',
      startDate: '2024-01-15', noticeDate: null, endDate: null, problems: [],
    }]);
  });

  it('keeps a delimiter, a quote and a line break inside a quoted field', () => {
    const { rows } = parseEmployeeCsv(Buffer.from(
      `${HEADER.replace(/,/g, ';')}\nE001;"Tamm; ""Anna""";a@example.com;;Sales;;"Tallinn,\nÜlemiste";et;2024-01-15;;\n`,
    ));
    expect(rows[0]).toMatchObject({ name: 'Tamm; "Anna"', location: 'Tallinn,\nÜlemiste', problems: [] });
  });

  it('reads Estonian letters', () => {
    const { rows } = parseEmployeeCsv(csv(good({ 1: 'Jüri Õunapuu-Pärn' })));
    expect(rows[0].name).toBe('Jüri Õunapuu-Pärn');
  });

  it('counts physical lines: blank lines are skipped but counted, a multi-line record has its first line', () => {
    const input = Buffer.from(
      `${HEADER}\r\n\r\n${good({ 0: 'E1' })}\r\n   \r\n,,,,,,,,,,\n${good({ 0: 'E2', 6: '"Tartu\r\nRaekoja plats"' })}\r\n\r\n${good({ 0: 'E3' })}\r\n\r\n`,
    );
    const { rows, fileProblems } = parseEmployeeCsv(input);
    expect(fileProblems).toEqual([]);
    expect(rows.map((r) => [r.externalId, r.line])).toEqual([['E1', 3], ['E2', 6], ['E3', 9]]);
  });

  it('accepts the sample file in docs/', () => {
    const { rows, fileProblems } = parseEmployeeCsv(readFileSync(resolve(__dirname, '../../../../../docs/sample-employees.csv')));
    expect(fileProblems).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.problems.length > 0)).toEqual([]);
  });
});

describe('parseEmployeeCsv: problems with the whole file', () => {
  it.each([
    ['empty', Buffer.alloc(0), /The file is empty/],
    ['only a BOM and blank lines', Buffer.from('\ufeff\n \r\n\n'), /The file is empty/],
    ['not UTF-8 (Latin-1 ü on line 3)', Buffer.concat([csv(GOOD), Buffer.from('E002,J'), Buffer.from([0xfc]), Buffer.from('ri,x\n')]),
      /not UTF-8 text \(the first invalid character is on line 3\)/],
    ['missing required columns', Buffer.from('external_id,name,department,location\nE1,A,Sales,Tallinn\n'),
      /missing the required columns work_email, language, start_date\./],
    ['unknown columns', Buffer.from(`${HEADER},salary,Team\n${GOOD},1,x\n`), /unknown columns salary, Team;/],
    ['a column twice', Buffer.from(`${HEADER},name\n${GOOD},x\n`), /names name more than once/],
    ['a header and no rows', Buffer.from(`${HEADER}\n\n`), /header line but no employee rows/],
    ['an unclosed quote', csv(GOOD, good({ 0: 'E2' }), good({ 0: 'E3', 1: '"Mart Kask' }), good({ 0: 'E4' })),
      /quoted value that starts on line 4 is never closed/],
    ['a quote inside an unquoted value', csv(GOOD, good({ 0: 'E2', 1: 'Mart "Mats" Kask' })), /^Line 3 has a quote inside a value/],
    ['text after a closing quote', csv(GOOD, good({ 0: 'E2', 1: '"Mart" Kask' })), /^Line 3 has text right after a closing quote/],
  ])('%s', (_label, input, expected) => {
    const { rows, fileProblems } = parseEmployeeCsv(input);
    expect(rows).toEqual([]);
    expect(fileProblems).toHaveLength(1);
    expect(fileProblems[0]).toMatch(expected);
  });

  it('reports missing and unknown columns together', () => {
    expect(parseEmployeeCsv(Buffer.from('external_id,nmae\nE1,A\n')).fileProblems).toEqual([
      'The header is missing the required columns name, work_email, department, location, language, start_date.',
      expect.stringMatching(/^The header has unknown column nmae; the columns are external_id, name, /),
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => good({ 0: `E${i}` }));
    expect(parseEmployeeCsv(csv(...rows)).fileProblems).toEqual([
      `The file has ${MAX_IMPORT_ROWS + 1} employee rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it into smaller files.`,
    ]);
    expect(parseEmployeeCsv(csv(...rows.slice(1))).fileProblems).toEqual([]);
  });
});

describe('parseEmployeeCsv: problems of one row', () => {
  it.each([
    ['missing external id', { 0: '' }, ['The external_id column is empty; it is required.']],
    ['missing name and location', { 1: '', 6: '' },
      ['The name column is empty; it is required.', 'The location column is empty; it is required.']],
    ['missing work email', { 2: '' }, ['The work_email column is empty; it is required.']],
    ['missing department', { 4: '' }, ['The department column is empty; it is required.']],
    ['missing language', { 7: '' }, ['The language column is empty; it is required.']],
    ['missing start date', { 8: '' }, ['The start_date column is empty; it is required.']],
    ['bad work email', { 2: 'anna.example.com' }, ['work_email "anna.example.com" is not an email address.']],
    ['bad personal email', { 3: 'anna@home' }, ['personal_email "anna@home" is not an email address.']],
    ['unsupported language', { 7: 'de' }, ['language "de" is not supported; use en (English) or et (Estonian).']],
    ['date not in ISO form', { 8: '15.01.2024' }, ['start_date "15.01.2024" is not a date in the form YYYY-MM-DD.']],
    ['date that does not exist', { 9: '2023-02-29' }, ['notice_date 2023-02-29 is not a real calendar date.']],
    ['bad end date', { 10: '2024-13-01' }, ['end_date 2024-13-01 is not a real calendar date.']],
    ['end before start', { 10: '2023-12-31' }, ['End date 2023-12-31 is before start date 2024-01-15.']],
    ['notice after end', { 9: '2024-06-01', 10: '2024-05-31' }, ['Notice date 2024-06-01 is after end date 2024-05-31.']],
    ['name too long', { 1: 'A'.repeat(201) }, ['name is 201 characters long; at most 200 are allowed.']],
    ['location too long', { 6: 'Õ'.repeat(201) }, ['location is 201 characters long; at most 200 are allowed.']],
    ['own manager', { 5: 'E001' }, [`manager_external_id E001 is the employee's own external id; leave it empty or name their manager.`]],
  ])('%s', (_label, changes, expected) => {
    expect(parseEmployeeCsv(csv(good(changes))).rows[0].problems).toEqual(expected);
  });

  it.each([
    ['language in upper or mixed case is normalised', { 7: 'EN' }, 'en'],
    ['Et', { 7: 'Et' }, 'et'],
  ])('%s', (_label, changes, language) => {
    const [row] = parseEmployeeCsv(csv(good(changes))).rows;
    expect(row).toMatchObject({ language, problems: [] });
  });

  it('accepts names of exactly 200 characters and a notice on the last day', () => {
    const [row] = parseEmployeeCsv(csv(good({ 1: 'A'.repeat(200), 9: '2024-05-31', 10: '2024-05-31' }))).rows;
    expect(row.problems).toEqual([]);
  });

  it('reports a row with the wrong number of values', () => {
    const [short, long] = parseEmployeeCsv(csv('E1,A,a@example.com,,Sales,,Tallinn,et,2024-01-15', `${good({ 0: 'E2' })},x`)).rows;
    expect(short.problems).toEqual([expect.stringMatching(/^The row has 9 values but the header has 11 columns/)]);
    expect(long.problems).toEqual([expect.stringMatching(/^The row has 12 values but the header has 11 columns/)]);
  });

  it('reports duplicate external ids and work emails on the second and later occurrences', () => {
    const { rows } = parseEmployeeCsv(csv(
      good({ 0: 'E001', 2: 'a@example.com' }),
      '',
      good({ 0: 'E002', 2: 'b@example.com' }),
      good({ 0: 'E001', 2: 'c@example.com' }),
      good({ 0: 'E003', 2: 'B@Example.com' }),
      good({ 0: 'E001', 2: 'd@example.com' }),
    ));
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [4, []],
      [5, ['External id E001 appears already on line 2.']],
      [6, ['Work email B@Example.com appears already on line 4 (external id E002).']],
      [7, ['External id E001 appears already on line 2.']],
    ]);
  });

  it('lists every problem of a row at once', () => {
    const [row] = parseEmployeeCsv(csv(good({ 1: '', 2: 'x', 7: 'fi', 8: '2024-1-1' }))).rows;
    expect(row.problems).toHaveLength(4);
  });
});
