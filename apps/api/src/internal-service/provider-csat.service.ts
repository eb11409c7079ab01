import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CsatCell, CsatMatrixCell, InternalCsatReport, InternalServiceDepartment, ProviderCsat } from '@ex-pulse/contracts';
import { csatFigures, CsatCounts, monthsOf, parsePeriod, Period, WithheldReason } from '@ex-pulse/domain';
import { DepartmentTree } from '../analytics/filter/department-tree';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeDepartment } from '../org/department-scope.service';
import { ProviderCsatDecision } from './provider-csat-decision';
import { csatRollupOfYear, CsatRollupRow, departmentNames, providerDepartments, providerLinks } from './provider-csat.queries';

/** Counts of one group per month of the year (index 0 = January). */
type Monthly = CsatCounts[];

const emptyYear = (): Monthly => Array.from({ length: 12 }, () => ({ n: 0, satisfied: 0, total: 0, totalSq: 0 }));
const add = (a: CsatCounts, b: CsatCounts): CsatCounts => ({
  n: a.n + b.n, satisfied: a.satisfied + b.satisfied, total: a.total + b.total, totalSq: a.totalSq + b.totalSq,
});
const sumMonths = (m: Monthly, p: Period): CsatCounts => m.slice(p.firstMonth, p.lastMonth + 1).reduce(add, emptyYear()[0]);

const WITHHELD = { n: null, share: null, shareLow: null, shareHigh: null, mean: null, meanLow: null, meanHigh: null };

function cell(counts: CsatCounts, withheld: WithheldReason | null): CsatCell {
  return withheld ? { ...WITHHELD, withheld } : { ...csatFigures(counts), withheld: null };
}

/**
 * Internal CSAT per provider: the provider over the period, its months, and the matrix of
 * consumer departments × providers. Every figure is decided by the dashboards' guard
 * (ProviderCsatDecision): each provider's ratings of the year × the calendar tree × its consumers
 * as one partition, so no figure follows from others by subtraction, across periods or consumers.
 * Decisions depend on the counts only, never on who asks, so a manager (who sees the providers
 * and consumers in their part of the organisation) sees the same withheld cells as HR.
 */
@Injectable()
export class ProviderCsatService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(user: AuthenticatedUser, q: { period?: string; provider?: string }): Promise<InternalCsatReport> {
    const period = parsePeriod(q.period ?? (await this.organisation.today()).slice(0, 4));
    const k = this.config.anonymityK;
    const [rows, flagged, links, tree] = await Promise.all([
      csatRollupOfYear(this.db, period.year, q.provider ?? null),
      providerDepartments(this.db),
      providerLinks(this.db),
      DepartmentTree.load(this.db),
    ]);

    const providerYears = new Map<string, Monthly>();
    const cellYears = new Map<string, Map<string, Monthly>>(); // provider → consumer → months
    for (const r of rows) accumulate(r, providerYears, cellYears);
    // Today's providers, today's links, and whoever was rated in the year.
    const providerIds = new Set([...flagged.map((p) => p.id), ...providerYears.keys()]);
    if (q.provider) for (const id of [...providerIds]) if (id !== q.provider) providerIds.delete(id);
    for (const l of links) {
      if (!providerIds.has(l.providerId)) continue;
      const consumers = cellYears.get(l.providerId) ?? new Map<string, Monthly>();
      if (!consumers.has(l.consumerId)) consumers.set(l.consumerId, emptyYear());
      cellYears.set(l.providerId, consumers);
    }

    const visible = user.visibleDepartmentIds;
    const providers: ProviderCsat[] = [];
    const matrix: CsatMatrixCell[] = [];
    for (const providerId of providerIds) {
      const year = providerYears.get(providerId) ?? emptyYear();
      const consumers = [...(cellYears.get(providerId) ?? new Map<string, Monthly>()).entries()];
      const decision = new ProviderCsatDecision(
        k,
        tree,
        period.year,
        consumers.flatMap(([consumerId, months]) => months.map((m, month) => ({ consumerId, month, n: m.n }))),
      );
      if (canSeeDepartment(visible, providerId)) {
        providers.push({
          provider: { id: providerId, name: '' },
          csat: cell(sumMonths(year, period), decision.provider(period)),
          trend: monthsOf(period).map((m) => ({ month: m.key, ...cell(sumMonths(year, m), decision.provider(m)) })),
        });
      }
      for (const [consumerId, months] of consumers) {
        if (!canSeeDepartment(visible, providerId) && !canSeeDepartment(visible, consumerId)) continue;
        matrix.push({ consumerId, providerId, ...cell(sumMonths(months, period), decision.consumer(consumerId, period)) });
      }
    }

    const names = new Map(
      (await departmentNames(this.db, [...providerIds, ...matrix.map((c) => c.consumerId)])).map((d) => [d.id, d.name]),
    );
    const named = (ids: Iterable<string>): InternalServiceDepartment[] =>
      [...new Set(ids)].map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name));
    for (const p of providers) p.provider.name = names.get(p.provider.id) ?? '';
    providers.sort((a, b) => a.provider.name.localeCompare(b.provider.name));
    return {
      period: period.key,
      from: period.from,
      to: period.to,
      k,
      providers,
      consumers: named(matrix.map((c) => c.consumerId)),
      matrixProviders: named(matrix.map((c) => c.providerId)),
      matrix,
    };
  }
}

function accumulate(r: CsatRollupRow, providerYears: Map<string, Monthly>, cellYears: Map<string, Map<string, Monthly>>): void {
  const month = Number(r.month.slice(5, 7)) - 1;
  const counts = { n: r.n, satisfied: r.satisfied, total: r.total, totalSq: r.totalSq };
  const provider = providerYears.get(r.providerId) ?? emptyYear();
  provider[month] = add(provider[month], counts);
  providerYears.set(r.providerId, provider);
  const consumers = cellYears.get(r.providerId) ?? new Map<string, Monthly>();
  const consumer = consumers.get(r.consumerId) ?? emptyYear();
  consumer[month] = add(consumer[month], counts);
  consumers.set(r.consumerId, consumer);
  cellYears.set(r.providerId, consumers);
}
