import { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { createTestDatabase } from '../support/test-database';
import { newDepartment, newProgramme } from '../support/factories';

/*
 * The rollups the dashboards read are kept by triggers on response. Checked here against the raw
 * rows, counted by GROUP BY in this file, after multi-row inserts and deletes of answers spread over
 * three years, four locations, three tenure bands and two phases.
 */
const LOCATIONS = ['Tallinn', 'Tartu', 'Pärnu', 'Narva'];
const TENURES = ['under_3m', '1_2y', '2_5y'];
const PHASES = ['onboarding', 'ongoing_development'];

/** Each rollup: its table, the columns it groups by, and the same grouping over response. */
const ROLLUPS: [string, string[], string[]][] = [
  ['enps_month_rollup', ['month', 'department_id', 'phase', 'programme_id'], ['expulse_month(answered_on)', 'department_id', 'phase', 'programme_id']],
  ['enps_segment_rollup', ['bucket', 'month', 'department_id', 'phase', 'programme_id', 'location', 'tenure_band'],
    ['expulse_week_bucket(answered_on)', 'expulse_month(answered_on)', 'department_id', 'phase', 'programme_id', 'location', 'tenure_band']],
  ['enps_location_month_rollup', ['location', 'month', 'department_id', 'phase', 'programme_id'],
    ['location', 'expulse_month(answered_on)', 'department_id', 'phase', 'programme_id']],
  ['enps_tenure_month_rollup', ['tenure_band', 'month', 'department_id', 'phase', 'programme_id'],
    ['tenure_band', 'expulse_month(answered_on)', 'department_id', 'phase', 'programme_id']],
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

  /** Rows where the rollup and the raw counts differ (either way); rollup rows counted down to zero are left out. */
  const differences = async ([table, columns, raw]: (typeof ROLLUPS)[number]) =>
    db.query(
      `(SELECT ${columns.join(', ')}, promoters, passives, detractors FROM ${table} WHERE promoters + passives + detractors > 0
        EXCEPT
        SELECT ${raw.join(', ')}, count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score BETWEEN 7 AND 8),
               count(*) FILTER (WHERE score <= 6) FROM response GROUP BY ${raw.map((_, i) => i + 1).join(', ')})
       UNION ALL
       (SELECT ${raw.join(', ')}, count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score BETWEEN 7 AND 8),
               count(*) FILTER (WHERE score <= 6) FROM response GROUP BY ${raw.map((_, i) => i + 1).join(', ')}
        EXCEPT
        SELECT ${columns.join(', ')}, promoters, passives, detractors FROM ${table})`,
    );

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
