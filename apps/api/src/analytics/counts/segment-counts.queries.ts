import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResolvedFilter, RowFilter } from '../filter/filter-resolver.service';
import { Tally } from '../enps-cell';
import { departmentRestriction, groupKey, sourceFor, SqlParams } from './segment-source';

export type GroupBy = 'department' | 'phase';

export interface CountRequest {
  filter: ResolvedFilter;
  /** The year whose months are counted (a group's periods are decided within its year). */
  year: number;
  groupBy: readonly GroupBy[];
  /** Count by week too (days 1–7, 8–14, 15–21, 22–end). */
  weekly?: boolean;
  /** Count every department, whatever the department filter and scope (for the decisions down the tree). */
  allDepartments?: boolean;
  /** Count as if this filter were not set (for the subtraction rule between filtered and unfiltered views). */
  omit?: RowFilter;
}

/** One group's counts through one year: per month, and per week when asked. */
export interface GroupYear {
  department: string | null;
  phase: string | null;
  months: Tally[];
  /** [month][week], when weekly counts were asked for. */
  weeks: Tally[][] | null;
}

/**
 * Answer counts per group and month of one year, read from the smallest table that holds the
 * filters: the monthly rollup, the segment rollup (location, tenure band, weeks) or, for a
 * manager's team, the team's own response rows through their index.
 */
@Injectable()
export class SegmentCountsQueries {
  constructor(private readonly db: DataSource) {}

  async byGroup(req: CountRequest): Promise<GroupYear[]> {
    const params = new SqlParams();
    const source = sourceFor(req, params);
    const dims = req.groupBy.map((d) => (d === 'department' ? 'department_id' : 'phase'));
    const time = req.weekly ? 'bucket' : 'month';
    const select = [...dims, time].join(', ');
    const groupDims = dims.length ? dims.join(', ') : `'all'::text`;
    // t: month × 100 + day of each month (or week) counted, as integers (cheaper to send and read than dates).
    const rows: { department_id?: string; phase?: string; t: number[]; p: number[]; s: number[]; d: number[] }[] =
      await this.db.query(
        `SELECT ${dims.length ? `${dims.join(', ')}, ` : ''}
                array_agg((extract(month FROM ${time}) * 100 + extract(day FROM ${time}))::int ORDER BY ${time}) AS t,
                array_agg(p ORDER BY ${time}) AS p, array_agg(s ORDER BY ${time}) AS s, array_agg(d ORDER BY ${time}) AS d
           FROM (SELECT ${select}, sum(promoters)::int AS p, sum(passives)::int AS s, sum(detractors)::int AS d
                   FROM (${source}) src GROUP BY ${select}) per_time
          GROUP BY ${groupDims}`,
        params.values,
      );
    return rows.map((r) => {
      const months = Array.from({ length: 12 }, () => new Tally());
      const weeks = req.weekly ? months.map(() => Array.from({ length: 4 }, () => new Tally())) : null;
      r.t.forEach((monthDay, i) => {
        const counts = { promoters: r.p[i], passives: r.s[i], detractors: r.d[i], invited: 0 };
        const month = Math.floor(monthDay / 100) - 1;
        months[month].add(counts);
        if (weeks) weeks[month][Math.min(3, Math.floor(((monthDay % 100) - 1) / 7))].add(counts);
      });
      return { department: r.department_id ?? null, phase: r.phase ?? null, months, weeks };
    });
  }

  /**
   * Invitations per group and month of the year, when the filters are ones an invitation
   * records (department, phase, programme); null otherwise (the population is then unknown).
   */
  async invitedByGroup(req: CountRequest): Promise<Map<string, number[]> | null> {
    const f = req.filter;
    if (f.managerId || f.location || f.tenure) return null;
    const params = new SqlParams();
    const where = [`month BETWEEN ${params.add(`${req.year}-01-01`)} AND ${params.add(`${req.year}-12-01`)}`];
    const departments = departmentRestriction(req);
    if (departments) where.push(`department_id = ANY(${params.add(departments)}::uuid[])`);
    if (f.phase && req.omit !== 'phase') where.push(`phase = ${params.add(f.phase)}`);
    if (f.programmeId && req.omit !== 'programmeId') where.push(`programme_id = ${params.add(f.programmeId)}`);
    const dims = req.groupBy.map((d) => (d === 'department' ? 'department_id' : 'phase'));
    const rows: { department_id?: string; phase?: string; month: string; invited: number }[] = await this.db.query(
      `SELECT ${[...dims, `to_char(month, 'YYYY-MM-DD') AS month`].join(', ')}, sum(invited)::int AS invited
         FROM invitation_month_rollup WHERE ${where.join(' AND ')}
        GROUP BY ${[...dims, 'month'].join(', ')}`,
      params.values,
    );
    const out = new Map<string, number[]>();
    for (const r of rows) {
      const key = groupKey(r.department_id ?? null, r.phase ?? null);
      const months = out.get(key) ?? new Array<number>(12).fill(0);
      months[Number(r.month.slice(5, 7)) - 1] += r.invited;
      out.set(key, months);
    }
    return out;
  }
}
