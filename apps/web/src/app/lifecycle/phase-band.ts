import { PhaseInterval } from '@ex-pulse/contracts';

export interface PhaseSegment extends PhaseInterval {
  /** Share of the band's width, in percent. */
  width: number;
}

const DAY_MS = 86_400_000;
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The timeline as a band: closed intervals as wide as their days, the open ends (before the
 * start, after the last change) shown as a fixed sliver, or up to today when it lies in them.
 */
export function phaseSegments(timeline: readonly PhaseInterval[], today: string): PhaseSegment[] {
  const spans = timeline.map((interval) => {
    if (interval.from !== null && interval.to !== null) return dayNo(interval.to) - dayNo(interval.from) + 1;
    if (interval.from !== null && interval.to === null && today >= interval.from) return dayNo(today) - dayNo(interval.from) + 1;
    return 0;
  });
  const known = spans.reduce((sum, d) => sum + d, 0) || 1;
  // Open ends with no days of their own get 8% of the band, so they stay visible and labelled.
  const open = spans.filter((d) => d === 0).length;
  const rest = 100 - open * 8;
  return timeline.map((interval, i) => ({
    ...interval,
    width: spans[i] === 0 ? 8 : Math.max(2, (spans[i] / known) * rest),
  }));
}
