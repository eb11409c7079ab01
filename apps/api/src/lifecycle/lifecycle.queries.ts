import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PhaseBands } from '@ex-pulse/domain';
import type { EmployeeInvitationRow, EmployeeLifecycle } from '@ex-pulse/contracts';
import { DepartmentTree } from '../analytics/filter/department-tree';
import type { MonthlyCount } from '../analytics/guard/monthly-counts';

/** Where and when to count: the window's first and last day, the departments (null: all), the bands. */
export interface LifecycleScope {
  start: string;
  end: string;
  departmentIds: string[] | null;
  bands: PhaseBands;
}

export interface HeadcountRow {
  month: string; // YYYY-MM
  asOf: string; // YYYY-MM-DD
  phase: string;
  n: number;
}

export interface MovementRow {
  month: string;
  from: string;
  to: string;
  n: number;
}

export interface ExitRow {
  month: string;
  phaseAtNotice: string;
  tenureBand: string;
  n: number;
}

/** The person as the employee page shows them; their phase and invitations are added by the service. */
export type EmployeeRow = Pick<
  EmployeeLifecycle,
  'id' | 'externalId' | 'name' | 'departmentId' | 'departmentName' | 'startDate' | 'noticeDate' | 'endDate'
>;

/** The employees counted: in the departments given, or everyone. $3 is the department ids. */
const IN_SCOPE = `($3::uuid[] IS NULL OR e.department_id = ANY($3))`;

/** The phase of employee e on day d; expulse_phase() mirrors phaseOn() of libs/domain. $4, $5 are the bands. */
const phaseOn = (day: string, notice = 'e.notice_date', end = 'e.end_date') =>
  `expulse_phase(e.start_date, ${notice}, ${end}, ${day}, $4::int, $5::int)`;

/**
 * Completed calendar months from the start to the end date, as tenureBandOn() counts them:
 * the largest m with start + m months (clamped to the month's end) ≤ end.
 */
const COMPLETED_MONTHS = `(
  ((extract(year FROM e.end_date) - extract(year FROM e.start_date)) * 12
    + extract(month FROM e.end_date) - extract(month FROM e.start_date))::int
  - CASE WHEN (e.start_date + make_interval(months => ((extract(year FROM e.end_date) - extract(year FROM e.start_date)) * 12
      + extract(month FROM e.end_date) - extract(month FROM e.start_date))::int))::date > e.end_date THEN 1 ELSE 0 END)`;

/**
 * The SQL behind the lifecycle tracker: one set-based query per figure over the employee dates
 * (no per-employee work in JavaScript), and the reasons for leaving from anonymous responses.
 */
@Injectable()
export class LifecycleQueries {
  constructor(private readonly db: DataSource) {}

  private params(scope: LifecycleScope): unknown[] {
    return [scope.start, scope.end, scope.departmentIds, scope.bands.onboardingUntilDay, scope.bands.initialDevelopmentUntilDay];
  }

  /**
   * People employed by phase on each month's last day (today for the current month): started on
   * or before the day and not yet past their last working day. Pre-start is left out (a future
   * start date says nothing of when the contract was signed), and so are the departed.
   */
  headcount(scope: LifecycleScope): Promise<HeadcountRow[]> {
    return this.db.query(
      `WITH months AS (
         SELECT m::date AS month, least((m + interval '1 month' - interval '1 day')::date, $2::date) AS as_of
           FROM generate_series($1::date, $2::date, interval '1 month') AS m
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month, to_char(m.as_of, 'YYYY-MM-DD') AS "asOf",
              ${phaseOn('m.as_of')} AS phase, count(*)::int AS n
         FROM months m JOIN employee e ON e.start_date <= m.as_of AND (e.end_date IS NULL OR e.end_date >= m.as_of)
        WHERE ${IN_SCOPE}
        GROUP BY 1, 2, 3
        ORDER BY 1, 3`,
      this.params(scope),
    );
  }

