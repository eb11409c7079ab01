import type { EmployeeField, EmployeeImportMapping, MappedValueField } from '@ex-pulse/contracts';
import { CsvRecord, readCsvTable } from '../csv-records';
import { EMPLOYEE_CSV_COLUMNS, MAX_IMPORT_ROWS, ParsedEmployeeCsv, readEmployeeRow } from '../employee-csv';
import { ParsedEmployeeRow, employeeRowProblems, isoDates, markDuplicates } from '../employee-row-rules';
import { mappingProblems, normalised } from './mapping-rules';

const fail = (...fileProblems: string[]): ParsedEmployeeCsv => ({ rows: [], fileProblems });

/**
 * Reads the HR system's own CSV through a column mapping: the same file handling as the plain
 * import (UTF-8 with or without BOM, comma or semicolon, line numbers of physical lines), the
 * mapped columns found by name (ignoring case), the other columns ignored, the mapped values
 * translated, the dates read in the chosen format and written as ISO. Rows come out as the plain
 * import's rows, for the same checks and the same transaction.
 */
export function parseMappedEmployeeCsv(input: Buffer, mapping: EmployeeImportMapping): ParsedEmployeeCsv {
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return fail(...problems);
  const table = readCsvTable(input);
  if ('problem' in table) return fail(table.problem);
  const { header, records } = table;
  const index = mappedColumns(header.cells, mapping);
  if ('problem' in index) return fail(index.problem);
  if (records.length === 0) return fail('The file has a header line but no employee rows.');
  if (records.length > MAX_IMPORT_ROWS) {
    return fail(`The file has ${records.length} employee rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it into smaller files.`);
  }
  const translate = valueTranslator(mapping);
  const label = (field: string) => mapping.columns[field as EmployeeField] ?? field;
  const rows = records.map((record) => toRow(record, index.columns, header.cells.length, translate, mapping, label));
  markDuplicates(rows);
  return { rows, fileProblems: [] };
}

/** Where each mapped field's column is in the header; a problem names every mapped column the file lacks. */
function mappedColumns(cells: string[], mapping: EmployeeImportMapping): { columns: Map<EmployeeField, number> } | { problem: string } {
  const positions = new Map(cells.map((cell, i) => [normalised(cell), i] as const).reverse());
  const columns = new Map<EmployeeField, number>();
  const absent: string[] = [];
  for (const field of EMPLOYEE_CSV_COLUMNS) {
    const column = mapping.columns[field];
    if (!column?.trim()) continue;
    const at = positions.get(normalised(column));
    if (at === undefined) absent.push(`"${column}" (for ${field})`);
    else columns.set(field, at);
  }
  if (absent.length === 0) return { columns };
  const s = absent.length === 1 ? '' : 's';
  return {
    problem: `The file has no column${s} ${absent.join(', ')}, which the column mapping names. Its columns are ${cells.map((c) => `"${c}"`).join(', ')}. Change the mapping or the file.`,
  };
}

type Translate = (field: MappedValueField, value: string) => string;

function valueTranslator(mapping: EmployeeImportMapping): Translate {
  const tables = new Map<MappedValueField, Map<string, string>>();
  for (const [field, pairs] of Object.entries(mapping.valueMappings ?? {}) as [MappedValueField, { from: string; to: string }[]][]) {
    tables.set(field, new Map(pairs.map(({ from, to }) => [normalised(from), to.trim()])));
  }
  return (field, value) => (value ? (tables.get(field)?.get(normalised(value)) ?? value) : value);
}

function toRow(
  record: CsvRecord,
  columns: Map<EmployeeField, number>,
  headerLength: number,
  translate: Translate,
  mapping: EmployeeImportMapping,
  label: (field: string) => string,
): ParsedEmployeeRow {
  const { values, problems } = readEmployeeRow(record, columns, headerLength, translate);
  problems.push(...employeeRowProblems(values, { dateFormat: mapping.dateFormat, label }));
  return { line: record.line, ...isoDates(values, mapping.dateFormat), problems };
}
