import { DataSource } from 'typeorm';
import { auditShownFigures, parsePeriod, type Period, type WithheldReason } from '@ex-pulse/domain';
import type { DepartmentTree } from '../analytics/filter/department-tree';
import { CellDecider } from '../analytics/guard/cell-decider';
import { ALL_PHASES } from '../analytics/guard/cell-space';
import { MonthlyCount, MonthlyCounts } from '../analytics/guard/monthly-counts';
import { csatRollupOfYear } from './provider-csat.queries';

/** One provider's ratings of one year: how many a consumer department gave in a month (0–11). */
export interface ConsumerMonth {
  consumerId: string;
  month: number;
  n: number;
}

/**
 * Which of one provider's figures of a year may be shown, decided by the dashboards' guard: the
 * provider's ratings × the calendar tree (year, halves, quarters, months) × its consumer
 * departments as one partition. So a consumer's month is never the provider's month minus the
 * other consumers', nor its quarter minus its other months, and a provider's month never follows
 * from its quarter: the internal-service report and the linkage page (which shows the provider's
 * months) take their verdicts from here, whoever asks.
 */
export class ProviderCsatDecision {
  private readonly verdicts: Map<string, WithheldReason | null>;
  private readonly consumers: ReadonlySet<string>;

  constructor(k: number, tree: DepartmentTree, year: number, ratings: readonly ConsumerMonth[]) {
    const consumers = [...new Set(ratings.filter((r) => r.n > 0).map((r) => r.consumerId))].sort();
    this.consumers = new Set(consumers);
    const rows: MonthlyCount[] = ratings.map((r) => ({ department: null, value: r.consumerId, month: r.month, n: r.n }));
    // No departments below the provider's total: its consumers are the one segment.
    const decider = new CellDecider(k, tree, new MonthlyCounts(tree, rows), { values: consumers, selected: ALL_PHASES }, 'none', false);
    // The line rules see one partition at a time; the exact audit then hides what combinations of
    // several would still give away (a consumer × month table is small enough to audit exactly).
    const periods = periodsOfYear(year);
    const groups = [ALL_PHASES, ...consumers];
    const atomN = consumers.flatMap((c) => Array.from({ length: 12 }, (_, m) => decider.series(null, c).monthlyN()[m]));
    const atomsOf = (group: string, p: Period) =>
      consumers.flatMap((c, ci) => (group === ALL_PHASES || group === c ? range(p.firstMonth, p.lastMonth).map((m) => ci * 12 + m) : []));
    const figures = groups.flatMap((g) => periods.map((p) => ({ key: `${g}|${p.key}`, atoms: atomsOf(g, p), verdict: decider.organisation(g, p) })));
    const hidden = new Set(auditShownFigures(atomN, figures.map((f) => ({ atoms: f.atoms, shown: f.verdict === null })), k));
    this.verdicts = new Map(figures.map((f, i) => [f.key, hidden.has(i) ? 'subtraction' : f.verdict]));
  }

  /** The provider's own figure over a period of the year. */
  provider(period: Period): WithheldReason | null {
    return this.verdict(ALL_PHASES, period);
  }

  /** One consumer department's ratings of the provider over a period (a consumer without any: too few). */
  consumer(consumerId: string, period: Period): WithheldReason | null {
    return this.consumers.has(consumerId) ? this.verdict(consumerId, period) : 'too_few';
  }

  private verdict(group: string, period: Period): WithheldReason | null {
    const key = `${group}|${period.key}`;
    if (!this.verdicts.has(key)) throw new Error(`${period.key} is not a period of this decision's year.`);
    return this.verdicts.get(key)!;
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The year, its halves, quarters and months. */
function periodsOfYear(year: number): Period[] {
  const keys = [`${year}`, `${year}-H1`, `${year}-H2`, ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`)];
  for (let m = 1; m <= 12; m++) keys.push(`${year}-${String(m).padStart(2, '0')}`);
  return keys.map(parsePeriod);
}

/** Every provider's decision of one year, from the rollup (for pages that show providers' months, e.g. the linkage). */
export async function providerDecisionsOfYear(
  db: DataSource,
  k: number,
  tree: DepartmentTree,
  year: number,
): Promise<Map<string, ProviderCsatDecision>> {
  const byProvider = new Map<string, ConsumerMonth[]>();
  for (const r of await csatRollupOfYear(db, year, null)) {
    const ratings = byProvider.get(r.providerId) ?? [];
    ratings.push({ consumerId: r.consumerId, month: Number(r.month.slice(5, 7)) - 1, n: r.n });
    byProvider.set(r.providerId, ratings);
  }
  return new Map([...byProvider].map(([provider, ratings]) => [provider, new ProviderCsatDecision(k, tree, year, ratings)]));
}
