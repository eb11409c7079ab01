'use strict';
/**
 * Two years of answers for the analytics benchmark, generated set-based in SQL on top of the
 * organisation of generate-organisation.js (never row by row from Node):
 *
 * - team managers: every department's employees are split into teams of about 10 under its most
 *   senior employees (employee.manager_id), so a response's manager is a real employee of its
 *   department and the API's own answer endpoint finds the same managers;
 * - bench_department: per department a home location (8 locations), an eNPS level (−25 … +55),
 *   a trend over the two years (−12 … +12 points) and a response rate (55–85%);
 * - `responses` rows (5,000,000 by default) over the 24 months ending today, in chunks of
 *   CHUNK rows (one INSERT … SELECT over generate_series each): department uniform (as the
 *   employees are), manager a random team manager of that department, location the department's
 *   home for ~90%, phase ongoing 70% / initial 15% / onboarding 10% / separation 5%, programme
 *   and tenure band consistent with the phase, a score from the department's level shifted by
 *   phase and trend, ~20% with a short comment (detractors more often) and its sentiment, the
 *   item answer (onboarding 'tools', development/quarterly a rotating driver) correlated with the
 *   score, a leaving reason for exit answers; answers at weekends are mostly moved to Friday;
 * - the rollups, one of two ways (BENCH_RESPONSE_LOAD): 'triggers' keeps the statement-level
 *   triggers on (they aggregate each chunk), 'backfill' disables them for the load and fills
 *   enps_segment_rollup with the migration's backfill statement, the year rollups from it (as
 *   their migration does from the month rollups, since dropped), and item_month_rollup with the
 *   same statement built from the trigger's (the migration has no backfill for it); the
 *   closed-year revisions' trigger stays on;
 * - invitations: 7M invitation rows for two years would take longer than the whole benchmark
 *   may, so invitation_year_rollup is rewritten from the answers and each department's response
 *   rate (year × department × phase × programme, month by month); the invitation table keeps the
 *   organisation generator's 12 months of real invitation rows.
 *
 * "Random" values are hashint8extended(n, seed): deterministic, so every run builds the same data.
 */

const CHUNK = Number(process.env.BENCH_RESPONSE_CHUNK ?? 250_000);
/**
 * BENCH_RESPONSE_IDS: 'ordered' (default): ids that grow with the row number (a valid version-4
 * UUID whose first 48 bits are the row number, the rest md5), so the primary key index is appended
 * to; 'random': the column default, gen_random_uuid(), as the API inserts. Ids are opaque to every
 * query measured. Measured here (noisy, shared 2-CPU machine): 1M rows 38.6 s ordered against
 * 42.8 s random; 5M rows 259 s ordered against 264 s and 360 s random.
 */
const IDS = process.env.BENCH_RESPONSE_IDS ?? 'ordered';
const ORDERED_ID = `(lpad(to_hex(f.n), 12, '0') || '4' || substr(md5(f.n::text), 1, 3) || '8' || substr(md5(f.n::text), 4, 15))::uuid AS id, `;

/** A uniform number in [0, 1) from a row number and a seed. */
const u = (seed, key = 'n') => `((hashint8extended((${key})::bigint, ${seed}) & 2147483647)::float8 / 2147483648.0)`;

const LOCATIONS = ['Tallinn', 'Tartu', 'Pärnu', 'Narva', 'Riga', 'Vilnius', 'Helsinki', 'Stockholm'];
const DRIVERS = ['manager_relationship', 'role_clarity', 'recognition', 'growth', 'workplace_tools', 'wellbeing'];
const LEAVING_REASONS = ['pay_benefits', 'career_growth', 'manager', 'workload_wellbeing', 'culture_team', 'role_content',
  'relocation_personal', 'other'];
const COMMENTS = {
  promoter: ['Great team, everyone helps each other out.', 'My manager really listens.', 'Flexible hours make a real difference.',
    'Good tools and clear goals.', 'I feel trusted to make decisions.', 'Proud of what we did this quarter.'],
  passive: ['Mostly fine, but the workload comes in waves.', 'Salary reviews could be more transparent.',
    'I would like clearer priorities.', 'Training is good, but there is no time for it.', 'Things are getting better, slowly.',
    'The office is noisy.'],
  detractor: ['Too many tickets and not enough people.', 'We hear about changes from customers first.',
    'The ticketing system keeps crashing.', 'I see no way to grow here.', 'We give feedback, but nothing changes.',
    'Pay has not kept up with the cost of living.'],
};

