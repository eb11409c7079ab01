import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/*
 * The follow-up queue (issue 12): detractor and negative comments land in the queue of the unit whose
 * comment list holds them, only where the comments list shows them (k = 5, commentK = 10); scope, the
 * status flow, the audit trail and bad input.
 *
 * The organisation: Company → Sales → North, South; Company → Support, Tiny. Everything is answered in
 * 2026-Q2. Tiny (3) is withheld, and Support (12) with it as its partner, so their comments are in
 * Company's list; North (26) and South (12) have lists of their own.
 */
describe('Follow-up queue', () => {
  let t: TestApp;
  let programme: string;
  const ids: Record<string, string> = {};
  let hr: Awaited<ReturnType<typeof signIn>>;
  let leader: Awaited<ReturnType<typeof signIn>>;
  let salesManager: Awaited<ReturnType<typeof signIn>>;
  let southManagerId = '';
  let salesManagerId = '';
  let accounts: { email: string; password: string }[] = [];

  /** Moves the clock and signs everyone in again (sessions end after 30 idle minutes). */
  const at = async (instant: string) => {
    t.clock.set(instant);
    [hr, leader, salesManager] = await Promise.all(accounts.map((a) => signIn(t.app, a.email, a.password)));
  };

  const north = (n: number, score: number, text: (i: number) => string, sentiment: -1 | 0 | 1, answeredOn: string) =>
    newResponses(t.db, {
      programmeId: programme, departmentId: ids.north, answeredOn, scores: Array(n).fill(score),
      comments: Array.from({ length: n }, (_, i) => text(i)), comment: { text: '', sentiment },
    });
  const one = (department: string, score: number, text: string | null, sentiment: -1 | 0 | 1, answeredOn = '2026-06-03') =>
    newResponses(t.db, {
      programmeId: programme, departmentId: ids[department], answeredOn, scores: [score], comments: [text], comment: { text: '', sentiment },
    });
  const many = (department: string, scores: number[], answeredOn = '2026-06-04') =>
    newResponses(t.db, { programmeId: programme, departmentId: ids[department], answeredOn, scores });

  const queue = async (client = hr, query = 'show=all') => (await client.get(`/api/follow-ups?${query}`).expect(200)).body;
  const itemsOf = (body: { items: { unitName: string; text: string }[] }, unit: string) =>
    body.items.filter((i) => i.unitName === unit).map((i) => i.text).sort();

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-01T09:00:00Z' });
    programme = await newProgramme(t.db);
    const company = await newDepartment(t.db, { name: 'Company' });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: company.id });
    for (const [name, parentId] of [['North', sales.id], ['South', sales.id], ['Support', company.id], ['Tiny', company.id]] as const) {
      ids[name.toLowerCase()] = (await newDepartment(t.db, { name, parentId })).id;
    }
    ids.company = company.id;
    ids.sales = sales.id;
    const salesUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales.id });
    salesManagerId = salesUser.id;
    accounts = [await newUser(t.db, { role: 'admin' }), await newUser(t.db, { role: 'leader' }), salesUser];
    await at('2026-06-01T09:00:00Z');
    southManagerId = (await newUser(t.db, { role: 'manager', scopeDepartmentId: ids.south })).id;
    // Before the organisation's list for the quarter passes: six negative detractor comments in North.
    await north(6, 2, (i) => `Early worry ${i}: nobody answers the support line`, -1, '2026-05-20');
  });
  afterAll(() => t.close());

  it('takes nothing in while the comments list of the quarter is withheld', async () => {
    const body = await queue();
    expect(body).toMatchObject({ today: '2026-06-01', total: 0, items: [], units: [] });
    const comments = (await hr.get('/api/analytics/comments?period=2026-Q2').expect(200)).body;
    expect(comments.withheld).not.toBeNull();
    // This week's intake has run: answers written later wait for the next week.
    expect(await t.db.query(`SELECT to_char(week, 'YYYY-MM-DD') AS week, items FROM follow_up_intake`)).toEqual([{ week: '2026-06-01', items: 0 }]);
  });

  it('next week takes in the comments where the comments list shows them, in the unit whose list holds them', async () => {
    // North: 10 detractors (a neutral comment each), 10 promoters, one of them with a negative comment.
    await north(10, 3, (i) => `The rota changes every day (${i})`, 0, '2026-06-02');
    await north(9, 10, (i) => `Great colleagues ${i}`, 1, '2026-06-05');
    await one('north', 9, 'Parking is terrible', -1);
    // South: 12 answers, two detractors with a neutral comment (the band is withheld there), one negative passive.
    await many('south', [9, 9, 9, 9, 9, 9, 10, 10, 10]);
    await one('south', 4, 'Meetings run late', 0);
    await one('south', 5, 'Meetings run late', 0);
    await one('south', 8, 'The coffee machine is broken again', -1);
    // Support 12 and Tiny 3: withheld together; their comments are in Company's list.
    await many('support', [9, 9, 9, 9, 9, 9, 9, 9, 9, 10]);
    await one('support', 2, 'Support is understaffed', 0);
    await one('support', 10, 'Badly planned releases', -1);
    await one('tiny', 1, 'Tiny team, tiny budget, awful', -1);
    await many('tiny', [9, 9]);
    // Written after this week's start: they wait for the next intake.
    await one('north', 0, 'Written on the first day of the week', -1, '2026-06-15');

    await at('2026-06-15T09:00:00Z');
    const body = await queue();
    const listed = new Map<string, string>();
    for (let page = 1, more = true; more; page++) {
      const list = (await hr.get(`/api/analytics/comments?period=2026-Q2&page=${page}`).expect(200)).body;
      for (const c of list.comments) listed.set(c.text, c.department ?? 'Company');
      more = page * list.pageSize < list.total;
    }

    expect(itemsOf(body, 'North')).toEqual([
      ...Array.from({ length: 6 }, (_, i) => `Early worry ${i}: nobody answers the support line`),
      'Parking is terrible',
      ...Array.from({ length: 10 }, (_, i) => `The rota changes every day (${i})`),
    ].sort());
    // South's detractor band is withheld: its neutral detractor comments stay out; the negative one is in.
    expect(itemsOf(body, 'South')).toEqual(['The coffee machine is broken again']);
    // Company's own list holds Support's and Tiny's comments; only the negative ones qualify (the band is withheld there).
    expect(itemsOf(body, 'Company')).toEqual(['Badly planned releases', 'Tiny team, tiny budget, awful']);
    expect(body.total).toBe(20);
    // The same verdict as the comments list: every item is listed there, in the same department.
    for (const item of body.items) expect({ text: item.text, unit: listed.get(item.text) }).toEqual({ text: item.text, unit: item.unitName });
    expect(body.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Company', 'North', 'South']);

    const rota = body.items.find((i: { text: string }) => i.text.startsWith('The rota'));
    expect(rota).toMatchObject({ quarter: '2026-Q2', band: 'detractor', sentiment: 'neutral', status: 'new', createdOn: '2026-06-15', owner: null, dueOn: null });
    const parking = body.items.find((i: { text: string }) => i.text === 'Parking is terrible');
    expect(parking).toMatchObject({ band: null, sentiment: 'negative' });
    // Nothing of the answer: no day, no segment, and a key that is no response's id.
    expect(Object.keys(rota).sort()).toEqual(
      ['band', 'createdOn', 'dueOn', 'key', 'overdue', 'owner', 'quarter', 'resolvedOn', 'sentiment', 'status', 'text', 'unitId', 'unitName'].sort(),
    );
    const responseIds = new Set((await t.db.query(`SELECT id::text FROM response`)).map((r: { id: string }) => r.id));
    expect(body.items.every((i: { key: string }) => /^[0-9a-f-]{36}$/.test(i.key) && !responseIds.has(i.key))).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/2026-0[5-6]-(0[2-9]|1[0-4]|20)/);
  });

  it('takes each comment in once, and answers written since at the next week', async () => {
    expect((await queue()).total).toBe(20);
    await at('2026-06-21T20:00:00Z');
    expect((await queue()).total).toBe(20);
    await at('2026-06-22T09:00:00Z');
    const body = await queue();
    expect(body.total).toBe(21);
    expect(body.items.find((i: { text: string }) => i.text === 'Written on the first day of the week')).toMatchObject({ unitName: 'North', createdOn: '2026-06-22' });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM follow_up_item`))[0].n).toBe(21);
  });

  it('shows managers their own units only, and refuses the rest with 403', async () => {
    const mine = await queue(salesManager);
    expect(mine.units.map((u: { unitName: string }) => u.unitName)).toEqual(['North', 'South']);
    expect(new Set(mine.items.map((i: { unitName: string }) => i.unitName))).toEqual(new Set(['North', 'South']));
    const company = (await queue()).items.find((i: { unitName: string }) => i.unitName === 'Company');
    await salesManager.get(`/api/follow-ups?unit=${ids.company}`).expect(403);
    await salesManager.get(`/api/follow-ups/${company.key}`).expect(403);
    await salesManager.patch(`/api/follow-ups/${company.key}`).send({ status: 'acknowledged' }).expect(403);
    await salesManager.post(`/api/follow-ups/${company.key}/notes`).send({ body: 'Mine now' }).expect(403);
    await salesManager.get(`/api/follow-ups/owners?unit=${ids.support}`).expect(403);
    // Leaders see every unit and change nothing.
    expect((await queue(leader)).units).toHaveLength(3);
    expect((await queue(leader)).canAct).toBe(false);
    const refused = await leader.patch(`/api/follow-ups/${company.key}`).send({ status: 'acknowledged' }).expect(403);
    expect(refused.body.message).toMatch(/Leaders see/);
  });

  it('moves an item new → acknowledged → in discussion → resolved, recording who changed what and when', async () => {
    const item = (await queue(salesManager, `unit=${ids.north}`)).items[0];
    const owners = (await salesManager.get(`/api/follow-ups/owners?unit=${ids.north}`).expect(200)).body.owners.map((o: { id: string }) => o.id);
    expect(owners).toContain(salesManagerId);
    expect(owners).not.toContain(southManagerId);

    const acknowledged = await salesManager.patch(`/api/follow-ups/${item.key}`).send({ status: 'acknowledged', ownerId: salesManagerId, dueOn: '2026-06-30' }).expect(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', owner: { id: salesManagerId, name: 'Test manager' }, dueOn: '2026-06-30', canAct: true });
    expect(acknowledged.body.history.map((h: { change: string; from: string | null; to: string | null }) => [h.change, h.from, h.to])).toEqual([
      ['status', 'new', 'acknowledged'], ['owner', null, salesManagerId], ['due', null, '2026-06-30'],
    ]);
    expect(acknowledged.body.history[0]).toMatchObject({ at: '2026-06-22T09:00:00.000Z', user: { id: salesManagerId, name: 'Test manager' } });

    await salesManager.patch(`/api/follow-ups/${item.key}`).send({ status: 'new' }).expect(409);
    await at('2026-06-23T10:00:00Z');
    await salesManager.patch(`/api/follow-ups/${item.key}`).send({ status: 'in_discussion' }).expect(200);
    const note = await salesManager.post(`/api/follow-ups/${item.key}/notes`).send({ body: '  <b>Talked</b> it through at the team meeting  ' }).expect(201);
    expect(note.body.notes).toEqual([
      { id: expect.any(String), author: { id: salesManagerId, name: 'Test manager' }, body: '<b>Talked</b> it through at the team meeting', createdAt: '2026-06-23T10:00:00.000Z' },
    ]);
    const resolved = await hr.patch(`/api/follow-ups/${item.key}`).send({ status: 'resolved' }).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedOn: '2026-06-23', overdue: false });
    const reopened = await hr.patch(`/api/follow-ups/${item.key}`).send({ status: 'in_discussion' }).expect(200);
    expect(reopened.body.resolvedOn).toBeNull();

    const audit = await t.db.query(
      `SELECT change, from_value, to_value, user_name, user_id::text FROM follow_up_audit WHERE subject = 'item' AND subject_id = $1 ORDER BY at, id`,
      [item.key],
    );
    expect(audit.map((a: { change: string; to_value: string | null }) => [a.change, a.to_value])).toEqual([
      ['status', 'acknowledged'], ['owner', salesManagerId], ['due', '2026-06-30'], ['status', 'in_discussion'],
      ['note', note.body.notes[0].id], ['status', 'resolved'], ['status', 'in_discussion'],
    ]);
    // The audit names users and fields, never an employee's comment.
    const texts = new Set((await t.db.query(`SELECT comment FROM follow_up_item`)).map((r: { comment: string }) => r.comment));
    expect((await t.db.query(`SELECT from_value, to_value FROM follow_up_audit`)).some((a: { from_value: string; to_value: string }) => texts.has(a.to_value) || texts.has(a.from_value))).toBe(false);
  });

  it('lists open and overdue items per unit', async () => {
    const [item] = (await queue(hr, `unit=${ids.south}`)).items;
    await hr.patch(`/api/follow-ups/${item.key}`).send({ status: 'acknowledged', dueOn: '2026-06-24' }).expect(200);
    await at('2026-06-26T10:00:00Z');
    const overdue = await queue(hr, 'show=overdue');
    expect(overdue.items.map((i: { key: string }) => i.key)).toEqual([item.key]);
    expect(overdue.items[0].overdue).toBe(true);
    expect(overdue.units.find((u: { unitName: string }) => u.unitName === 'South')).toMatchObject({ open: 1, overdue: 1 });
    expect(overdue.units.find((u: { unitName: string }) => u.unitName === 'North')).toMatchObject({ open: 18, overdue: 0 });
    expect((await queue(hr, 'show=resolved')).total).toBe(0);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const [item] = (await queue(hr, `unit=${ids.north}`)).items;
    const bad = async (body: object, status = 400) => (await hr.patch(`/api/follow-ups/${item.key}`).send(body).expect(status)).body.message;
    expect(await bad({ status: 'done' })).toEqual(expect.arrayContaining([expect.stringMatching(/status must be one of/)]));
    expect(await bad({ dueOn: '2026-02-31' })).toMatch(/not a real calendar date/);
    expect(await bad({ dueOn: '31.12.2026' })).toEqual(expect.arrayContaining([expect.stringMatching(/YYYY-MM-DD/)]));
    expect(await bad({ dueOn: '2026-01-01' })).toMatch(/in the past/);
    expect(await bad({ ownerId: southManagerId })).toMatch(/cannot own work of North/);
    expect(await bad({})).toMatch(/Nothing to change/);
    expect(await bad({ text: 'rewritten' })).toEqual(expect.arrayContaining([expect.stringMatching(/should not exist/)]));
    await hr.post(`/api/follow-ups/${item.key}/notes`).send({ body: '   ' }).expect(400);
    await hr.post(`/api/follow-ups/${item.key}/notes`).send({ body: 'x'.repeat(2001) }).expect(400);
    await hr.get('/api/follow-ups/not-a-key').expect(400);
    await hr.get('/api/follow-ups/00000000-0000-4000-8000-000000000000').expect(404);
    await hr.get('/api/follow-ups?show=everything').expect(400);
    await hr.get('/api/follow-ups?unit=00000000-0000-4000-8000-000000000000').expect(404);
    await hr.get('/api/follow-ups/owners').expect(400);
  });
});
