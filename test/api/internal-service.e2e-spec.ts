import { randomUUID } from 'node:crypto';
import { addDays, providersFor } from '@ex-pulse/domain';
import { InvitationPlannerService } from '../../apps/api/src/scheduling/invitation-planner.service';
import { createTestApp, TestApp } from '../support/test-app';
import { answerToken, installedProgramme, invitationOfToken, newDepartment, newEmployee, newUser, signIn } from '../support/factories';

/** Start date of the employees answering: places their 90-day rounds on the calendar. */
const START = '2024-01-08';

async function newProvider(t: TestApp, name: string): Promise<string> {
  const { id } = await newDepartment(t.db, { name });
  await t.db.query(`UPDATE department SET internal_provider = true WHERE id = $1`, [id]);
  return id;
}

describe('internal service: providers, the pulse and internal CSAT', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let it_: string, hr: string, finance: string, sales: string, support: string, ops: string, lonely: string;
  let programme: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    it_ = await newProvider(t, 'IT');
    hr = await newProvider(t, 'HR');
    finance = await newProvider(t, 'Finance');
    sales = (await newDepartment(t.db, { name: 'Sales' })).id;
    support = (await newDepartment(t.db, { name: 'Support' })).id;
    ops = (await newDepartment(t.db, { name: 'Ops' })).id;
    lonely = (await newDepartment(t.db, { name: 'Lonely' })).id;
    programme = await installedProgramme(t.db, 'internal_service');
    const a = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  const links = async (consumer: string) =>
    (await t.db.query(
      `SELECT provider_department_id AS id FROM department_provider WHERE consumer_department_id = $1 ORDER BY 1`, [consumer],
    )).map((r: { id: string }) => r.id);

  describe('provider sets', () => {
    it('replaces a department’s providers and lists them', async () => {
      const res = await admin.put(`/api/internal-service/departments/${sales}/providers`).send({ providerIds: [it_, hr, finance] }).expect(200);
      expect(res.body).toEqual({ id: sales, name: 'Sales', internalProvider: false, providerIds: [it_, hr, finance].sort() });
      await admin.put(`/api/internal-service/departments/${support}/providers`).send({ providerIds: [it_] }).expect(200);
      await admin.put(`/api/internal-service/departments/${ops}/providers`).send({ providerIds: [it_, hr] }).expect(200);
      await admin.put(`/api/internal-service/departments/${ops}/providers`).send({ providerIds: [it_] }).expect(200);
      expect(await links(ops)).toEqual([it_]);

      const list = await admin.get('/api/internal-service/providers').expect(200);
      expect(list.body.providers.map((p: { name: string }) => p.name)).toEqual(['Finance', 'HR', 'IT']);
      expect(list.body.departments.find((d: { id: string }) => d.id === sales).providerIds).toHaveLength(3);
    });

    it('refuses a department that is not a provider, itself, or an unknown one with 400, and changes nothing', async () => {
      const before = await links(sales);
      const put = (providerIds: unknown) => admin.put(`/api/internal-service/departments/${sales}/providers`).send({ providerIds });
      const notProvider = await put([it_, support]).expect(400);
      expect(JSON.stringify(notProvider.body.message)).toMatch(/Support is not marked as an internal provider/);
      await admin.put(`/api/internal-service/departments/${it_}/providers`).send({ providerIds: [it_, hr] }).expect(400)
        .then((r) => expect(JSON.stringify(r.body.message)).toMatch(/its own internal provider/));
      const unknown = await put([randomUUID()]).expect(400);
      expect(JSON.stringify(unknown.body.message)).toMatch(/No department has the id/);
      await put(['not-a-uuid']).expect(400);
      await put([hr, hr]).expect(400);
      await put('IT').expect(400);
      await admin.put(`/api/internal-service/departments/${randomUUID()}/providers`).send({ providerIds: [] }).expect(404);
      expect(await links(sales)).toEqual(before);
    });

    it('lets only HR admins change them', async () => {
      const m = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales });
      const manager = await signIn(t.app, m.email, m.password);
      await manager.put(`/api/internal-service/departments/${sales}/providers`).send({ providerIds: [] }).expect(403);
      expect(await links(sales)).toHaveLength(3);
    });
  });

  describe('the answer page and the answer', () => {
    let employee: string;

    async function invite(occurrence: string, o: { language?: 'en' | 'et'; employeeId?: string; departmentId?: string } = {}) {
      const [{ id }] = await t.db.query(
        `INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase, sent_on, expires_at)
         VALUES ($1, $2, $3, $4, $5, 'ongoing_development', '2026-06-10', '2026-06-24T10:00:00Z') RETURNING id`,
        [o.employeeId ?? employee, programme, occurrence, o.language ?? 'en', o.departmentId ?? sales],
      );
      return answerToken(t, id);
    }
    const view = async (token: string) => (await t.http.post('/api/survey/view').send({ token }).expect(200)).body;
    const answer = (token: string, body: Record<string, unknown>) =>
      t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), ...body });
    const ratings = async () => {
      await t.writeHeldAnswers();
      return (await t.db.query(`SELECT count(*)::int AS n FROM provider_rating`))[0].n as number;
    };
    const names: Record<string, string> = {};

    beforeAll(async () => {
      employee = (await newEmployee(t.db, { departmentId: sales, startDate: START, language: 'en' })).id;
      Object.assign(names, { [it_]: 'IT', [hr]: 'HR', [finance]: 'Finance' });
    });

    it('asks about at most two providers, rotating so that successive rounds cover all three', async () => {
      const rounds = ['day-946', 'day-1036'];
      const asked: string[][] = [];
      for (const occurrence of rounds) {
        const body = await view(await invite(occurrence));
        expect(body.enpsQuestion).toBe('');
        expect(body.extraQuestion).toBeNull();
        expect(body.askComment).toBe(true);
        expect(body.providerQuestions.length).toBe(2);
        const ids = body.providerQuestions.map((q: { providerId: string }) => q.providerId);
        expect(ids).toEqual(providersFor(occurrence, [it_, hr, finance], { intervalDays: 90, startDate: START }));
        body.providerQuestions.forEach((q: { providerId: string; text: string; lowLabel: string; highLabel: string }) => {
          expect(q).toMatchObject({
            text: `How satisfied are you with the service from ${names[q.providerId]}?`,
            lowLabel: 'Very dissatisfied', highLabel: 'Very satisfied',
          });
        });
        asked.push(ids);
      }
      expect(asked[0]).not.toEqual(asked[1]);
      expect(new Set(asked.flat())).toEqual(new Set([it_, hr, finance]));

      const et = await view(await invite('day-946', { language: 'et', employeeId: (await newEmployee(t.db, { departmentId: sales, startDate: START })).id }));
      expect(et.providerQuestions[0].text).toMatch(/^Kui rahul oled teenusega, mida pakub /);
      expect(et.providerQuestions[0]).toMatchObject({ lowLabel: 'Väga rahulolematu', highLabel: 'Väga rahul' });
    });

    it('asks about nothing when the department names no provider', async () => {
      const person = (await newEmployee(t.db, { departmentId: lonely, startDate: START })).id;
      const body = await view(await invite('day-946', { employeeId: person, departmentId: lonely }));
      expect(body.providerQuestions).toEqual([]);
    });

    it('stores one anonymous rating per provider answered and marks the invitation answered, once', async () => {
      const token = await invite('day-856');
      const [first, second] = providersFor('day-856', [it_, hr, finance], { intervalDays: 90, startDate: START });
      const responsesBefore = (await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n;
      const submissionId = randomUUID();
      const body = { token, submissionId, providerScores: [{ providerId: second, score: 2 }, { providerId: first, score: 5 }], comment: ' Quick help ' };
      await t.http.post('/api/survey/answer').send(body).expect(201);
      await t.writeHeldAnswers();
      const rows = await t.db.query(`SELECT * FROM provider_rating ORDER BY score DESC`);
      expect(rows).toHaveLength(2);
      // Nothing on a rating points to the person or the invitation.
      expect(Object.keys(rows[0]).sort()).toEqual(
        ['answered_on', 'comment', 'consumer_department_id', 'id', 'phase', 'programme_id', 'provider_department_id', 'score'].sort());
      expect(rows[0]).toMatchObject({ provider_department_id: first, score: 5, consumer_department_id: sales, phase: 'ongoing_development', comment: 'Quick help' });
      expect(rows[1]).toMatchObject({ provider_department_id: second, score: 2, comment: null });
      const days = await t.db.query(`SELECT DISTINCT answered_on::text AS day FROM provider_rating`);
      expect(days).toEqual([{ day: '2026-06-15' }]); // the day only, no time
      const [invitation] = await t.db.query(`SELECT answered FROM invitation WHERE id = $1`, [invitationOfToken(t, token)]);
      expect(invitation.answered).toBe(true);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n).toBe(responsesBefore);
      const [rollup] = await t.db.query(`SELECT sum(n)::int AS n, sum(satisfied)::int AS s, sum(total)::int AS t, sum(total_sq)::int AS q FROM provider_csat_month_rollup`);
      expect(rollup).toEqual({ n: 2, s: 1, t: 7, q: 29 });

      await t.http.post('/api/survey/answer').send(body).expect(201); // a retry of the same submission
      await answer(token, { providerScores: [{ providerId: first, score: 1 }] }).expect(409);
      expect(await ratings()).toBe(2);
    });

    it('refuses providers not asked, bad scores and empty answers with 400, and writes nothing', async () => {
      const token = await invite('day-1126');
      const asked = providersFor('day-1126', [it_, hr, finance], { intervalDays: 90, startDate: START });
      const other = [it_, hr, finance].find((id) => !asked.includes(id))!;
      const before = await ratings();
      for (const bad of [
        { providerScores: [{ providerId: other, score: 4 }] },
        { providerScores: [{ providerId: asked[0], score: 6 }] },
        { providerScores: [{ providerId: asked[0], score: 0 }] },
        { providerScores: [{ providerId: asked[0], score: '4' }] },
        { providerScores: [{ providerId: asked[0], score: 3.5 }] },
        { providerScores: [{ providerId: asked[0], score: 4, extra: 1 }] },
        { providerScores: [{ providerId: asked[0], score: 4 }, { providerId: asked[0], score: 5 }] },
        { providerScores: [] },
        { providerScores: 'all good' },
        {},
        { score: 9, providerScores: [{ providerId: asked[0], score: 4 }] },
        { itemScore: 4, providerScores: [{ providerId: asked[0], score: 4 }] },
      ]) {
        const res = await answer(token, bad);
        expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      }
      expect(await ratings()).toBe(before);
      const [invitation] = await t.db.query(`SELECT answered FROM invitation WHERE id = $1`, [invitationOfToken(t, token)]);
      expect(invitation.answered).toBe(false);
      await answer(token, { providerScores: [{ providerId: asked[1], score: 4 }] }).expect(201);
      expect(await ratings()).toBe(before + 1);
    });

    it('still asks eNPS on the other pulses, and refuses provider answers there', async () => {
      const quarterly = await installedProgramme(t.db, 'quarterly');
      const [{ id }] = await t.db.query(
        `INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase, sent_on, expires_at)
         VALUES ($1, $2, 'day-901', 'en', $3, 'ongoing_development', '2026-06-10', '2026-06-24T10:00:00Z') RETURNING id`,
        [employee, quarterly, sales],
      );
      const token = answerToken(t, id);
      const body = await view(token);
      expect(body.enpsQuestion).toMatch(/recommend/);
      expect(body.providerQuestions).toBeUndefined();
      await answer(token, { score: 8, providerScores: [{ providerId: it_, score: 4 }] }).expect(400);
      await answer(token, {}).expect(400);
      await answer(token, { score: 8 }).expect(201);
    });
  });
});