/** Teams of ~10 under each department's most senior current employees; the head reports to no one. */
const MANAGERS = `
WITH ranked AS (
  SELECT id, department_id,
         row_number() OVER (PARTITION BY department_id ORDER BY (end_date IS NOT NULL OR notice_date IS NOT NULL), start_date, id) AS r,
         count(*) OVER (PARTITION BY department_id) AS size
    FROM employee
), sized AS (
  SELECT id, department_id, r, greatest(1, ceil(size / 10.0))::int AS teams FROM ranked
)
UPDATE employee e
   SET manager_id = m.id
  FROM sized s
  JOIN sized m ON m.department_id = s.department_id
              AND m.r = CASE WHEN s.r <= s.teams THEN 1 ELSE 1 + s.r % s.teams END
 WHERE e.id = s.id AND s.r > 1`;

/** $1 departments. */
const BENCH_DEPARTMENTS = `
CREATE TABLE bench_department AS
SELECT n AS no, md5('department:' || n)::uuid AS id,
       CASE WHEN n = 1 THEN 1 WHEN n <= 10 THEN 2 WHEN n <= 100 THEN 3 ELSE 4 END AS level,
       ($2::text[])[1 + floor(${u(11)} * 8)::int] AS home_location,
       -25 + 80 * ${u(12)} AS enps_level,
       -12 + 24 * ${u(13)} AS enps_trend,
       0.55 + 0.30 * ${u(14)} AS response_rate
  FROM generate_series(1, $1::int) AS n`;

const BENCH_TEAMS = `
CREATE TABLE bench_team AS
SELECT d.no AS department_no, row_number() OVER (PARTITION BY d.no ORDER BY m.start_date, m.id)::int AS team_no, m.id AS manager_id
  FROM bench_department d
  JOIN employee m ON m.department_id = d.id
 WHERE EXISTS (SELECT 1 FROM employee e WHERE e.manager_id = m.id)
    OR (m.manager_id IS NULL AND NOT EXISTS (SELECT 1 FROM employee o WHERE o.department_id = m.department_id AND o.id <> m.id))`;

const BENCH_TEAM_COUNTS = `
ALTER TABLE bench_department ADD COLUMN teams int;
UPDATE bench_department d SET teams = coalesce((SELECT count(*) FROM bench_team t WHERE t.department_no = d.no), 0);
CREATE UNIQUE INDEX ON bench_team (department_no, team_no);
ANALYZE bench_department;
ANALYZE bench_team`;

/**
 * One chunk: $1 first row number, $2 last, $3 today, $4 departments, $5 locations, $6 drivers,
 * $7 leaving reasons, $8 promoter comments, $9 passive comments, $10 detractor comments.
 */
