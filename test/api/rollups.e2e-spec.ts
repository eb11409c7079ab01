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
    const differences = await db.query(`
      WITH monthly AS (SELECT department_id, phase, programme_id, expulse_month(sent_on) AS month, count(*) AS invited
                         FROM invitation GROUP BY 1, 2, 3, 4),
           yearly AS (SELECT department_id, phase, programme_id, make_date(year, m, 1) AS month,
                             (ARRAY[${MONTHS.map((m) => `inv_${m}`)}])[m] AS invited
                        FROM invitation_year_rollup CROSS JOIN generate_series(1, 12) AS m),
           shown AS (SELECT * FROM yearly WHERE invited > 0)
      (SELECT * FROM monthly EXCEPT SELECT * FROM shown) UNION ALL (SELECT * FROM shown EXCEPT SELECT * FROM monthly)`);
    const [{ invited }] = await db.query(`SELECT count(*)::int AS invited FROM invitation`);
    expect(invited).toBeGreaterThan(100);
    expect(differences).toEqual([]);
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
