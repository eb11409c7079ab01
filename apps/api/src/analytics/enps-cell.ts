import { enpsFromCounts, EnpsResult, oneDecimal, WithheldReason } from '@ex-pulse/domain';
import type { EnpsCell } from '@ex-pulse/contracts';

/** Running totals of one group. */
export class Tally {
  promoters = 0;
  passives = 0;
  detractors = 0;
  /** Invitations whose answer window overlaps the period (YearSeries.tally); null when not known. */
  invited: number | null = 0;

  get n(): number {
    return this.promoters + this.passives + this.detractors;
  }

  add(other: { promoters: number; passives: number; detractors: number; invited: number | null }): this {
    this.promoters += other.promoters;
    this.passives += other.passives;
    this.detractors += other.detractors;
    this.invited = this.invited === null || other.invited === null ? null : this.invited + other.invited;
    return this;
  }
}

/**
 * The population N for the interval's finite-population correction and the response rate: the
 * invitations counted for the period, when known and at least the answers. Fewer invitations than
 * answers happen when people answered in another segment than they were invited in (a move of
 * department, a phase that changed between invitation and answer): then N does not describe these
 * answers, and there is no correction rather than a population raised to n.
 */
export function populationOf(n: number, invited: number | null): number | null {
  return invited !== null && invited >= n ? invited : null;
}

const oneDecimalOrNull = (x: number | null) => (x === null ? null : oneDecimal(x));

/**
 * The interval to one decimal, as shown. Only a census has zero width: a sample whose interval is
 * narrower than the rounding (thousands of answers from nearly everyone invited) is rounded
 * outwards, so it never reads as exact.
 */
function shownInterval(r: EnpsResult): [number | null, number | null] {
  const low = oneDecimalOrNull(r.ciLow);
  const high = oneDecimalOrNull(r.ciHigh);
  if (r.census || low === null || high === null || low < high) return [low, high];
  return [Math.floor(r.ciLow! * 10) / 10, Math.ceil(r.ciHigh! * 10) / 10];
}

/** The wire form of a group: numbers only when it is not withheld. */
export function enpsCell(key: string, label: string, tally: Tally, withheld: WithheldReason | null): EnpsCell {
  if (withheld) {
    return {
      key, label, withheld, n: null, invited: null, enps: null, ciLow: null, ciHigh: null,
      promoters: null, passives: null, detractors: null, responseRate: null, indicative: false, census: false,
    };
  }
  const population = populationOf(tally.n, tally.invited);
  const result = enpsFromCounts(tally, population);
  const [ciLow, ciHigh] = shownInterval(result);
  return {
    key,
    label,
    withheld: null,
    n: result.n,
    invited: tally.invited,
    enps: oneDecimalOrNull(result.enps),
    ciLow,
    ciHigh,
    promoters: result.promoters,
    passives: result.passives,
    detractors: result.detractors,
    responseRate: population !== null && population > 0 ? result.n / population : null,
    indicative: result.indicative,
    census: result.census,
  };
}