const RESPONSES = `
WITH programme_key AS (
  SELECT key, id FROM programme WHERE key IN ('onboarding', 'development', 'quarterly', 'exit')
), g AS (
  SELECT n, ${u(1)} AS u_day, ${u(2)} AS u_dept, ${u(3)} AS u_team, ${u(4)} AS u_phase, ${u(5)} AS u_tenure,
         ${u(6)} AS u_loc, ${u(7)} AS u_loc2, ${u(8)} AS u_band, ${u(9)} AS u_score, ${u(10)} AS u_comment,
         ${u(15)} AS u_text, ${u(16)} AS u_item, ${u(17)} AS u_item_score, ${u(18)} AS u_weekend, ${u(19)} AS u_sentiment
    FROM generate_series($1::bigint, $2::bigint) AS n
), shaped AS (
  SELECT g.*, d.id AS department_id, d.home_location, d.enps_level, d.enps_trend, t.manager_id,
         CASE WHEN g.u_phase < 0.10 THEN 'onboarding' WHEN g.u_phase < 0.25 THEN 'initial_development'
              WHEN g.u_phase < 0.95 THEN 'ongoing_development' ELSE 'separation' END AS phase,
         $3::date - floor(g.u_day * 730)::int AS raw_day
    FROM g
    JOIN bench_department d ON d.no = 1 + floor(g.u_dept * $4::int)::int
    LEFT JOIN bench_team t ON t.department_no = d.no AND t.team_no = 1 + floor(g.u_team * d.teams)::int
), dated AS (
  SELECT s.*,
         CASE WHEN extract(isodow FROM s.raw_day) >= 6 AND s.u_weekend < 0.85
              THEN s.raw_day - (extract(isodow FROM s.raw_day)::int - 5) ELSE s.raw_day END AS answered_on,
         s.enps_level + CASE s.phase WHEN 'onboarding' THEN 15 WHEN 'initial_development' THEN 5
                                     WHEN 'separation' THEN -35 ELSE 0 END
           + s.enps_trend * (0.5 - ($3::date - s.raw_day) / 730.0) AS expected
    FROM shaped s
), scored AS (
  SELECT d.*,
         CASE WHEN d.u_band < least(0.95, greatest(0.02, 0.40 - d.expected / 200)) THEN 'detractor'
              WHEN d.u_band < least(0.95, greatest(0.02, 0.40 - d.expected / 200)) + 0.20 THEN 'passive'
              ELSE 'promoter' END AS band
    FROM dated d
), final AS (
  SELECT s.*,
         (CASE s.band WHEN 'detractor' THEN 6 - floor(7 * power(s.u_score, 2.2))
                      WHEN 'passive' THEN 7 + floor(2 * s.u_score) ELSE 9 + floor(2 * s.u_score) END)::smallint AS score,
         s.u_comment < CASE s.band WHEN 'detractor' THEN 0.30 WHEN 'passive' THEN 0.15 ELSE 0.15 END AS has_comment
    FROM scored s
)
INSERT INTO response (/*ID_COLUMN*/programme_id, department_id, manager_id, location, phase, tenure_band, answered_on, score, comment,
                      item_key, item_score, leaving_reason, sentiment)
SELECT /*ID_VALUE*/pk.id, f.department_id, f.manager_id,
       CASE WHEN f.u_loc < 0.9 THEN f.home_location ELSE ($5::text[])[1 + floor(f.u_loc2 * 8)::int] END AS location,
       f.phase,
       CASE f.phase
         WHEN 'onboarding' THEN 'under_3m'
         WHEN 'initial_development' THEN CASE WHEN f.u_tenure < 0.03 THEN 'under_3m' ELSE '3_12m' END
         WHEN 'ongoing_development' THEN CASE WHEN f.u_tenure < 0.12 THEN '3_12m' WHEN f.u_tenure < 0.40 THEN '1_2y'
                                              WHEN f.u_tenure < 0.82 THEN '2_5y' ELSE '5y_plus' END
         ELSE CASE WHEN f.u_tenure < 0.08 THEN 'under_3m' WHEN f.u_tenure < 0.30 THEN '3_12m' WHEN f.u_tenure < 0.55 THEN '1_2y'
                   WHEN f.u_tenure < 0.85 THEN '2_5y' ELSE '5y_plus' END
       END AS tenure_band,
       f.answered_on, f.score,
       CASE WHEN f.has_comment THEN
         CASE f.band WHEN 'detractor' THEN ($10::text[])[1 + floor(f.u_text * cardinality($10::text[]))::int]
                     WHEN 'passive' THEN ($9::text[])[1 + floor(f.u_text * cardinality($9::text[]))::int]
                     ELSE ($8::text[])[1 + floor(f.u_text * cardinality($8::text[]))::int] END END AS comment,
       CASE f.phase WHEN 'onboarding' THEN 'tools' WHEN 'separation' THEN NULL
                    ELSE ($6::text[])[1 + floor(f.u_item * 6)::int] END AS item_key,
       CASE WHEN f.phase <> 'separation'
            THEN least(5, greatest(1, round(1 + f.score * 0.4 + (f.u_item_score - 0.5) * 2.2)))::smallint END AS item_score,
       CASE WHEN f.phase = 'separation' THEN ($7::text[])[1 + floor(power(f.u_item, 1.3) * 8)::int] END AS leaving_reason,
       CASE WHEN f.has_comment THEN
         (CASE WHEN f.u_sentiment < 0.15 THEN 0
               ELSE CASE f.band WHEN 'detractor' THEN -1 WHEN 'passive' THEN 0 ELSE 1 END END)::smallint END AS sentiment
  FROM final f
  JOIN programme_key pk ON pk.key = CASE f.phase WHEN 'onboarding' THEN 'onboarding' WHEN 'initial_development' THEN 'development'
                                                 WHEN 'ongoing_development' THEN 'quarterly' ELSE 'exit' END`;

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const YEAR_KEYS = ['year', 'department_id', 'phase', 'programme_id'];
const ENPS_YEAR_COLUMNS = MONTHS.flatMap((m) => [[`pro_${m}`, 'promoters', m], [`pas_${m}`, 'passives', m], [`det_${m}`, 'detractors', m]]);
const INVITED_YEAR_COLUMNS = MONTHS.map((m) => [`inv_${m}`, 'invited', m]);

