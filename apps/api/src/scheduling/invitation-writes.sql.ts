/**
 * SQL shared by the planner and manual campaigns. Parameters: $1 today (the organisation's local
 * date), $2 now (timestamptz).
 */

/** Held for the length of one writing transaction, so the fatigue guard sees every invitation. */
export const INVITATION_WRITE_LOCK = 7_351_001;

/** The organisation's settings. */
export const ORGANISATION_CTE = `org AS (
  SELECT time_zone, send_hour, fatigue_days, onboarding_until_day AS onb, initial_development_until_day AS ini
    FROM organisation WHERE id = 1
)`;

/** Everyone employed today, with today's phase (expulse_phase mirrors phaseOn of libs/domain). */
export const EMPLOYED_TODAY_CTE = `emp AS (
  SELECT e.id, e.start_date, e.notice_date, e.end_date, e.department_id, e.language, e.location,
         nullif(trim(e.work_email), '') AS work_email, nullif(trim(e.personal_email), '') AS personal_email,
         expulse_phase(e.start_date, e.notice_date, e.end_date, $1::date, org.onb, org.ini) AS phase_today,
         $1::date - e.start_date + 1 AS day_today
    FROM employee e, org
   WHERE e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
)`;

/**
 * Writes the invitations of CTE `chosen` and, in the same statement, their outbox messages: the
 * invitation email now, the reminder at its time (on a working day, at the send hour), if it comes
 * before the invitation expires. `chosen` has one row per invitation with: id (the employee),
 * programme_id, trigger_kind, occurrence_key, end_date, expiry_days, reminder_after_days,
 * to_address, language, department_id, phase_today, due_on. Returns (invitations, reminders).
 * No token is made or stored: the delivery worker derives each link from the invitation id when
 * it sends (AnswerLinks, responses/answer-token.ts).
 */
export const WRITE_CHOSEN_INVITATIONS = `timed AS MATERIALIZED (
  -- The invitation id is made here, so the outbox rows need no join back to the invitations
  -- (a join on a computed value can turn into a nested loop that recomputes it per pair).
  SELECT c.*, gen_random_uuid() AS invitation_id,
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
  INSERT INTO invitation (id, employee_id, programme_id, occurrence_key, language, department_id, phase,
                          sent_on, expires_at, due_on)
  SELECT invitation_id, id, programme_id, occurrence_key, language, department_id, phase_today, $1::date,
         expires_at, due_on
    FROM timed
  ON CONFLICT (employee_id, programme_id, occurrence_key) DO NOTHING
  RETURNING id
), messages AS (
  INSERT INTO outbox (invitation_id, kind, to_address, next_attempt_at)
  SELECT t.invitation_id, k.kind, t.to_address,
         CASE k.kind WHEN 'invitation' THEN $2::timestamptz ELSE t.reminder_at END
    FROM timed t
    CROSS JOIN LATERAL (VALUES ('invitation'), ('reminder')) AS k(kind)
   WHERE t.invitation_id IN (SELECT id FROM inserted)
     AND (k.kind = 'invitation' OR (t.reminder_at IS NOT NULL AND t.reminder_at < t.expires_at))
  RETURNING kind
)
SELECT (SELECT count(*) FROM inserted)::int AS invitations,
       (SELECT count(*) FROM messages WHERE kind = 'reminder')::int AS reminders`;

/**
 * The fatigue guard: no other invitation (exit surveys aside) within the organisation's
 * fatigue_days, unless the programme itself is exempt. Needs CTE `org` in scope.
 */
export function notFatigued(employee: string, programme: string): string {
  return `(${programme}.fatigue_exempt OR NOT EXISTS (
           SELECT 1 FROM invitation fi JOIN programme fp ON fp.id = fi.programme_id
            WHERE fi.employee_id = ${employee} AND NOT fp.fatigue_exempt AND fi.sent_on > $1::date - org.fatigue_days))`;
}
