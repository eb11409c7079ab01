import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addMonths, monthStart } from '@ex-pulse/domain';
import type { DeliveryStatus, DeliveryStatusRow, FailedDelivery } from '@ex-pulse/contracts';
import { resolveWindow } from '../common/date-window';
import { OrganisationService } from '../common/organisation.service';

/** What HR needs to trust the pulse engine: per programme and month, how many were invited, emailed, opened, answered. */
@Injectable()
export class DeliveryStatusService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  async status(from?: string, to?: string): Promise<DeliveryStatus> {
    const { from: start, to: end } = await resolveWindow(from, to, () => this.organisation.today(), (last) =>
      monthStart(addMonths(last, -2)),
    );
    const [rows, failures] = await Promise.all([this.rows(start, end), this.failures()]);
    return { from: start, to: end, rows, failures };
  }

  private async rows(from: string, to: string): Promise<DeliveryStatusRow[]> {
    const rows: (Omit<DeliveryStatusRow, 'responseRate'>)[] = await this.db.query(
      `SELECT p.id AS "programmeId", p.name_en AS "programmeName",
              to_char(date_trunc('month', i.sent_on), 'YYYY-MM-DD') AS month,
              count(*)::int AS invited,
              count(*) FILTER (WHERE o.status = 'sent')::int AS emailed,
              count(*) FILTER (WHERE o.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE o.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE i.opened)::int AS opened,
              count(*) FILTER (WHERE i.answered)::int AS answered
         FROM invitation i
         JOIN programme p ON p.id = i.programme_id
         LEFT JOIN outbox o ON o.invitation_id = i.id AND o.kind = 'invitation'
        WHERE i.sent_on BETWEEN $1 AND $2
        GROUP BY 1, 2, 3
        ORDER BY 3 DESC, 2`,
      [from, to],
    );
    return rows.map((r) => ({ ...r, responseRate: r.invited ? r.answered / r.invited : null }));
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