/** A year rollup filled from a month-grain one, as its migration (1764500000000-AddYearRollups) does. */
function yearRollupFill(table, keys, columns, source) {
  return `
      INSERT INTO ${table} (${[...keys, ...columns.map(([c]) => c)].join(', ')})
      SELECT ${keys.map((k) => (k === 'year' ? 'extract(year FROM month)::int' : k)).join(', ')},
             ${columns.map(([, counted, m]) => `coalesce(sum(${counted}) FILTER (WHERE extract(month FROM month) = ${m}), 0)`).join(', ')}
        FROM ${source} GROUP BY ${keys.map((_, i) => i + 1).join(', ')}`;
}

/** The migrations' backfills (1764000000000-AddAnswersAndRollups, 1764500000000-AddYearRollups), and the same for items from the trigger. */
const BACKFILL = [
  ['backfill enps_segment_rollup', `
      INSERT INTO enps_segment_rollup (bucket, month, department_id, phase, programme_id, location, tenure_band,
                                       promoters, passives, detractors)
      SELECT expulse_week_bucket(answered_on), expulse_month(answered_on), department_id, phase, programme_id,
             location, tenure_band, count(*) FILTER (WHERE score >= 9),
             count(*) FILTER (WHERE score BETWEEN 7 AND 8), count(*) FILTER (WHERE score <= 6)
        FROM response GROUP BY 1, 2, 3, 4, 5, 6, 7`],
  // 1764500000000-AddYearRollups: the year rollups from the weekly segment rollup (the month rollup it read is gone).
  ...[['enps_year_rollup', [], 'enps_segment_rollup'], ['enps_location_year_rollup', ['location'], 'enps_segment_rollup'],
    ['enps_tenure_year_rollup', ['tenure_band'], 'enps_segment_rollup']].map(([table, extra, source]) =>
    [`backfill ${table}`, yearRollupFill(table, [...extra, ...YEAR_KEYS], ENPS_YEAR_COLUMNS, source)]),
  ['backfill item_month_rollup', `
      INSERT INTO item_month_rollup (month, department_id, phase, item_key, n, total, total_sq)
      SELECT expulse_month(answered_on), department_id, phase, item_key, count(*), sum(item_score), sum(item_score * item_score)
        FROM response WHERE item_key IS NOT NULL GROUP BY 1, 2, 3, 4`],
];

/** The triggers that keep the eNPS rollups on insert (off for a 'backfill' load). */
const ROLLUP_TRIGGERS = ['response_rollup_insert', 'response_year_rollup_insert'];

/**
 * Invitations per year × department × phase × programme, month by month, from the answers and the
 * department's response rate: a month with answers gets answers / rate invitations (replacing the
 * organisation generator's count) and no invitations still open from earlier (open_m, migration
 * 1764900000000: the month's population is then inv_m, so its response rate is the department's);
 * a month without answers keeps what the invitation rows counted, both columns.
 */
const INVITATION_ROLLUP = `
INSERT INTO invitation_year_rollup AS r (${[...YEAR_KEYS, ...INVITED_YEAR_COLUMNS.map(([c]) => c)].join(', ')})
SELECT y.year, y.department_id, y.phase, y.programme_id,
       ${MONTHS.map((m) => `ceil((y.pro_${m} + y.pas_${m} + y.det_${m}) / d.response_rate)::int`).join(', ')}
  FROM enps_year_rollup y JOIN bench_department d ON d.id = y.department_id
ON CONFLICT (${YEAR_KEYS.join(', ')}) DO UPDATE SET
  ${MONTHS.map((m) => `inv_${m} = CASE WHEN excluded.inv_${m} > 0 THEN excluded.inv_${m} ELSE r.inv_${m} END`).join(', ')},
  ${MONTHS.map((m) => `open_${m} = CASE WHEN excluded.inv_${m} > 0 THEN 0 ELSE r.open_${m} END`).join(', ')}`;

