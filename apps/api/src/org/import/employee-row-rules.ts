import type { PreviewRow } from '@ex-pulse/contracts';
import { DateFormat, dateInFormat, dateInFormatProblem, employmentDateProblems } from '@ex-pulse/domain';

/**
 * One employee row of the CSV, cells trimmed: the preview's row (line = the physical line where the
 * record starts, the header being line 1; language lower case), with `problems`, the row's own
 * (no database needed), where the preview says `reasons`.
 */
export type ParsedEmployeeRow = Omit<PreviewRow, 'reasons'> & { problems: string[] };

export type EmployeeRowValues = Omit<ParsedEmployeeRow, 'line' | 'problems'>;

export const MAX_TEXT_LENGTH = 200;
const MAX_EMAIL_LENGTH = 254;
const LANGUAGES = ['en', 'et'];
const EMAIL = /^[^\s@",;<>()]+@[^\s@",;<>().]+(\.[^\s@",;<>().]+)+$/;

const REQUIRED: [keyof EmployeeRowValues, string][] = [
  ['externalId', 'external_id'],
  ['name', 'name'],
  ['workEmail', 'work_email'],
  ['department', 'department'],
  ['location', 'location'],
  ['language', 'language'],
  ['startDate', 'start_date'],
];

export interface RowRuleOptions {
  /** How the row's dates are written (ISO unless a column mapping says otherwise). */
  dateFormat?: DateFormat;
  /** How a problem names a column: our name by default, the file's own through a mapping. */
  label?: (column: string) => string;
}

/**
 * Every problem of one row that can be seen without other rows or the database. The dates are
 * read in `dateFormat`; use `isoDates` to write them afterwards.
 */
export function employeeRowProblems(row: EmployeeRowValues, options: RowRuleOptions = {}): string[] {
  const label = options.label ?? ((column: string) => column);
  const problems: string[] = [];
  for (const [key, column] of REQUIRED) {
    if (!row[key]) problems.push(`The ${label(column)} column is empty; it is required.`);
  }
  emailProblem(row.workEmail, label('work_email'), problems);
  emailProblem(row.personalEmail, label('personal_email'), problems);
  if (row.language && !LANGUAGES.includes(row.language)) {
    problems.push(`${label('language')} "${row.language}" is not supported; use en (English) or et (Estonian).`);
  }
  lengthProblem(row.name, label('name'), problems);
  lengthProblem(row.location, label('location'), problems);
  if (row.managerExternalId && row.managerExternalId === row.externalId) {
    problems.push(`${label('manager_external_id')} ${row.managerExternalId} is the employee's own external id; leave it empty or name their manager.`);
  }
  problems.push(...dateProblems(row, options.dateFormat ?? 'YYYY-MM-DD', label));
  return problems;
}

/** The row's dates rewritten from `format` to ISO; a date that does not read stays as written. */
export function isoDates<R extends Pick<EmployeeRowValues, 'startDate' | 'noticeDate' | 'endDate'>>(row: R, format: DateFormat): R {
  const iso = (value: string) => dateInFormat(value, format) ?? value;
  return {
    ...row,
    startDate: row.startDate ? iso(row.startDate) : row.startDate,
    noticeDate: row.noticeDate ? iso(row.noticeDate) : row.noticeDate,
    endDate: row.endDate ? iso(row.endDate) : row.endDate,
  };
}

function emailProblem(value: string | null, column: string, problems: string[]): void {
  if (!value) return;
  if (value.length > MAX_EMAIL_LENGTH || !EMAIL.test(value)) {
    problems.push(`${column} "${value}" is not an email address.`);
  }
}

function lengthProblem(value: string, column: string, problems: string[]): void {
  const length = [...value].length;
  if (length > MAX_TEXT_LENGTH) {
    problems.push(`${column} is ${length} characters long; at most ${MAX_TEXT_LENGTH} are allowed.`);
  }
}

/** Format of each date (naming the column and the value), then their order when all are real dates. */
function dateProblems(row: EmployeeRowValues, format: DateFormat, label: (column: string) => string): string[] {
  const formatProblems = (
    [
      [row.startDate || null, 'start_date'],
      [row.noticeDate, 'notice_date'],
      [row.endDate, 'end_date'],
    ] as const
  )
    .map(([value, column]) => (value ? dateInFormatProblem(value, format, label(column)) : null))
    .filter((problem): problem is string => problem !== null);
  if (formatProblems.length > 0 || !row.startDate) return formatProblems;
  const dates = isoDates(row, format);
  return employmentDateProblems({ startDate: dates.startDate, noticeDate: dates.noticeDate, endDate: dates.endDate });
}

/**
 * Adds a problem to the second and later rows repeating an external id (exactly) or a work
 * email (ignoring case), naming the line of the first occurrence.
 */
export function markDuplicates(rows: ParsedEmployeeRow[]): void {
  const firstById = new Map<string, number>();
  const firstByEmail = new Map<string, ParsedEmployeeRow>();
  for (const row of rows) {
    if (row.externalId) {
      const first = firstById.get(row.externalId);
      if (first === undefined) firstById.set(row.externalId, row.line);
      else row.problems.push(`External id ${row.externalId} appears already on line ${first}.`);
    }
    if (row.workEmail) {
      const key = row.workEmail.toLowerCase();
      const first = firstByEmail.get(key);
      if (first === undefined) firstByEmail.set(key, row);
      else {
        const whose = first.externalId ? ` (external id ${first.externalId})` : '';
        row.problems.push(`Work email ${row.workEmail} appears already on line ${first.line}${whose}.`);
      }
    }
  }
}
