import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newProgramme, newUser, signIn } from '../support/factories';
import { pinnedSmallGroups, PublishedFigure } from '../support/attack/linear-attack';

/*
 * The attacks of issue 16 ("Arbitrary windows"), each carried out as an attacker would: every
 * window the API accepts, for every department, then the exact check
 * (test/support/attack/linear-attack.ts) over everything those requests published.
 *  - lifecycle: reasons for leaving over window pairs one month apart, and a parent department
 *    minus its child;
 *  - delivery: the answered count of one-day windows (who answered, when few were invited that day).
 * Windows that are not nodes of the calendar tree are refused (400), so an attack on today's code
 * records them and one on the guarded code records the calendar periods only.
 */

const k = 5;
const NOW = '2026-07-20T09:00:00Z';
/** The months of 2026 that have begun on NOW, and every calendar period of them. */
const MONTHS = ['01', '02', '03', '04', '05', '06', '07'].map((m) => `2026-${m}`);
const PERIODS = ['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q2', '2026-Q3', ...MONTHS];

/** The first and last day of a calendar period's months, as YYYY-MM-DD. */
function daysOf(period: string): [string, string] {
  const [year, part] = period.split('-');
  const [first, last] = !part ? [1, 12] : part[0] === 'H' ? [6 * +part[1] - 5, 6 * +part[1]] : part[0] === 'Q' ? [3 * +part[1] - 2, 3 * +part[1]] : [+part, +part];
  const end = new Date(Date.UTC(+year, last, 0)).getUTCDate();
  return [`${year}-${String(first).padStart(2, '0')}-01`, `${year}-${String(last).padStart(2, '0')}-${end}`];
}

