/**
 * One set-based pass: every employee due an occurrence of an active programme on $1 (the
 * organisation's local date), written as invitations and, in the same statement, their outbox
 * messages (the invitation now, the reminder at its time). Parameters: $1 today (date),
 * $2 now (timestamptz).
 *
 * Rules (PRODUCT.md): the phase decides which programme applies (expulse_phase mirrors phaseOn);
 * a due date at a weekend moves to the next Monday; a missed occurrence is caught up within the
 * programme's catch-up window (an exit survey until the last day), never later; at most one
 * invitation per employee in any `fatigue_days` (the exit survey excepted), the highest priority
 * winning on a day; departed and pre-start employees and employees without an address get none.
 * The unique key (employee, programme, occurrence) makes a second run a no-op.
 */
export const PLAN_DUE_INVITATIONS = `
WITH org AS (
  SELECT time_zone, send_hour, fatigue_days, onboarding_until_day AS onb, initial_development_until_day AS ini
    FROM organisation WHERE id = 1
), emp AS (
  SELECT e.id, e.start_date, e.notice_date, e.end_date, e.department_id, e.language,
         nullif(trim(e.work_email), '') AS work_email, nullif(trim(e.personal_email), '') AS personal_email,
         expulse_phase(e.start_date, e.notice_date, e.end_date, $1::date, org.onb, org.ini) AS phase_today,
         $1::date - e.start_date + 1 AS day_today
    FROM employee e, org
   WHERE e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
), candidate AS (
  SELECT emp.*, p.id AS programme_id, p.trigger_kind, 'day-' || d AS occurrence_key,
         emp.start_date + (d - 1) AS nominal
    FROM emp, org, programme p, unnest(p.trigger_days) AS d
   WHERE p.active AND p.trigger_kind = 'days_after_start'
     AND emp.phase_today IN ('onboarding', 'initial_development', 'ongoing_development')
     AND expulse_phase(emp.start_date, emp.notice_date, emp.end_date, emp.start_date + (d - 1), org.onb, org.ini) = p.target_phase
  UNION ALL
  SELECT emp.*, p.id, p.trigger_kind, 'day-' || o.day, emp.start_date + (o.day - 1)
    FROM emp, org, programme p,
         LATERAL (SELECT CASE p.target_phase WHEN 'onboarding' THEN 1 WHEN 'initial_development' THEN org.onb + 1
                         ELSE org.ini + 1 END AS first_day) f,
         LATERAL (SELECT f.first_day + ((emp.day_today - f.first_day) / p.interval_days) * p.interval_days AS day) o
   WHERE p.active AND p.trigger_kind = 'every_n_days' AND p.target_phase = emp.phase_today AND o.day > f.first_day
  UNION ALL
  SELECT emp.*, p.id, p.trigger_kind, 'exit', emp.notice_date
    FROM emp, programme p
   WHERE p.active AND p.trigger_kind = 'on_notice' AND emp.phase_today = 'separation'
), eligible AS (
  SELECT c.*, p.priority, p.expiry_days, p.reminder_after_days, w.due_on,
         CASE WHEN c.trigger_kind = 'on_notice' THEN coalesce(c.personal_email, c.work_email) ELSE c.work_email END AS to_address
    FROM candidate c
    JOIN programme p ON p.id = c.programme_id
    CROSS JOIN org
    CROSS JOIN LATERAL (SELECT c.nominal + CASE extract(isodow FROM c.nominal) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS due_on) w
   WHERE w.due_on <= $1::date
     AND (c.trigger_kind = 'on_notice' OR $1::date < w.due_on + p.catch_up_days)
     AND NOT EXISTS (SELECT 1 FROM invitation i
                      WHERE i.employee_id = c.id AND i.programme_id = c.programme_id AND i.occurrence_key = c.occurrence_key)
     AND (p.fatigue_exempt OR NOT EXISTS (
           SELECT 1 FROM invitation i JOIN programme ip ON ip.id = i.programme_id
            WHERE i.employee_id = c.id AND NOT ip.fatigue_exempt AND i.sent_on > $1::date - org.fatigue_days))
), chosen AS (
  SELECT DISTINCT ON (e.id) e.*,
         -- 256 random bits, base64url like answer-token.ts; only the SHA-256 of this text is kept.
         rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=') AS token
    FROM eligible e WHERE e.to_address IS NOT NULL
   ORDER BY e.id, e.priority DESC, e.due_on
), timed AS (
  SELECT c.*,
         -- An exit survey stays open through the last working day.
         ((CASE WHEN c.trigger_kind = 'on_notice' AND c.end_date IS NOT NULL
                THEN greatest($1::date + c.expiry_days, c.end_date + 1) ELSE $1::date + c.expiry_days END)::timestamp
          + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone AS expires_at,
         r.day AS reminder_day,
         ((r.day)::timestamp + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone AS reminder_at
    FROM chosen c CROSS JOIN org
    CROSS JOIN LATERAL (
      SELECT x.day + CASE extract(isodow FROM x.day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS day
        FROM (SELECT CASE WHEN c.reminder_after_days IS NULL THEN NULL
                          WHEN c.trigger_kind = 'on_notice' AND c.end_date IS NOT NULL
                            THEN greatest(c.end_date - 3, $1::date + 1)
                          ELSE $1::date + c.reminder_after_days END AS day) x
    ) r
), inserted AS (
  INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase,
                          sent_on, expires_at, due_on)
  SELECT id, programme_id, occurrence_key, sha256(convert_to(token, 'UTF8')), language, department_id, phase_today, $1::date, expires_at, due_on
    FROM timed
  ON CONFLICT (employee_id, programme_id, occurrence_key) DO NOTHING
  RETURNING id, token_hash
), messages AS (
  INSERT INTO outbox (invitation_id, kind, to_address, token, next_attempt_at)
  SELECT i.id, k.kind, t.to_address, t.token,
         CASE k.kind WHEN 'invitation' THEN $2::timestamptz ELSE t.reminder_at END
    FROM inserted i
    JOIN timed t ON sha256(convert_to(t.token, 'UTF8')) = i.token_hash
    CROSS JOIN LATERAL (VALUES ('invitation'), ('reminder')) AS k(kind)
   WHERE k.kind = 'invitation' OR (t.reminder_at IS NOT NULL AND t.reminder_at < t.expires_at)
  RETURNING kind
)
SELECT (SELECT count(*) FROM inserted)::int AS invitations,
       (SELECT count(*) FROM messages WHERE kind = 'reminder')::int AS reminders`;