describe('internal service: the planner invites only departments that name providers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends the internal service pulse every 90 days between the quarterly pulses, and not without providers', async () => {
    const provider = await newProvider(t, 'IT');
    const withProviders = (await newDepartment(t.db, { name: 'Sales' })).id;
    const without = (await newDepartment(t.db, { name: 'Warehouse' })).id;
    await t.db.query(`INSERT INTO department_provider VALUES ($1, $2)`, [withProviders, provider]);
    await t.db.query(`UPDATE programme SET active = true WHERE key = 'internal_service'`);
    const a = (await newEmployee(t.db, { departmentId: withProviders, startDate: START })).id;
    const b = (await newEmployee(t.db, { departmentId: without, startDate: START })).id;
    const planner = t.app.get(InvitationPlannerService);
    for (let day = '2026-05-01'; day <= '2026-08-20'; day = addDays(day, 1)) {
      t.clock.set(`${day}T09:30:00Z`);
      await planner.planDue();
    }
    const sent = async (employee: string) => (await t.db.query(
      `SELECT p.key, i.occurrence_key AS occurrence, to_char(i.sent_on, 'YYYY-MM-DD') AS sent
         FROM invitation i JOIN programme p ON p.id = i.programme_id WHERE i.employee_id = $1 ORDER BY i.sent_on`, [employee],
    )).map((r: { key: string; occurrence: string; sent: string }) => [r.key, r.occurrence, r.sent]);
    // Expected days computed independently (python3 datetime): employment day N = start + N − 1; internal
    // service rounds on days 46 + 90j, quarterly on 271 + 90j; a weekend moves to Monday.
    expect(await sent(a)).toEqual([
      ['internal_service', 'day-856', '2026-05-12'],
      ['quarterly', 'day-901', '2026-06-26'],
      ['internal_service', 'day-946', '2026-08-10'],
    ]);
    expect(await sent(b)).toEqual([['quarterly', 'day-901', '2026-06-26']]);
  });
});

