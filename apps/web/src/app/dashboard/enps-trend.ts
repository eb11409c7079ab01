import { EnpsCell } from '@ex-pulse/contracts';
import { monthDate } from './enps-format';

export type MonthCell = EnpsCell & { month: string };

export interface TrendPoint {
  name: Date;
  value: number;
  min: number;
  max: number;
}

export interface TrendSeries {
  name: string;
  series: TrendPoint[];
}

/**
 * Line segments for ngx-charts: a withheld (or empty) month ends a segment, so the chart shows a
 * gap there instead of drawing a line through a number we may not show.
 */
export function trendSegments(months: readonly MonthCell[]): TrendSeries[] {
  const segments: TrendSeries[] = [];
  let current: TrendPoint[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push({ name: `segment-${segments.length + 1}`, series: current });
    current = [];
  };
  for (const cell of months) {
    const date = monthDate(cell.month);
    if (cell.withheld || cell.enps === null || !date) {
      close();
      continue;
    }
    current.push({ name: date, value: cell.enps, min: cell.ciLow ?? cell.enps, max: cell.ciHigh ?? cell.enps });
  }
  close();
  return segments;
}
