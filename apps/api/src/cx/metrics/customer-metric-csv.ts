import type { CustomerMetricInput } from '@ex-pulse/domain';
import { CsvRecord, csvHeaderColumns, readCsvTable } from '../../org/import/csv-records';
import type { IncomingMetricRow } from './incoming-metric-row';

export const CUSTOMER_METRIC_CSV_COLUMNS = [
  'unit', 'unit_id', 'month', 'metric', 'criterion', 'n', 'promoters', 'passives', 'detractors',
  'csat_1', 'csat_2', 'csat_3', 'csat_4', 'csat_5', 'csat_share', 'ces_mean', 'share_top', 'share_bottom',
] as const;
type Column = (typeof CUSTOMER_METRIC_CSV_COLUMNS)[number];

export const MAX_METRIC_ROWS = 20_000;

export interface ParsedMetricCsv {
  rows: IncomingMetricRow[];
  /** Problems with the file as a whole; when any, `rows` is empty. */
  fileProblems: string[];
}

const fail = (...fileProblems: string[]): ParsedMetricCsv => ({ rows: [], fileProblems });

/**
 * Reads a customer-score CSV (UTF-8 with or without BOM, comma or semicolon, CRLF or LF): one row
 * per unit, month, metric and criterion. Cells become numbers here; the domain checks the rules.
 * A decimal comma ("0,82") is read as a decimal point.
 */
export function parseCustomerMetricCsv(input: Buffer): ParsedMetricCsv {
  const table = readCsvTable(input);
  if ('problem' in table) return fail(table.problem);
  const { header, records } = table;
  const columns = headerColumns(header.cells);
  if ('problems' in columns) return fail(...columns.problems);
  if (records.length === 0) return fail('The file has a header line but no rows of scores.');
  if (records.length > MAX_METRIC_ROWS) {
    return fail(`The file has ${records.length} rows; at most ${MAX_METRIC_ROWS} can be imported at once. Split it into smaller files.`);
  }
  return { rows: records.map((r) => toRow(r, columns.index, header.cells.length)), fileProblems: [] };
}

type ColumnIndex = Map<Column, number>;

function headerColumns(cells: string[]) {
  return csvHeaderColumns(cells, CUSTOMER_METRIC_CSV_COLUMNS, (index) => [
    ...(!index.has('unit') && !index.has('unit_id') ? ['unit (or unit_id)'] : []),
    ...(['month', 'metric'] as const).filter((c) => !index.has(c)),
  ]);
}

function toRow(record: CsvRecord, columns: ColumnIndex, headerLength: number): IncomingMetricRow {
  const problems: string[] = [];
  if (record.cells.length !== headerLength) {
    problems.push(
      `The row has ${record.cells.length} values but the header has ${headerLength} columns; look for a missing separator or an unquoted value that contains one.`,
    );
  }
  const cell = (column: Column): string => {
    const i = columns.get(column);
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const number = (column: Column): number | null => {
    const raw = cell(column);
    if (raw === '') return null;
    const normalised = /^[+-]?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    // NaN for text that is not a number: the domain rules report it ("n is not a number.").
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised) ? Number(normalised) : NaN;
  };
  const input: CustomerMetricInput = {
    month: cell('month'),
    metric: cell('metric'),
    criterion: cell('criterion') || null,
    n: number('n'),
    promoters: number('promoters'),
    passives: number('passives'),
    detractors: number('detractors'),
    csatCounts: [number('csat_1'), number('csat_2'), number('csat_3'), number('csat_4'), number('csat_5')],
    csatShare: number('csat_share'),
    cesMean: number('ces_mean'),
    shareTop: number('share_top'),
    shareBottom: number('share_bottom'),
  };
  return { row: record.line, unit: cell('unit') || null, unitId: cell('unit_id') || null, input, problems };
}
