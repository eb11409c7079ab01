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

/** The series name of the period still running, drawn apart (lighter) from the full periods. */
export const PARTIAL_SERIES = 'so-far';

export interface TrendDrawing {
  /** Line segments for ngx-charts: full periods, then the running one as its own series. */
  series: ChartSeries[];
  /** The x ticks: one per drawn point, thinned to at most `maxTicks` so labels never overlap. */
  ticks: Date[];
  /** Points that could be shown but stand alone between withheld ones: a line chart cannot draw them. */
  isolated: number;
  /** Shown points, the running one included. */
  shown: number;
}

function dateOf(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/**
 * What the trend chart draws, each point carrying its 95% interval (drawn as a band): a withheld
 * or empty point ends a segment, so the chart shows a gap instead of a line through a hidden
 * number. The period still running (partial) is its own lighter series, joined to the last full
 * point before it, so it is not read as a full month or week.
 */
export function trendDrawing(points: readonly TrendPoint[], maxTicks = 12): TrendDrawing {
  const segments: ChartPoint[][] = [];
  let current: ChartPoint[] = [];
  let partial: ChartPoint[] = [];
  let shown = 0;
  const close = (): void => {
    if (current.length > 0) segments.push(current);
    current = [];
  };
  for (const point of points) {
    const name = dateOf(point.from);
    if (point.withheld || point.enps === null || !name) {
      close();
      continue;
    }
    shown++;
    const drawn = { name, value: point.enps, min: point.ciLow ?? point.enps, max: point.ciHigh ?? point.enps };
    if (point.partial) {
      partial = [...current.slice(-1), drawn];
      close();
    } else {
      current.push(drawn);
    }
  }
  close();
  const drawnSegments = segments.filter((s) => s.length > 1);
  const lone = segments.filter((s) => s.length === 1).length;
  // A lone full point just before the running one is drawn with it; a running point alone is not.
  const joined = partial.length === 2 && segments.at(-1)?.length === 1 ? 1 : 0;
  const isolated = lone - joined + (partial.length === 1 ? 1 : 0);
  const series: ChartSeries[] = drawnSegments.map((s, i) => ({ name: `segment-${i + 1}`, series: s }));
  if (partial.length === 2) series.push({ name: PARTIAL_SERIES, series: partial });
  const dates = [...new Map(series.flatMap((s) => s.series).map((p) => [p.name.getTime(), p.name])).values()].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const step = Math.max(1, Math.ceil(dates.length / maxTicks));
  return { series, ticks: dates.filter((_, i) => i % step === 0), isolated, shown };
}
