import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';

/*
 * Expected figures are computed here, day by day, from the employees' dates with plain UTC
 * arithmetic (not the domain library): the phase rule of PRODUCT.md with the default bands
 * (onboarding days 1–90, initial development days 91–270).
 */
interface Dates {
  start: string;
  notice?: string;
  end?: string;
}

const DAY_MS = 86_400_000;
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const monthEndNo = (ym: string) => {
  const [y, m] = ym.split('-').map(Number);
  return Date.UTC(y, m, 1) / DAY_MS - 1; // the day before the next month's first
};

function phase(e: Dates, d: number): string {
  if (d < dayNo(e.start)) return 'pre_start';
  if (e.end && d > dayNo(e.end)) return 'departed';
  if (e.notice && d >= dayNo(e.notice)) return 'separation';
  const day = d - dayNo(e.start) + 1;
  return day <= 90 ? 'onboarding' : day <= 270 ? 'initial_development' : 'ongoing_development';
}

function completedMonths(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number);
  let m = 0;
  for (;;) {
    const y = sy + Math.floor((sm - 1 + m + 1) / 12);
    const mo = (sm - 1 + m + 1) % 12;
    const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    const next = Date.UTC(y, mo, Math.min(sd, lastDay)) / DAY_MS;
    if (next > dayNo(end)) return m;
    m++;
  }
}

const band = (months: number) =>
  months < 3 ? 'under_3m' : months < 12 ? '3_12m' : months < 24 ? '1_2y' : months < 60 ? '2_5y' : '5y_plus';

function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let [y, m] = from.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? (y++, (m = 1)) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

function expected(people: Dates[], from: string, to: string) {
  const months = monthsOf(from, to);
  const headcount = Object.fromEntries(
    months.map((ym) => {
      const counts: Record<string, number> = {};
      for (const e of people) {
        const p = phase(e, monthEndNo(ym));
        if (p !== 'departed' && p !== 'pre_start') counts[p] = (counts[p] ?? 0) + 1;
      }
      return [ym, counts];
    }),
  );
  const movements: Record<string, number> = {};
  for (let d = dayNo(`${from}-01`); d <= monthEndNo(to); d++) {
    for (const e of people) {
      const [a, b] = [phase(e, d - 1), phase(e, d)];
      if (a !== b) movements[`${isoOf(d).slice(0, 7)} ${a}→${b}`] = (movements[`${isoOf(d).slice(0, 7)} ${a}→${b}`] ?? 0) + 1;
    }
  }
  const exits: Record<string, { total: number; phase: Record<string, number>; band: Record<string, number> }> = {};
  for (const e of people.filter((p) => p.end && p.end.slice(0, 7) >= from && p.end.slice(0, 7) <= to)) {
    const ym = e.end!.slice(0, 7);
    const x = (exits[ym] ??= { total: 0, phase: {}, band: {} });
    const atNotice = phase({ start: e.start }, dayNo(e.notice ?? e.end!));
    const b = band(completedMonths(e.start, e.end!));
    x.total++;
    x.phase[atNotice] = (x.phase[atNotice] ?? 0) + 1;
    x.band[b] = (x.band[b] ?? 0) + 1;
  }
  return { months, headcount, movements, exits };
}

const nonZero = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, n]) => n !== 0));

