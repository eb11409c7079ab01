import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newUser, signIn } from '../support/factories';
import { pinnedSmallGroups, PublishedFigure } from '../support/attack/linear-attack';

/*
 * Issue 11: the internal-CSAT report's consumer × month figures, and the provider's months (also on
 * the linkage page), tried as an attacker would: every period the API accepts, asked once each, and every figure published
 * put into one system of equations over the finest groups (a consumer department's ratings of
 * one month). No group of 1..k−1 ratings may follow from them by any linear combination.
 */
const k = 5;
const PERIODS = ['2026', '2026-H1', '2026-Q1', '2026-Q2', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

describe('internal CSAT against an attacker with many requests (exact linear check)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let provider: string;
  const consumers: Record<string, string> = {};
  const NAMES = ['Sales', 'Support', 'Ops'];
  let programme: string;
  /** Deterministic pseudo-random ratings per consumer and month (0–8): many near k. */
  const datasets = Array.from({ length: 25 }, (_, seed) => {
    let x = seed * 7919 + 17;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) % 9;
    return Object.fromEntries(NAMES.map((name) => [name, Array.from({ length: 6 }, next)]));
  });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-07-15T09:00:00Z' });
    provider = (await newDepartment(t.db, { name: 'IT' })).id;
    await t.db.query(`UPDATE department SET internal_provider = true WHERE id = $1`, [provider]);
    programme = await installedProgramme(t.db, 'internal_service');
    // Customer scores for the provider, so that the linkage page lists it with its internal CSAT by month.
    for (let m = 1; m <= 6; m++) {
      await t.db.query(
        `INSERT INTO customer_metric (department_id, month, metric, n, promoters, passives, detractors, value)
         VALUES ($1, $2, 'nps', 100, 40, 40, 20, 20)`,
        [provider, `2026-0${m}-01`],
      );
    }
    for (const name of NAMES) {
      consumers[name] = (await newDepartment(t.db, { name })).id;
      await t.db.query(`INSERT INTO department_provider VALUES ($1, $2)`, [consumers[name], provider]);
    }
    const a = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  async function load(ratings: Record<string, number[]>): Promise<void> {
    await t.db.query(`DELETE FROM provider_rating`);
    for (const name of NAMES) {
      for (let m = 0; m < 6; m++) {
        await t.db.query(
          `INSERT INTO provider_rating (programme_id, consumer_department_id, provider_department_id, phase, answered_on, score)
           SELECT $1, $2, $3, 'ongoing_development', $4, 4 FROM generate_series(1, $5)`,
          [programme, consumers[name], provider, `2026-${String(m + 1).padStart(2, '0')}-10`, ratings[name][m]],
        );
      }
    }
  }

  it('publishes nothing from which a group of 1..k−1 ratings follows, over 25 organisations of ratings', async () => {
    const found: string[][] = [];
    let shown = 0;
    for (const ratings of datasets) {
      await load(ratings);
      const result = await attack(ratings);
      shown += result.shown;
      if (result.pinned.length) found.push(...result.pinned);
    }
    expect(shown).toBeGreaterThan(100); // the report still says something
    expect(found).toEqual([]);
  });

  async function attack(RATINGS: Record<string, number[]>): Promise<{ pinned: string[][]; shown: number }> {
    // Atoms: consumer × month.
    const names = NAMES;
    const atoms = names.flatMap((name) => RATINGS[name].map((n, month) => ({ name, month, n })));
    const atomsOf = (who: string[], months: number[]) =>
      atoms.flatMap((a, i) => (who.includes(a.name) && months.includes(a.month) ? [i] : []));
    const monthsOfKey = (key: string): number[] => {
      if (/^\d{4}$/.test(key)) return [0, 1, 2, 3, 4, 5];
      const h = /-H(\d)$/.exec(key);
      if (h) return [0, 1, 2, 3, 4, 5].map((m) => m + 6 * (Number(h[1]) - 1)).filter((m) => m < 6);
      const q = /-Q(\d)$/.exec(key);
      if (q) return [0, 1, 2].map((m) => m + 3 * (Number(q[1]) - 1));
      return [Number(key.slice(5)) - 1];
    };
    const published: PublishedFigure[] = [];
    let shown = 0;
    const nameOf = new Map(Object.entries(consumers).map(([name, id]) => [id, name]));
    for (const period of PERIODS) {
      const report = (await admin.get(`/api/internal-service/csat?period=${period}`).expect(200)).body;
      const it = report.providers[0];
      if (it.csat.n !== null) published.push({ label: `${period} provider`, atoms: atomsOf(names, monthsOfKey(period)) });
      for (const point of it.trend) {
        if (point.n !== null) published.push({ label: `${period} trend ${point.month}`, atoms: atomsOf(names, monthsOfKey(point.month)) });
      }
      for (const cell of report.matrix) {
        if (cell.n === null) continue;
        const name = nameOf.get(cell.consumerId)!;
        expect(cell.n).toBe(atomsOf([name], monthsOfKey(period)).reduce((s, i) => s + atoms[i].n, 0));
        published.push({ label: `${period} ${name}`, atoms: atomsOf([name], monthsOfKey(period)) });
      }
    }
    // The linkage page shows the provider's internal CSAT month by month.
    const linkage = (await admin.get('/api/cx/linkage?from=2026-01&to=2026-06&metric=nps&include=months').expect(200)).body;
    const unit = linkage.units.find((u: { key: string }) => u.key === provider);
    expect(unit).toBeDefined();
    for (const cell of unit.months) {
      if (cell.internalCsatN === null) continue;
      expect(cell.internalCsatN).toBe(atomsOf(names, monthsOfKey(cell.month)).reduce((sum, i) => sum + atoms[i].n, 0));
      published.push({ label: `linkage ${cell.month}`, atoms: atomsOf(names, monthsOfKey(cell.month)) });
    }
    shown = published.length;
    const pinned = pinnedSmallGroups(atoms.map((a) => a.n), published, k).map((g) => g.atoms.map((i) => `${atoms[i].name}/${atoms[i].month + 1}`));
    return { pinned, shown };
  }
});
