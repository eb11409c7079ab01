import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResolvedFilter, RowFilter } from '../filter/filter-resolver.service';
import type { CountedAs } from '../guard/reach';
import { InvitedYear, MonthCounts, monthCounts, weekCounts } from './year-series';
import { CountSource, filterConditions, groupKey, sourceFor, SqlParams } from './segment-source';

/** A segment a count can be split by, besides the department: one at a time. */
export type SegmentDimension = 'phase' | 'location' | 'tenure' | 'programme' | 'manager';
export type GroupBy = 'department' | SegmentDimension;

/** The response (and rollup) column of each segment. */
export const SEGMENT_COLUMNS: Record<SegmentDimension, string> = {
  phase: 'phase',
  location: 'location',
  tenure: 'tenure_band',
  programme: 'programme_id',
  manager: 'manager_id',
};

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
  /** Group departments as these decided ones (a decider's reach); every department by itself when absent. */
  countedAs?: Pick<CountedAs, 'departments' | 'units'>;
}

/** One group's counts through one year: per month, and per week when asked. */
export interface GroupYear {
  department: string | null;
  /** The group's value of the segment it is split by (a phase, a location, …), when split. */
  phase: string | null;
  /** Promoters, passives, detractors month by month (YearSeries' layout). */
  months: MonthCounts;
  /** The same per week of each month, when weekly counts were asked for. */
  weeks: Int32Array | null;
}

/**
 * Answer counts per group and month of one year, read from the smallest table that holds the
 * filters (sourceFor): a year rollup, the segment rollup (weeks) or, for a manager's team, the
 * team's own response rows through their index.
 */
@Injectable()
export class SegmentCountsQueries {
  constructor(private readonly db: DataSource) {}

  async byGroup(req: CountRequest): Promise<GroupYear[]> {
    return req.weekly ? this.byGroupWeekly(req) : this.byGroupMonthly(req);
  }

  /**
   * Each group's counts per month, as one JSON document (the driver reads it with one JSON.parse
   * instead of parsing thousands of rows field by field): one array per group, its dimensions
   * and then its twelve months side by side.
   */
  private async byGroupMonthly(req: CountRequest): Promise<GroupYear[]> {
    const params = new SqlParams();
    const source = sourceFor(req, params);
    const [{ groups }]: { groups: (string | number)[][] }[] = await this.db.query(
      `SELECT coalesce(json_agg(g), '[]') AS groups FROM (${monthlySelect(req, ENPS, source, params)}) per_group`,
      params.values,
    );
    return groupsOf(req, groups).map(({ department, phase, months }) => ({ department, phase, months, weeks: null }));
  }

  private async byGroupWeekly(req: CountRequest): Promise<GroupYear[]> {
    const params = new SqlParams();
    const source = sourceFor(req, params);
    if (source.kind !== 'rows') throw new Error('weekly counts are read from rows with a week');
    const inner = [...dimensionsOf(req), 'bucket'];
    const dims = req.groupBy.map((d) => (d === 'department' ? 'department_id' : SEGMENT_COLUMNS[d]));
    const named = req.groupBy.map((d) => (d === 'department' ? 'department_id' : `${SEGMENT_COLUMNS[d]} AS phase`));
    // t: month × 100 + first day of each week counted, as integers (cheaper to send and read than
    // dates); JSON arrays, which the driver reads with JSON.parse, several times faster than its
    // array parser; the four arrays list one group's weeks in the same order.
    const rows: { department_id?: string; phase?: string; t: number[]; p: number[]; s: number[]; d: number[] }[] =
      await this.db.query(
        `SELECT ${named.length ? `${named.join(', ')}, ` : ''}
                json_agg((extract(month FROM bucket) * 100 + extract(day FROM bucket))::int) AS t,
                json_agg(p) AS p, json_agg(s) AS s, json_agg(d) AS d
           FROM (SELECT ${inner.map((c) => (c === 'counted_as.unit' ? `${c} AS department_id` : c)).join(', ')},
                        sum(promoters)::int AS p, sum(passives)::int AS s, sum(detractors)::int AS d
                   FROM (${source.sql}) src ${countedAsJoin(req, params)} GROUP BY ${inner.join(', ')}) per_week
          GROUP BY ${dims.length ? dims.join(', ') : `'all'::text`}`,
        params.values,
      );
    return rows.map((r) => {
      const months = monthCounts();
      const weeks = weekCounts();
      r.t.forEach((monthDay, i) => {
        const month = Math.floor(monthDay / 100) - 1;
        const at = 12 * month + 3 * Math.min(3, Math.floor(((monthDay % 100) - 1) / 7));
        months[3 * month] += r.p[i];
        months[3 * month + 1] += r.s[i];
        months[3 * month + 2] += r.d[i];
        weeks[at] += r.p[i];
        weeks[at + 1] += r.s[i];
        weeks[at + 2] += r.d[i];
      });
      return { department: r.department_id ?? null, phase: r.phase ?? null, months, weeks };
    });
  }

