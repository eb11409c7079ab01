import { TrendPoint } from '@ex-pulse/contracts';

export interface ChartPoint {
  name: Date;
  value: number;
  min: number;
  max: number;
}

export interface ChartSeries {
  name: string;
  series: ChartPoint[];
}

/**
 * Line segments for ngx-charts, each point carrying its 95% interval (drawn as a band): a withheld
 * or empty point ends a segment, so the chart shows a gap instead of a line through a hidden number.
 */
export function trendSeries(points: readonly TrendPoint[]): ChartSeries[] {
  const segments: ChartSeries[] = [];
  let current: ChartPoint[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push({ name: `segment-${segments.length + 1}`, series: current });
    current = [];
  };
  for (const point of points) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(point.from);
    if (point.withheld || point.enps === null || !match) {
      close();
      continue;
    }
    const name = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    current.push({ name, value: point.enps, min: point.ciLow ?? point.enps, max: point.ciHigh ?? point.enps });
  }
  close();
  return segments;
}
