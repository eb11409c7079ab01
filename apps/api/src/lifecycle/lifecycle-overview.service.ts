import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { LEAVING_REASON_KEYS, withholdPartition } from '@ex-pulse/domain';
import type {
  HeadcountPhase, LeavingReasons, LifecycleExitMonth, LifecycleHeadcountMonth, LifecycleMovement, LifecycleOverview,
  LifecyclePhase, PhaseAtNotice,
} from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeDepartment, DepartmentScopeService } from '../org/department-scope.service';
import { LifecycleQueries, LifecycleScope, ReasonRow } from './lifecycle.queries';
import type { LifecycleOverviewQueryDto } from './lifecycle-query.dto';
import { monthList, resolveMonthWindow } from './month-window';

const HEADCOUNT_PHASES: readonly HeadcountPhase[] = ['onboarding', 'initial_development', 'ongoing_development', 'separation'];
const NOTICE_PHASES: readonly PhaseAtNotice[] = ['pre_start', 'onboarding', 'initial_development', 'ongoing_development'];
const EXIT_BANDS = ['under_3m', '3_12m', '1_2y', '2_5y', '5y_plus'] as const;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * Headcount by phase, movements and exits (facts about employment: shown as counted), and the
 * reasons for leaving (anonymous answers: through the anonymity rules), for the part of the
 * organisation the user may see.
 */
@Injectable()
export class LifecycleOverviewService {
  constructor(
    private readonly queries: LifecycleQueries,
    private readonly organisation: OrganisationService,
    private readonly departments: DepartmentScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async overview(user: AuthenticatedUser, query: LifecycleOverviewQueryDto): Promise<LifecycleOverview> {
    const settings = await this.organisation.settings();
    const today = await this.organisation.today(settings);
    const window = resolveMonthWindow(query.from, query.to, today);
    const departmentIds = await this.departmentIds(user, query.department);
    const scope: LifecycleScope = { start: window.start, end: window.end, departmentIds, bands: settings.bands };

    const [headcount, movements, exits, reasons] = await Promise.all([
      this.queries.headcount(scope),
      this.queries.movements(scope),
      this.queries.exits(scope),
      this.queries.leavingReasons(scope),
    ]);
    const months = monthList(window);

    const byMonth = new Map<string, LifecycleHeadcountMonth>();
    for (const row of headcount) {
      const month = byMonth.get(row.month) ?? { month: row.month, asOf: row.asOf, byPhase: zeros(HEADCOUNT_PHASES), total: 0 };
      month.byPhase[row.phase as HeadcountPhase] += row.n;
      month.total += row.n;
      byMonth.set(row.month, month);
    }
    const exitMonths = new Map<string, LifecycleExitMonth>();
    for (const row of exits) {
      const month = exitMonths.get(row.month) ?? {
        month: row.month, total: 0, byPhaseAtNotice: zeros(NOTICE_PHASES), byTenureBand: zeros(EXIT_BANDS),
      };
      month.total += row.n;
      month.byPhaseAtNotice[row.phaseAtNotice as PhaseAtNotice] += row.n;
      month.byTenureBand[row.tenureBand as (typeof EXIT_BANDS)[number]] += row.n;
      exitMonths.set(row.month, month);
    }

    return {
      from: window.from,
      to: window.to,
      departmentId: query.department ?? null,
      k: this.config.anonymityK,
      headcount: months.map((m) => byMonth.get(m) ?? { month: m, asOf: asOf(m, window.end), byPhase: zeros(HEADCOUNT_PHASES), total: 0 }),
      movements: movements.map(
        (r): LifecycleMovement => ({ month: r.month, from: r.from as LifecyclePhase, to: r.to as LifecyclePhase, count: r.n }),
      ),
      exits: months.map(
        (m) => exitMonths.get(m) ?? { month: m, total: 0, byPhaseAtNotice: zeros(NOTICE_PHASES), byTenureBand: zeros(EXIT_BANDS) },
      ),
      leavingReasons: leavingReasons(reasons, this.config.anonymityK),
    };
  }

  /** The departments to count: the chosen subtree (within what the user may see), or all the user may see. */
  private async departmentIds(user: AuthenticatedUser, department: string | undefined): Promise<string[] | null> {
    const visible = user.visibleDepartmentIds;
    if (!department) return visible;
    // Out of a manager's part of the organisation reads as unknown: the answer does not reveal it exists.
    if (!canSeeDepartment(visible, department) || !(await this.queries.department(department))) {
      throw new BadRequestException(
        `department ${department} is not a department you can see; choose one from the department list.`,
      );
    }
    return this.departments.subtreeIds(department);
  }
}

/**
 * Reasons for leaving as one partition of the exit answers in the window. Every known reason is
 * listed (zeros too), so a withheld reason does not tell that someone chose it; below k answers
 * in all, the whole list is withheld.
 */
export function leavingReasons(rows: readonly ReasonRow[], k: number): LeavingReasons {
  const counts = new Map<string, number>(LEAVING_REASON_KEYS.map((key) => [key, 0]));
  for (const row of rows) counts.set(row.reason, (counts.get(row.reason) ?? 0) + row.n);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (total < k) return { n: null, withheld: 'too_few', reasons: [] };

  const decided = withholdPartition({ parentN: total, cells: [...counts].map(([key, n]) => ({ key, n })), k });
  const cells = [...counts].map(([reason, n]) => {
    const withheld = decided.get(reason) ?? null;
    return { reason, n: withheld ? null : n, withheld };
  });
  const order = [...counts.keys()];
  const shown = cells.filter((c) => !c.withheld).sort((a, b) => (b.n ?? 0) - (a.n ?? 0) || order.indexOf(a.reason) - order.indexOf(b.reason));
  // Withheld ones in the fixed order, so their position says nothing about their size.
  const withheld = cells.filter((c) => c.withheld).sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
  return { n: total, withheld: null, reasons: [...shown, ...withheld] };
}

function asOf(month: string, end: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return last < end ? last : end;
}
