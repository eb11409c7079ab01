import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, parsePeriod, Period, periodContaining } from '@ex-pulse/domain';
import type { LifecyclePhase } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { OrganisationService } from '../../common/organisation.service';
import { AnalyticsFilterDto } from './analytics-filter.dto';
import { DepartmentTree } from './department-tree';

/** The filters of one request, checked against the user's part of the organisation. */
export interface ResolvedFilter {
  period: Period;
  /** The selected department (its subtree counts), or null for the user's whole scope. */
  departmentId: string | null;
  managerId: string | null;
  location: string | null;
  phase: LifecyclePhase | null;
  tenure: string | null;
  programmeId: string | null;
  /** The departments the user may see (null: all). */
  scope: string[] | null;
  tree: DepartmentTree;
}

/**
 * One segment filter at a time: two of them, with the figures of each alone, give the groups
 * where they cross by inclusion and exclusion (README, "Anonymity").
 */
export const ONE_SEGMENT = 'Choose one of location, phase, tenure band, programme or team at a time: combining them would single people out.';

/** The filters that narrow the rows without naming a department. */
export const ROW_FILTERS = ['managerId', 'location', 'phase', 'tenure', 'programmeId'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

@Injectable()
export class FilterResolver {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  async resolve(user: AuthenticatedUser, q: AnalyticsFilterDto): Promise<ResolvedFilter> {
    const [tree, period] = await Promise.all([DepartmentTree.load(this.db), this.period(q.period)]);
    const scope = user.visibleDepartmentIds;
    const outside = (id: string) => !tree.has(id) || (scope !== null && !scope.includes(id));
    if (q.department && outside(q.department)) {
      throw new NotFoundException(`Department ${q.department} does not exist or is outside your part of the organisation.`);
    }
    if (q.manager) await this.assertManager(q.manager, outside);
    if (q.programme) await this.assertProgramme(q.programme);
    const segments = [q.location?.trim(), q.phase, q.tenure, q.programme, q.manager].filter((v) => v);
    if (segments.length > 1) throw new BadRequestException(ONE_SEGMENT);
    return {
      period,
      departmentId: q.department ?? null,
      managerId: q.manager ?? null,
      location: q.location?.trim() || null,
      phase: q.phase ?? null,
      tenure: q.tenure ?? null,
      programmeId: q.programme ?? null,
      scope,
      tree,
    };
  }

  private async period(key: string | undefined): Promise<Period> {
    if (key === undefined || key === '') return periodContaining('year', await this.organisation.today());
    try {
      return parsePeriod(key);
    } catch (e) {
      if (e instanceof DomainError) throw new BadRequestException(e.message);
      throw e;
    }
  }

  private async assertManager(id: string, outside: (departmentId: string) => boolean): Promise<void> {
    const [row] = await this.db.query(
      `SELECT e.department_id AS "departmentId", EXISTS (SELECT 1 FROM employee r WHERE r.manager_id = e.id) AS manages
         FROM employee e WHERE e.id = $1`,
      [id],
    );
    if (!row || outside(row.departmentId)) {
      throw new NotFoundException(`Employee ${id} does not exist or is outside your part of the organisation.`);
    }
    if (!row.manages) throw new BadRequestException(`Employee ${id} has no one reporting to them; choose a manager.`);
  }

  private async assertProgramme(id: string): Promise<void> {
    const [row] = await this.db.query(`SELECT 1 FROM programme WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException(`Programme ${id} does not exist.`);
  }
}
