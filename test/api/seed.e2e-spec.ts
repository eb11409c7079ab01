import { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { AppSecret } from '../../apps/api/src/common/app-secret';
import { isoDateInZone } from '../../apps/api/src/common/clock';
import { AnswerLinks } from '../../apps/api/src/responses/answer-token';
import { DEMO_ACCOUNTS } from '../../apps/api/src/seed/demo-accounts';
import { isDemoSeeded, issueDemoAnswerLinks, seedDemo, SeedDemoResult } from '../../apps/api/src/seed/seed-demo';
import { createTestDatabase } from '../support/test-database';

/** A fixed day, so every assertion about the generated data holds on every run. */
const TODAY = '2026-11-22';
const ENPS = `100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*)`;
/** The answer links of an installation with this application secret. */
const LINKS = new AnswerLinks(new AppSecret(Buffer.from('the seed tests\' application secret, 32+ bytes')));

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;

async function withSeededDatabase<T>(today: string, work: (ds: DataSource, result: SeedDemoResult) => Promise<T>): Promise<T> {
  const db = await createTestDatabase();
  const ds = await openDatabase(db.url);
  try {
    return await work(ds, await seedDemo(ds, today));
  } finally {
    await ds.destroy();
    await db.drop();
  }
}

const COUNTS = `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM department)::int AS departments,
  (SELECT count(*) FROM employee)::int AS employees, (SELECT count(*) FROM programme)::int AS programmes,
  (SELECT count(*) FROM invitation)::int AS invitations, (SELECT count(*) FROM response)::int AS responses,
  (SELECT count(*) FROM customer_metric)::int AS customer_rows, (SELECT count(*) FROM app_user)::int AS users`;

/** Aggregates that must be identical for the same `today`. */
async function fingerprint(ds: DataSource): Promise<unknown> {
  return {
    departments: await ds.query(
      `SELECT d.name, count(r.*)::int AS n, coalesce(sum(r.score), 0)::int AS total FROM department d
       LEFT JOIN response r ON r.department_id = d.id GROUP BY d.name ORDER BY d.name`),
    customers: await ds.query(
      `SELECT d.name, c.metric, sum(promoters)::int AS p, sum(passives)::int AS pa, sum(detractors)::int AS de,
         sum(n)::int AS n, sum(value)::text AS value
       FROM customer_metric c JOIN department d ON d.id = c.department_id GROUP BY d.name, c.metric ORDER BY d.name, c.metric`),
    people: await ds.query(`SELECT id, external_id, name, work_email, start_date::text, end_date::text FROM employee ORDER BY id`),
    comments: await ds.query(`SELECT comment, count(*)::int AS n FROM response WHERE comment IS NOT NULL GROUP BY 1 ORDER BY 1`),
    answers: await ds.query(
      `SELECT item_key, item_score, leaving_reason, sentiment, count(*)::int AS n FROM response GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
    providerRatings: await ds.query(
      `SELECT id, consumer_department_id, provider_department_id, phase, answered_on::text, score, comment FROM provider_rating ORDER BY id`),
  };
}

describe('demo seed', () => {
  let db: TestDb;
  let ds: DataSource;
  let first: SeedDemoResult;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDatabase(db.url);
    first = await seedDemo(ds, TODAY);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('seeds once; seeding again changes nothing', async () => {
    expect(first.seeded).toBe(true);
    const before = (await ds.query(COUNTS))[0];
    expect(await seedDemo(ds, TODAY)).toEqual({ seeded: false, employees: 0, responses: 0 });
    expect((await ds.query(COUNTS))[0]).toEqual(before);
    expect(before).toMatchObject({ organisations: 1, programmes: 5, users: 3, employees: first.employees, responses: first.responses });
  });

  it('builds an organisation with a department tree, people in every lifecycle phase, and the demo accounts', async () => {
    const [org] = await ds.query(`SELECT name, time_zone FROM organisation`);
    expect(org).toEqual({ name: 'Nordlight Retail', time_zone: 'Europe/Tallinn' });
    const [s] = await ds.query(
      `SELECT count(*)::int AS employees, count(DISTINCT location)::int AS locations, count(DISTINCT language)::int AS languages,
         count(DISTINCT lower(work_email))::int AS emails, count(*) FILTER (WHERE language = 'et')::int AS et,
         count(*) FILTER (WHERE notice_date <= $1 AND end_date >= $1)::int AS in_notice,
         count(*) FILTER (WHERE end_date < $1)::int AS departed, count(*) FILTER (WHERE start_date > $1)::int AS pre_start,
         count(*) FILTER (WHERE start_date <= $1 AND start_date > $1::date - 90 AND notice_date IS NULL)::int AS onboarding,
         count(*) FILTER (WHERE personal_email IS NOT NULL)::int AS personal
       FROM employee`, [TODAY]);
    expect(s.employees).toBeGreaterThanOrEqual(700);
    expect(s).toMatchObject({ locations: 8, languages: 2, emails: s.employees });
    expect(s.et / s.employees).toBeGreaterThan(0.5);
    expect(s.in_notice).toBeGreaterThanOrEqual(3);
    expect(s.departed).toBeGreaterThanOrEqual(40);
    expect(s.pre_start).toBeGreaterThanOrEqual(4);
    expect(s.onboarding).toBeGreaterThanOrEqual(20);
    expect(s.personal / s.employees).toBeGreaterThan(0.08);

    const [tree] = await ds.query(
      `SELECT count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS with_parent, count(*) FILTER (WHERE parent_id IS NULL)::int AS roots,
         count(*) FILTER (WHERE customer_facing)::int AS customer_facing, count(*) FILTER (WHERE internal_provider)::int AS providers
       FROM department`);
    expect(tree.with_parent).toBeGreaterThanOrEqual(8);
    expect(tree).toMatchObject({ roots: 1, customer_facing: 12, providers: 3 });
    // Every department has a manager among its own people; its team reports to them.
    const managers = await ds.query(
      `SELECT d.name, count(DISTINCT e.manager_id)::int AS bosses,
         count(*) FILTER (WHERE m.department_id IS DISTINCT FROM d.id AND m.id IS NOT NULL)::int AS outside
       FROM department d JOIN employee e ON e.department_id = d.id LEFT JOIN employee m ON m.id = e.manager_id
       WHERE NOT EXISTS (SELECT 1 FROM employee x WHERE x.manager_id = e.id) GROUP BY d.name`);
    for (const row of managers) expect(row).toMatchObject({ bosses: 1, outside: 0 });

    const users = await ds.query(
      `SELECT u.email, u.role, d.name AS scope FROM app_user u LEFT JOIN department d ON d.id = u.scope_department_id ORDER BY u.email`);
    expect(users).toEqual(
      DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.role, scope: a.scope ?? null })).sort((a, b) => a.email.localeCompare(b.email)));
  });

  it('keeps responses anonymous, segmented and in the phases that get pulses', async () => {
    const [s] = await ds.query(
      `SELECT (SELECT count(*) FROM invitation WHERE answered)::int AS answered, (SELECT count(*) FROM invitation)::int AS invited,
         (SELECT count(*) FROM response)::int AS responses,
         (SELECT count(*) FROM response WHERE location IS NULL OR tenure_band IS NULL OR tenure_band = 'not_started'
            OR phase NOT IN ('onboarding', 'initial_development', 'ongoing_development', 'separation')
            OR answered_on > $1 OR answered_on < $1::date - 400)::int AS bad_responses,
         (SELECT count(*) FROM invitation WHERE phase NOT IN ('onboarding', 'initial_development', 'ongoing_development', 'separation')
            OR sent_on > $1 OR (expires_at AT TIME ZONE 'Europe/Tallinn')::date <> sent_on + 14)::int AS bad_invitations,
         (SELECT count(*) FROM response WHERE comment IS NOT NULL)::int AS comments`, [TODAY]);
    expect(s.responses).toBe(s.answered);
    expect(s.answered / s.invited).toBeGreaterThan(0.55);
    expect(s.answered / s.invited).toBeLessThan(0.75);
    expect(s).toMatchObject({ bad_responses: 0, bad_invitations: 0 });
    expect(s.comments / s.responses).toBeGreaterThan(0.15);
    expect(s.comments / s.responses).toBeLessThan(0.35);
    // Rows are not stored in invitation order.
    const order = (sql: string) => ds.query(sql).then((rows: { d: string }[]) => rows.map((r) => r.d).join());
    expect(await order(`SELECT department_id AS d FROM response ORDER BY ctid`))
      .not.toBe(await order(`SELECT department_id AS d FROM invitation WHERE answered ORDER BY ctid`));
  });

  it('shows believable differences between departments and phases, and withholds some small groups', async () => {
    const enps = async (where: string) => Number((await ds.query(
      `SELECT ${ENPS} AS e FROM response r JOIN department d ON d.id = r.department_id WHERE ${where}`))[0].e);
    const engineering = await enps(`d.name = 'Product Engineering'`);
    const support = await enps(`d.name = 'Customer Support'`);
    expect(engineering).toBeGreaterThan(25);
    expect(support).toBeLessThan(0);
    expect(engineering - support).toBeGreaterThan(30);
    expect(await enps(`d.name = 'HR'`)).toBeGreaterThan(await enps(`d.name = 'Tartu Store'`));
    expect(await enps(`r.phase = 'onboarding'`)).toBeGreaterThan(await enps(`r.phase = 'ongoing_development'`));
    expect(await enps(`r.phase = 'separation'`)).toBeLessThan(-20);
    const supportRecent = await enps(`d.name = 'Customer Support' AND r.answered_on >= date_trunc('month', $$${TODAY}$$::date) - interval '2 months'`);
    expect(supportRecent).toBeGreaterThan(support);

    const [k] = await ds.query(
      `SELECT count(*) FILTER (WHERE n >= 5)::int AS pass, count(*) FILTER (WHERE n < 5)::int AS withheld
       FROM (SELECT department_id, date_trunc('month', answered_on), count(*) AS n FROM response GROUP BY 1, 2) g`);
    expect(k.pass).toBeGreaterThan(k.withheld);
    expect(k.withheld).toBeGreaterThan(0);
  });

  it('carries the answers beside eNPS: statement, rotating drivers, reasons for leaving and comment sentiment', async () => {
    const items = await ds.query(
      `SELECT p.key, count(*)::int AS n, count(r.item_key)::int AS items, count(DISTINCT r.item_key)::int AS keys,
         min(r.item_key) AS first_key, count(r.leaving_reason)::int AS reasons,
         count(*) FILTER (WHERE r.comment IS NULL AND r.sentiment IS NOT NULL)::int AS bad_sentiment
       FROM response r JOIN programme p ON p.id = r.programme_id GROUP BY p.key ORDER BY p.key`);
    const by = Object.fromEntries(items.map((r: { key: string }) => [r.key, r]));
    expect(by.onboarding).toMatchObject({ keys: 1, first_key: 'tools', reasons: 0 });
    // Drivers rotate by 30- and 90-day calendar blocks: all six in development, five or six a year in quarterly.
    expect(by.development).toMatchObject({ keys: 6, reasons: 0 });
    expect(by.quarterly).toMatchObject({ reasons: 0 });
    expect(by.quarterly.keys).toBeGreaterThanOrEqual(5);
    expect(by.exit).toMatchObject({ items: 0 });
    for (const row of items) {
      expect(row.bad_sentiment).toBe(0);
      // Most answer the extra question, some skip it.
      const answered = (row.items + row.reasons) / row.n;
      expect(answered).toBeGreaterThan(0.75);
      expect(answered).toBeLessThan(1);
    }
    // Items follow eNPS, and the department weakness shows: Tartu Store is low on recognition.
    const [m] = await ds.query(
      `SELECT avg(item_score) FILTER (WHERE score >= 9)::float AS promoters, avg(item_score) FILTER (WHERE score <= 6)::float AS detractors,
         avg(item_score) FILTER (WHERE item_key = 'recognition' AND d.name = 'Tartu Store')::float AS tartu_recognition,
         avg(item_score) FILTER (WHERE item_key <> 'recognition' AND item_key <> 'tools' AND d.name = 'Tartu Store')::float AS tartu_other
       FROM response r JOIN department d ON d.id = r.department_id`);
    expect(m.promoters - m.detractors).toBeGreaterThan(1);
    expect(m.tartu_other - m.tartu_recognition).toBeGreaterThan(0.7);
    const reasons = await ds.query(`SELECT leaving_reason, count(*)::int AS n FROM response WHERE leaving_reason IS NOT NULL GROUP BY 1`);
    expect(reasons.length).toBeGreaterThanOrEqual(4);
    const [s] = await ds.query(
      `SELECT count(*) FILTER (WHERE sentiment = 1)::int AS positive, count(*) FILTER (WHERE sentiment = -1)::int AS negative FROM response`);
    expect(s.positive).toBeGreaterThan(0);
    expect(s.negative).toBeGreaterThan(0);
    // The rollup the driver heatmap reads is filled by the same insert.
    const [rollup] = await ds.query(
      `SELECT (SELECT sum(n) FROM item_month_rollup)::int AS rolled, (SELECT count(item_key) FROM response)::int AS items`);
    expect(rollup.rolled).toBe(rollup.items);
  });

  it('has twelve months of customer NPS for each customer-facing department', async () => {
    const rows = await ds.query(
      `SELECT d.name, count(*)::int AS months, min(promoters + passives + detractors)::int AS least,
         max(promoters + passives + detractors)::int AS most, max(month)::text AS last,
         count(*) FILTER (WHERE n <> promoters + passives + detractors
           OR abs(value - 100.0 * (promoters - detractors) / n) > 0.000001)::int AS wrong
       FROM customer_metric c JOIN department d ON d.id = c.department_id WHERE c.metric = 'nps' GROUP BY d.name ORDER BY d.name`);
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      'Business Sales', 'Customer Support', 'Haapsalu Store', 'Helsinki Store', 'Narva Store', 'Online Store', 'Pärnu Store',
      'Rakvere Store', 'Sales', 'Tallinn Store', 'Tartu Store', 'Viljandi Store',
    ].sort((a, b) => a.localeCompare(b)));
    for (const r of rows) {
      expect(r).toMatchObject({ months: 12, last: '2026-10-01' });
      expect(r.least).toBeGreaterThanOrEqual(80);
      expect(r.most).toBeLessThanOrEqual(400);
      expect(r.wrong).toBe(0);
    }
  });

  it('has CSAT (counts), CES and a CX index on three criteria for the same units and months', async () => {
    const rows = await ds.query(
      `SELECT c.metric, count(DISTINCT c.department_id)::int AS units, count(DISTINCT c.month)::int AS months,
         count(*)::int AS n, string_agg(DISTINCT c.criterion, ',' ORDER BY c.criterion) AS criteria,
         min(c.value)::float AS least, max(c.value)::float AS most,
         count(*) FILTER (WHERE c.metric = 'csat' AND c.csat_counts IS NULL)::int AS csat_without_counts
       FROM customer_metric c GROUP BY c.metric ORDER BY c.metric`);
    expect(rows.map((r: { metric: string; units: number; months: number; n: number; criteria: string }) =>
      [r.metric, r.units, r.months, r.n, r.criteria])).toEqual([
      ['ces', 12, 12, 144, ''],
      ['csat', 12, 12, 144, ''],
      ['cx_index', 12, 12, 432, 'ease,effectiveness,emotion'],
      ['nps', 12, 12, 144, ''],
    ]);
    const by = Object.fromEntries(rows.map((r: { metric: string }) => [r.metric, r]));
    expect(by.ces.least).toBeGreaterThanOrEqual(1);
    expect(by.ces.most).toBeLessThanOrEqual(7);
    expect(by.csat.least).toBeGreaterThan(30);
    expect(by.csat.csat_without_counts).toBe(0);
    expect(by.cx_index.least).toBeGreaterThan(-100);

    // Across unit-months, CSAT moves with the unit's employee climate of one to two months before:
    // centred on each unit's own mean, NPS and CSAT go together.
    const [{ r }] = await ds.query(
      `WITH m AS (
         SELECT department_id, month, metric, value - avg(value) OVER (PARTITION BY department_id, metric) AS dev
           FROM customer_metric WHERE metric IN ('nps', 'csat'))
       SELECT corr(a.dev, b.dev)::float AS r FROM m a JOIN m b USING (department_id, month)
        WHERE a.metric = 'nps' AND b.metric = 'csat'`);
    expect(r).toBeGreaterThan(0.2);
  });

  it('gives the customer-facing units enough answers a month, and customers who follow their people a month or two later', async () => {
    // Unit-months of employee eNPS: most have at least 8 answers, nearly all at least k = 5.
    const [n] = await ds.query(
      `SELECT count(*)::int AS cells, count(*) FILTER (WHERE g.n >= 8)::int AS eight, count(*) FILTER (WHERE g.n >= 5)::int AS five
         FROM department d CROSS JOIN generate_series(date_trunc('month', $1::date) - interval '12 months',
                                                      date_trunc('month', $1::date) - interval '1 month', interval '1 month') m(month)
         LEFT JOIN LATERAL (SELECT count(*) AS n FROM response r
                             WHERE r.department_id = d.id AND date_trunc('month', r.answered_on) = m.month) g ON true
        WHERE d.customer_facing`, [TODAY]);
    expect(n.cells).toBe(144);
    expect(n.eight / n.cells).toBeGreaterThan(0.8);
    expect(n.five / n.cells).toBeGreaterThan(0.95);

    // Within units (each unit's months centred on its own means), customer NPS goes with the
    // employee eNPS of one or two months before, less with the same month's.
    const withinAtLag = async (lag: number): Promise<number> => Number((await ds.query(
      `WITH e AS (SELECT department_id, date_trunc('month', answered_on) AS month, ${ENPS} AS enps
                    FROM response GROUP BY 1, 2 HAVING count(*) >= 5),
            p AS (SELECT e.department_id, e.enps, c.value AS cx FROM e
                    JOIN customer_metric c ON c.department_id = e.department_id AND c.metric = 'nps'
                     AND c.month = e.month + make_interval(months => $1)),
            dev AS (SELECT enps - avg(enps) OVER w AS x, cx - avg(cx) OVER w AS y FROM p WINDOW w AS (PARTITION BY department_id))
       SELECT corr(x, y) AS r FROM dev`, [lag]))[0].r);
    const [lag0, lag1, lag2] = [await withinAtLag(0), await withinAtLag(1), await withinAtLag(2)];
    expect(Math.max(lag1, lag2)).toBeGreaterThan(0.3);
    expect(Math.max(lag1, lag2)).toBeLessThan(0.7);
    expect(lag0).toBeLessThan(Math.max(lag1, lag2));

    // Between units, happier people go with happier customers, with exceptions on both sides.
    const units = await ds.query(
      `SELECT d.name, e.enps::float AS ex, c.cx::float AS cx FROM department d
         JOIN (SELECT department_id, ${ENPS} AS enps FROM response WHERE phase <> 'separation' GROUP BY 1) e ON e.department_id = d.id
         JOIN (SELECT department_id, avg(value) AS cx FROM customer_metric WHERE metric = 'nps' GROUP BY 1) c ON c.department_id = d.id`);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [ex, cx] = [median(units.map((u: { ex: number }) => u.ex)), median(units.map((u: { cx: number }) => u.cx))];
    const quadrant = (u: { ex: number; cx: number }) => `${u.ex >= ex ? 'high' : 'low'}/${u.cx >= cx ? 'high' : 'low'}`;
    const counts = new Map<string, number>();
    for (const u of units) counts.set(quadrant(u), (counts.get(quadrant(u)) ?? 0) + 1);
    expect(counts.get('high/high')).toBeGreaterThanOrEqual(3);
    expect(counts.get('low/low')).toBeGreaterThanOrEqual(3);
    expect((counts.get('high/low') ?? 0) + (counts.get('low/high') ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it('has internal providers, the links to them, and a year of anonymous provider ratings', async () => {
    const [s] = await ds.query(
      `SELECT (SELECT count(*) FROM department WHERE internal_provider)::int AS providers,
              (SELECT count(DISTINCT consumer_department_id) FROM department_provider)::int AS consumers,
              (SELECT max(c) FROM (SELECT count(*) AS c FROM department_provider GROUP BY consumer_department_id) x)::int AS most,
              (SELECT count(*) FROM department_provider dp JOIN department p ON p.id = dp.provider_department_id
                WHERE NOT p.internal_provider)::int AS not_providers,
              (SELECT count(*) FROM provider_rating)::int AS ratings,
              (SELECT sum(n) FROM provider_csat_month_rollup)::int AS rolled,
              (SELECT count(DISTINCT expulse_month(answered_on)) FROM provider_rating)::int AS months,
              (SELECT active FROM programme WHERE key = 'internal_service') AS active`);
    expect(s).toMatchObject({ providers: 3, consumers: 21, not_providers: 0, active: true, months: 13 });
    expect(s.most).toBeLessThanOrEqual(3);
    expect(s.ratings).toBeGreaterThan(500);
    expect(s.rolled).toBe(s.ratings);
    // IT Services is rated lower than HR, and lower still by Customer Support than by Product Engineering.
    const mean = async (provider: string, consumer?: string) => Number((await ds.query(
      `SELECT avg(r.score) AS m FROM provider_rating r JOIN department p ON p.id = r.provider_department_id
         JOIN department c ON c.id = r.consumer_department_id WHERE p.name = $1 AND ($2::text IS NULL OR c.name = $2)`,
      [provider, consumer ?? null]))[0].m);
    expect(await mean('IT Services')).toBeLessThan(await mean('HR'));
    expect(await mean('IT Services', 'Customer Support')).toBeLessThan((await mean('IT Services', 'Product Engineering')) - 0.5);
  });

  it('gives identical data for the same day in another database', async () => {
    const expected = await fingerprint(ds);
    await withSeededDatabase(TODAY, async (other, result) => {
      expect(result).toEqual(first);
      expect(await fingerprint(other)).toEqual(expected);
    });
  });

  it('records that the demo was seeded into this database', async () => {
    expect(await isDemoSeeded(ds)).toBe(true);
  });

  it('issues answer links for open invitations, derived with the secret: the same while open, a new one once answered', async () => {
    const find = (token: string) => ds.query(
      `SELECT i.occurrence_key, i.answered, i.expires_at > ($2::date + 13) AS fresh, i.language, p.key
       FROM invitation i JOIN programme p ON p.id = i.programme_id WHERE i.id = $1`,
      [LINKS.invitationIdOf(token), TODAY]);
    const tokens = await issueDemoAnswerLinks(ds, LINKS, TODAY);
    expect(tokens).toHaveLength(3);
    const rows = (await Promise.all(tokens.map(find))).map((r) => r[0]);
    rows.forEach((row, i) => expect(row).toMatchObject({ occurrence_key: `demo-link-${i + 1}`, answered: false, fresh: true, key: 'quarterly' }));
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['et', 'en']));
    // Nothing of a link is stored (nor was it for the history).
    expect(await ds.query(`SELECT count(*)::int AS n FROM invitation WHERE token_hash IS NOT NULL`)).toEqual([{ n: 0 }]);

    const again = await issueDemoAnswerLinks(ds, LINKS, TODAY);
    expect(again).toEqual(tokens);

    // Once a link is answered, the next one is a new occurrence and the answered one stays.
    await ds.query(`UPDATE invitation SET answered = true WHERE id = $1`, [LINKS.invitationIdOf(again[0])]);
    const third = await issueDemoAnswerLinks(ds, LINKS, TODAY);
    expect((await find(third[0]))[0]).toMatchObject({ occurrence_key: 'demo-link-1-2', answered: false });
    expect(third[0]).not.toBe(again[0]);
    expect(await find(again[0])).toHaveLength(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM invitation WHERE occurrence_key LIKE 'demo-link-%'`);
    expect(n).toBe(4);
  });

  it('seeds on the real today and its links are open now; before seeding there are no links', async () => {
    const db2 = await createTestDatabase();
    const empty = await openDatabase(db2.url);
    try {
      expect(await issueDemoAnswerLinks(empty, LINKS, TODAY)).toEqual([]);
      expect(await isDemoSeeded(empty)).toBe(false);
      const today = isoDateInZone(new Date(), 'Europe/Tallinn');
      expect((await seedDemo(empty, today)).seeded).toBe(true);
      const [token] = await issueDemoAnswerLinks(empty, LINKS, today, 1);
      const rows = await empty.query(`SELECT 1 FROM invitation WHERE id = $1 AND NOT answered AND expires_at > now()`,
        [LINKS.invitationIdOf(token)]);
      expect(rows).toHaveLength(1);
    } finally {
      await empty.destroy();
      await db2.drop();
    }
  });
});