describe('lifecycle tracker: headcount, movements, exits, reasons for leaving, employee page', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let manager: Awaited<ReturnType<typeof signIn>>;
  const ids: Record<string, string> = {};
  let deptA: string;
  let deptB: string;

  // A (with a child team) and B, apart.
  const inA: Record<string, Dates> = {
    steady: { start: '2025-01-06' }, // onboarding → initial development on 2025-04-06 → ongoing on 2025-10-03
    quickQuit: { start: '2025-03-01', notice: '2025-05-20', end: '2025-06-30' }, // notice on day 81
    veteran: { start: '2023-02-01', notice: '2025-08-15', end: '2025-09-30' },
    newcomer: { start: '2025-09-01' }, // pre-start until September
    noShow: { start: '2024-12-01', end: '2025-02-14' }, // left without notice during onboarding
  };
  const inChildOfA: Record<string, Dates> = { teamMember: { start: '2024-06-01' } };
  const inB: Record<string, Dates> = { longServer: { start: '2020-01-01', notice: '2026-03-02', end: '2026-04-30' } };
  const all = { ...inA, ...inChildOfA, ...inB };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    const org = await newDepartment(t.db, { name: 'Org' });
    deptA = (await newDepartment(t.db, { name: 'Alpha', parentId: org.id })).id;
    const childA = await newDepartment(t.db, { name: 'Alpha Team', parentId: deptA });
    deptB = (await newDepartment(t.db, { name: 'Beta' })).id;
    const create = async (group: Record<string, Dates>, departmentId: string) => {
      for (const [name, d] of Object.entries(group)) {
        ids[name] = (await newEmployee(t.db, { departmentId, name, startDate: d.start, noticeDate: d.notice, endDate: d.end })).id;
      }
    };
    await create(inA, deptA);
    await create(inChildOfA, childA.id);
    await create(inB, deptB);

    // Exit answers: in A 5 × career growth, 5 × pay, 2 × manager (12 ≥ k = 5); in B only 3.
    const exit = await installedProgramme(t.db, 'exit');
    const reasons = async (departmentId: string, list: string[], answeredOn = '2025-07-10') =>
      t.db.query(
        `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score, comment, leaving_reason)
         SELECT $1, $2, 'Tallinn', 'separation', '1_2y', $3, 4, 'I am leaving for a secret reason', unnest($4::text[])`,
        [exit, departmentId, answeredOn, list],
      );
    await reasons(deptA, [...Array(5).fill('career_growth'), ...Array(5).fill('pay_benefits'), 'manager', 'manager']);
    await reasons(deptB, ['pay_benefits', 'pay_benefits', 'other'], '2026-03-05');
    // Outside the window of the tests below: never counted.
    await reasons(deptA, Array(9).fill('relocation_personal'), '2024-06-01');

    const a = await newUser(t.db, { role: 'admin' });
    const m = await newUser(t.db, { role: 'manager', scopeDepartmentId: deptB });
    admin = await signIn(t.app, a.email, a.password);
    manager = await signIn(t.app, m.email, m.password);
  });
  afterAll(() => t.close());

  function checkAgainst(body: Record<string, any>, people: Dates[], from: string, to: string) {
    const want = expected(people, from, to);
    expect(body.headcount.map((h: { month: string }) => h.month)).toEqual(want.months);
    for (const h of body.headcount) {
      expect({ month: h.month, byPhase: nonZero(h.byPhase) }).toEqual({ month: h.month, byPhase: want.headcount[h.month] });
      expect(h.total).toBe(Object.values(want.headcount[h.month]).reduce((s, n) => s + n, 0));
    }
    const got = Object.fromEntries(
      body.movements.map((m: { month: string; from: string; to: string; count: number }) => [`${m.month} ${m.from}→${m.to}`, m.count]),
    );
    expect(got).toEqual(want.movements);
    for (const x of body.exits) {
      const w = want.exits[x.month] ?? { total: 0, phase: {}, band: {} };
      expect({ month: x.month, total: x.total, phase: nonZero(x.byPhaseAtNotice), band: nonZero(x.byTenureBand) }).toEqual({
        month: x.month, total: w.total, phase: w.phase, band: w.band,
      });
    }
  }

  /** The months a period covers up to the current one (2026-06), as the API counts them. */
  const monthsOfPeriod = (period: string): [string, string] => {
    const [year, part] = period.split('-');
    const span = !part ? [1, 12] : part[0] === 'H' ? [6 * +part[1] - 5, 6 * +part[1]] : part[0] === 'Q' ? [3 * +part[1] - 2, 3 * +part[1]] : [+part, +part];
    const ym = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
    const last = ym(span[1]) > '2026-06' ? '2026-06' : ym(span[1]);
    return [ym(span[0]), last];
  };

  it('counts headcount by phase at each month end, movements and exits as computed from the dates, for every kind of period', async () => {
    for (const period of ['2025', '2026', '2025-H1', '2025-H2', '2026-Q2', '2025-Q3', '2025-09', '2026-06']) {
      const res = await admin.get(`/api/lifecycle/overview?period=${period}`).expect(200);
      expect(res.body).toMatchObject({ period, departmentId: null, k: 5 });
      checkAgainst(res.body, Object.values(all), ...monthsOfPeriod(period));
    }

    // A few figures by hand, as a reader of the page would check them.
    const res = await admin.get('/api/lifecycle/overview?period=2025').expect(200);
    const month = (ym: string) => res.body.headcount.find((h: { month: string }) => h.month === ym);
    // Employed on 2025-01-31: steady, noShow (day 62); teamMember; veteran, longServer. Not yet
    // started (quickQuit, newcomer) is no headcount.
    expect(month('2025-01').byPhase).toEqual({
      onboarding: 2, initial_development: 1, ongoing_development: 2, separation: 0,
    });
    expect(month('2025-01').total).toBe(5);
    expect(month('2025-09').byPhase).toEqual({
      onboarding: 1, initial_development: 1, ongoing_development: 2, separation: 1,
    }); // newcomer (started 09-01); steady (day 268); teamMember, longServer; veteran (last day 09-30, still counted)
    const moved = (ym: string, from: string, to: string) =>
      res.body.movements.find((m: any) => m.month === ym && m.from === from && m.to === to)?.count ?? 0;
    expect(moved('2025-03', 'pre_start', 'onboarding')).toBe(1); // quickQuit joined
    expect(moved('2025-09', 'pre_start', 'onboarding')).toBe(1); // newcomer joined
    expect(moved('2025-04', 'onboarding', 'initial_development')).toBe(1); // steady, day 91 = 2025-04-06
    expect(moved('2025-05', 'onboarding', 'separation')).toBe(1); // quickQuit
    expect(moved('2025-07', 'separation', 'departed')).toBe(1); // quickQuit, the day after 2025-06-30
    expect(moved('2025-02', 'onboarding', 'departed')).toBe(1); // noShow
    const exits = (body: any, ym: string) => body.exits.find((x: { month: string }) => x.month === ym);
    expect(exits(res.body, '2025-06')).toMatchObject({ total: 1, byPhaseAtNotice: { onboarding: 1 }, byTenureBand: { '3_12m': 1 } });
    expect(exits(res.body, '2025-09')).toMatchObject({ total: 1, byPhaseAtNotice: { ongoing_development: 1 }, byTenureBand: { '2_5y': 1 } });
    expect(exits(res.body, '2025-02')).toMatchObject({ total: 1, byPhaseAtNotice: { onboarding: 1 }, byTenureBand: { under_3m: 1 } });
    const in2026 = (await admin.get('/api/lifecycle/overview?period=2026').expect(200)).body;
    expect(exits(in2026, '2026-04')).toMatchObject({ total: 1, byTenureBand: { '5y_plus': 1 } });
  });

  it('limits every figure to a department subtree', async () => {
    for (const period of ['2025', '2026-Q1']) {
      const res = await admin.get(`/api/lifecycle/overview?period=${period}&department=${deptA}`).expect(200);
      expect(res.body.departmentId).toBe(deptA);
      checkAgainst(res.body, [...Object.values(inA), ...Object.values(inChildOfA)], ...monthsOfPeriod(period));
    }
  });

  it('defaults to the current year, the current month counted as of today', async () => {
    const res = await admin.get('/api/lifecycle/overview').expect(200);
    expect(res.body.period).toBe('2026');
    expect(res.body.headcount.map((h: { month: string }) => h.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(res.body.headcount.at(-1)).toMatchObject({ month: '2026-06', asOf: '2026-06-15' });
    expect(res.body.headcount[0]).toMatchObject({ month: '2026-01', asOf: '2026-01-31' });
  });

  it('shows reasons for leaving only through the anonymity guard, a reason and its partner withheld', async () => {
    const res = await admin.get(`/api/lifecycle/overview?period=2025&department=${deptA}`).expect(200);
    const reasons = res.body.leavingReasons;
    expect(reasons).toMatchObject({ period: '2025', n: 12, withheld: null });
    const reason = (key: string) => reasons.reasons.find((r: { reason: string }) => r.reason === key);
    expect(reason('pay_benefits')).toEqual({ reason: 'pay_benefits', n: 5, withheld: null });
    expect(reason('manager')).toEqual({ reason: 'manager', n: null, withheld: 'too_few' });
    // 12 − 5 − 5 would reveal the 2 "manager" answers: the smaller-keyed of the two fives goes as well.
    expect(reason('career_growth')).toEqual({ reason: 'career_growth', n: null, withheld: 'subtraction' });
    // Reasons nobody chose look exactly like small ones.
    expect(reason('culture_team')).toEqual({ reason: 'culture_team', n: null, withheld: 'too_few' });
    expect(reasons.reasons[0].reason).toBe('pay_benefits');
    expect(reasons.reasons).toHaveLength(8);
    for (const r of reasons.reasons) if (r.withheld === null) expect(r.n).toBeGreaterThanOrEqual(5);

    // The organisation's 2025 is A's: the same verdicts, whichever unit is asked.
    const everything = (await admin.get('/api/lifecycle/overview?period=2025').expect(200)).body.leavingReasons;
    expect(everything).toEqual(reasons);
  });

  it('pools a period with too few exit answers into the smallest quarter, half or year around it that may be shown', async () => {
    const july = (await admin.get(`/api/lifecycle/overview?period=2025-07&department=${deptA}`).expect(200)).body.leavingReasons;
    expect(july).toMatchObject({ period: '2025-07', n: 12 });
    // No exit answer in August: its quarter's.
    const august = (await admin.get(`/api/lifecycle/overview?period=2025-08&department=${deptA}`).expect(200)).body.leavingReasons;
    expect(august).toEqual({ ...july, period: '2025-Q3' });
    // Nothing in the first half; the year has A's twelve.
    const h1 = (await admin.get(`/api/lifecycle/overview?period=2025-H1&department=${deptA}`).expect(200)).body.leavingReasons;
    expect(h1).toMatchObject({ period: '2025', n: 12 });
  });

  it('withholds the whole list when even the year has fewer than k answers', async () => {
    const res = await admin.get(`/api/lifecycle/overview?period=2026-03&department=${deptB}`).expect(200);
    expect(res.body.leavingReasons).toEqual({ period: '2026-03', n: null, withheld: 'too_few', reasons: [] });
  });

  it('limits a manager to their part of the organisation', async () => {
    const res = await manager.get('/api/lifecycle/overview?period=2026').expect(200);
    checkAgainst(res.body, Object.values(inB), '2026-01', '2026-06');
    expect(res.body.leavingReasons).toEqual({ period: '2026', n: null, withheld: 'too_few', reasons: [] });

    const refused = await manager.get(`/api/lifecycle/overview?department=${deptA}`).expect(400);
    expect(refused.body.message).toMatch(/not a department you can see/);
    await manager.get(`/api/lifecycle/employees/${ids.steady}`).expect(404);
    const own = await manager.get(`/api/lifecycle/employees/${ids.longServer}`).expect(200);
    expect(own.body.name).toBe('longServer');
  });

  it("shows one employee's phase timeline and invitations, and nothing of any answer", async () => {
    const programme = await installedProgramme(t.db, 'onboarding');
    await newInvitation(t, { employeeId: ids.quickQuit, departmentId: deptA, programmeId: programme, sentOn: '2025-03-10', expiresAt: '2025-03-24T08:00:00Z' });
    await t.db.query(`UPDATE invitation SET answered = true, opened = true, occurrence_key = 'day-7' WHERE employee_id = $1`, [ids.quickQuit]);
    await t.db.query(
      `INSERT INTO outbox (invitation_id, kind, to_address, status, next_attempt_at, sent_at)
       SELECT id, 'invitation', 'someone@example.test', 'sent', now(), now() FROM invitation WHERE employee_id = $1`,
      [ids.quickQuit],
    );
    const res = await admin.get(`/api/lifecycle/employees/${ids.quickQuit}`).expect(200);
    expect(res.body).toMatchObject({
      id: ids.quickQuit, name: 'quickQuit', departmentName: 'Alpha', startDate: '2025-03-01', noticeDate: '2025-05-20',
      endDate: '2025-06-30', today: '2026-06-15', phase: 'departed', onboardingUntilDay: 90, initialDevelopmentUntilDay: 270,
    });
    expect(res.body.timeline).toEqual([
      { phase: 'pre_start', from: null, to: '2025-02-28' },
      { phase: 'onboarding', from: '2025-03-01', to: '2025-05-19' },
      { phase: 'separation', from: '2025-05-20', to: '2025-06-30' },
      { phase: 'departed', from: '2025-07-01', to: null },
    ]);
    expect(res.body.invitations).toEqual([
      {
        programmeKey: 'onboarding', programmeNameEn: 'Onboarding check-in', programmeNameEt: 'Sisseelamise küsitlus',
        occurrence: 'day-7', sentOn: '2025-03-10', expiresAt: '2025-03-24T08:00:00.000Z', delivery: 'sent',
        reminderPlannedAt: null,
      },
    ]);
    const text = JSON.stringify(res.body);
    for (const forbidden of ['score', 'comment', 'secret', 'leaving', 'token', 'submission', 'opened', 'answered']) {
      expect(text).not.toContain(forbidden);
    }
    const [invitation] = await t.db.query(`SELECT id FROM invitation WHERE employee_id = $1`, [ids.quickQuit]);
    expect(text).not.toContain(invitation.id);
  });

  it('answers bad input with 400 and a clear message, an unknown employee with 404', async () => {
    const message = async (query: string) => (await admin.get(`/api/lifecycle/overview?${query}`).expect(400)).body.message;
    // Any window but a node of the calendar tree is refused, naming the ones there are.
    const windows = /give period as a year \(2026\), a half \(2026-H1\), a quarter \(2026-Q2\) or a month \(2026-05\)/;
    expect(await message('from=2025-01&to=2025-06')).toMatch(windows);
    expect(await message('from=2026-02')).toMatch(windows);
    expect(await message('period=2026&to=2026-05')).toMatch(windows);
    for (const period of ['2025-13', '2026-W03', '2026-01-01', '2025-Q5', 'last-12-months']) {
      expect(await message(`period=${period}`)).toMatch(/is not one we know; give a year \(2026\), a half \(2026-H2\), a quarter \(2026-Q4\) or a month \(2026-11\)/);
    }
    expect(await message('period=2026-07')).toMatch(/2026-07 has not begun; today is 2026-06-15/);
    expect(await message('period=2027')).toMatch(/has not begun/);
    expect(await message('department=not-a-uuid')).toEqual(expect.arrayContaining([expect.stringMatching(/department must be the id/)]));
    expect(await message('department=7f1d3c52-1111-4e4e-9c9c-123456789abc')).toMatch(/not a department you can see/);
    expect(await message('colour=blue')).toEqual(expect.arrayContaining([expect.stringMatching(/colour should not exist/)]));
    await admin.get('/api/lifecycle/employees/7f1d3c52-1111-4e4e-9c9c-123456789abc').expect(404);
    await admin.get('/api/lifecycle/employees/nope').expect(400);
  });

  it('is for signed-in people only', async () => {
    await t.http.get('/api/lifecycle/overview').expect(401);
  });
});
