import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/*
 * Employee eNPS beside customer NPS for 12 units over 12 months (May 2025 – April 2026). Each
 * unit's eNPS moves month by month, and its customer NPS one month later is an exact linear
 * function of it (2·eNPS + 5 + the unit's number): within units the relation at lag 1 is
 * perfect (r_rm = 1 by construction), while unit averages differ by the unit offsets.
 */
const MONTHS = ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
const enpsOf = (unit: number, month: number) => 10 * ((unit + month) % 5) - 20;
const shift = (m: string, by: number) => {
  const d = new Date(`${m}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};

/** Textbook Pearson r, written out here so the check does not use the code under test. */
function pearsonR(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('EX–CX linkage: employee and customer scores per unit and month', () => {
  let t: TestApp;
  let leader: Awaited<ReturnType<typeof signIn>>;
  let manager: Awaited<ReturnType<typeof signIn>>;
  const units: { id: string; name: string; index: number }[] = [];
  let programme: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    programme = await newProgramme(t.db);
    const org = await newDepartment(t.db, { name: 'Org' });
    const north = await newDepartment(t.db, { name: 'North', parentId: org.id });
    for (let i = 1; i <= 12; i++) {
      const unit = await newDepartment(t.db, { name: `Unit ${String(i).padStart(2, '0')}`, parentId: i <= 4 ? north.id : org.id });
      units.push({ id: unit.id, name: `Unit ${String(i).padStart(2, '0')}`, index: i });
    }
    for (const [j, month] of MONTHS.entries()) {
      const day = `${month}-10`;
      // Organisation-level members, so one small unit-month never forces a sibling to be withheld.
      await newResponses(t.db, { programmeId: programme, departmentId: org.id, scores: [8, 8, 8, 8, 8], answeredOn: day });
      for (const u of units) {
        const e = enpsOf(u.index, j);
        const promoters = Math.max(0, e / 10);
        const detractors = Math.max(0, -e / 10);
        // Unit 12 has only 3 answers in August 2025: that month must not enter the linkage.
        const size = u.index === 12 && month === '2025-08' ? 3 : 10;
        const scores = [...Array(promoters).fill(10), ...Array(detractors).fill(3)];
        while (scores.length < size) scores.push(7);
        await newResponses(t.db, { programmeId: programme, departmentId: u.id, scores: scores.slice(0, size), answeredOn: day });
        const v = 2 * e + 5 + u.index;
        const p = Math.max(0, v) + 20;
        await t.db.query(
          `INSERT INTO customer_metric (department_id, month, metric, n, promoters, passives, detractors, value)
           VALUES ($1, $2, 'nps', 100, $3, $4, $5, $6)`,
          [u.id, `${shift(month, 1)}-01`, p, 100 - p - (p - v), p - v, v],
        );
      }
    }
    const leaderUser = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, leaderUser.email, leaderUser.password);
    const managerUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: north.id });
    manager = await signIn(t.app, managerUser.email, managerUser.password);
  });
  afterAll(() => t.close());

  const linkage = async (query: string, client = leader) =>
    (await client.get(`/api/cx/linkage?from=2025-05&to=2026-04&metric=nps${query}`).expect(200)).body;

  it('pairs each unit-month eNPS with the customer score `lag` months later, only where the employee side is shown', async () => {
    const body = await linkage('&lag=1&include=months');
    // Without include=months the same units and figures come without their months.
    const summary = await linkage('&lag=1');
    expect(summary.units.every((u: { months: unknown }) => u.months === null)).toBe(true);
    expect(summary.units.map((u: { key: string; ex: number; cx: number }) => [u.key, u.ex, u.cx]))
      .toEqual(body.units.map((u: { key: string; ex: number; cx: number }) => [u.key, u.ex, u.cx]));
    expect(summary.correlations).toEqual(body.correlations);
    expect(body.units.map((u: { label: string }) => u.label)).toEqual(units.map((u) => u.name));
    const unit5 = body.units.find((u: { label: string }) => u.label === 'Unit 05');
    expect(unit5.months.map((c: { month: string }) => c.month)).toEqual(MONTHS);
    for (const [j, cell] of unit5.months.entries()) {
      expect(cell).toMatchObject({ enps: enpsOf(5, j), enpsN: 10, customer: 2 * enpsOf(5, j) + 10, customerN: 100 });
    }
    const unit12 = body.units.find((u: { label: string }) => u.label === 'Unit 12');
    const august = unit12.months.find((c: { month: string }) => c.month === '2025-08');
    expect(august).toMatchObject({ enps: null, enpsN: null, employeeWithheld: 'too_few' });
    // Unit averages are over the paired months only.
    for (const u of body.units) {
      const paired = u.months.filter((c: { enps: number | null; customer: number | null }) => c.enps !== null && c.customer !== null);
      expect(u.pairedMonths).toBe(paired.length);
      expect(u.ex).toBeCloseTo(paired.reduce((a: number, c: { enps: number }) => a + c.enps, 0) / paired.length, 1);
    }
  });

  it('finds the perfect within-unit relation at lag 1, with the degrees of freedom N − k − 1', async () => {
    const body = await linkage('&lag=1&include=months');
    const withheldCells = body.units.flatMap((u: { months: { enps: number | null }[] }) => u.months).filter((c: { enps: number | null }) => c.enps === null).length;
    expect(withheldCells).toBeGreaterThanOrEqual(1);
    const atLag1 = body.correlations.find((c: { lag: number }) => c.lag === 1);
    const observations = 12 * 12 - withheldCells;
    expect(atLag1.within).toMatchObject({ units: 12, observations });
    expect(atLag1.within.repeatedMeasures.r).toBeCloseTo(1, 6);
    expect(atLag1.within.repeatedMeasures.df).toBe(observations - 12 - 1);
    expect(atLag1.within.sentence).toMatch(/r_rm = 1\.00/);
    // Between units: r of the unit averages, by the textbook formula above.
    const expected = pearsonR(body.units.map((u: { ex: number }) => u.ex), body.units.map((u: { cx: number }) => u.cx));
    expect(atLag1.between.units).toBe(12);
    expect(atLag1.between.pearson.r).toBeCloseTo(expected, 2);
    expect(atLag1.between.pearson.df).toBe(10);
    // At lag 0 the customer score belongs to the month before: no longer a perfect line.
    const atLag0 = body.correlations.find((c: { lag: number }) => c.lag === 0);
    expect(Math.abs(atLag0.within.repeatedMeasures.r)).toBeLessThan(0.9);
  });

  it('places each unit in a quadrant by the median units, and keeps a manager to their own units and the minimums', async () => {
    const body = await linkage('&lag=1');
    for (const u of body.units) {
      const quadrant = `${u.ex >= body.exSplit ? 'high' : 'low'}_ex_${u.cx >= body.cxSplit ? 'high' : 'low'}_cx`;
      expect(u.quadrant).toBe(quadrant);
    }
    const own = await linkage('&lag=1', manager);
    expect(own.units.map((u: { label: string }) => u.label)).toEqual(['Unit 01', 'Unit 02', 'Unit 03', 'Unit 04']);
    const atLag1 = own.correlations.find((c: { lag: number }) => c.lag === 1);
    // 4 units: too few to compare units; 48 unit-months: enough to see them move together.
    expect(atLag1.between).toMatchObject({ units: 4, pearson: null, spearman: null });
    expect(atLag1.between.withheld).toMatch(/at least 10 units/);
    expect(atLag1.within.repeatedMeasures.r).toBeCloseTo(1, 6);
  });

  it('decides a closed year again when answers dated in it are added or removed later', async () => {
    // 2025 is a closed year (by the database's clock): its decided months are kept between requests.
    const augustOf12 = async () =>
      (await linkage('&lag=1&include=months')).units.find((u: { label: string }) => u.label === 'Unit 12')
        .months.find((c: { month: string }) => c.month === '2025-08');
    expect(await augustOf12()).toMatchObject({ enps: null, employeeWithheld: 'too_few' });
    const [{ revision: before }] = await t.db.query(`SELECT coalesce(max(revision), 0)::int AS revision FROM closed_year_revision WHERE year = 2025`);
    // Two more answers in August 2025, as a late import would write them.
    const unit12 = units.find((u) => u.index === 12)!.id;
    await newResponses(t.db, { programmeId: programme, departmentId: unit12, scores: [10, 10], answeredOn: '2025-08-11' });
    const [{ revision: after }] = await t.db.query(`SELECT revision::int FROM closed_year_revision WHERE year = 2025`);
    expect(after).toBe(before + 1);
    // August is month 3: enpsOf(12, 3) = −20, so its 3 answers are 3, 3, 7; with 10, 10: 2 promoters, 2 detractors of 5.
    expect(enpsOf(12, 3)).toBe(-20);
    expect(await augustOf12()).toMatchObject({ enps: 0, enpsN: 5, employeeWithheld: null });
    // And removed again: withheld again.
    await t.db.query(`DELETE FROM response WHERE department_id = $1 AND answered_on = '2025-08-11'`, [unit12]);
    expect(await augustOf12()).toMatchObject({ enps: null, employeeWithheld: 'too_few' });
  });

  it('reads the customer scores again when they change', async () => {
    const firstOf5 = async () =>
      (await linkage('&lag=1&include=months')).units.find((u: { label: string }) => u.label === 'Unit 05').months[0];
    const unit5 = units.find((u) => u.index === 5)!.id;
    const before = await firstOf5();
    expect(before.customer).toBe(2 * enpsOf(5, 0) + 10);
    // May 2025 at lag 1 pairs with June 2025's customer NPS; an upload changes it by 10 points.
    await t.db.query(
      `UPDATE customer_metric SET value = value + 10, promoters = promoters + 10, passives = passives - 10
        WHERE department_id = $1 AND month = '2025-06-01' AND metric = 'nps'`,
      [unit5],
    );
    expect((await firstOf5()).customer).toBe(before.customer + 10);
  });

  it('refuses bad windows and parameters with a clear message', async () => {
    const cases: [string, RegExp][] = [
      ['from=2025-13', /from must be a month written YYYY-MM/],
      ['from=2026-04&to=2025-05', /must not be after/],
      ['from=2020-01&to=2026-04', /at most 36 months/],
      ['to=2027-01', /in the future/],
      ['metric=revenue', /metric must be one of nps, csat, ces, cx_index/],
      ['lag=4', /lag must be a whole number of months from 0 to 3/],
      ['include=everything', /include must be 'months'/],
    ];
    for (const [query, message] of cases) {
      const res = await leader.get(`/api/cx/linkage?${query}`).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
  });
});
