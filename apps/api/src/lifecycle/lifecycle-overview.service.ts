import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { monthsOf } from '@ex-pulse/domain';
import type {
  HeadcountPhase, LifecycleExitMonth, LifecycleHeadcountMonth, LifecycleMovement, LifecycleOverview, LifecyclePhase,
  PhaseAtNotice,
} from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { DepartmentTree } from '../analytics/filter/department-tree';
import { calendarWindow, countedUntil } from '../common/calendar-window';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeDepartment } from '../org/department-scope.service';
import { LeavingReasonsDecision } from './leaving-reasons';
import { LifecycleQueries, LifecycleScope } from './lifecycle.queries';
import type { LifecycleOverviewQueryDto } from './lifecycle-query.dto';

const HEADCOUNT_PHASES: readonly HeadcountPhase[] = ['onboarding', 'initial_development', 'ongoing_development', 'separation'];
const NOTICE_PHASES: readonly PhaseAtNotice[] = ['pre_start', 'onboarding', 'initial_development', 'ongoing_development'];
const EXIT_BANDS = ['under_3m', '3_12m', '1_2y', '2_5y', '5y_plus'] as const;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * Headcount by phase, movements and exits (facts about employment, each person's dates being on
 * the Employees page of whoever may see them: shown as counted), and the reasons for leaving
 * (anonymous answers: through the dashboards' guard), over a calendar period, for the part of the
 * organisation the user may see.
 */
@Injectable()
export class LifecycleOverviewService {
  constructor(
    private readonly queries: LifecycleQueries,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async overview(user: AuthenticatedUser, query: LifecycleOverviewQueryDto): Promise<LifecycleOverview> {
    const settings = await this.organisation.settings();
    const today = await this.organisation.today(settings);
    const period = calendarWindow(query, today);
    const tree = await this.queries.tree();
    const unit = this.unit(user, tree, query.department);
    const end = countedUntil(period, today);
    const scope: LifecycleScope = {
      start: period.from, end, bands: settings.bands,
      departmentIds: unit === null ? null : tree.subtree(unit),
    };
    const [headcount, movements, exits, reasons] = await Promise.all([
      this.queries.headcount(scope),
      this.queries.movements(scope),
      this.queries.exits(scope),
      this.queries.leavingReasons(period.year),
    ]);

    const months = monthsOf(period).filter((m) => m.from <= today).map((m) => m.key);
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
      period: period.key,
      departmentId: query.department ?? null,
      k: this.config.anonymityK,
      headcount: months.map((m) => byMonth.get(m) ?? { month: m, asOf: asOf(m, end), byPhase: zeros(HEADCOUNT_PHASES), total: 0 }),
      movements: movements.map(
        (r): LifecycleMovement => ({ month: r.month, from: r.from as LifecyclePhase, to: r.to as LifecyclePhase, count: r.n }),
      ),
      exits: months.map(
        (m) => exitMonths.get(m) ?? { month: m, total: 0, byPhaseAtNotice: zeros(NOTICE_PHASES), byTenureBand: zeros(EXIT_BANDS) },
      ),
      leavingReasons: new LeavingReasonsDecision(this.config.anonymityK, tree, reasons).of(unit, period),
    };
  }

  /**
   * The department whose subtree is counted: the chosen one (within what the user may see), a
   * manager's own part, or null for the whole organisation.
   */
  private unit(user: AuthenticatedUser, tree: DepartmentTree, department: string | undefined): string | null {
    const visible = user.visibleDepartmentIds;
    if (department) {
      // Out of a manager's part of the organisation reads as unknown: the answer does not reveal it exists.
      if (!canSeeDepartment(visible, department) || !tree.has(department)) {
        throw new BadRequestException(
          `department ${department} is not a department you can see; choose one from the department list.`,
        );
      }
      return department;
    }
    if (visible === null) return null;
    const root = tree.roots(visible)[0];
    if (!root) throw new BadRequestException('Your part of the organisation has no departments to count.');
    return root.id;
  }
}

function asOf(month: string, end: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return last < end ? last : end;
}