  /**
   * Invitations per group and month of the year, when the filters are ones an invitation
   * records (department, phase, programme); null otherwise (the population is then unknown).
   * Per month: those sent in it, and those sent before it still open on its first day (InvitedYear).
   */
  async invitedByGroup(req: CountRequest): Promise<Map<string, InvitedYear> | null> {
    const f = req.filter;
    if (f.managerId || f.location || f.tenure) return null;
    const params = new SqlParams();
    // No location, tenure band or team here: what is left are the filters an invitation records.
    // Only invitations that ask the eNPS question are its population (the internal service pulse
    // asks about providers only: its invitations would make N larger than the eNPS answers' N).
    const where = [...filterConditions(req, params), `year = ${params.add(req.year)}`, ASKS_ENPS];
    const source: CountSource = { kind: 'year', table: 'invitation_year_rollup', where: where.join(' AND ') };
    const [{ groups }]: { groups: (string | number)[][] }[] = await this.db.query(
      `SELECT coalesce(json_agg(g), '[]') AS groups FROM (${monthlySelect(req, INVITED, source, params)}) per_group`,
      params.values,
    );
    return new Map(groupsOf(req, groups).map((g) => [groupKey(g.department, g.phase), invitedYearOf(g.months)]));
  }
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Rows of programmes that ask the eNPS question (a programme's questions are jsonb). */
const ASKS_ENPS = `programme_id IN (SELECT id FROM programme WHERE questions @> '[{"kind":"enps"}]')`;

/** What a count query sums: columns of rows with a month, and the same as a year rollup's column prefixes (pro_1, …). */
interface Counted {
  columns: readonly string[];
  prefixes: readonly string[];
}
const ENPS: Counted = { columns: ['promoters', 'passives', 'detractors'], prefixes: ['pro', 'pas', 'det'] };
/** Read from invitation_year_rollup only (never from rows): sent in the month, then still open on its first day. */
const INVITED: Counted = { columns: ['invited', 'open'], prefixes: ['inv', 'open'] };

/** INVITED's month-by-month pairs (inv_1, open_1, inv_2, …) as an InvitedYear. */
function invitedYearOf(pairs: Int32Array): InvitedYear {
  const year = new InvitedYear();
  for (let m = 0; m < 12; m++) {
    year.sent[m] = pairs[2 * m];
    year.openAtStart[m] = pairs[2 * m + 1];
  }
  return year;
}

/** The groups of a monthlySelect answer: [dimensions…, then the counts month by month]. */
function groupsOf(req: CountRequest, rows: (string | number)[][]): { department: string | null; phase: string | null; months: Int32Array }[] {
  const department = req.groupBy.indexOf('department');
  const phase = req.groupBy.findIndex((d) => d !== 'department');
  const dims = req.groupBy.length;
  return rows.map((g) => ({
    department: department < 0 ? null : (g[department] as string),
    phase: phase < 0 || g[phase] === null ? null : String(g[phase]),
    months: Int32Array.from(g.slice(dims) as number[]),
  }));
}

/**
 * The SELECT of a year's counts per group, twelve months side by side, each row a JSON array:
 * from a year rollup, plain sums of its month columns; from rows with a month, sums by month.
 */
function monthlySelect(req: CountRequest, counted: Counted, source: CountSource, params: SqlParams): string {
  const dims = dimensionsOf(req);
  const groupBy = `GROUP BY ${dims.length ? dims.join(', ') : `'all'::text`}`;
  const join = countedAsJoin(req, params);
  if (source.kind === 'year') {
    const sums = MONTHS.flatMap((m) => counted.prefixes.map((p) => `sum(${p}_${m})`));
    return `SELECT json_build_array(${[...dims, ...sums].join(', ')}) AS g FROM ${source.table} ${join} WHERE ${source.where} ${groupBy}`;
  }
  const sums = MONTHS.flatMap((m) => counted.columns.map((c) => `coalesce(sum(${c}) FILTER (WHERE month = ${monthLiteral(req.year, m)}), 0)`));
  return `SELECT json_build_array(${[...dims, ...sums].join(', ')}) AS g FROM (${source.sql}) src ${join} ${groupBy}`;
}

/** The first day of a month of the year, as SQL (both are numbers, so nothing to escape). */
const monthLiteral = (year: number, month: number) => `DATE '${year}-${String(month).padStart(2, '0')}-01'`;

function dimensionsOf(req: CountRequest): string[] {
  return req.groupBy.map((d) => (d === 'department' ? (req.countedAs ? 'counted_as.unit' : 'department_id') : SEGMENT_COLUMNS[d]));
}

/** Each row's department as the decided department it counts with (CountRequest.countedAs); nothing without one. */
function countedAsJoin(req: CountRequest, params: SqlParams): string {
  if (!req.countedAs || !req.groupBy.includes('department')) return '';
  return `JOIN unnest(${params.add(req.countedAs.departments)}::uuid[], ${params.add(req.countedAs.units)}::uuid[]) AS counted_as(department_id, unit) USING (department_id)`;
}
