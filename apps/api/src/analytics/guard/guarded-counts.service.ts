import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CountRequest, SegmentCountsQueries } from '../counts/segment-counts.queries';
import { ResolvedFilter, ROW_FILTERS } from '../filter/filter-resolver.service';
import { CellDecider } from './cell-decider';
import { CellSpace } from './cell-space';
import { countedAs, Reach } from './reach';

export interface DeciderOptions {
  byPhase?: boolean;
  weekly?: boolean;
  /**
   * Only the organisation's figure is wanted (no department selected, no manager's scope): count
   * without grouping by department, since no department has to be decided.
   */
  organisationOnly?: boolean;
  /** The threshold to decide with (default: the configured k; comments use their stricter one). */
  k?: number;
  /** Read the invited population (for response rates and the interval's finite-population correction); default true. */
  invited?: boolean;
  /**
   * The departments whose children the request decides (DepartmentTree.pathsTo of those it shows):
   * counts are read per decided department only, and decisions stay within it. Default: the whole tree.
   */
  reach?: Reach;
}

/**
 * Reads the counts one request needs — the filtered counts of every department, and the same
 * without each filter in turn — and hands them to a CellDecider. Queries run in parallel.
 */
@Injectable()
export class GuardedCounts {
  constructor(
    private readonly queries: SegmentCountsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get k(): number {
    return this.config.anonymityK;
  }

  get commentK(): number {
    return this.config.commentK;
  }

  async decider(filter: ResolvedFilter, year: number, options: DeciderOptions = {}): Promise<CellDecider> {
    const counted = options.reach && !options.organisationOnly ? countedAs(filter.tree, options.reach) : null;
    const base: CountRequest = {
      filter,
      year,
      groupBy: [...(options.organisationOnly ? [] : (['department'] as const)), ...(options.byPhase ? (['phase'] as const) : [])],
      weekly: options.weekly ?? false,
      allDepartments: true,
      ...(counted ? { countedAs: counted } : {}),
    };
    const active = ROW_FILTERS.filter((name) => filter[name] !== null);
    const [rows, invited, ...relaxedRows] = await Promise.all([
      this.queries.byGroup(base),
      options.invited === false ? null : this.queries.invitedByGroup(base),
      ...active.map((omit) => this.queries.byGroup({ ...base, omit })),
    ]);
    const main = new CellSpace(filter.tree, rows, invited, base.weekly ?? false, counted);
    const relaxed = relaxedRows.map((r) => new CellSpace(filter.tree, r, null, base.weekly ?? false, counted));
    return new CellDecider(options.k ?? this.k, filter.tree, main, relaxed, counted?.reach ?? null);
  }
}

/** The department a request's figures are about: the selected one, or a manager's own; null for the whole organisation. */
export function selectedDepartment(filter: ResolvedFilter): string | null {
  if (filter.departmentId) return filter.departmentId;
  if (filter.scope) return filter.tree.roots(filter.scope)[0]?.id ?? null;
  return null;
}