const FACTS = `
SELECT (SELECT count(*) FROM response)::int AS responses,
       (SELECT min(answered_on)::text FROM response) AS "firstDay",
       (SELECT max(answered_on)::text FROM response) AS "lastDay",
       (SELECT json_object_agg(phase, n ORDER BY phase) FROM (SELECT phase, count(*)::int AS n FROM response GROUP BY 1) x) AS "byPhase",
       (SELECT count(*) FROM response WHERE comment IS NOT NULL)::int AS "withComment",
       (SELECT count(*) FROM response WHERE item_key IS NOT NULL)::int AS "withItem",
       (SELECT round(100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*), 1)::float
          FROM response) AS enps,
       (SELECT count(DISTINCT manager_id) FROM response)::int AS managers,
       (SELECT json_object_agg(t, n) FROM (
          SELECT 'enps_segment_rollup' AS t, count(*)::int AS n FROM enps_segment_rollup
          UNION ALL SELECT 'enps_year_rollup', count(*)::int FROM enps_year_rollup
          UNION ALL SELECT 'enps_location_year_rollup', count(*)::int FROM enps_location_year_rollup
          UNION ALL SELECT 'enps_tenure_year_rollup', count(*)::int FROM enps_tenure_year_rollup
          UNION ALL SELECT 'invitation_year_rollup', count(*)::int FROM invitation_year_rollup
          UNION ALL SELECT 'item_month_rollup', count(*)::int FROM item_month_rollup
          ) x) AS "rollupRows",
       (SELECT json_object_agg(t, pg_size_pretty(pg_total_relation_size(t::regclass))) FROM unnest(ARRAY[
          'response', 'enps_segment_rollup', 'enps_year_rollup', 'enps_location_year_rollup', 'enps_tenure_year_rollup', 'invitation_year_rollup', 'item_month_rollup']) AS t)
         AS "relationSizes",
       pg_size_pretty(pg_database_size(current_database())) AS "databaseSize"`;

/**
 * Adds the answers to the organisation in the database `client` is connected to.
 * load: 'triggers' | 'backfill'. Returns the steps' timing and the data set's facts.
 */
async function generateResponses(client, { today, responses, departments, load, log }) {
  const steps = [];
  const step = async (name, sql, params, quiet = false) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    const ms = performance.now() - started;
    const rows = Array.isArray(result) ? 0 : result.rowCount ?? 0;
    steps.push({ name, rows, ms: Math.round(ms) });
    if (!quiet) log(`  ${name}: ${rows} rows in ${(ms / 1000).toFixed(1)} s`);
    return result;
  };
  const started = performance.now();
  await step('team managers', MANAGERS);
  await step('bench_department', BENCH_DEPARTMENTS, [departments, LOCATIONS]);
  await step('bench_team', BENCH_TEAMS);
  await step('team counts', BENCH_TEAM_COUNTS);

  await client.query(`SET work_mem = '64MB'`);
  if (load === 'backfill') for (const trigger of ROLLUP_TRIGGERS) await client.query(`ALTER TABLE response DISABLE TRIGGER ${trigger}`);
  const loadStarted = performance.now();
  const params = [today, departments, LOCATIONS, DRIVERS, LEAVING_REASONS, COMMENTS.promoter, COMMENTS.passive, COMMENTS.detractor];
  const chunkSteps = [];
  for (let first = 1; first <= responses; first += CHUNK) {
    const last = Math.min(responses, first + CHUNK - 1);
    const sql = IDS === 'ordered' ? RESPONSES.replace('/*ID_COLUMN*/', 'id, ').replace('/*ID_VALUE*/', ORDERED_ID) : RESPONSES;
    const result = await step(`responses ${first}–${last}`, sql, [first, last, ...params], true);
    chunkSteps.push(steps.pop());
    if (result.rowCount !== last - first + 1) throw new Error(`chunk ${first}–${last} inserted ${result.rowCount} rows`);
    const done = last;
    if (chunkSteps.length % 4 === 0 || done === responses) {
      log(`  responses: ${done} of ${responses} (${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`);
    }
  }
  steps.push({ name: `responses (${chunkSteps.length} chunks of ≤${CHUNK}, ${load === 'backfill' ? 'triggers off' : 'triggers on'}, ${IDS} ids)`,
    rows: responses, ms: chunkSteps.reduce((s, c) => s + c.ms, 0) });
  if (load === 'backfill') {
    for (const trigger of ROLLUP_TRIGGERS) await client.query(`ALTER TABLE response ENABLE TRIGGER ${trigger}`);
    for (const [name, sql] of BACKFILL) await step(name, sql);
  }
  const rollupMs = Math.round(performance.now() - loadStarted);
  await step('invitation_year_rollup from response rates', INVITATION_ROLLUP);
  await client.query(`RESET work_mem`);
  await step('vacuum analyze', 'VACUUM (ANALYZE) response, enps_segment_rollup, enps_year_rollup, enps_location_year_rollup, enps_tenure_year_rollup, invitation_year_rollup, item_month_rollup, employee, bench_department, bench_team');
  try {
    await client.query('CHECKPOINT');
  } catch {
    // not a superuser on DATABASE_URL's server
  }
  const totalMs = Math.round(performance.now() - started);
  const { rows: [facts] } = await client.query(FACTS);
  return { steps, totalMs, loadMs: rollupMs, load, chunk: CHUNK, ids: IDS, facts };
}

module.exports = { generateResponses, LOCATIONS, u };
