import { addDays } from '@ex-pulse/domain';
import { InvitationPlannerService } from '../../apps/api/src/scheduling/invitation-planner.service';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee } from '../support/factories';

/** Runs the planner once a day (11:30 or 12:30 in Tallinn, after the 10:00 send hour) from `from` to `to`. */
async function runDaily(t: TestApp, from: string, to: string): Promise<void> {
  const planner = t.app.get(InvitationPlannerService);
  for (let day = from; day <= to; day = addDays(day, 1)) {
    t.clock.set(`${day}T09:30:00Z`);
    await planner.planDue();
  }
}

async function invitationsOf(t: TestApp, employeeId: string) {
  return (await t.db.query(
    `SELECT p.key AS programme, i.occurrence_key AS occurrence, to_char(i.sent_on, 'YYYY-MM-DD') AS sent,
            to_char(i.due_on, 'YYYY-MM-DD') AS due, i.phase
       FROM invitation i JOIN programme p ON p.id = i.programme_id
      WHERE i.employee_id = $1 ORDER BY i.sent_on, p.key`,
    [employeeId],
  )) as { programme: string; occurrence: string; sent: string; due: string; phase: string }[];
}

describe('scheduler: the lifecycle of one employee, day by day', () => {
  let t: TestApp;
  let department: string;

  beforeAll(async () => {
    t = await createTestApp();
    department = (await newDepartment(t.db, { name: 'Support' })).id;
  });
  afterAll(() => t.close());

  it('sends onboarding on days 7/30/60/90, then development pulses every 30 days, then quarterly ones', async () => {
    const hire = await newEmployee(t.db, { departmentId: department, startDate: '2026-01-05' });
    await runDaily(t, '2026-01-01', '2027-04-05');
    // Expected dates computed independently (python3 datetime): employment day N is start + N − 1,
    // a Saturday or Sunday moves to the Monday after.
    expect((await invitationsOf(t, hire.id)).map((i) => [i.programme, i.occurrence, i.sent])).toEqual([
      ['onboarding', 'day-7', '2026-01-12'],
      ['onboarding', 'day-30', '2026-02-03'],
      ['onboarding', 'day-60', '2026-03-05'],
      ['onboarding', 'day-90', '2026-04-06'],
      ['development', 'day-121', '2026-05-05'],
      ['development', 'day-151', '2026-06-04'],
      ['development', 'day-181', '2026-07-06'],
      ['development', 'day-211', '2026-08-03'],
      ['development', 'day-241', '2026-09-02'],
      ['quarterly', 'day-361', '2026-12-31'],
      ['quarterly', 'day-451', '2027-03-31'],
    ]);
  });

  it('queues each invitation email at once and its reminder three days later at 10:00 local time, on a working day, with no link stored', async () => {
    const hire = await newEmployee(t.db, { departmentId: department, startDate: '2026-01-05', name: 'Reminded' });
    await runDaily(t, '2026-01-12', '2026-01-12');
    const messages = await t.db.query(
      `SELECT o.kind, o.next_attempt_at, o.to_address, i.expires_at, i.token_hash
         FROM outbox o JOIN invitation i ON i.id = o.invitation_id WHERE i.employee_id = $1 ORDER BY o.kind`,
      [hire.id],
    );
    expect(messages.map((m: { kind: string }) => m.kind)).toEqual(['invitation', 'reminder']);
    expect(messages[0].next_attempt_at.toISOString()).toBe('2026-01-12T09:30:00.000Z');
    expect(messages[1].next_attempt_at.toISOString()).toBe('2026-01-15T08:00:00.000Z'); // Thu 10:00 EET
    expect(messages[0].expires_at.toISOString()).toBe('2026-01-26T08:00:00.000Z'); // 14 days, 10:00 EET
    expect(messages[0].token_hash).toBeNull(); // the link is derived when it is sent (AnswerLinks)
  });

  it('makes the exit survey due on notice, to the personal address, open until the last day, and stops other pulses', async () => {
    const leaver = await newEmployee(t.db, { departmentId: department, startDate: '2024-03-04', name: 'Leaver' });
    await t.db.query(`UPDATE employee SET personal_email = 'leaver@home.test', notice_date = '2026-06-10', end_date = '2026-07-10' WHERE id = $1`, [leaver.id]);
    await runDaily(t, '2026-06-08', '2026-08-31');
    const invitations = await invitationsOf(t, leaver.id);
    expect(invitations.map((i) => [i.programme, i.sent, i.phase])).toEqual([['exit', '2026-06-10', 'separation']]);
    const [exit] = await t.db.query(
      `SELECT o.kind, o.to_address, o.next_attempt_at, i.expires_at FROM outbox o JOIN invitation i ON i.id = o.invitation_id
        WHERE i.employee_id = $1 ORDER BY o.kind`,
      [leaver.id],
    );
    expect(exit.to_address).toBe('leaver@home.test');
    expect(exit.expires_at.toISOString()).toBe('2026-07-11T07:00:00.000Z'); // the day after the last, 10:00 EEST
    const [reminder] = await t.db.query(
      `SELECT o.next_attempt_at FROM outbox o JOIN invitation i ON i.id = o.invitation_id WHERE i.employee_id = $1 AND o.kind = 'reminder'`,
      [leaver.id],
    );
    expect(reminder.next_attempt_at.toISOString()).toBe('2026-07-07T07:00:00.000Z'); // three days before the last day
  });

  it('respects a change of start date on the next run', async () => {
    const moved = await newEmployee(t.db, { departmentId: department, startDate: '2026-09-28', name: 'Moved' });
    await runDaily(t, '2026-09-01', '2026-09-04');
    expect(await invitationsOf(t, moved.id)).toEqual([]);
    await t.db.query(`UPDATE employee SET start_date = '2026-09-01' WHERE id = $1`, [moved.id]);
    await runDaily(t, '2026-09-07', '2026-09-07');
    expect((await invitationsOf(t, moved.id)).map((i) => [i.occurrence, i.sent, i.due])).toEqual([['day-7', '2026-09-07', '2026-09-07']]);
  });
});

