import { DataSource } from 'typeorm';
import { OrganisationService } from '../../apps/api/src/common/organisation.service';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { DeliveryResult, DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { SmtpMailTransport } from '../../apps/api/src/delivery/mail-transport';
import { AnswerInbox } from '../../apps/api/src/responses/answer-inbox';
import { AnswerLinks } from '../../apps/api/src/responses/answer-token';
import { AccountLinks } from '../../apps/api/src/users/account-links';
import { installedProgramme, newDepartment, newEmployee, newInvitation } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

describe('delivery: two workers on one database', () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  let secondDb: DataSource;
  let secondTransport: SmtpMailTransport;
  let workers: DeliveryService[];

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_INTERVAL_SECONDS: '0', SCHEDULER_INTERVAL_MINUTES: '0' },
    });
    // A second instance: its own connection pool and SMTP transport, the same database and clock.
    secondDb = await createDataSource((t.db.options as { url: string }).url).initialize();
    secondTransport = new SmtpMailTransport(t.config.smtp!, t.config.mailFrom);
    const second = new DeliveryService(
      secondDb, t.clock, new OrganisationService(secondDb, t.clock), secondTransport, t.config, t.app.get(AnswerLinks), t.app.get(AnswerInbox),
      t.app.get(AccountLinks),
    );
    workers = [t.app.get(DeliveryService), second];
  });
  afterAll(async () => {
    secondTransport?.onModuleDestroy();
    await secondDb?.destroy();
    await t?.close();
    await smtp.stop();
  });

  it('sends each of 40 pending messages exactly once while both work at the same time', async () => {
    const department = (await newDepartment(t.db)).id;
    const programme = await installedProgramme(t.db, 'quarterly');
    const addresses = await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        const employee = await newEmployee(t.db, { departmentId: department, language: n % 2 ? 'et' : 'en' });
        const { id } = await newInvitation(t, { employeeId: employee.id, departmentId: department, programmeId: programme });
        const [{ to }] = await t.db.query(
          `INSERT INTO outbox (invitation_id, kind, to_address, next_attempt_at)
           SELECT i.id, 'invitation', e.work_email, $2 FROM invitation i JOIN employee e ON e.id = i.employee_id
            WHERE i.id = $1 RETURNING to_address AS "to"`,
          [id, t.clock.now()],
        );
        return to as string;
      }),
    );
    smtp.delayMs = 10; // a little latency, so the two workers' batches overlap

    const drain = async (worker: DeliveryService) => {
      const total: DeliveryResult = { sent: 0, failed: 0, retried: 0, skipped: 0 };
      for (;;) {
        const batch = await worker.deliverDue(4);
        if (batch.sent + batch.failed + batch.retried + batch.skipped === 0) return total;
        for (const key of Object.keys(total) as (keyof DeliveryResult)[]) total[key] += batch[key];
      }
    };
    const [first, second] = await Promise.all(workers.map(drain));

    expect(first.sent + second.sent).toBe(40);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    expect(smtp.received).toHaveLength(40);
    for (const to of addresses) expect(smtp.to(to)).toHaveLength(1);
    const [counts] = await t.db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*)::int AS all FROM outbox`,
    );
    expect(counts).toEqual({ sent: 40, all: 40 });
  });
});
