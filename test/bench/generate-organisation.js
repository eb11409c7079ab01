'use strict';
/**
 * A deterministic organisation for the planner benchmark, generated set-based in SQL (one
 * INSERT … SELECT per table, generate_series, no row-by-row work):
 *
 * - 500 departments in a four-level tree (1 root, 9, 90, 400);
 * - employees (100,000 by default) with start dates over the last 4 years. The density is chosen
 *   for ~3% in onboarding on any day (the 2–4%); that needs slightly fewer hires lately
 *   than years ago, since a flat 4 years alone would put 90/1461 = 6% in onboarding. 8% departed,
 *   2% in notice (notice in the past five weeks, some today, end date ahead), 0.3% pre-start,
 *   0.3% without a usable work email, 30% with a personal email, languages et/en;
 * - a year of invitation history as the scheduler would have written it: onboarding days
 *   7/30/60/90, development every 30 days, quarterly every 90 days, the exit survey on notice
 *   (keys 'day-N' and 'exit', due dates moved off weekends, the phase checked on the day),
 *   every occurrence due before "today" present; plus two manual campaigns ('campaign-<date>'):
 *   one to everybody in June and one to two department subtrees five days before "today". The
 *   fatigue guard held them apart: occurrences in the 14 days after a campaign went out late
 *   (caught up when the guard lifted) or not at all, so today's run finds occurrences still
 *   inside their catch-up window that the guard has to hold back;
 * - the outbox of that history (sent invitations, sent/skipped/pending reminders).
 *
 * Every "random" value is a hash of the row's number, so each run builds the same data.
 */

/** A uniform number in [0, 1) from the md5 of a tag and a key: deterministic, parallel safe. */
const u = (tag, key) => `(('x' || substr(md5('${tag}:' || (${key})::text), 1, 8))::bit(32)::bigint / 4294967296.0)`;

const LIFECYCLE = `('onboarding', 'initial_development', 'ongoing_development', 'separation')`;
const WEEKDAY_SHIFT = (d) => `(${d} + CASE extract(isodow FROM ${d}) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;

const ORGANISATION = `
INSERT INTO organisation (id, name, time_zone) VALUES (1, 'Benchmark Organisation', $1)`;

const CAMPAIGN_PROGRAMME = `
INSERT INTO programme (key, name_en, name_et, target_phase, trigger_kind, questions, reminder_after_days, priority, active)
VALUES ('bench-campaign', 'Engagement campaign', 'Kaasatuse kampaania', 'all', 'manual',
        '[{"kind":"enps"},{"kind":"comment"}]', 3, 0, true)`;

/** $1 departments (>= 101): 1 root, 9 divisions, 90 units, the rest teams. */
const DEPARTMENTS = `
INSERT INTO department (id, name, parent_id, customer_facing, internal_provider)
SELECT md5('department:' || n)::uuid, 'Department ' || lpad(n::text, 3, '0'),
       CASE WHEN n = 1 THEN NULL
            WHEN n <= 10 THEN md5('department:1')::uuid
            WHEN n <= 100 THEN md5('department:' || (2 + (n - 11) % 9))::uuid
            ELSE md5('department:' || (11 + (n - 101) % 90))::uuid END,
       n % 7 = 0, n % 11 = 0
  FROM generate_series(1, $1::int) AS n`;

/** $1 today, $2 employees, $3 departments. */
const EMPLOYEES = `
INSERT INTO employee (id, external_id, name, work_email, personal_email, department_id, location, language,
                      start_date, notice_date, end_date)
