import { enpsFromCounts, oneDecimal, WithheldReason } from '@ex-pulse/domain';
import type { EnpsCell } from '@ex-pulse/contracts';

/** Running totals of one group. */
export class Tally {
  promoters = 0;
  passives = 0;
  detractors = 0;
  invited = 0;

  get n(): number {
    return this.promoters + this.passives + this.detractors;
  }

  add(other: { promoters: number; passives: number; detractors: number; invited: number }): this {
    this.promoters += other.promoters;
    this.passives += other.passives;
    this.detractors += other.detractors;
    this.invited += other.invited;
    return this;
  }
}


const oneDecimalOrNull = (x: number | null) => (x === null ? null : oneDecimal(x));

/** The wire form of a group: numbers only when it is not withheld. */
export function enpsCell(key: string, label: string, tally: Tally, withheld: WithheldReason | null): EnpsCell {
  if (withheld) {
    return {
      key, label, withheld, n: null, invited: null, enps: null, ciLow: null, ciHigh: null,
      promoters: null, passives: null, detractors: null, responseRate: null, indicative: false,
    };
  }
  // invited < 0: the population is not known (filters an invitation does not record), so no correction.
  // Responses may arrive in the window from invitations sent just before it: the population is at least n.
  const known = tally.invited >= 0;
  const result = enpsFromCounts(tally, known ? Math.max(tally.invited, tally.n) : undefined);
  return {
    key,
    label,
    withheld: null,
    n: result.n,
    invited: known ? tally.invited : null,
    enps: oneDecimalOrNull(result.enps),
    ciLow: oneDecimalOrNull(result.ciLow),
    ciHigh: oneDecimalOrNull(result.ciHigh),
    promoters: result.promoters,
    passives: result.passives,
    detractors: result.detractors,
    responseRate: known && tally.invited > 0 ? Math.min(1, result.n / tally.invited) : null,
    indicative: result.indicative,
  };
}
