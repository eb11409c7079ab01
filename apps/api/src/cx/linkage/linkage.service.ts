import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addMonths, monthStart, oneDecimal, parsePeriod } from '@ex-pulse/domain';
import type { AnalyticsLinkage, CustomerMetricKind, LinkageCell, LinkageUnit } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { OrganisationService } from '../../common/organisation.service';
import { DepartmentTree } from '../../analytics/filter/department-tree';
import { GuardedCounts } from '../../analytics/guard/guarded-counts.service';
import { providerDecisionsOfYear } from '../../internal-service/provider-csat-decision';
import { EmployeeMonths } from './employee-months';
import { correlationsAtLag, UnitPairs } from './linkage-correlations';
import { byUnitAndMonth, LinkageQueries } from './linkage.queries';
import { LinkageQueryDto } from './linkage-query.dto';
import { quadrantsOf } from './quadrants';

const MAX_MONTHS = 36;
export const LAGS = [0, 1, 2, 3] as const;

const month = (iso: string) => iso.slice(0, 7);
const shift = (m: string, by: number) => month(addMonths(`${m}-01`, by));

/**
 * Employee scores beside customer scores, per unit and month. The employee side is the unit's
 * eNPS month by month, decided by the dashboards' CellDecider, so only unit-months that pass
 * the anonymity rules enter; the customer side is the unit's metric `lag` months later.
 */
@Injectable()
export class LinkageService {
  constructor(
    private readonly queries: LinkageQueries,
    private readonly employeeMonths: EmployeeMonths,
    private readonly counts: GuardedCounts,
    private readonly organisation: OrganisationService,
    private readonly db: DataSource,
  ) {}

  async linkage(user: AuthenticatedUser, q: LinkageQueryDto): Promise<AnalyticsLinkage> {
    const today = await this.organisation.today();
    const to = q.to ?? shift(month(monthStart(today)), -1);
    const from = q.from ?? shift(to, -11);
    const months = monthRange(from, to);
    if (to > month(today)) throw new BadRequestException(`to (${to}) is in the future; choose a month up to ${month(today)}.`);
    if (from > to) throw new BadRequestException(`from (${from}) must not be after to (${to}).`);
    if (months.length > MAX_MONTHS) throw new BadRequestException(`Choose at most ${MAX_MONTHS} months (got ${months.length}).`);
    const metric: CustomerMetricKind = q.metric ?? 'nps';
    const lag = q.lag ?? 0;
    const k = this.counts.k;

    // Customer scores per unit, by month counted from `from` (month i's score at lag l sits at i + l).
    const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
    const [employee, customer, csat, tree] = await Promise.all([
      this.employeeMonths.of(user, months),
      this.queries.customerScores(metric, from, shift(to, LAGS[LAGS.length - 1])),
      this.queries.providerCsat(from, to),
      DepartmentTree.load(this.db),
    ]);
    // A provider's internal CSAT of a month is shown only where the internal-service report shows it.
    const decisions = new Map(await Promise.all(years.map(async (y) => [y, await providerDecisionsOfYear(this.db, k, tree, y)] as const)));
    const csatWithheld = (unit: string, m: string) => decisions.get(Number(m.slice(0, 4)))?.get(unit)?.provider(parsePeriod(m)) ?? 'too_few';
    const scope = user.visibleDepartmentIds && new Set(user.visibleDepartmentIds);
    const unitIds = [...customer.keys()].filter((id) => employee.tree.has(id) && (!scope || scope.has(id)));
    const internal = byUnitAndMonth(csat, from);
    // Each unit's employee months, decided once.
    const exOf = new Map(unitIds.map((unit) => [unit, employee.months(unit)]));

    // Per unit, the months where both sides are shown at lag l.
    const pairsAt = (l: number): UnitPairs[] =>
      unitIds.map((unit) => {
        const ex = exOf.get(unit)!;
        const cx = customer.get(unit) ?? [];
        const pairs: UnitPairs = { ex: [], cx: [] };
        for (let i = 0; i < months.length; i++) {
          const c = cx[i + l];
          if (ex[i].enps !== null && c) {
            pairs.ex.push(ex[i].enps!);
            pairs.cx.push(c.value);
          }
        }
        return pairs;
      });

    // A unit's months as the table shows them (only when asked for: 500 units × 24 months is 1.7 MB).
    const cellsOf = (unit: string): LinkageCell[] => {
      const ex = exOf.get(unit)!;
      const cx = customer.get(unit) ?? [];
      const served = internal.get(unit) ?? [];
      return months.map((m, i) => {
        const e = ex[i];
        const c = cx[i + lag];
        const provided = served[i];
        const csatShown = provided && provided.n > 0 && csatWithheld(unit, m) === null;
        return {
          month: m,
          enps: e.enps, enpsN: e.n, employeeWithheld: e.withheld,
          internalCsat: csatShown ? oneDecimal((100 * provided.satisfied) / provided.n) : null,
          internalCsatN: csatShown ? provided.n : null,
          customer: c ? oneDecimal(c.value) : null,
          customerN: c ? c.n : null,
        };
      });
    };

    const units: LinkageUnit[] = unitIds.map((unit) => {
      const ex = exOf.get(unit)!;
      const cx = customer.get(unit) ?? [];
      // Averages over the months where both sides are shown at the lag (customer scores as shown, to one decimal).
      let exSum = 0;
      let cxSum = 0;
      let n = 0;
      let paired = 0;
      for (let i = 0; i < months.length; i++) {
        const c = cx[i + lag];
        if (ex[i].enps === null || !c) continue;
        exSum += ex[i].enps!;
        cxSum += oneDecimal(c.value);
        n += ex[i].n!;
        paired++;
      }
      return {
        key: unit,
        label: employee.tree.get(unit)!.name,
        ex: paired ? oneDecimal(exSum / paired) : null,
        cx: paired ? oneDecimal(cxSum / paired) : null,
        n,
        pairedMonths: paired,
        quadrant: null,
        months: q.include === 'months' ? cellsOf(unit) : null,
      };
    });
    const split = quadrantsOf(units);
    units.sort((a, b) => a.label.localeCompare(b.label));

    return {
      from, to, metric, lag, k,
      exSplit: split.ex, cxSplit: split.cx,
      units,
      correlations: LAGS.map((l) => correlationsAtLag(pairsAt(l), l, metric, months.length)),
    };
  }
}

function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length <= MAX_MONTHS; m = shift(m, 1)) out.push(m);
  return out;
}

