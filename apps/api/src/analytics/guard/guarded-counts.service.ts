import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { PHASES_WITH_PULSES } from '@ex-pulse/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CountRequest, GroupYear, SegmentCountsQueries, SegmentDimension } from '../counts/segment-counts.queries';
import { ResolvedFilter, ROW_FILTERS, RowFilter } from '../filter/filter-resolver.service';
import { CellDecider } from './cell-decider';
import { ALL_PHASES, CellSpace } from './cell-space';
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
 * Reads the counts one request needs and hands them to a CellDecider: the counts of every decided
 * department, and when the request cuts by a segment (its one filter, or the phases of a heatmap)
 * the same split by every value of that segment, without the filter, so the whole partition is
 * decided whichever value is shown. Queries run in parallel.
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
    const segment = segmentOf(filter, options.byPhase ?? false);
    const counted = options.reach && !options.organisationOnly ? countedAs(filter.tree, options.reach) : null;
    const base: CountRequest = {
      filter,
      year,
      groupBy: [...(options.organisationOnly ? [] : (['department'] as const)), ...(segment ? [segment.groupBy] : [])],
      weekly: options.weekly ?? false,
      allDepartments: true,
      ...(segment?.filter ? { omit: segment.filter } : {}),
      ...(counted ? { countedAs: counted } : {}),
    };
    const [rows, invited] = await Promise.all([
      this.queries.byGroup(base),
      options.invited === false ? null : this.queries.invitedByGroup(base),
    ]);
    const space = new CellSpace(filter.tree, rows, invited, base.weekly ?? false, counted);
    const dimension = segment ? { values: segment.values(rows), selected: segment.selected } : null;
    const departments = options.organisationOnly ? 'none' : (counted?.reach ?? 'all');
    return new CellDecider(options.k ?? this.k, filter.tree, space, dimension, departments, base.weekly ?? false);
  }
}

interface Segment {
  groupBy: SegmentDimension;
  /** The request's filter on this segment (omitted from the counts, which are split by it instead). */
  filter: RowFilter | null;
  selected: string;
  values(rows: GroupYear[]): string[];
}

/**
 * The one segment a request cuts by: its filter, or the phases of a report by phase (whose
 * filter, if any, must be the phase). FilterResolver has refused two filters already.
 */
function segmentOf(filter: ResolvedFilter, byPhase: boolean): Segment | null {
  const active = ROW_FILTERS.filter((name) => filter[name] !== null);
  if (byPhase && active.some((name) => name !== 'phase')) throw new BadRequestException(ONE_SEGMENT_BY_PHASE);
  const name: RowFilter | null = byPhase ? 'phase' : active[0] ?? null;
  if (!name) return null;
  const selected = filter[name] ?? ALL_PHASES;
  const fixed = name === 'phase' ? [...PHASES_WITH_PULSES] : [];
  return {
    groupBy: SEGMENT_OF_FILTER[name],
    filter: filter[name] !== null ? name : null,
    selected: selected === null ? ALL_PHASES : String(selected),
    values: (rows) => {
      const present = new Set<string>(fixed);
      for (const r of rows) if (r.phase !== null) present.add(r.phase);
      if (selected !== ALL_PHASES) present.add(String(selected));
      return [...present].sort();
    },
  };
}

const SEGMENT_OF_FILTER: Record<RowFilter, SegmentDimension> = {
  managerId: 'manager',
  location: 'location',
  phase: 'phase',
  tenure: 'tenure',
  programmeId: 'programme',
};

export const ONE_SEGMENT_BY_PHASE =
  'This view cuts by phase already: it takes no location, tenure band, programme or team filter, since crossing two segments would single people out.';

/** The department a request's figures are about: the selected one, or a manager's own; null for the whole organisation. */
export function selectedDepartment(filter: ResolvedFilter): string | null {
  if (filter.departmentId) return filter.departmentId;
  if (filter.scope) return filter.tree.roots(filter.scope)[0]?.id ?? null;
  return null;
}
