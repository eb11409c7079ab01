import { CsatCell } from '@ex-pulse/contracts';

/** "64%" for a CSAT share; null when withheld. */
export const percent = (value: number | null): string | null => (value === null ? null : `${Math.round(value)}%`);
/** "3.6" for a mean on the 1–5 scale. */
export const oneDecimal = (value: number | null): string | null => (value === null ? null : value.toFixed(1));

/** A cell's share with its interval, e.g. { main: '64%', range: '35–85%' }; null when withheld. */
export function shareText(c: CsatCell): { main: string; range: string | null } | null {
  if (c.withheld || c.share === null) return null;
  const range = c.shareLow === null || c.shareHigh === null ? null : `${Math.round(c.shareLow)}–${Math.round(c.shareHigh)}%`;
  return { main: percent(c.share)!, range };
}

export function meanText(c: CsatCell): { main: string; range: string | null } | null {
  if (c.withheld || c.mean === null) return null;
  const range = c.meanLow === null || c.meanHigh === null ? null : `${c.meanLow.toFixed(1)}–${c.meanHigh.toFixed(1)}`;
  return { main: oneDecimal(c.mean)!, range };
}

/** The periods offered: this year and last, their halves and quarters. */
export function periodChoices(thisYear: number): string[] {
  const out: string[] = [];
  for (const year of [thisYear, thisYear - 1]) {
    out.push(`${year}`, `${year}-H1`, `${year}-H2`, `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`);
  }
  return out;
}
