import { Inject, Injectable } from '@nestjs/common';
import { addMonths, monthStart, PHASES_WITH_PULSES, withholdPartition } from '@ex-pulse/domain';
import type { EnpsCell, EnpsDashboard, LifecyclePhase } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { resolveWindow } from '../common/date-window';
import { OrganisationService } from '../common/organisation.service';
import { departmentRows } from './department-tree';
import { enpsCell, Tally } from './enps-cell';
import { EnpsReportQueries } from './enps-report.queries';

const PHASE_LABELS: Record<string, string> = {
  onboarding: 'Onboarding',
  initial_development: 'Initial development',
  ongoing_development: 'Ongoing development',
  separation: 'Separation',
};

/** eNPS overall, by lifecycle phase, by month and by department, every figure through the anonymity rules. */
@Injectable()
export class EnpsReportService {
  constructor(
    private readonly queries: EnpsReportQueries,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dashboard(user: AuthenticatedUser, fromParam?: string, toParam?: string): Promise<EnpsDashboard> {
    // Defaults to the last 12 months up to today in the organisation's time zone.
    const { from, to } = await resolveWindow(fromParam, toParam, () => this.organisation.today(), (end) =>
      monthStart(addMonths(end, -11)),
    );
    const k = this.config.anonymityK;
    const scope = user.visibleDepartmentIds;
    const [segments, departments] = await Promise.all([
      this.queries.segmentCounts(from, to, scope),
      this.queries.departments(scope),
    ]);

    const overall = new Tally();
    const byPhase = new Map(PHASES_WITH_PULSES.map((p) => [p as string, new Tally()]));
    const months = monthsBetween(from, to);
    const byMonth = new Map(months.map((m) => [m, new Tally()]));
    const byDepartment = new Map<string, Tally>();
    for (const s of segments) {
      overall.add(s);
      byPhase.get(s.phase)?.add(s);
      byMonth.get(s.month)?.add(s);
      const dept = byDepartment.get(s.departmentId) ?? new Tally();
      byDepartment.set(s.departmentId, dept.add(s));
    }

    const overallCell = enpsCell('all', 'All', overall, overall.n < k ? 'too_few' : null);
    const partition = <T extends string>(groups: Map<T, Tally>, label: (key: T) => string) => {
      const decided = withholdPartition({
        parentN: overall.n,
        cells: [...groups].map(([key, t]) => ({ key, n: t.n })),
        k,
      });
      return [...groups].map(([key, t]) => enpsCell(key, label(key), t, decided.get(key) ?? null));
    };

    return {
      from,
      to,
      k,
      overall: overallCell,
      byPhase: partition(byPhase, (p) => PHASE_LABELS[p]).map((c) => ({ ...c, phase: c.key as LifecyclePhase })),
      byMonth: partition(byMonth, monthLabel).map((c: EnpsCell) => ({ ...c, month: c.key })),
      byDepartment: departmentRows(departments, byDepartment, overall.n, k),
    };
  }
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = monthStart(from); m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

function monthLabel(month: string): string {
  return new Date(`${month}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
