import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EmployeePersonalData } from '@ex-pulse/contracts';
import { Clock } from '../common/clock';

/**
 * What EX Pulse holds about an employee, to hand them (the erasure is eraseEmployee, through
 * DELETE /api/employees/:id). Their answers are not among it: a response holds no employee or invitation id (PRODUCT.md), so it stays in the
 * figures after an erasure and cannot be exported for anyone.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Everything held about the employee, as JSON (GET /api/employees/:id/personal-data); never whether they opened or answered. */
  async export(employeeId: string): Promise<EmployeePersonalData> {
    const [employee] = await this.db.query(
      `SELECT e.id, e.external_id AS "externalId", e.name, e.work_email AS "workEmail", e.personal_email AS "personalEmail",
              d.name AS department, m.name AS manager, e.location, e.language,
              to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.notice_date, 'YYYY-MM-DD') AS "noticeDate",
              to_char(e.end_date, 'YYYY-MM-DD') AS "endDate", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
         FROM employee e JOIN department d ON d.id = e.department_id LEFT JOIN employee m ON m.id = e.manager_id
        WHERE e.id = $1`,
      [employeeId],
    );
    if (!employee) throw new NotFoundException(`Employee ${employeeId} does not exist.`);
    const invitations = await this.db.query(
      `SELECT p.name_en AS programme, to_char(i.sent_on, 'YYYY-MM-DD') AS "sentOn", i.expires_at AS "expiresAt", i.language,
              -- A reminder's state would tell whether they answered (it is skipped then): its planned time only.
              coalesce((SELECT json_agg(json_build_object('kind', o.kind, 'to', o.to_address, 'plannedAt', o.planned_at,
                         'status', CASE WHEN o.kind = 'invitation' THEN o.status END,
                         'sentAt', CASE WHEN o.kind = 'invitation' THEN o.sent_at END) ORDER BY o.id)
                          FROM outbox o WHERE o.invitation_id = i.id), '[]') AS emails
         FROM invitation i JOIN programme p ON p.id = i.programme_id
        WHERE i.employee_id = $1
        ORDER BY i.sent_on, p.name_en`,
      [employeeId],
    );
    const devMailbox = await this.db.query(
      `SELECT to_address AS "to", subject, delivered_at AS "deliveredAt" FROM dev_mail
        WHERE invitation_id IN (SELECT id FROM invitation WHERE employee_id = $1) OR lower(to_address) = ANY($2::text[])
        ORDER BY id`,
      [employeeId, [employee.workEmail, employee.personalEmail].filter(Boolean).map((a: string) => a.toLowerCase())],
    );
    return {
      exportedAt: this.clock.now().toISOString(),
      employee,
      invitations,
      devMailbox,
      answers:
        'None: an answer is stored without any link to the person who gave it or to their invitation, ' +
        'so no one, EX Pulse included, can tell which answers are theirs.',
    };
  }
}