SELECT md5('employee:' || n)::uuid, 'B' || lpad(n::text, 6, '0'), 'Employee ' || n,
       CASE WHEN r.u_mail < 0.003 THEN ' ' ELSE 'employee' || n || '@bench.example' END,
       CASE WHEN r.u_personal < 0.3 THEN 'employee' || n || '@home.example' END,
       md5('department:' || (1 + floor(r.u_department * $3::int))::int)::uuid,
       (ARRAY['Tallinn', 'Tartu', 'Pärnu', 'Narva', 'Riga'])[1 + floor(r.u_location * 5)::int],
       CASE WHEN r.u_language < 0.7 THEN 'et' ELSE 'en' END,
       s.start_date,
       CASE k.kind WHEN 'departed' THEN greatest(s.start_date, x.end_date - 30)
                   WHEN 'notice' THEN greatest(s.start_date, $1::date - floor(r.u_notice * 35)::int) END,
       CASE k.kind WHEN 'departed' THEN x.end_date
                   WHEN 'notice' THEN $1::date + 1 + floor(r.u_end * 45)::int END
  FROM generate_series(1, $2::int) AS n
 CROSS JOIN LATERAL (SELECT ${u('kind', 'n')} AS u_kind, ${u('start', 'n')} AS u_start, ${u('end', 'n')} AS u_end,
                            ${u('notice', 'n')} AS u_notice, ${u('mail', 'n')} AS u_mail,
                            ${u('personal', 'n')} AS u_personal, ${u('department', 'n')} AS u_department,
                            ${u('location', 'n')} AS u_location, ${u('language', 'n')} AS u_language) r
 CROSS JOIN LATERAL (SELECT CASE WHEN r.u_kind < 0.003 THEN 'pre_start' WHEN r.u_kind < 0.083 THEN 'departed'
                                 WHEN r.u_kind < 0.103 THEN 'notice' ELSE 'employed' END AS kind) k
 CROSS JOIN LATERAL (SELECT CASE WHEN k.kind = 'pre_start' THEN $1::date + 1 + floor(r.u_start * 60)::int
                                 ELSE $1::date - 1 - floor(1460 * power(r.u_start, 0.8))::int END AS start_date) s
 CROSS JOIN LATERAL (SELECT s.start_date + floor(($1::date - 1 - s.start_date) * r.u_end)::int AS end_date) x`;

/**
 * $1 today, $2 the company-wide campaign's date, $3 the recent campaign's date, $4 the root
 * departments of the recent campaign's segment. History: due dates in the 365 days before today.
 */
const INVITATIONS = `
WITH RECURSIVE org AS (
  SELECT onboarding_until_day AS onb, initial_development_until_day AS ini, fatigue_days, send_hour, time_zone
    FROM organisation WHERE id = 1
), emp AS (
  SELECT e.id, e.start_date, e.notice_date, e.end_date, e.department_id, e.language,
         nullif(trim(e.work_email), '') IS NOT NULL AS has_work,
         coalesce(nullif(trim(e.personal_email), ''), nullif(trim(e.work_email), '')) IS NOT NULL AS has_exit
    FROM employee e
   WHERE e.start_date < $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date - 372)
), occurrence AS (
  SELECT e.id AS employee_id, p.id AS programme_id, 'day-' || d AS occurrence_key, e.start_date + (d - 1) AS nominal,
         p.target_phase, p.trigger_kind
    FROM emp e, programme p, unnest(p.trigger_days) AS d
   WHERE p.active AND p.trigger_kind = 'days_after_start' AND e.has_work
  UNION ALL
  SELECT e.id, p.id, 'day-' || d, e.start_date + (d - 1), p.target_phase, p.trigger_kind
    FROM emp e, org, programme p,
         LATERAL (SELECT CASE p.target_phase WHEN 'onboarding' THEN 1 WHEN 'initial_development' THEN org.onb + 1
                         ELSE org.ini + 1 END AS first_day) f,
         LATERAL (SELECT ($1::date - 372) - e.start_date + 1 AS first_wanted) w,
         generate_series(f.first_day + p.interval_days
                           * greatest(1, ceil((w.first_wanted - f.first_day)::numeric / p.interval_days)::int),
                         $1::date - e.start_date + 1, p.interval_days) AS d
   WHERE p.active AND p.trigger_kind = 'every_n_days' AND e.has_work
  UNION ALL
  SELECT e.id, p.id, 'exit', e.notice_date, p.target_phase, p.trigger_kind
    FROM emp e, programme p
   WHERE p.active AND p.trigger_kind = 'on_notice' AND e.notice_date IS NOT NULL AND e.has_exit
), programmed AS (
  SELECT o.employee_id, o.programme_id, o.occurrence_key, o.trigger_kind, w.due_on, p.catch_up_days
    FROM occurrence o
    JOIN emp e ON e.id = o.employee_id
    JOIN programme p ON p.id = o.programme_id
   CROSS JOIN org
   CROSS JOIN LATERAL (SELECT ${WEEKDAY_SHIFT('o.nominal')} AS due_on) w
   CROSS JOIN LATERAL (SELECT expulse_phase(e.start_date, e.notice_date, e.end_date, w.due_on, org.onb, org.ini) AS phase) d
   WHERE w.due_on >= $1::date - 365 AND w.due_on < $1::date
     AND expulse_phase(e.start_date, e.notice_date, e.end_date, o.nominal, org.onb, org.ini) = o.target_phase
     AND d.phase IN ${LIFECYCLE}
     AND (o.trigger_kind = 'days_after_start' OR d.phase = o.target_phase)
), campaign AS (
  SELECT * FROM (VALUES ($2::date, false), ($3::date, true)) AS c(sent_on, segmented)
), subtree AS (
  SELECT id FROM department WHERE id = ANY($4::uuid[])
  UNION ALL
  SELECT child.id FROM department child JOIN subtree ON child.parent_id = subtree.id
), campaign_sent AS (
  -- Launched after the day's planner run: the guard skips whoever had a pulse in the 14 days before.
  SELECT e.id AS employee_id, cp.id AS programme_id, 'campaign-' || c.sent_on AS occurrence_key,
         c.sent_on AS due_on, c.sent_on
    FROM campaign c, emp e, org, programme cp
   WHERE cp.key = 'bench-campaign' AND e.has_work
     AND expulse_phase(e.start_date, e.notice_date, e.end_date, c.sent_on, org.onb, org.ini) IN ${LIFECYCLE}
     AND (NOT c.segmented OR e.department_id IN (SELECT id FROM subtree))
     AND NOT EXISTS (SELECT 1 FROM programmed pr
                      WHERE pr.employee_id = e.id AND pr.trigger_kind <> 'on_notice'
                        AND pr.due_on > c.sent_on - org.fatigue_days AND pr.due_on <= c.sent_on)
), held_back AS (
  -- An occurrence due within the guard after a campaign waits until the guard lifts, within its catch-up window.
  SELECT pr.employee_id, pr.programme_id, pr.occurrence_key, max(cs.sent_on) + org.fatigue_days AS lifted_on
    FROM programmed pr
    JOIN campaign_sent cs ON cs.employee_id = pr.employee_id
   CROSS JOIN org
   WHERE pr.trigger_kind <> 'on_notice' AND pr.due_on > cs.sent_on AND pr.due_on < cs.sent_on + org.fatigue_days
   GROUP BY pr.employee_id, pr.programme_id, pr.occurrence_key, org.fatigue_days
), programmed_sent AS (
  SELECT pr.employee_id, pr.programme_id, pr.occurrence_key, pr.due_on, coalesce(b.lifted_on, pr.due_on) AS sent_on
    FROM programmed pr
    LEFT JOIN held_back b USING (employee_id, programme_id, occurrence_key)
   WHERE b.lifted_on IS NULL OR (b.lifted_on < pr.due_on + pr.catch_up_days AND b.lifted_on < $1::date)
), history AS (
  SELECT * FROM programmed_sent
  UNION ALL
  SELECT * FROM campaign_sent
)
INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase,
                        sent_on, expires_at, due_on, answered, opened)