  /**
   * Every change of phase in the window, on the day it happened. A phase can change only on one
   * of five days per person (start, the day after onboarding, the day after initial development,
   * notice, the day after the end); each is kept when the phase that day differs from the day before.
   */
  movements(scope: LifecycleScope): Promise<MovementRow[]> {
    return this.db.query(
      `WITH changes AS (
         SELECT DISTINCT e.id, c.day, ${phaseOn('c.day - 1')} AS from_phase, ${phaseOn('c.day')} AS to_phase
           FROM employee e
          CROSS JOIN LATERAL (VALUES (e.start_date), (e.start_date + $4::int), (e.start_date + $5::int),
                                     (e.notice_date), (e.end_date + 1)) AS c(day)
          WHERE c.day BETWEEN $1::date AND $2::date AND ${IN_SCOPE}
       )
       SELECT to_char(day, 'YYYY-MM') AS month, from_phase AS "from", to_phase AS "to", count(*)::int AS n
         FROM changes
        WHERE from_phase <> to_phase
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3`,
      this.params(scope),
    );
  }

  /**
   * People whose last working day fell in the window, by month, by the tenure phase they were in
   * when they gave notice (on the last day when no notice was recorded), and by completed tenure.
   */
  exits(scope: LifecycleScope): Promise<ExitRow[]> {
    return this.db.query(
      `SELECT to_char(e.end_date, 'YYYY-MM') AS month,
              ${phaseOn('coalesce(e.notice_date, e.end_date)', 'NULL', 'NULL')} AS "phaseAtNotice",
              CASE WHEN m < 3 THEN 'under_3m' WHEN m < 12 THEN '3_12m' WHEN m < 24 THEN '1_2y'
                   WHEN m < 60 THEN '2_5y' ELSE '5y_plus' END AS "tenureBand",
              count(*)::int AS n
         FROM employee e CROSS JOIN LATERAL (SELECT ${COMPLETED_MONTHS} AS m) AS tenure
        WHERE e.end_date BETWEEN $1::date AND $2::date AND ${IN_SCOPE}
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3`,
      this.params(scope),
    );
  }

  /**
   * Exit answers with a reason through one year, by department, reason and month, over the whole
   * organisation (anonymous rows: no one's identity). Every request decides the same table, whoever
   * asks, so a verdict never depends on the asker's part of the organisation.
   */
  leavingReasons(year: number): Promise<MonthlyCount[]> {
    return this.db.query(
      `SELECT department_id AS department, leaving_reason AS value, (extract(month FROM answered_on) - 1)::int AS month,
              count(*)::int AS n
         FROM response
        WHERE leaving_reason IS NOT NULL AND answered_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
        GROUP BY 1, 2, 3`,
      [year],
    );
  }

  tree(): Promise<DepartmentTree> {
    return DepartmentTree.load(this.db);
  }

  async employee(id: string): Promise<EmployeeRow | null> {
    const [row] = await this.db.query(
      `SELECT e.id, e.external_id AS "externalId", e.name, e.department_id AS "departmentId", d.name AS "departmentName",
              to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.notice_date, 'YYYY-MM-DD') AS "noticeDate",
              to_char(e.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM employee e JOIN department d ON d.id = e.department_id
        WHERE e.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * One employee's invitations, newest first: sent, expiry, the invitation email's state and the
   * reminder's planned time. Nothing of any response, and nothing that changes when the person
   * opens or answers: not `opened` or `answered`, and not the reminder's status, attempts or
   * send time (the worker skips the reminder of an answered invitation); `planned_at` is fixed
   * when the outbox row is written (1764800000000-KeepOutboxPlannedAt).
   */
  invitations(employeeId: string): Promise<EmployeeInvitationRow[]> {
    return this.db.query(
      `SELECT p.key AS "programmeKey", p.name_en AS "programmeNameEn", p.name_et AS "programmeNameEt",
              i.occurrence_key AS occurrence, to_char(i.sent_on, 'YYYY-MM-DD') AS "sentOn",
              i.expires_at AS "expiresAt", inv.status AS delivery, rem.planned_at AS "reminderPlannedAt"
         FROM invitation i
         JOIN programme p ON p.id = i.programme_id
         LEFT JOIN outbox inv ON inv.invitation_id = i.id AND inv.kind = 'invitation'
         LEFT JOIN outbox rem ON rem.invitation_id = i.id AND rem.kind = 'reminder'
        WHERE i.employee_id = $1
        ORDER BY i.sent_on DESC, p.name_en, i.occurrence_key`,
      [employeeId],
    );
  }
}
