import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Promoter/passive/detractor counts and invitations of one department, phase and month. */
export interface SegmentCounts {
  departmentId: string;
  phase: string;
  month: string; // YYYY-MM-01
  promoters: number;
  passives: number;
  detractors: number;
  invited: number;
}

export interface DepartmentNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The SQL behind the eNPS dashboard: aggregates only, in one pass over each table. */
@Injectable()
export class EnpsReportQueries {
  constructor(private readonly db: DataSource) {}

  /** Counts by department × phase × month within [from, to], limited to the visible departments. */
  segmentCounts(from: string, to: string, departmentIds: string[] | null): Promise<SegmentCounts[]> {
    return this.db.query(
      `WITH answered AS (
         SELECT department_id, phase, date_trunc('month', answered_on)::date AS month,
                count(*) FILTER (WHERE score >= 9)::int AS promoters,
                count(*) FILTER (WHERE score BETWEEN 7 AND 8)::int AS passives,
                count(*) FILTER (WHERE score <= 6)::int AS detractors
           FROM response
          WHERE answered_on BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR department_id = ANY($3))
          GROUP BY 1, 2, 3
       ), invited AS (
         SELECT department_id, phase, date_trunc('month', sent_on)::date AS month, count(*)::int AS invited
           FROM invitation
          WHERE sent_on BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR department_id = ANY($3))
          GROUP BY 1, 2, 3
       )
       SELECT department_id AS "departmentId", phase, to_char(month, 'YYYY-MM-DD') AS month,
              coalesce(a.promoters, 0) AS promoters, coalesce(a.passives, 0) AS passives,
              coalesce(a.detractors, 0) AS detractors, coalesce(i.invited, 0) AS invited
         FROM answered a FULL JOIN invited i USING (department_id, phase, month)`,
      [from, to, departmentIds],
    );
  }

  departments(departmentIds: string[] | null): Promise<DepartmentNode[]> {
    return this.db.query(
      `SELECT id, name, parent_id AS "parentId" FROM department
        WHERE $1::uuid[] IS NULL OR id = ANY($1) ORDER BY lower(name)`,
      [departmentIds],
    );
  }
}
