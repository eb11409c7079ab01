import { phaseOn, addDays } from '@ex-pulse/domain';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { InvitationPlannerService } from '../../apps/api/src/scheduling/invitation-planner.service';
import { createTestApp, TestApp, TestClock } from '../support/test-app';
import { newDepartment } from '../support/factories';

describe('scheduler: exactly once across instances and restarts', () => {
  let t: TestApp;
  let instances: DataSource[];

  beforeAll(async () => {
    t = await createTestApp();
    const department = (await newDepartment(t.db, { name: 'Stores' })).id;
    // 300 people hired on one Monday: all due their day-7 check-in on the Monday after.
    await t.db.query(
      `INSERT INTO employee (external_id, name, work_email, department_id, location, language, start_date)
       SELECT 'C' || g, 'Person ' || g, 'p' || g || '@example.test', $1, 'Tartu', 'et', '2026-03-02'
         FROM generate_series(1, 300) g`,
      [department],
    );
    instances = await Promise.all([1, 2, 3].map(() => createDataSource(t.databaseUrl).initialize()));
  });
  afterAll(async () => {
    await Promise.all(instances.map((ds) => ds.destroy()));
    await t.close();
  });

  it('three instances planning at once create each invitation and email exactly once', async () => {
    const clock = new TestClock(new Date('2026-03-09T09:30:00Z'));
    const planners = instances.map((ds) => new InvitationPlannerService(ds, clock));
    for (let round = 0; round < 3; round++) {
      await Promise.all(planners.map((p) => p.planDue()));
    }
    const [counts] = await t.db.query(
      `SELECT count(*)::int AS invitations, count(DISTINCT employee_id)::int AS employees,
              (SELECT count(*)::int FROM outbox WHERE kind = 'invitation') AS emails,
              (SELECT count(*)::int FROM outbox WHERE kind = 'reminder') AS reminders
         FROM invitation`,
    );
    expect(counts).toEqual({ invitations: 300, employees: 300, emails: 300, reminders: 300 });
  });

  it('completes the work on the next run after the database drops its connections, with no duplicates', async () => {
    const clock = new TestClock(new Date('2026-03-31T09:30:00Z')); // day 30 of the 300 hires
    const planner = new InvitationPlannerService(instances[0], clock);
    await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    // The pool drops its dead connections as their errors arrive; a tick later the run goes through.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await planner.planDue()).toMatchObject({ ran: true, invitations: 300 });
    expect(await planner.planDue()).toMatchObject({ ran: true, invitations: 0 });
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT employee_id)::int AS people FROM invitation WHERE occurrence_key = 'day-30'`,
    );
    expect(row).toEqual({ n: 300, people: 300 });
  });

  it('decides phases in SQL exactly as the domain rule does', async () => {
    // Pseudo-random employments (fixed seed) compared on many dates: expulse_phase() against phaseOn().
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const cases = Array.from({ length: 3000 }, () => {
      const start = addDays('2022-01-01', rand(1500));
      const notice = rand(3) === 0 ? addDays(start, rand(900)) : null;
      const end = notice ? addDays(notice, rand(90)) : rand(5) === 0 ? addDays(start, rand(900)) : null;
      return { start, notice, end, on: addDays(start, rand(1200) - 100), onb: 60 + rand(60), ini: 200 + rand(100) };
    });
    const rows: { phase: string }[] = await t.db.query(
      `SELECT expulse_phase(s, n, e, o, b, i) AS phase
         FROM unnest($1::date[], $2::date[], $3::date[], $4::date[], $5::int[], $6::int[]) WITH ORDINALITY AS x(s, n, e, o, b, i, k)
        ORDER BY k`,
      [cases.map((c) => c.start), cases.map((c) => c.notice), cases.map((c) => c.end), cases.map((c) => c.on),
       cases.map((c) => c.onb), cases.map((c) => c.ini)],
    );
    const expected = cases.map((c) =>
      phaseOn({ startDate: c.start, noticeDate: c.notice, endDate: c.end }, c.on, { onboardingUntilDay: c.onb, initialDevelopmentUntilDay: c.ini }),
    );
    expect(rows.map((r) => r.phase)).toEqual(expected);
  });
});
