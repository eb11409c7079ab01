import { isIsoDate, isoDateProblem } from './dates';

/**
 * The ways an HR system may write a date. The admin chooses one per mapping; it is never guessed,
 * because 03.04.2024 and 04/03/2024 are the same day only when the format says so.
 */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD.MM.YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

// Day and month may be written with one digit (1.2.2024); the year always has four.
const SHAPES: Record<Exclude<DateFormat, 'YYYY-MM-DD'>, { pattern: RegExp; order: 'dmy' | 'mdy' }> = {
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: 'dmy' },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'mdy' },
};

export function isDateFormat(value: unknown): value is DateFormat {
  return typeof value === 'string' && (DATE_FORMATS as readonly string[]).includes(value);
}

/**
 * The ISO date ('YYYY-MM-DD') written as `value` in `format`, or null when it is not one.
 * '31.02.2024' in DD.MM.YYYY is null: it has the shape but no such day exists.
 */
export function dateInFormat(value: string, format: DateFormat): string | null {
  if (format === 'YYYY-MM-DD') return isIsoDate(value) ? value : null;
  const { pattern, order } = SHAPES[format];
  const match = pattern.exec(value);
  if (!match) return null;
  const [first, second, year] = [match[1], match[2], match[3]];
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * What is wrong with `value` as a date in `format`, as a sentence naming `label`, or null.
 * For YYYY-MM-DD it is exactly isoDateProblem's sentence.
 */
export function dateInFormatProblem(value: string, format: DateFormat, label: string): string | null {
  if (format === 'YYYY-MM-DD') return isoDateProblem(value, label);
  if (dateInFormat(value, format) !== null) return null;
  if (!SHAPES[format].pattern.test(value)) return `${label} "${value}" is not a date in the form ${format}.`;
  return `${label} ${value} is not a real calendar date (read as ${format}).`;
}