describe('scheduler: guards', () => {
  let t: TestApp;
  let department: string;
  let planner: InvitationPlannerService;

  beforeAll(async () => {
    t = await createTestApp();
    department = (await newDepartment(t.db, { name: 'Sales' })).id;
    planner = t.app.get(InvitationPlannerService);
  });
  afterAll(() => t.close());

  it('sends nothing at weekends or before the send hour', async () => {
    const hire = await newEmployee(t.db, { departmentId: department, startDate: '2026-03-02' });
    t.clock.set('2026-03-08T09:30:00Z'); // Sunday, day 7
    expect(await planner.planDue()).toMatchObject({ ran: false, reason: 'weekend' });
    t.clock.set('2026-03-09T07:59:00Z'); // Monday 09:59 in Tallinn
    expect(await planner.planDue()).toMatchObject({ ran: false, reason: 'before-send-hour' });
    expect(await invitationsOf(t, hire.id)).toEqual([]);
    t.clock.set('2026-03-09T08:00:00Z');
    expect(await planner.planDue()).toMatchObject({ ran: true });
    expect((await invitationsOf(t, hire.id)).map((i) => i.sent)).toEqual(['2026-03-09']);
  });

  it('catches up a missed occurrence within its window, and never sends one whose window passed', async () => {
    const caughtUp = await newEmployee(t.db, { departmentId: department, startDate: '2026-04-06', name: 'Caught up' });
    const missed = await newEmployee(t.db, { departmentId: department, startDate: '2026-04-06', name: 'Missed' });
    // Day 7 is Sunday 04-12, due Monday 04-13. Down until Thursday 04-16: sent late, due date kept.
    await runDaily(t, '2026-04-16', '2026-04-16');
    expect((await invitationsOf(t, caughtUp.id)).map((i) => [i.due, i.sent])).toEqual([['2026-04-13', '2026-04-16']]);
    // The other hire's day-7 pulse: remove it and let the window (7 days from 04-13) pass.
    await t.db.query(`DELETE FROM invitation WHERE employee_id = $1`, [missed.id]);
    await runDaily(t, '2026-04-20', '2026-04-24');
    expect(await invitationsOf(t, missed.id)).toEqual([]);
  });

  it('keeps at most one invitation per employee in 14 days, the exit survey excepted', async () => {
    await t.db.query(
      `INSERT INTO programme (key, name_en, name_et, target_phase, trigger_kind, interval_days, priority)
       VALUES ('weekly', 'Weekly check', 'Iganädalane', 'ongoing_development', 'every_n_days', 7, 50)`,
    );
    const busy = await newEmployee(t.db, { departmentId: department, startDate: '2024-01-01', name: 'Busy' });
    await runDaily(t, '2026-05-04', '2026-07-31');
    const sent = (await invitationsOf(t, busy.id)).map((i) => i.sent);
    expect(sent.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < sent.length; i++) {
      const gap = (Date.parse(sent[i]) - Date.parse(sent[i - 1])) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(14);
    }
    await t.db.query(`UPDATE programme SET active = false WHERE key = 'weekly'`);
  });

  it('skips paused programmes, departed employees and employees without an address', async () => {
    await t.db.query(`UPDATE programme SET active = false WHERE key = 'onboarding'`);
    const paused = await newEmployee(t.db, { departmentId: department, startDate: '2026-08-03', name: 'Paused' });
    const gone = await newEmployee(t.db, { departmentId: department, startDate: '2026-07-01', name: 'Gone' });
    await t.db.query(`UPDATE employee SET end_date = '2026-08-07' WHERE id = $1`, [gone.id]);
    const silent = await newEmployee(t.db, { departmentId: department, startDate: '2026-08-03', name: 'Silent' });
    await t.db.query(`UPDATE employee SET work_email = '' WHERE id = $1`, [silent.id]);
    await runDaily(t, '2026-08-03', '2026-10-30');
    expect(await invitationsOf(t, paused.id)).toEqual([]);
    expect(await invitationsOf(t, gone.id)).toEqual([]);
    expect(await invitationsOf(t, silent.id)).toEqual([]);
    await t.db.query(`UPDATE programme SET active = true WHERE key = 'onboarding'`);
  });
});
