import { periodKind } from '../analytics/analytics-format';

/*
 * Calendar periods, the only windows the API's reports over time accept: a year ("2026"), a half
 * ("2026-H1"), a quarter ("2026-Q2") or a month ("2026-05"). They nest, so no two windows differ by
 * a few people's figures (README, "Anonymity").
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD in the browser's time zone. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A period key as written in a URL, or null when it is not one. */
export function calendarPeriodOrNull(value: string | null | undefined): string | null {
  if (!value || !periodKind(value)) return null;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  return month && (Number(month[1]) < 1 || Number(month[1]) > 12) ? null : value;
}

/** The months of a period, 1-based and inclusive. */
function monthSpan(key: string): [number, number] {
  const [, part] = key.split('-');
  switch (periodKind(key)) {
    case 'half':
      return [6 * Number(part[1]) - 5, 6 * Number(part[1])];
    case 'quarter':
      return [3 * Number(part[1]) - 2, 3 * Number(part[1])];
    case 'month':
      return [Number(part), Number(part)];
    default:
      return [1, 12];
  }
}

/** The first and last day of a period, YYYY-MM-DD. */
export function periodDays(key: string): { from: string; to: string } {
  const year = Number(key.slice(0, 4));
  const [first, last] = monthSpan(key);
  const end = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(end)}` };
}

/** The period of the same kind as `key` that holds the day. */
export function periodOfDay(key: string, day: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  switch (periodKind(key)) {
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'month':
      return day.slice(0, 7);
    default:
      return year;
  }
}

/** Newest first: each of the last `years` years, then its halves, quarters and months that have begun by `today`. */
export function calendarPeriodChoices(today: string, years = 5): string[] {
  const out: string[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year > thisYear - years; year--) {
    const keys = [
      `${year}`, `${year}-H2`, `${year}-H1`, `${year}-Q4`, `${year}-Q3`, `${year}-Q2`, `${year}-Q1`,
      ...Array.from({ length: 12 }, (_, i) => `${year}-${pad(12 - i)}`),
    ];
    out.push(...keys.filter((key) => periodDays(key).from <= today));
  }
  return out;
}
