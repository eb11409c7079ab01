import { DomainError } from './domain-error';

/*
 * ISO calendar dates ('YYYY-MM-DD') as plain strings, with pure proleptic-Gregorian
 * arithmetic on day numbers: no Date objects, no time zones, no clock.
 * Years 0001–9999 only, so every result can be written back as 'YYYY-MM-DD'.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function parse(s: unknown): Ymd | null {
  if (typeof s !== 'string') return null;
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function format({ y, m, d }: Ymd): string {
  if (y < MIN_YEAR || y > MAX_YEAR) {
    throw new DomainError(`The date falls outside the years 0001–9999 (year ${y}).`);
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (H. Hinnant's civil_from_days). */
function fromDayNumber(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * What is wrong with `s` as an ISO date, as a sentence naming `label`, or null when it is fine.
 * Used by assertIsoDate and by the validators that report several problems at once.
 */
export function isoDateProblem(s: unknown, label: string): string | null {
  if (s === undefined || s === null || s === '') {
    return `${label} is missing; give a date in the form YYYY-MM-DD.`;
  }
  if (typeof s !== 'string') {
    return `${label} must be a date in the form YYYY-MM-DD, not a ${typeof s}.`;
  }
  const match = ISO_DATE.exec(s);
  if (!match) return `${label} "${s}" is not a date in the form YYYY-MM-DD.`;
  if (Number(match[1]) < MIN_YEAR) return `${label} ${s} is outside the years 0001–9999.`;
  if (!parse(s)) return `${label} ${s} is not a real calendar date.`;
  return null;
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2023-02-29' is false). */
export function isIsoDate(s: string): boolean {
  return parse(s) !== null;
}

/** Throws DomainError naming `field` unless `s` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(s: string, field: string): void {
  const problem = isoDateProblem(s, field);
  if (problem) throw new DomainError(problem);
}

function parseOrThrow(s: string, field: string): Ymd {
  const ymd = parse(s);
  if (!ymd) throw new DomainError(isoDateProblem(s, field) ?? `${field} is not a date.`);
  return ymd;
}

function assertWhole(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new DomainError(`${what} must be a whole number, got ${n}.`);
}

/** `to` − `from` in days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(parseOrThrow(to, 'To date')) - toDayNumber(parseOrThrow(from, 'From date'));
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const ymd = parseOrThrow(date, 'Date');
  assertWhole(days, 'Number of days');
  return format(fromDayNumber(toDayNumber(ymd) + days));
}

/**
 * The same day `months` months later (earlier when negative), clamped to the end of the
 * target month: addMonths('2024-01-31', 1) = '2024-02-29'.
 */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseOrThrow(date, 'Date');
  assertWhole(months, 'Number of months');
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  if (ty < MIN_YEAR || ty > MAX_YEAR) {
    throw new DomainError(`The date falls outside the years 0001–9999 (year ${ty}).`);
  }
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/** The first day of the date's month: '2024-05-17' → '2024-05-01'. */
export function monthStart(date: string): string {
  const { y, m } = parseOrThrow(date, 'Date');
  return format({ y, m, d: 1 });
}
