import { createHash } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/*
 * Attacks on the comment lists (PRODUCT.md, "Anonymity": comments need the stricter threshold).
 * A comment's text is a key: it is the same in every list that holds it, so whoever lists comments
 * once per value of anything (a location, a phase, a month, a department) joins the lists by text
 * and learns, comment by comment, every value. Each test tries that with k = 5, commentK = 10.
 */
describe('Comment lists: attempts to tell who wrote a comment', () => {
  const commentK = 10;
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  let salesManager: Awaited<ReturnType<typeof signIn>>;
  const ids: Record<string, string> = {};
  const names: Record<string, string> = {};
  let manager = '';
  let programmes: string[] = [];

  /** Every response of the test (each with its own comment), as the attacker would like to know them. */
  interface Truth {
    id: string;
    text: string;
    department: string;
    day: string;
    location: string;
    phase: string;
    tenure: string;
    programme: string;
    manager: string | null;
    band: 'promoter' | 'passive' | 'detractor';
  }
  let truth: Truth[] = [];

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-12-20T09:00:00Z' });
    programmes = [await newProgramme(t.db), await newProgramme(t.db)];
    const company = await newDepartment(t.db, { name: 'Company' });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: company.id });
    const north = await newDepartment(t.db, { name: 'North', parentId: sales.id });
    const south = await newDepartment(t.db, { name: 'South', parentId: sales.id });
    const support = await newDepartment(t.db, { name: 'Support', parentId: company.id });
    const tiny = await newDepartment(t.db, { name: 'Tiny', parentId: company.id });
    const legal = await newDepartment(t.db, { name: 'Legal', parentId: company.id });
    for (const d of [company, sales, north, south, support, tiny, legal]) {
      ids[d.name.toLowerCase()] = d.id;
      names[d.id] = d.name;
    }
    const boss = await newEmployee(t.db, { departmentId: north.id });
    await newEmployee(t.db, { departmentId: north.id, managerId: boss.id });
    manager = boss.id;

    let n = 0;
    const words = ['coffee', 'rota', 'laptops', 'parking', 'training', 'lunch', 'desks', 'meetings'];
    const r = (
      department: { id: string }, answeredOn: string, scores: number[],
      o: { location?: string; phase?: string; tenureBand?: string; programme?: number; manager?: boolean } = {},
    ) =>
      newResponses(t.db, {
        programmeId: programmes[o.programme ?? 0], departmentId: department.id, scores, answeredOn,
        location: o.location ?? 'Tallinn', phase: o.phase ?? 'ongoing_development', tenureBand: o.tenureBand ?? '1_2y',
        managerId: o.manager ? manager : null,
        comments: scores.map(() => `Remark ${++n}: the ${words[n % words.length]} could be better`),
      });

    // Sales: North 14 + South 6 in Q1, North 10 + South 6 in Q3: North's lists would give South's
    // answers away by subtraction (and North's halves, and so its quarters, go with them).
    await r(north, '2026-01-12', [9, 10, 9, 9]);
    await r(north, '2026-01-20', [9, 10], { location: 'Tartu', phase: 'onboarding', tenureBand: 'under_3m' });
    await r(north, '2026-02-03', [7, 8, 7, 8], { tenureBand: '2_5y', programme: 1, manager: true });
    await r(north, '2026-02-17', [3, 5, 0, 6], { phase: 'initial_development', tenureBand: '3_12m' });
    await r(south, '2026-03-04', [9, 7, 2, 10, 8, 1], { location: 'Tartu', programme: 1 });
    await r(north, '2026-04-07', [9, 9, 9, 9, 9, 9, 9, 9, 7, 8]);
    await r(north, '2026-05-05', [0, 1, 2, 3, 4, 5, 6, 9, 10, 7], { location: 'Tartu', tenureBand: '2_5y', programme: 1, manager: true });
    await r(north, '2026-07-08', [9, 9, 9, 9, 9, 9, 9, 9, 9, 6]);
    await r(south, '2026-08-12', [10, 9, 6, 5, 8, 7], { location: 'Pärnu', phase: 'onboarding', tenureBand: 'under_3m' });
    // Support: 12 in Q1, 25 in Q3 (13 promoters). Tiny 3 and Legal 7 in Q1, hidden together.
    await r(support, '2026-02-10', [10, 10, 10, 10, 10, 6, 6, 4, 8, 9, 7, 2], { location: 'Pärnu', tenureBand: '2_5y' });
    await r(support, '2026-08-05', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], { location: 'Tartu', tenureBand: '2_5y', programme: 1 });
    await r(support, '2026-09-09', [3, 3, 3, 3, 8, 8, 8, 9, 9, 9, 7, 7, 2, 2, 2], { phase: 'separation', tenureBand: '5y_plus' });
    await r(tiny, '2026-01-15', [2, 2, 2]);
    await r(legal, '2026-02-24', [9, 9, 8, 8, 3, 3, 10], { location: 'Tartu', phase: 'initial_development', tenureBand: '3_12m', programme: 1 });

    truth = (
      await t.db.query(
        `SELECT id, comment AS text, department_id AS department, to_char(answered_on, 'YYYY-MM-DD') AS day, location, phase,
                tenure_band AS tenure, programme_id AS programme, manager_id AS manager,
                CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END AS band
           FROM response`,
      )
    );
    const admin = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, admin.email, admin.password);
    const salesUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales.id });
    salesManager = await signIn(t.app, salesUser.email, salesUser.password);
  });
  afterAll(() => t.close());

  /** Every page of a list (the attacker reads them all). */
  async function list(query: string, client = hr): Promise<{ status: number; body: any; comments: any[] }> {
    const first = await client.get(`/api/analytics/comments?${query}`);
    if (first.status !== 200) return { status: first.status, body: first.body, comments: [] };
    const comments = [...first.body.comments];
    for (let page = 2; (page - 1) * first.body.pageSize < first.body.total; page++) {
      comments.push(...(await client.get(`/api/analytics/comments?${query}&page=${page}`).expect(200)).body.comments);
    }
    return { status: 200, body: first.body, comments };
  }

  const subtree = (id: string): Set<string> => {
    const out = new Set([id]);
    const parent: Record<string, string | null> = {
      [ids.company]: null, [ids.sales]: ids.company, [ids.north]: ids.sales, [ids.south]: ids.sales,
      [ids.support]: ids.company, [ids.tiny]: ids.company, [ids.legal]: ids.company,
    };
    for (let grew = true; grew; ) {
      grew = false;
      for (const [child, p] of Object.entries(parent)) if (p && out.has(p) && !out.has(child)) { out.add(child); grew = true; }
    }
    return out;
  };
  const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
  const inPeriod = (day: string, key: string) =>
    key.length === 4 ? day.startsWith(key)
    : key.includes('-H') ? day.startsWith(key.slice(0, 4)) && Math.ceil(Number(day.slice(5, 7)) / 6) === Number(key.slice(-1))
    : key.includes('-Q') ? quarterOf(day) === key
    : day.startsWith(key);

  const SEGMENT_FILTERS = () => [
    ...['Tallinn', 'Tartu', 'Pärnu'].map((v) => `location=${encodeURIComponent(v)}`),
    ...['onboarding', 'initial_development', 'ongoing_development', 'separation'].map((v) => `phase=${v}`),
    ...['under_3m', '3_12m', '1_2y', '2_5y', '5y_plus'].map((v) => `tenure=${v}`),
    ...programmes.map((v) => `programme=${v}`),
    `manager=${manager}`,
  ];

  it('refuses to list or export comments per location, phase, tenure band, programme or team', async () => {
    for (const filter of SEGMENT_FILTERS()) {
      for (const department of ['', `&department=${ids.company}`]) {
        const res = await hr.get(`/api/analytics/comments?period=2026${department}&${filter}`).expect(400);
        expect(res.body.message).toBe(
          'Comments can be listed by department and period only: a filter by location, phase, tenure band, programme or team would tell who wrote them.',
        );
        await hr.get(`/api/analytics/export/comments.csv?period=2026${department}&${filter}`).expect(400);
      }
    }
  });

  it('refuses months: set against its quarter, a month would pin comments to department × month', async () => {
    for (const month of ['2026-01', '2026-04', '2026-07']) {
      const res = await hr.get(`/api/analytics/comments?period=${month}&department=${ids.sales}`).expect(400);
      expect(res.body.message).toMatch(/listed by quarter, half or year, not by month/);
      await hr.get(`/api/analytics/export/comments.csv?period=${month}`).expect(400);
    }
  });

  it('carries no key: nothing derived from a response id, and the order in a quarter follows from the text alone', async () => {
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    for (const department of ['', ids.company, ids.sales, ids.north]) {
      const { body, comments } = await list(`period=2026${department ? `&department=${department}` : ''}`);
      const wire = JSON.stringify({ ...body, comments });
      for (const r of truth) {
        expect(wire).not.toContain(r.id);
        expect(wire).not.toContain(md5(r.id));
      }
      for (const c of comments) expect(Object.keys(c).sort()).toEqual(['band', 'department', 'quarter', 'sentiment', 'text']);
      expect(JSON.stringify(comments)).not.toMatch(/2026-\d\d-\d\d|"month"/);
      // Newest quarter first, then by md5 of the text: nothing about when or by whom.
      const order = comments.map((c) => `${9 - Number(c.quarter.slice(-1))}:${md5(c.text)}`);
      expect(order).toEqual([...order].sort());
    }
  });

  it('withholds a child that differs from its parent by fewer than commentK, in every list that could give it away', async () => {
    // Q1: Sales 20, North 14: North's list would give away South's 6.
    const northQ1 = await list(`period=2026-Q1&department=${ids.north}`);
    expect(northQ1.body).toMatchObject({ withheld: 'subtraction', total: 0, quarters: [{ key: '2026-Q1', withheld: 'subtraction' }] });
    const salesQ1 = await list(`period=2026-Q1&department=${ids.sales}`);
    expect(salesQ1.body.withheld).toBeNull();
    expect(salesQ1.comments).toHaveLength(20);
    expect(salesQ1.comments.every((c) => c.department === null && c.band === null)).toBe(true);
    // Neither North's year nor its half holds its Q1: Sales' Q1 minus them is all of Sales' Q1 again.
    for (const period of ['2026', '2026-H1']) {
      const north = await list(`period=${period}&department=${ids.north}`);
      expect(north.body.quarters.find((q: { key: string }) => q.key === '2026-Q1')).toEqual({ key: '2026-Q1', withheld: 'subtraction' });
      const texts = new Set(north.comments.map((c) => c.text));
      const rest = salesQ1.comments.filter((c) => !texts.has(c.text));
      expect(rest).toHaveLength(20);
    }
    // Small departments never get a list: a comment of Tiny (3) or Legal (7)
    // is never in a department's list below the organisation, nor labelled with its department.
    for (const period of ['2026', '2026-Q1', '2026-Q2', '2026-Q3']) {
      for (const small of [ids.tiny, ids.legal]) {
        expect((await list(`period=${period}&department=${small}`)).body.withheld).not.toBeNull();
      }
      const texts = new Set(truth.filter((x) => x.department === ids.tiny || x.department === ids.legal).map((x) => x.text));
      for (const department of ['', ids.company]) {
        for (const c of (await list(`period=${period}${department ? `&department=${department}` : ''}`)).comments) {
          if (texts.has(c.text)) expect(c.department === null || c.department === 'Company').toBe(true);
        }
      }
    }
  });

  it('gives a manager the very lists HR gets for their department', async () => {
    for (const period of ['2026', '2026-Q2']) {
      const mine = await list(`period=${period}`, salesManager);
      const hrs = await list(`period=${period}&department=${ids.sales}`);
      expect(mine.comments).toEqual(hrs.comments);
      expect(mine.body.quarters).toEqual(hrs.body.quarters);
    }
    await salesManager.get(`/api/analytics/comments?period=2026&department=${ids.support}`).expect(404);
  });

  it('never lets all lists together, joined by text, tie a comment to fewer than commentK answers', async () => {
    // The attacker asks for every department (and the organisation) × every period, with and without
    // each segment filter, reads every page, and intersects: a response could have written comment c
    // only if it lies in every list holding c, in no list lacking c, and matches every label c shows.
    const departments = ['', ...Object.values(ids)];
    const periods = ['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4',
      ...Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`)];
    const queries: { department: string; period: string; filter: string }[] = [];
    for (const department of departments) for (const period of periods) queries.push({ department, period, filter: '' });
    for (const department of ['', ids.company, ids.sales]) {
      for (const period of ['2026', '2026-H1', '2026-Q1', '2026-Q2']) {
        for (const filter of SEGMENT_FILTERS()) queries.push({ department, period, filter });
      }
    }
    interface Seen { inCut: (r: Truth) => boolean; texts: Set<string>; comments: any[] }
    const lists: Seen[] = [];
    for (const q of queries) {
      const query = [`period=${q.period}`, q.department && `department=${q.department}`, q.filter].filter(Boolean).join('&');
      const got = await list(query);
      if (got.status !== 200 || got.body.withheld) continue;
      const open = (got.body.quarters as { key: string; withheld: string | null }[] | undefined)?.filter((x) => !x.withheld).map((x) => x.key);
      const [name, value] = q.filter ? q.filter.split('=') : [null, null];
      const field = { location: 'location', phase: 'phase', tenure: 'tenure', programme: 'programme', manager: 'manager' }[name ?? ''] as keyof Truth | undefined;
      const inside = q.department ? subtree(q.department) : null;
      lists.push({
        inCut: (r) =>
          (!inside || inside.has(r.department)) &&
          inPeriod(r.day, q.period) &&
          (!open || open.some((key) => inPeriod(r.day, key))) &&
          (!field || r[field] === decodeURIComponent(value!)),
        texts: new Set(got.comments.map((c) => c.text)),
        comments: got.comments,
      });
    }
    expect(lists.length).toBeGreaterThan(20);

    const byName = Object.fromEntries(Object.entries(names).map(([id, name]) => [name, id]));
    const shownComments = new Set<string>();
    const smallest: { text: string; candidates: number }[] = [];
    for (const author of truth) {
      const labels: ((r: Truth) => boolean)[] = [];
      for (const l of lists) {
        const c = l.comments.find((x) => x.text === author.text);
        if (!c) continue;
        shownComments.add(author.text);
        if (c.band) labels.push((r) => r.band === c.band);
        else {
          // A band withheld on c but shown on a comment from the same part of the same list is not c's.
          const shown = new Set(l.comments.filter((x) => x.quarter === c.quarter && x.department === c.department && x.band).map((x) => x.band));
          labels.push((r) => !shown.has(r.band));
        }
        if (c.phase) labels.push((r) => r.phase === c.phase);
        if (c.month) labels.push((r) => r.day.startsWith(c.month));
        if (c.quarter) labels.push((r) => inPeriod(r.day, c.quarter));
        if (c.department) labels.push((r) => subtree(byName[c.department]).has(r.department));
      }
      if (!shownComments.has(author.text)) continue;
      const candidates = truth.filter((r) => lists.every((l) => l.inCut(r) === l.texts.has(author.text)) && labels.every((f) => f(r)));
      expect(candidates).toContainEqual(author);
      smallest.push({ text: author.text, candidates: candidates.length });
    }
    // Most comments are shown somewhere, some with a band and some with a department (the test
    // would prove nothing otherwise) ...
    expect(shownComments.size).toBeGreaterThan(truth.length / 2);
    const all = lists.flatMap((l) => l.comments);
    expect(new Set(all.filter((c) => c.band).map((c) => c.band))).toEqual(new Set(['promoter']));
    expect(new Set(all.filter((c) => c.department).map((c) => c.department))).toEqual(new Set(['Company', 'Sales', 'Support']));
    // ... and none of them can be narrowed to fewer than commentK possible writers.
    expect(smallest.filter((s) => s.candidates < commentK)).toEqual([]);
  });

  it('exports the same lists, labels and withholding as the screen, a file at a time, without a key column', async () => {
    for (const department of ['', ids.sales, ids.north]) {
      const query = `period=2026${department ? `&department=${department}` : ''}`;
      const { comments } = await list(query);
      const csv = (await hr.get(`/api/analytics/export/comments.csv?${query}`).expect(200)).text;
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('quarter,sentiment,band,department,comment');
      expect(lines.slice(1)).toEqual(
        // Every text cell quoted (csv-export.ts); an empty one is an empty field.
        comments.map((c) => [c.quarter, c.sentiment, c.band, c.department, c.text].map((v) => (v === null ? '' : `"${v}"`)).join(',')),
      );
      const next = (await hr.get(`/api/analytics/export/comments.csv?${query}&page=2`).expect(200)).text;
      expect(next.trim()).toBe('quarter,sentiment,band,department,comment');
    }
    const tiny = (await hr.get(`/api/analytics/export/comments.csv?period=2026&department=${ids.tiny}`).expect(200)).text;
    expect(tiny.trim()).toBe('quarter,sentiment,band,department,comment');
  });
});
