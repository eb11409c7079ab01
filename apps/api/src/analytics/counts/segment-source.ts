import type { CountRequest } from './segment-counts.queries';

/** Positional parameters for SQL built from parts. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Where a request's counts come from, the smallest table that holds its filters:
 * - a manager's team: their people's response rows (index on manager and day);
 * - weeks, or location and tenure band together: enps_segment_rollup (per week);
 * - otherwise a year rollup, one row per group with its twelve months in columns: by location
 *   (enps_location_year_rollup), by tenure band (enps_tenure_year_rollup), else enps_year_rollup.
 * `rows` is a subquery of month, bucket (the week's first day), department_id, phase and
 * promoter/passive/detractor counts; `year` is a year rollup's name and WHERE clause.
 */
export type CountSource = { kind: 'rows'; sql: string } | { kind: 'year'; table: string; where: string };

export function sourceFor(req: CountRequest, params: SqlParams): CountSource {
  const f = req.filter;
  // A column the source must hold: the request filters by it, or its counts are split by it.
  const on = (name: 'managerId' | 'location' | 'tenure') =>
    (f[name] !== null && req.omit !== name) || req.groupBy.includes(name === 'managerId' ? 'manager' : name);
  const where = filterConditions(req, params);
  const yearStart = `${req.year}-01-01`;
  const yearEnd = `${req.year}-12-31`;

  if (on('managerId')) {
    if (f.managerId !== null && req.omit !== 'managerId') where.push(`manager_id = ${params.add(f.managerId)}`);
    where.push(`answered_on BETWEEN ${params.add(yearStart)} AND ${params.add(yearEnd)}`);
    return {
      kind: 'rows',
      sql: `SELECT expulse_month(answered_on) AS month, expulse_week_bucket(answered_on) AS bucket, department_id, phase,
                   manager_id, location, tenure_band, programme_id,
                   (score >= 9)::int AS promoters, (score BETWEEN 7 AND 8)::int AS passives, (score <= 6)::int AS detractors
              FROM response WHERE ${where.join(' AND ')}`,
    };
  }
  if (req.weekly || (on('location') && on('tenure'))) {
    where.push(`month BETWEEN ${params.add(yearStart)} AND ${params.add(yearEnd)}`);
    return {
      kind: 'rows',
      sql: `SELECT month, bucket, department_id, phase, location, tenure_band, programme_id, promoters, passives, detractors
              FROM enps_segment_rollup WHERE ${where.join(' AND ')}`,
    };
  }
  where.push(`year = ${params.add(req.year)}`);
  const table = on('location') ? 'enps_location_year_rollup' : on('tenure') ? 'enps_tenure_year_rollup' : 'enps_year_rollup';
  return { kind: 'year', table, where: where.join(' AND ') };
}

/**
 * The request's filters as conditions on a row's department, phase, programme, location and
 * tenure band (a filter the request omits is left out); the team and the time are the source's.
 */
export function filterConditions(req: CountRequest, params: SqlParams): string[] {
  const f = req.filter;
  const on = (name: 'location' | 'phase' | 'tenure' | 'programmeId') => f[name] !== null && req.omit !== name;
  const where: string[] = [];
  const departments = departmentRestriction(req);
  if (departments) where.push(`department_id = ANY(${params.add(departments)}::uuid[])`);
  if (on('phase')) where.push(`phase = ${params.add(f.phase)}`);
  if (on('programmeId')) where.push(`programme_id = ${params.add(f.programmeId)}`);
  if (on('location')) where.push(`location = ${params.add(f.location)}`);
  if (on('tenure')) where.push(`tenure_band = ${params.add(f.tenure)}`);
  return where;
}

export function groupKey(department: string | null, phase: string | null): string {
  return `${department ?? '*'}|${phase ?? '*'}`;
}

/** The departments whose rows count: the selected department's subtree, else the user's scope; null for everything. */
export function departmentRestriction(req: Pick<CountRequest, 'filter' | 'allDepartments'>): string[] | null {
  const f = req.filter;
  if (req.allDepartments) return null;
  return f.departmentId ? f.tree.subtree(f.departmentId) : f.scope;
}