describe('internal service: the CSAT report', () => {
  let t: TestApp;
  let it_: string, hr: string, finance: string, sales: string, support: string, ops: string;
  const as = async (role: 'admin' | 'leader' | 'manager', scope?: string) => {
    const u = await newUser(t.db, { role, scopeDepartmentId: scope });
    return signIn(t.app, u.email, u.password);
  };

  async function rate(consumer: string, provider: string, answeredOn: string, scores: number[]): Promise<void> {
    const programme = await installedProgramme(t.db, 'internal_service');
    await t.db.query(
      `INSERT INTO provider_rating (programme_id, consumer_department_id, provider_department_id, phase, answered_on, score)
       SELECT $1, $2, $3, 'ongoing_development', $4, unnest($5::int[])`,
      [programme, consumer, provider, answeredOn, scores],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    it_ = await newProvider(t, 'IT');
    hr = await newProvider(t, 'HR');
    finance = await newProvider(t, 'Finance');
    sales = (await newDepartment(t.db, { name: 'Sales' })).id;
    support = (await newDepartment(t.db, { name: 'Support' })).id;
    ops = (await newDepartment(t.db, { name: 'Ops' })).id;
    await rate(sales, it_, '2026-03-10', [5, 4, 4, 3, 2, 5]);
    await rate(sales, it_, '2026-04-20', [4, 4, 5, 1, 3]);
    await rate(support, it_, '2026-03-11', [2, 3, 1, 4, 2, 3]);
    await rate(ops, it_, '2026-03-12', [5, 4, 3]);
    await rate(sales, hr, '2026-03-13', [5, 5, 4, 4, 4]);
    await rate(sales, finance, '2026-03-14', [4, 4, 4, 4, 4, 4]);
    await rate(sales, finance, '2026-04-15', [2, 3]);
  });
  afterAll(() => t.close());

  // Expected figures computed independently in Python from the raw scores above: share = count(4–5)/n,
  // Wilson 95% by its textbook formula with z = 1.959963984540054 (R: qnorm(0.975)); mean and sample sd
  // with the statistics module, t = scipy.stats.t.ppf(0.975, n − 1) (R: qt; t(10) = 2.228139,
  // t(19) = 2.093024, t(4) = 2.776445, t(7) = 2.364624), clamped to 1–5.
  it('shows each provider’s CSAT with n and intervals, its trend and the matrix, withholding small groups', async () => {
    const leader = await as('leader');
    const { body } = await leader.get('/api/internal-service/csat?period=2026').expect(200);
    expect(body).toMatchObject({ period: '2026', from: '2026-01-01', to: '2026-12-31', k: 5 });
    expect(body.providers.map((p: { provider: { name: string } }) => p.provider.name)).toEqual(['Finance', 'HR', 'IT']);
    const byName = (name: string) => body.providers.find((p: { provider: { name: string } }) => p.provider.name === name);

    const itCsat = byName('IT').csat;
    expect(itCsat).toMatchObject({ n: 20, share: 50, withheld: null });
    expect(itCsat.shareLow).toBeCloseTo(29.9298, 3);
    expect(itCsat.shareHigh).toBeCloseTo(70.0702, 3);
    expect(itCsat.mean).toBeCloseTo(3.35, 6);
    expect(itCsat.meanLow).toBeCloseTo(2.756545, 5);
    expect(itCsat.meanHigh).toBeCloseTo(3.943455, 5);

    const hrCsat = byName('HR').csat;
    expect(hrCsat).toMatchObject({ n: 5, share: 100, shareHigh: 100, meanHigh: 5, withheld: null });
    expect(hrCsat.shareLow).toBeCloseTo(56.551754, 5);
    expect(hrCsat.mean).toBeCloseTo(4.4, 6);
    expect(hrCsat.meanLow).toBeCloseTo(3.719913, 5);

    // Trend: IT's March (15 answers) and April (5) shown, the empty months withheld.
    const trend = byName('IT').trend;
    expect(trend.map((p: { month: string }) => p.month)).toHaveLength(12);
    const march = trend.find((p: { month: string }) => p.month === '2026-03');
    expect(march).toMatchObject({ n: 15, withheld: null });
    expect(march.share).toBeCloseTo(46.6667, 3);
    expect(march.mean).toBeCloseTo(3.3333, 3);
    expect(trend.find((p: { month: string }) => p.month === '2026-04')).toMatchObject({ n: 5, share: 60, mean: 3.4 });
    expect(trend.find((p: { month: string }) => p.month === '2026-05')).toMatchObject({ n: null, withheld: 'too_few' });

    // Matrix: IT × Sales shown (11); Ops (3) is too few; Support (6) would reveal Ops by subtraction.
    const cellOf = (provider: string, consumer: string) =>
      body.matrix.find((c: { providerId: string; consumerId: string }) => c.providerId === provider && c.consumerId === consumer);
    const itSales = cellOf(it_, sales);
    expect(itSales).toMatchObject({ n: 11, withheld: null });
    expect(itSales.share).toBeCloseTo(63.6364, 3);
    expect(itSales.shareLow).toBeCloseTo(35.380117, 5);
    expect(itSales.shareHigh).toBeCloseTo(84.833529, 5);
    expect(itSales.mean).toBeCloseTo(3.63636, 4);
    expect(itSales.meanLow).toBeCloseTo(2.772221, 5);
    expect(itSales.meanHigh).toBeCloseTo(4.500506, 5);
    expect(cellOf(it_, ops)).toMatchObject({ n: null, share: null, mean: null, withheld: 'too_few' });
    expect(cellOf(it_, support)).toMatchObject({ n: null, share: null, withheld: 'subtraction' });
    expect(cellOf(hr, sales)).toMatchObject({ n: 5, share: 100, withheld: null });
    expect(body.consumers.map((c: { name: string }) => c.name)).toEqual(['Ops', 'Sales', 'Support']);
  });

  it('withholds a period whose figure would reveal a smaller group by subtraction', async () => {
    const admin = await as('admin');
    // Finance: 6 answers in Q1, 2 in Q2. The year (8) is shown; Q2 is too few, so Q1 is withheld
    // (year − Q1 = 2), and so are March and April within them.
    const year = (await admin.get(`/api/internal-service/csat?period=2026&provider=${finance}`).expect(200)).body;
    expect(year.providers).toHaveLength(1);
    expect(year.providers[0].csat).toMatchObject({ n: 8, share: 75, withheld: null });
    expect(year.providers[0].csat.meanLow).toBeCloseTo(3.002981, 5);
    expect(year.providers[0].trend.find((p: { month: string }) => p.month === '2026-03').withheld).not.toBeNull();
    expect(year.providers[0].trend.find((p: { month: string }) => p.month === '2026-04').withheld).toBe('too_few');
    const q1 = (await admin.get(`/api/internal-service/csat?period=2026-Q1&provider=${finance}`).expect(200)).body;
    expect(q1.providers[0].csat).toMatchObject({ n: null, share: null, withheld: 'subtraction' });
    // Its cells are withheld with it: they would add up to it.
    expect(q1.matrix).toEqual([expect.objectContaining({ consumerId: sales, providerId: finance, n: null, withheld: 'subtraction' })]);
    const h2 = (await admin.get(`/api/internal-service/csat?period=2026-H2`).expect(200)).body;
    expect(h2.providers.every((p: { csat: { withheld: string | null } }) => p.csat.withheld === 'too_few')).toBe(true);
    await admin.get('/api/internal-service/csat?period=last-year').expect(400);
    await admin.get('/api/internal-service/csat?provider=IT').expect(400);
  });

  it('shows a manager only the providers and consumers in their part of the organisation', async () => {
    const itManager = await as('manager', it_);
    const itView = (await itManager.get('/api/internal-service/csat?period=2026').expect(200)).body;
    expect(itView.providers.map((p: { provider: { id: string } }) => p.provider.id)).toEqual([it_]);
    expect(new Set(itView.matrix.map((c: { providerId: string }) => c.providerId))).toEqual(new Set([it_]));
    expect(itView.matrix.find((c: { consumerId: string }) => c.consumerId === support).withheld).toBe('subtraction');

    const salesManager = await as('manager', sales);
    const salesView = (await salesManager.get('/api/internal-service/csat?period=2026').expect(200)).body;
    expect(salesView.providers).toEqual([]);
    expect(new Set(salesView.matrix.map((c: { consumerId: string }) => c.consumerId))).toEqual(new Set([sales]));
    expect(salesView.matrix).toHaveLength(3);
    expect(salesView.consumers.map((c: { name: string }) => c.name)).toEqual(['Sales']);
  });
});
