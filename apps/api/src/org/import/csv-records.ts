import { CsvError, parse } from 'csv-parse/sync';

/** One CSV record: the physical line it starts on (the first line being 1) and its trimmed cells. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The text, or a problem naming the line of the first byte that is not UTF-8. */
export function decodeUtf8(input: Buffer): string | { problem: string } {
  try {
    // The decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    let line = 1;
    for (let start = 0; start < input.length; line++) {
      const end = input.indexOf(0x0a, start);
      const stop = end === -1 ? input.length : end;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(start, stop));
      } catch {
        break;
      }
      start = stop + 1;
    }
    return {
      problem: `The file is not UTF-8 text (the first invalid character is on line ${line}). Save it as "CSV UTF-8" and upload it again.`,
    };
  }
}

/** Semicolon when the first non-blank line has more semicolons than commas outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The non-blank records of `body` (UTF-8 without BOM), each with the line it starts on, or the
 * reason it is not valid CSV, naming the line.
 */
export function readRecords(body: Buffer, delimiter: string): { records: CsvRecord[] } | { problem: string } {
  const lineAt = lineCounter(body);
  const records: CsvRecord[] = [];
  let lastEnd = 0; // byte offset after the last complete record
  try {
    parse(body, {
      delimiter,
      record_delimiter: ['\r\n', '\n'],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // info.lines miscounts CRLF inside quotes, so lines come from byte offsets: a record starts
      // at the first non-blank byte after the previous record's end (context.bytes).
      on_record: (record: string[], context) => {
        const line = lineAt(contentStart(body, lastEnd));
        lastEnd = context.bytes;
        const cells = record.map((cell) => cell.trim());
        if (cells.some((cell) => cell !== '')) records.push({ line, cells });
        return null;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { problem: csvProblem(error, lineAt(contentStart(body, lastEnd))) };
  }
}

/** Line (from 1) of a byte offset; offsets must not decrease from one call to the next. */
function lineCounter(body: Buffer): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position++) if (body[position] === 0x0a) line++;
    return line;
  };
}

function contentStart(body: Buffer, from: number): number {
  let i = from;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0d || body[i] === 0x0a)) i++;
  return i;
}

/** `line`: where the record that failed starts. */
function csvProblem(error: CsvError, line: number): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return `The quoted value that starts on line ${line} is never closed; add the missing closing quote (").`;
  }
  if (error.code === 'INVALID_OPENING_QUOTE') {
    return `Line ${line} has a quote inside a value that is not quoted; put the whole value in quotes and write the quote inside it twice ("").`;
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return `Line ${line} has text right after a closing quote; put the whole value in quotes and write any quote inside it twice ("").`;
  }
  return `Line ${line} is not valid CSV (${error.message}).`;
}

/**
 * A whole CSV file as its header and records: UTF-8 (a BOM is dropped), comma or semicolon as
 * found, CRLF or LF. A problem with the file as a whole comes back as `problem`.
 */
export function readCsvTable(input: Buffer): { header: CsvRecord; records: CsvRecord[] } | { problem: string } {
  const text = decodeUtf8(input);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return { problem: 'The file is empty.' };
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const parsed = readRecords(hasBom ? input.subarray(3) : input, detectDelimiter(text));
  if ('problem' in parsed) return parsed;
  const [header, ...records] = parsed.records;
  if (!header) return { problem: 'The file is empty.' };
  return { header, records };
}

/**
 * Maps a header line to its known columns (names compared in lower case, spaces and dashes as
 * underscores). Problems: unknown or repeated names, and the required columns `missing` reports.
 */
export function csvHeaderColumns<C extends string>(
  cells: string[],
  known: readonly C[],
  missing: (index: Map<C, number>) => string[],
): { index: Map<C, number> } | { problems: string[] } {
  const index = new Map<C, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((cell, i) => {
    const name = cell.toLowerCase().replace(/[\s-]+/g, '_');
    const column = known.find((c) => c === name);
    if (!column) unknown.push(cell === '' ? `(empty, column ${i + 1})` : cell);
    else if (index.has(column)) repeated.push(column);
    else index.set(column, i);
  });
  const absent = missing(index);
  const s = (items: unknown[]) => (items.length === 1 ? '' : 's');
  const problems: string[] = [];
  if (absent.length > 0) problems.push(`The header is missing the required column${s(absent)} ${absent.join(', ')}.`);
  if (unknown.length > 0) {
    problems.push(`The header has unknown column${s(unknown)} ${unknown.join(', ')}; the columns are ${known.join(', ')}.`);
  }
  if (repeated.length > 0) problems.push(`The header names ${repeated.join(', ')} more than once.`);
  return problems.length > 0 ? { problems } : { index };
}
