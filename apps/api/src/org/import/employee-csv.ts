import type { MappedValueField } from '@ex-pulse/contracts';
import { CsvRecord, csvHeaderColumns, readCsvTable } from './csv-records';
import { EmployeeRowValues, ParsedEmployeeRow, employeeRowProblems, markDuplicates } from './employee-row-rules';

export type { ParsedEmployeeRow } from './employee-row-rules';

export const EMPLOYEE_CSV_COLUMNS = [
  'external_id', 'name', 'work_email', 'personal_email', 'department', 'manager_external_id',
  'location', 'language', 'start_date', 'notice_date', 'end_date',
] as const;
export type EmployeeCsvColumn = (typeof EMPLOYEE_CSV_COLUMNS)[number];

/** Columns the header must name; the others may be left out of the file. */
export const REQUIRED_CSV_COLUMNS: readonly EmployeeCsvColumn[] = [
  'external_id', 'name', 'work_email', 'department', 'location', 'language', 'start_date',
];
export const MAX_IMPORT_ROWS = 50_000;

export interface ParsedEmployeeCsv {
  rows: ParsedEmployeeRow[];
  /** Problems with the file as a whole; when any, `rows` is empty. */
  fileProblems: string[];
}

const fail = (...fileProblems: string[]): ParsedEmployeeCsv => ({ rows: [], fileProblems });

/**
 * Reads an employee CSV (UTF-8 with or without BOM, comma or semicolon, CRLF or LF) and checks
 * each row on its own. Blank lines are skipped, yet line numbers count every physical line.
 */
export function parseEmployeeCsv(input: Buffer): ParsedEmployeeCsv {
  const table = readCsvTable(input);
  if ('problem' in table) return fail(table.problem);
  const { header, records } = table;
  const columns = headerColumns(header.cells);
  if ('problems' in columns) return fail(...columns.problems);
  if (records.length === 0) return fail('The file has a header line but no employee rows.');
  if (records.length > MAX_IMPORT_ROWS) {
    return fail(`The file has ${records.length} employee rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it into smaller files.`);
  }
  const rows = records.map((record) => toRow(record, columns.index, header.cells.length));
  markDuplicates(rows);
  return { rows, fileProblems: [] };
}

type ColumnIndex = Map<EmployeeCsvColumn, number>;

function headerColumns(cells: string[]) {
  return csvHeaderColumns(cells, EMPLOYEE_CSV_COLUMNS, (index) => REQUIRED_CSV_COLUMNS.filter((c) => !index.has(c)));
}

function toRow(record: CsvRecord, columns: ColumnIndex, headerLength: number): ParsedEmployeeRow {
  const { values, problems } = readEmployeeRow(record, columns, headerLength);
  problems.push(...employeeRowProblems(values));
  return { line: record.line, ...values, problems };
}

/**
 * One record's values, read through the index of the file column that holds each field (the plain
 * import's header, or a saved column mapping), the department, location and language passed through
 * `translate` (a mapping's value table); and the problem of a record whose length is not the header's.
 */
export function readEmployeeRow(
  record: CsvRecord,
  columns: ReadonlyMap<EmployeeCsvColumn, number>,
  headerLength: number,
  translate: (field: MappedValueField, value: string) => string = (_, value) => value,
): { values: EmployeeRowValues; problems: string[] } {
  const cell = (column: EmployeeCsvColumn): string => {
    const i = columns.get(column);
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const optional = (column: EmployeeCsvColumn): string | null => cell(column) || null;
  const values: EmployeeRowValues = {
    externalId: cell('external_id'),
    name: cell('name'),
    workEmail: cell('work_email'),
    personalEmail: optional('personal_email'),
    department: translate('department', cell('department')),
    managerExternalId: optional('manager_external_id'),
    location: translate('location', cell('location')),
    language: translate('language', cell('language')).toLowerCase(),
    startDate: cell('start_date'),
    noticeDate: optional('notice_date'),
    endDate: optional('end_date'),
  };
  const problems: string[] = [];
  if (record.cells.length !== headerLength) {
    problems.push(
      `The row has ${record.cells.length} values but the header has ${headerLength} columns; look for a missing separator or an unquoted value that contains one.`,
    );
  }
  return { values, problems };
}
