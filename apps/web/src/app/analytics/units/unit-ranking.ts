import { EnpsCell } from '@ex-pulse/contracts';

export interface UnitRanking {
  /** Units with a figure, best eNPS first (ties by name). */
  shown: EnpsCell[];
  /** Withheld units and units without answers, by name. */
  hidden: EnpsCell[];
}

const byName = (a: EnpsCell, b: EnpsCell): number => a.label.localeCompare(b.label);

/** The API ranks already; ranking again here keeps the chart honest whatever order arrives. */
export function rankUnits(units: readonly EnpsCell[]): UnitRanking {
  const shown = units.filter((u) => !u.withheld && u.enps !== null);
  const hidden = units.filter((u) => u.withheld || u.enps === null);
  return {
    shown: [...shown].sort((a, b) => (b.enps ?? 0) - (a.enps ?? 0) || byName(a, b)),
    hidden: [...hidden].sort(byName),
  };
}

/** Where a score sits on the chart's −100..100 axis, as a share of the plot width. */
export function axisShare(value: number): number {
  return (Math.max(-100, Math.min(100, value)) + 100) / 200;
}
