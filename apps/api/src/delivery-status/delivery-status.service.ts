import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { monthsOf } from '@ex-pulse/domain';
import type { DeliveryCounts, DeliveryStatus, DeliveryStatusRow, FailedDelivery } from '@ex-pulse/contracts';
import { DepartmentTree } from '../analytics/filter/department-tree';
import { CellDecider } from '../analytics/guard/cell-decider';
import { ALL_PHASES } from '../analytics/guard/cell-space';
import { MonthlyCounts } from '../analytics/guard/monthly-counts';
import { calendarWindow, WindowQuery } from '../common/calendar-window';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** One programme's invitations of one month (0–11) of the year and what became of them. */
interface MonthRow {
  programmeId: string;
  programmeName: string;
  month: number;
  invited: number;
  emailed: number;
  pending: number;
  failed: number;
  opened: number;
  answered: number;
}

type Counted = Pick<MonthRow, 'invited' | 'emailed' | 'pending' | 'failed' | 'opened' | 'answered'>;

/**
 * What HR needs to trust the pulse engine: per programme and month, how many were invited,
 * emailed, opened, answered, over a calendar period.
 *
 * Who was invited when, and what became of the email, HR sees person by person anyway; who opened
 * or answered no one may (PRODUCT.md). So opened and answered go through the dashboards' guard with
 * the invitations as the counted population: groups (programme × the calendar tree, the programmes
 * one partition of each period) of fewer than k invitations are withheld, and so is any group whose
 * opened or answered would follow from others by subtraction (a month from its quarter, a programme
 * from the total). A one-day window would be a group of the few invited that day: only calendar
 * periods are offered.
 */
@Injectable()
export class DeliveryStatusService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(query: WindowQuery): Promise<DeliveryStatus> {
    const period = calendarWindow(query, await this.organisation.today());
    const [year, failures] = await Promise.all([this.year(period.year), this.failures()]);
    const k = this.config.anonymityK;
    // The organisation only (no department is shown) × the year's calendar tree × the programmes.
    const none = new DepartmentTree([]);
    const invited = new MonthlyCounts(none, year.map((r) => ({ department: null, value: r.programmeId, month: r.month, n: r.invited })));
    const programmes = { values: [...new Set(year.map((r) => r.programmeId))].sort(), selected: ALL_PHASES };
    const decider = new CellDecider(k, none, invited, programmes, 'none', false);
    const months = monthsOf(period);
    const inPeriod = year.filter((r) => r.month >= period.firstMonth && r.month <= period.lastMonth);
    const rows: DeliveryStatusRow[] = [...inPeriod]
      .sort((a, b) => b.month - a.month || a.programmeName.localeCompare(b.programmeName))
      .map((r) => ({
        programmeId: r.programmeId,
        programmeName: r.programmeName,
        month: months[r.month - period.firstMonth].from,
        ...guarded(r, decider.organisation(r.programmeId, months[r.month - period.firstMonth])),
      }));
    const sum = (key: keyof Counted) => inPeriod.reduce((total, r) => total + r[key], 0);
    const total: Counted = {
      invited: sum('invited'), emailed: sum('emailed'), pending: sum('pending'), failed: sum('failed'),
      opened: sum('opened'), answered: sum('answered'),
    };
    return { period: period.key, k, rows, total: guarded(total, decider.organisation(ALL_PHASES, period)), failures };
  }

  /** The year's invitations by programme and the month they were sent. */
  private year(year: number): Promise<MonthRow[]> {
    return this.db.query(
      `SELECT p.id AS "programmeId", p.name_en AS "programmeName",
              (extract(month FROM i.sent_on) - 1)::int AS month,
              count(*)::int AS invited,
              count(*) FILTER (WHERE o.status = 'sent')::int AS emailed,
              count(*) FILTER (WHERE o.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE o.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE i.opened)::int AS opened,
              count(*) FILTER (WHERE i.answered)::int AS answered
         FROM invitation i
         JOIN programme p ON p.id = i.programme_id
         LEFT JOIN outbox o ON o.invitation_id = i.id AND o.kind = 'invitation'
        WHERE i.sent_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
        GROUP BY 1, 2, 3`,
      [year],
    );
  }

  /**
   * Invitation emails the worker gave up on, by address. Reminders are left out: one is tried only
   * while its invitation is unanswered (an answered one is skipped), so a failed reminder next to
   * a name would tell HR that this person had not answered.
   */
  private failures(): Promise<FailedDelivery[]> {
    return this.db.query(
      `SELECT o.id::text AS id, p.name_en AS "programmeName", o.kind, o.to_address AS "to", o.attempts,
              o.last_error AS "lastError", o.created_at AS "createdAt"
         FROM outbox o JOIN invitation i ON i.id = o.invitation_id JOIN programme p ON p.id = i.programme_id
        WHERE o.status = 'failed' AND o.kind = 'invitation'
        ORDER BY o.created_at DESC
        LIMIT 200`,
    );
  }
}

/** A group's counts as published: opened and answered (and so the rate) only when the guard shows the group. */
function guarded(c: Counted, withheld: DeliveryCounts['withheld']): DeliveryCounts {
  const { invited, emailed, pending, failed } = c;
  if (withheld) return { invited, emailed, pending, failed, opened: null, answered: null, responseRate: null, withheld };
  return { invited, emailed, pending, failed, opened: c.opened, answered: c.answered, responseRate: invited ? c.answered / invited : null, withheld: null };
}