SELECT h.employee_id, h.programme_id, h.occurrence_key,
       e.language, e.department_id,
       expulse_phase(e.start_date, e.notice_date, e.end_date, h.sent_on, org.onb, org.ini),
       h.sent_on,
       ((CASE WHEN p.trigger_kind = 'on_notice' AND e.end_date IS NOT NULL
              THEN greatest(h.sent_on + p.expiry_days, e.end_date + 1) ELSE h.sent_on + p.expiry_days END)::timestamp
        + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone,
       h.due_on, a.answered, a.answered OR a.u_opened < 0.25
  FROM history h
  JOIN emp e ON e.id = h.employee_id
  JOIN programme p ON p.id = h.programme_id
 CROSS JOIN org
 CROSS JOIN LATERAL (SELECT ${u('answered', "h.employee_id::text || h.occurrence_key")} < 0.55 AS answered,
                            ${u('opened', "h.employee_id::text || h.occurrence_key")} AS u_opened) a
 ORDER BY h.sent_on, h.employee_id`;

/** $1 now. Sent invitation emails; reminders sent, skipped (answered) or still pending. */
const OUTBOX = `
WITH org AS (SELECT send_hour, time_zone FROM organisation WHERE id = 1)
INSERT INTO outbox (invitation_id, kind, to_address, status, attempts, next_attempt_at, sent_at, created_at)
SELECT i.id, m.kind,
       CASE WHEN p.trigger_kind = 'on_notice' THEN coalesce(nullif(trim(e.personal_email), ''), e.work_email) ELSE e.work_email END,
       s.status, CASE s.status WHEN 'sent' THEN 1 ELSE 0 END, m.at, CASE s.status WHEN 'sent' THEN m.at END,
       (i.sent_on::timestamp + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone
  FROM invitation i
  JOIN employee e ON e.id = i.employee_id
  JOIN programme p ON p.id = i.programme_id
 CROSS JOIN org
 CROSS JOIN LATERAL (SELECT ${WEEKDAY_SHIFT('(i.sent_on + p.reminder_after_days)')} AS day) r
 CROSS JOIN LATERAL (VALUES
     ('invitation', (i.sent_on::timestamp + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone),
     ('reminder', (r.day::timestamp + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone)) AS m(kind, at)
 CROSS JOIN LATERAL (SELECT CASE WHEN m.at > $1::timestamptz THEN 'pending'
                                 WHEN m.kind = 'reminder' AND i.answered THEN 'skipped' ELSE 'sent' END AS status) s
 WHERE m.kind = 'invitation' OR (r.day IS NOT NULL AND m.at < i.expires_at)`;

const FACTS = `
WITH org AS (SELECT onboarding_until_day AS onb, initial_development_until_day AS ini FROM organisation WHERE id = 1)
SELECT (SELECT count(*) FROM department)::int AS departments,
       (SELECT count(*) FROM employee)::int AS employees,
       (SELECT json_object_agg(phase, n ORDER BY phase) FROM (
          SELECT expulse_phase(start_date, notice_date, end_date, $1::date, org.onb, org.ini) AS phase, count(*)::int AS n
            FROM employee, org GROUP BY 1) x) AS "employeesByPhase",
       (SELECT count(*) FROM invitation)::int AS invitations,
       (SELECT json_object_agg(key, n ORDER BY key) FROM (
          SELECT p.key, count(*)::int AS n FROM invitation i JOIN programme p ON p.id = i.programme_id GROUP BY 1) x)
         AS "invitationsByProgramme",
       (SELECT count(*) FROM invitation WHERE sent_on > $1::date - 14)::int AS "invitationsInFatigueWindow",
       (SELECT count(*) FROM outbox)::int AS "outboxMessages",
       pg_size_pretty(pg_database_size(current_database())) AS "databaseSize"`;

/**
 * Builds the organisation in the database `client` is connected to (migrated, empty) and returns
 * the timing of each step and the data set's sizes.
 */
async function generateOrganisation(client, { today, now, timeZone, employees, departments, log }) {
  const steps = [];
  const step = async (name, sql, params) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    const ms = performance.now() - started;
    steps.push({ name, rows: result.rowCount ?? 0, ms: Math.round(ms) });
    log(`  ${name}: ${result.rowCount ?? 0} rows in ${(ms / 1000).toFixed(1)} s`);
    return result;
  };
  const started = performance.now();
  const at = (days) => isoDate(new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000));
  const companyCampaign = nextWorkingDay(at(-167)); // June: a company-wide engagement campaign
  const recentCampaign = nextWorkingDay(at(-5)); // five days ago: two divisions
  const recentRoots = [2, 3].map((n) => md5Uuid(`department:${n}`));

  await step('organisation', ORGANISATION, [timeZone]);
  await step('campaign programme', CAMPAIGN_PROGRAMME);
  await step('departments', DEPARTMENTS, [departments]);
  await step('employees', EMPLOYEES, [today, employees, departments]);
  // The history's CTEs are estimated at a row or two (expulse_phase filters), which makes PostgreSQL
  // pick nested loops over 500k-row CTEs; this session only loads data, so it may steer.
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET enable_nestloop = off`);
  await step('invitations (12 months)', INVITATIONS, [today, companyCampaign, recentCampaign, recentRoots]);
  await client.query(`RESET enable_nestloop`);
  await step('outbox', OUTBOX, [now.toISOString()]);
  await client.query(`RESET work_mem`);
  await step('vacuum analyze', 'VACUUM (ANALYZE)');
  try {
    await client.query('CHECKPOINT'); // so no checkpoint of the bulk load lands inside a measurement
  } catch {
    // not a superuser on DATABASE_URL's server: fine, only less quiet
  }
  const totalMs = Math.round(performance.now() - started);
  const { rows: [facts] } = await client.query(FACTS, [today]);
  return { steps, totalMs, campaigns: [companyCampaign, recentCampaign], facts };
}

function isoDate(d) {
  return d.toISOString().slice(0, 10);
}

function nextWorkingDay(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return isoDate(d);
}

/** The same as PostgreSQL's md5(text)::uuid. */
function md5Uuid(text) {
  const h = require('node:crypto').createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

module.exports = { generateOrganisation, SQL: { EMPLOYEES, INVITATIONS, OUTBOX } };
