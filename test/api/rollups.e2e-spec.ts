import { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { createTestDatabase } from '../support/test-database';
import { newDepartment, newEmployee, newProgramme } from '../support/factories';

/*
 * The rollups the dashboards read are kept by triggers on response and invitation. Checked here
 * against the raw rows, counted by GROUP BY in this file, after multi-row inserts and deletes of
 * answers spread over three years, four locations, three tenure bands and two phases (and
 * invitations over two years).
 */
const LOCATIONS = ['Tallinn', 'Tartu', 'Pärnu', 'Narva'];
const TENURES = ['under_3m', '1_2y', '2_5y'];
const PHASES = ['onboarding', 'ongoing_development'];

/**
 * Each rollup as rows of (keys…, month, promoters, passives, detractors), and the same grouping
 * over response. Year rollups keep a year's months in columns (pro_1, pas_1, det_1, …): unfolded
 * here into one row per month.
 */
const KEYS = ['department_id', 'phase', 'programme_id'];
const yearRollup = (table: string, keys: string[]) =>
  `SELECT ${keys.join(', ')}, make_date(year, m, 1) AS month,
          (ARRAY[${MONTHS.map((m) => `pro_${m}`)}])[m] AS promoters, (ARRAY[${MONTHS.map((m) => `pas_${m}`)}])[m] AS passives,
          (ARRAY[${MONTHS.map((m) => `det_${m}`)}])[m] AS detractors
     FROM ${table} CROSS JOIN generate_series(1, 12) AS m`;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ROLLUPS: [string, string, string[]][] = [
  ['enps_segment_rollup', `SELECT bucket, ${KEYS.join(', ')}, location, tenure_band, month, promoters, passives, detractors FROM enps_segment_rollup`,
    ['expulse_week_bucket(answered_on)', ...KEYS, 'location', 'tenure_band']],
  ['enps_year_rollup', yearRollup('enps_year_rollup', KEYS), KEYS],
  ['enps_location_year_rollup', yearRollup('enps_location_year_rollup', ['location', ...KEYS]), ['location', ...KEYS]],
  ['enps_tenure_year_rollup', yearRollup('enps_tenure_year_rollup', ['tenure_band', ...KEYS]), ['tenure_band', ...KEYS]],
];

describe('rollups kept by the triggers on response', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let programme: string;
  let departments: string[];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    // Answers and closing days are dated in the organisation's time zone (UTC + 2 or 3 here).
    await db.query(`INSERT INTO organisation (name, time_zone) VALUES ('Rollups', 'Europe/Tallinn') ON CONFLICT DO NOTHING`);
    programme = await newProgramme(db);
    departments = [(await newDepartment(db)).id, (await newDepartment(db)).id, (await newDepartment(db)).id];
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  /** One INSERT statement of `count` answers on days of the given years. */
  const insertAnswers = async (count: number, years: number[]) => {
    const rows = Array.from({ length: count }, () => [
      pick(departments), pick(LOCATIONS), pick(PHASES), pick(TENURES),
      `${pick(years)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      Math.floor(random() * 11),
    ]);
    const column = (i: number) => rows.map((r) => r[i]);
    await db.query(
      `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score)
       SELECT $1, d, l, p, t, a::date, s FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) AS x(d, l, p, t, a, s)`,
      [programme, column(0), column(1), column(2), column(3), column(4), column(5)],
    );
  };

  /** Rows where the rollup and the raw counts differ (either way); months counted down to zero (or never) are left out. */
  const differences = async ([, rolled, keys]: (typeof ROLLUPS)[number]) => {
    const raw = `SELECT ${keys.join(', ')}, expulse_month(answered_on) AS month, count(*) FILTER (WHERE score >= 9) AS promoters,
                        count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives, count(*) FILTER (WHERE score <= 6) AS detractors
                   FROM response GROUP BY ${keys.map((_, i) => i + 1).join(', ')}, ${keys.length + 1}`;
    const shown = `SELECT * FROM (${rolled}) r WHERE promoters + passives + detractors > 0`;
    return db.query(`(${shown} EXCEPT ${raw}) UNION ALL (${raw} EXCEPT ${shown})`);
  };

  it('hold exactly the raw answers after inserts and deletes, per month, week, location and tenure band', async () => {
    const [{ year }] = await db.query(`SELECT extract(year FROM current_date)::int AS year`);
    await insertAnswers(400, [year - 2, year - 1, year]);
    await insertAnswers(300, [year - 1]);
    await insertAnswers(1, [year]);
    await db.query(`DELETE FROM response WHERE score = 5 AND department_id = $1`, [departments[0]]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM response`);
    expect(n).toBeGreaterThan(600);
    for (const rollup of ROLLUPS) expect({ table: rollup[0], differences: await differences(rollup) }).toEqual({ table: rollup[0], differences: [] });
  });

  it('counts invitations per year and month', async () => {
    const employee = await newEmployee(db, { departmentId: departments[1] });
    const [{ year }] = await db.query(`SELECT extract(year FROM current_date)::int AS year`);
    await db.query(
      `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
       SELECT $1, $2, 'rollups-' || i, decode(md5('rollups-' || i), 'hex'), 'en', $3, 'ongoing_development',
              make_date($4 - i % 2, 1 + i % 12, 1 + i % 28), make_date($4 - i % 2, 1 + i % 12, 1 + i % 28) + 14
         FROM generate_series(1, 150) i`,
      [employee.id, programme, departments[1], year],
    );
    await db.query(`DELETE FROM invitation WHERE occurrence_key LIKE 'rollups-%' AND sent_on < make_date($1 - 1, 4, 1)`, [year]);
    const [{ invited }] = await db.query(`SELECT count(*)::int AS invited FROM invitation`);
    expect(invited).toBeGreaterThan(100);
    expect(await sentDifferences()).toEqual([]);
  });

  /** inv_1…inv_12 against the invitation rows, by the month they were sent. */
  const sentDifferences = () => db.query(`
      WITH monthly AS (SELECT department_id, phase, programme_id, expulse_month(sent_on) AS month, count(*) AS invited
                         FROM invitation GROUP BY 1, 2, 3, 4),
           yearly AS (SELECT department_id, phase, programme_id, make_date(year, m, 1) AS month,
                             (ARRAY[${MONTHS.map((m) => `inv_${m}`)}])[m] AS invited
                        FROM invitation_year_rollup CROSS JOIN generate_series(1, 12) AS m),
           shown AS (SELECT * FROM yearly WHERE invited <> 0)
      (SELECT * FROM monthly EXCEPT SELECT * FROM shown) UNION ALL (SELECT * FROM shown EXCEPT SELECT * FROM monthly)`);

  /**
   * open_1…open_12 against the invitation rows: for each month's first day, the invitations sent
   * before it whose last answer day (the organisation's local date just before expires_at) is on
   * or after it, counted in that month's year. Written here from a calendar of month starts, not
   * with the migration's functions.
   */
  const openDifferences = () => db.query(`
      WITH firsts AS (SELECT d::date AS first_day FROM generate_series(DATE '2000-01-01', DATE '2100-12-01', interval '1 month') AS d),
           closes AS (SELECT i.*, ((i.expires_at - interval '1 microsecond') AT TIME ZONE o.time_zone)::date AS closes_on
                        FROM invitation i CROSS JOIN (SELECT time_zone FROM organisation WHERE id = 1) o),
           -- (the organisation's row is there from beforeAll: an answer day is its local date)
           raw AS (SELECT department_id, phase, programme_id, f.first_day AS month, count(*) AS open
                     FROM closes c JOIN firsts f ON c.sent_on < f.first_day AND f.first_day <= c.closes_on
                    GROUP BY 1, 2, 3, 4),
           yearly AS (SELECT department_id, phase, programme_id, make_date(year, m, 1) AS month,
                             (ARRAY[${MONTHS.map((m) => `open_${m}`)}])[m] AS open
                        FROM invitation_year_rollup CROSS JOIN generate_series(1, 12) AS m),
           shown AS (SELECT * FROM yearly WHERE open <> 0)
      (SELECT * FROM raw EXCEPT SELECT * FROM shown) UNION ALL (SELECT * FROM shown EXCEPT SELECT * FROM raw)`);

  it('counts the invitations still open on the first day of each month, through inserts, updates and deletes', async () => {
    const employee = await newEmployee(db, { departmentId: departments[2] });
    const [{ year }] = await db.query(`SELECT extract(year FROM current_date)::int AS year`);
    // Sent on any day of the last two years; open 14 days (some to the first of the next month at
    // the send hour, some closing at local midnight) or, like an exit survey, up to 100 days.
    await db.query(
      `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
       SELECT $1, $2, 'open-' || i, decode(md5('open-' || i), 'hex'), 'en', $3, (ARRAY['onboarding', 'separation'])[1 + i % 2], s,
              ((s + CASE i % 4 WHEN 0 THEN 14 WHEN 1 THEN 100 ELSE 14 + i % 3 END)::timestamp
               + make_interval(hours => CASE WHEN i % 5 = 0 THEN 0 ELSE 10 END)) AT TIME ZONE o.time_zone
         FROM generate_series(1, 240) i
        CROSS JOIN (SELECT time_zone FROM organisation WHERE id = 1) o
        CROSS JOIN LATERAL (SELECT make_date($4 - i % 2, 1 + i % 12, 1) + (i * 7) % 31 AS s) x`,
      [employee.id, programme, departments[2], year],
    );
    const [{ crossing }] = await db.query(
      `SELECT (SELECT count(*)::int FROM invitation_year_rollup WHERE open_1 > 0 AND year = $1) AS crossing`, [year]);
    expect(crossing).toBeGreaterThan(0); // December's invitations still open in January count in the next year's row
    expect(await openDifferences()).toEqual([]);

    // A longer expiry, another department or send day, one row and many at a time; an answer changes nothing.
    await db.query(`UPDATE invitation SET expires_at = expires_at + interval '40 days' WHERE occurrence_key LIKE 'open-%' AND sent_on < make_date($1, 1, 1) AND extract(day FROM sent_on) > 20`, [year]);
    await db.query(`UPDATE invitation SET department_id = $1 WHERE occurrence_key = 'open-7'`, [departments[0]]);
    await db.query(`UPDATE invitation SET sent_on = sent_on - 25 WHERE occurrence_key LIKE 'open-%' AND extract(month FROM sent_on) = 3`);
    await db.query(`UPDATE invitation SET answered = true WHERE occurrence_key LIKE 'open-%' AND extract(day FROM sent_on) < 10`);
    await db.query(`DELETE FROM invitation WHERE occurrence_key LIKE 'open-%' AND extract(month FROM sent_on) IN (6, 11)`);
    expect(await openDifferences()).toEqual([]);
    expect(await sentDifferences()).toEqual([]);
    const [{ open }] = await db.query(`SELECT sum(${MONTHS.map((m) => `open_${m}`).join(' + ')})::int AS open FROM invitation_year_rollup`);
    expect(open).toBeGreaterThan(50);
  });

  it('raises the revision of each closed year a statement writes to, and never of the current year', async () => {
    const [{ year }] = await db.query(`SELECT extract(year FROM current_date)::int AS year`);
    const revisions = async (): Promise<Record<number, number>> =>
      Object.fromEntries((await db.query(`SELECT year, revision::int FROM closed_year_revision`)).map((r: { year: number; revision: number }) => [r.year, r.revision]));
    const before = await revisions();
    await insertAnswers(20, [year]);
    expect(await revisions()).toEqual(before);
    await insertAnswers(20, [year - 1, year]);
    await insertAnswers(20, [year - 2, year - 1]);
    const after = await revisions();
    expect(after[year - 1]).toBe((before[year - 1] ?? 0) + 2);
    expect(after[year - 2]).toBe((before[year - 2] ?? 0) + 1);
    expect(after[year]).toBeUndefined();
    await db.query(`DELETE FROM response WHERE answered_on < make_date($1, 1, 1) AND answered_on >= make_date($1 - 1, 1, 1)`, [year]);
    expect((await revisions())[year - 1]).toBe(after[year - 1] + 1);
  });
});