describe('Anonymity: the named attacks of issue 16 (arbitrary windows)', () => {
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  let exit: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    exit = await installedProgramme(t.db, 'exit');
    const user = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  async function freshOrganisation(): Promise<string> {
    await t.db.query('DELETE FROM response');
    await t.db.query('DELETE FROM invitation');
    await t.db.query('DELETE FROM employee');
    await t.db.query('UPDATE department SET parent_id = NULL');
    await t.db.query('DELETE FROM department');
    return (await newDepartment(t.db, { name: 'Org' })).id;
  }

  describe('reasons for leaving (lifecycle)', () => {
    interface Atom {
      department: string;
      month: string; // YYYY-MM
      reason: string;
      n: number;
    }

    /**
     * A root "Org" and the departments given (name → parent name, or null for a child of Org),
     * with the exit answers of each atom; then every lifecycle overview the attacker asks for, recorded.
     */
    async function attack(departments: Record<string, string | null>, atoms: Atom[], windows: string[]) {
      const root = await freshOrganisation();
      const ids: Record<string, string> = {};
      const parentOf: Record<string, string | null> = {};
      for (const [name, parent] of Object.entries(departments)) {
        ids[name] = (await newDepartment(t.db, { name, parentId: parent ? ids[parent] : root })).id;
        parentOf[name] = parent;
      }
      for (const a of atoms) {
        await t.db.query(
          `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score, leaving_reason)
           SELECT $1, $2, 'Tallinn', 'separation', '1_2y', $3, 5, $4 FROM generate_series(1, $5)`,
          [exit, ids[a.department], `${a.month}-12`, a.reason, a.n],
        );
      }
      const within = (department: string, unit: string | null): boolean =>
        unit === null || department === unit || (parentOf[department] !== null && within(parentOf[department]!, unit));

      const published: PublishedFigure[] = [];
      let refused = 0;
      for (const unit of [null, ...Object.keys(departments)]) {
        for (const window of windows) {
          const res = await hr.get(`/api/lifecycle/overview?${window}${unit ? `&department=${ids[unit]}` : ''}`);
          if (res.status === 400) {
            refused++;
            continue;
          }
          expect(res.status).toBe(200);
          const reasons = res.body.leavingReasons;
          // The window counted: the (pooled) calendar period, or the months of a from/to window.
          const [from, to] = reasons.period ? daysOf(reasons.period).map((d) => d.slice(0, 7)) : [res.body.from, res.body.to];
          const record = (label: string, n: number | null, counts: (a: Atom) => boolean) => {
            if (n === null) return;
            const members = atoms.map((a, i) => ({ a, i })).filter(({ a }) => within(a.department, unit) && a.month >= from && a.month <= to && counts(a));
            expect({ label, n }).toEqual({ label, n: members.reduce((s, m) => s + m.a.n, 0) });
            published.push({ label, atoms: members.map((m) => m.i) });
          };
          record(`${unit ?? 'Org'} ${from}..${to} all`, reasons.n, () => true);
          for (const r of reasons.reasons) record(`${unit ?? 'Org'} ${from}..${to} ${r.reason}`, r.n, (a) => a.reason === r.reason);
        }
      }
      const pinned = pinnedSmallGroups(atoms.map((a) => a.n), published, k).map((g) => ({ n: g.n, atoms: g.atoms.map((i) => atoms[i]) }));
      return { pinned, published: published.length, refused };
    }

    /** Every from/to month window of the year so far (what the API accepted before), and every calendar period. */
    const monthWindows = MONTHS.flatMap((from) => MONTHS.filter((to) => to >= from).map((to) => `from=${from}&to=${to}`));
    const everyWindow = [...monthWindows, ...PERIODS.map((p) => `period=${p}`)];

    it('gives no small group away through window pairs one month apart', async () => {
      // January 6 career + 5 pay; February 2 career + 6 pay; March 5 career + 1 pay. Before: the
      // window January–February minus January gave February's 2 "career" answers.
      const atom = (month: string, reason: string, n: number): Atom => ({ department: 'A', month, reason, n });
      const { pinned, published, refused } = await attack({ A: null }, [
        atom('2026-01', 'career_growth', 6), atom('2026-01', 'pay_benefits', 5),
        atom('2026-02', 'career_growth', 2), atom('2026-02', 'pay_benefits', 6),
        atom('2026-03', 'career_growth', 5), atom('2026-03', 'pay_benefits', 1),
      ], everyWindow);
      expect(pinned).toEqual([]);
      expect(published).toBeGreaterThan(0);
      expect(refused).toBe(2 * monthWindows.length);
    });

    it('gives no small group away as a parent department minus its child', async () => {
      // P's own people: 2 career + 5 pay; its child C: 5 career + 5 pay; a sibling S: 6 + 6.
      // Before: P's 7 career minus C's 5 gave P's own 2.
      const atom = (department: string, reason: string, n: number, month = '2026-04'): Atom => ({ department, month, reason, n });
      const { pinned, published } = await attack({ P: null, C: 'P', S: null }, [
        atom('P', 'career_growth', 2), atom('P', 'pay_benefits', 5),
        atom('C', 'career_growth', 5), atom('C', 'pay_benefits', 5),
        atom('S', 'career_growth', 6), atom('S', 'pay_benefits', 6, '2026-05'),
      ], everyWindow);
      expect(published).toBeGreaterThan(0);
      expect(pinned).toEqual([]);
    });
  });

  describe('answered counts (delivery status)', () => {
    interface Atom {
      programme: string;
      day: string; // YYYY-MM-DD sent
      invited: number;
      answered: number;
    }

    async function attack(atoms: Atom[], windows: string[]) {
      const root = await freshOrganisation();
      const employee = (await newEmployee(t.db, { departmentId: root, startDate: '2020-01-01' })).id;
      const programmes: Record<string, string> = {};
      for (const a of atoms) {
        programmes[a.programme] ??= await newProgramme(t.db);
        await t.db.query(
          `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at, answered)
           SELECT $1, $2, $3 || '-' || i, sha256(($3 || '-' || i || random())::bytea), 'en', $4, 'ongoing_development', $5::date, $5::date + 14, i <= $7
             FROM generate_series(1, $6) AS i`,
          [employee, programmes[a.programme], `${a.programme}-${a.day}`, root, a.day, a.invited, a.answered],
        );
      }
      const programmeOf = Object.fromEntries(Object.entries(programmes).map(([name, id]) => [id, name]));

      const published: PublishedFigure[] = [];
      let refused = 0;
      for (const window of windows) {
        const res = await hr.get(`/api/delivery/status?${window}`);
        if (res.status === 400) {
          refused++;
          continue;
        }
        expect(res.status).toBe(200);
        const [from, to] = res.body.period ? daysOf(res.body.period) : [res.body.from, res.body.to];
        const record = (label: string, answered: number | null, counts: (a: Atom) => boolean) => {
          if (answered === null || answered === undefined) return;
          const members = atoms.map((a, i) => ({ a, i })).filter(({ a }) => a.day >= from && a.day <= to && counts(a));
          expect({ label, answered }).toEqual({ label, answered: members.reduce((s, m) => s + m.a.answered, 0) });
          published.push({ label, atoms: members.map((m) => m.i) });
        };
        for (const row of res.body.rows) {
          const month = row.month.slice(0, 7);
          record(`${programmeOf[row.programmeId]} ${month} (${from}..${to})`, row.answered, (a) => a.programme === programmeOf[row.programmeId] && a.day.startsWith(month));
        }
        if (res.body.total) record(`total ${from}..${to}`, res.body.total.answered, () => true);
      }
      // The groups are invitations: a group of 1..k−1 invitations whose answered count follows tells who answered.
      const pinned = pinnedSmallGroups(atoms.map((a) => a.invited), published, k).map((g) => ({ n: g.n, atoms: g.atoms.map((i) => atoms[i]) }));
      return { pinned, published: published.length, refused };
    }

    it('tells no one who answered through one-day windows', async () => {
      const atom = (programme: string, day: string, invited: number, answered: number): Atom => ({ programme, day, invited, answered });
      const atoms = [
        atom('X', '2026-02-10', 2, 1),
        atom('X', '2026-03-02', 3, 2), atom('X', '2026-03-03', 4, 1), atom('X', '2026-03-04', 6, 6),
        atom('Y', '2026-03-02', 1, 1), atom('Y', '2026-03-16', 7, 3),
        atom('X', '2026-04-06', 6, 2), atom('Y', '2026-05-11', 2, 0), atom('Y', '2026-05-12', 5, 4),
      ];
      const days = [...new Set(atoms.map((a) => a.day))];
      // Each day alone (what the API accepted before), the days between, and every calendar period.
      const windows = [
        ...days.map((d) => `from=${d}&to=${d}`),
        ...days.flatMap((a) => days.filter((b) => b > a).map((b) => `from=${a}&to=${b}`)),
        ...PERIODS.map((p) => `period=${p}`),
      ];
      const { pinned, published, refused } = await attack(atoms, windows);
      expect(pinned).toEqual([]);
      expect(published).toBeGreaterThan(0);
      expect(refused).toBe(windows.length - PERIODS.length);
    });
  });

  describe('bad windows', () => {
    it('refuses day and month windows and anything but a calendar period, naming the windows there are', async () => {
      const windows = /give period as a year \(2026\), a half \(2026-H1\), a quarter \(2026-Q2\) or a month \(2026-05\)/;
      const unknown = /is not one we know; give a year \(2026\), a half \(2026-H2\), a quarter \(2026-Q4\) or a month \(2026-11\)/;
      for (const path of ['/api/delivery/status', '/api/lifecycle/overview']) {
        const message = async (query: string) => (await hr.get(`${path}?${query}`).expect(400)).body.message;
        expect(await message('from=2026-03-02&to=2026-03-02')).toMatch(windows);
        expect(await message('from=2026-01&to=2026-02')).toMatch(windows);
        expect(await message('to=2026-03-31')).toMatch(windows);
        expect(await message('period=2026-Q1&from=2026-01-01')).toMatch(windows);
        for (const period of ['2026-03-02', '2026-W10', '2026-Q0', '2026-13', '26', 'last-30-days']) {
          expect(await message(`period=${encodeURIComponent(period)}`)).toMatch(unknown);
        }
        expect(await message('period=2026-08')).toMatch(/2026-08 has not begun; today is 2026-07-20/);
        expect(await message('period=2027-H1')).toMatch(/has not begun/);
        expect(await message('colour=blue')).toEqual(expect.arrayContaining([expect.stringMatching(/colour should not exist/)]));
      }
    });
  });
});
