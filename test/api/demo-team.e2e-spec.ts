import { AppSecret } from '../../apps/api/src/common/app-secret';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { DigestPlanner } from '../../apps/api/src/digest/digest-planner.service';
import { DEMO_ACCOUNTS } from '../../apps/api/src/seed/demo-accounts';
import { demoConversationSecret, DemoTeam, issueDemoTeam } from '../../apps/api/src/seed/demo-team';
import { seedDemo } from '../../apps/api/src/seed/seed-demo';
import { signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

/*
 * Issue 12's "done" on the demo: the demo manager sees what matters most for their unit, replies to a
 * detractor comment from the follow-up queue, opens an action plan with an action shown to employees;
 * the employee's private link shows the reply and their next pulse shows the action. The seeded history
 * has no private links and no answer link in the manager's unit: issueDemoTeam gives one of each.
 * A Monday, 10:00 in Tallinn; the demo is seeded for that day.
 */
const TODAY = '2026-11-23';

describe('The demo manager closes the loop (issueDemoTeam)', () => {
  let t: TestApp;
  let team: DemoTeam;
  let manager: Awaited<ReturnType<typeof signIn>>;
  let itemKey = '';
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
  const conversation = () => t.http.post('/api/conversation/view').send({ secret: team.conversationSecret });

  beforeAll(async () => {
    t = await createTestApp({ now: `${TODAY}T08:00:00Z` });
    await t.db.query(`DELETE FROM organisation`); // the test app's own; the demo seed brings Nordlight's
    expect((await seedDemo(t.db, TODAY)).seeded).toBe(true);
    team = (await issueDemoTeam(t.db, t.app.get(AppSecret), TODAY))!;
    manager = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t?.close());

  it("gives a link of the manager's unit and a conversation, the same ones on every start", async () => {
    expect(team).toEqual({ unit: 'Customer Support', answerToken: expect.stringMatching(/^[A-Za-z0-9_-]{64}$/), conversationSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(await issueDemoTeam(t.db, t.app.get(AppSecret), TODAY)).toEqual(team);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM conversation`)).toEqual([{ n: 1 }]);
    const view = (await t.http.post('/api/survey/view').send({ token: team.answerToken }).expect(200)).body;
    expect(view.teamActions).toBeUndefined();
    // Another application secret (another installation) knows neither.
    expect(demoConversationSecret(new AppSecret(Buffer.from('another installation, 32 bytes or more')))).not.toBe(team.conversationSecret);
  });

  it('shows the manager a priority of their unit, not every driver withheld', async () => {
    const priorities = (await manager.get('/api/analytics/priorities').expect(200)).body;
    const [unit] = priorities.units;
    expect(unit.label).toBe('Customer Support');
    expect(unit.drivers.filter((d: { withheld: string | null }) => d.withheld === null).length).toBeGreaterThanOrEqual(3);
    expect(unit.drivers.some((d: { label: string | null }) => d.label === 'priority')).toBe(true);
  });

  it("puts the conversation's comment in the unit's queue with its thread; the manager replies and the employee reads it", async () => {
    const queue = (await manager.get('/api/follow-ups?show=all').expect(200)).body;
    expect(queue.units).toEqual([expect.objectContaining({ unitName: 'Customer Support' })]);
    expect(queue.total).toBeGreaterThanOrEqual(5);
    const threads = await Promise.all(
      queue.items.map(async (i: { key: string }) => [i.key, (await manager.get(`/api/follow-ups/${i.key}/conversation`).expect(200)).body.available]),
    );
    const withThread = threads.filter(([, available]) => available);
    expect(withThread).toHaveLength(1);
    itemKey = withThread[0][0];
    const item = queue.items.find((i: { key: string }) => i.key === itemKey);

    expect((await conversation().expect(200)).body).toMatchObject({ comment: item.text, messages: [], canAnswer: false });
    await manager.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: 'Thank you for saying it. We are looking at the peak hours first.' }).expect(201);
    const read = (await conversation().expect(200)).body;
    expect(read.messages).toEqual([{ fromStaff: true, body: 'Thank you for saying it. We are looking at the peak hours first.', writtenOn: TODAY }]);
    expect(read.canAnswer).toBe(true);
  });

  it("shows the plan's action on the next pulse of the unit's employee", async () => {
    const unitId = manager.user.scopeDepartmentId;
    await manager.post('/api/action-plans').send({
      unitId, title: 'Calmer peak hours', focus: [{ kind: 'item', itemKey }],
      actions: [{ title: 'Add a second line at peak hours', shownToEmployees: true }],
    }).expect(201);
    const view = (await t.http.post('/api/survey/view').send({ token: team.answerToken }).expect(200)).body;
    expect(view.teamActions).toEqual([{ title: 'Add a second line at peak hours', status: 'planned' }]);
  });

  it("on Monday from 10:00 the manager's digest reaches the demo's mailbox, with the unit's figures and its queue", async () => {
    expect(await t.app.get(DigestPlanner).planDue()).toMatchObject({ week: TODAY });
    await t.app.get(DeliveryService).deliverDue();
    const [mail] = await t.db.query(`SELECT subject, text_body FROM dev_mail WHERE to_address = $1`, [account.email]);
    expect(mail.subject).toBe('Your weekly EX Pulse digest, 23 November 2026 – Nordlight Retail');
    expect(mail.text_body).toMatch(/- Customer Support: eNPS [-+]?\d/);
    expect(mail.text_body).toMatch(/Follow-up: \d+ open items/);
  });

  it('links again to the item already in the queue when the conversation is started after the intake', async () => {
    await t.db.query(`DELETE FROM conversation_message`);
    await t.db.query(`DELETE FROM conversation`);
    expect(await issueDemoTeam(t.db, t.app.get(AppSecret), TODAY)).toEqual(team);
    expect((await manager.get(`/api/follow-ups/${itemKey}/conversation`).expect(200)).body).toMatchObject({ available: true, messages: [] });
  });

  it('does nothing on an organisation that is not the seeded demo', async () => {
    await t.db.query(`UPDATE organisation SET demo_seeded_at = NULL`);
    expect(await issueDemoTeam(t.db, t.app.get(AppSecret), TODAY)).toBeNull();
  });
});
