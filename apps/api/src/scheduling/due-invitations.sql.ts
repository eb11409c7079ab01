import { EMPLOYED_TODAY_CTE, notFatigued, ORGANISATION_CTE, WRITE_CHOSEN_INVITATIONS } from './invitation-writes.sql';

/**
 * One set-based pass: every employee due an occurrence of an active programme on $1 (the
 * organisation's local date), written as invitations and, in the same statement, their outbox
 * messages (the invitation now, the reminder at its time). Parameters: $1 today (date),
 * $2 now (timestamptz).
 *
 * Rules (PRODUCT.md): the phase decides which programme applies (expulse_phase mirrors phaseOn);
 * a repeating programme for 'all' phases (the internal service pulse) counts its rounds from day
 * 1 + ⌊interval/2⌋ (every 90 days: days 136, 226, 316, …), half an interval away from the phase
 * pulses (days 91 + 30j, 271 + 90j), which would otherwise win every such day and leave it
 * blocked by the fatigue guard; when it asks about internal providers, it skips employees whose
 * department names none;
 * a due date at a weekend moves to the next Monday; a missed occurrence is caught up within the
 * programme's catch-up window (an exit survey until the last day), never later; at most one
 * invitation per employee in any `fatigue_days` (the exit survey excepted), the highest priority
 * winning on a day; departed and pre-start employees and employees without an address get none.
 * The unique key (employee, programme, occurrence) makes a second run a no-op.
 */
export const PLAN_DUE_INVITATIONS = `
WITH ${ORGANISATION_CTE}, ${EMPLOYED_TODAY_CTE}, candidate AS (
  SELECT emp.*, p.id AS programme_id, p.trigger_kind, 'day-' || d AS occurrence_key,
         emp.start_date + (d - 1) AS nominal
    FROM emp, org, programme p, unnest(p.trigger_days) AS d
   WHERE p.active AND p.trigger_kind = 'days_after_start'
     AND emp.phase_today IN ('onboarding', 'initial_development', 'ongoing_development')
     -- Only days that can still be due: a weekend moves a date by at most 2 days.
     AND d BETWEEN emp.day_today - p.catch_up_days - 1 AND emp.day_today
     AND expulse_phase(emp.start_date, emp.notice_date, emp.end_date, emp.start_date + (d - 1), org.onb, org.ini) = p.target_phase
  UNION ALL
  SELECT emp.*, p.id, p.trigger_kind, 'day-' || o.day, emp.start_date + (o.day - 1)
    FROM emp, org, programme p,
         LATERAL (SELECT CASE p.target_phase WHEN 'onboarding' THEN 1 WHEN 'initial_development' THEN org.onb + 1
                         WHEN 'all' THEN 1 + p.interval_days / 2 ELSE org.ini + 1 END AS first_day) f,
         LATERAL (SELECT f.first_day + ((emp.day_today - f.first_day) / p.interval_days) * p.interval_days AS day) o
   WHERE p.active AND p.trigger_kind = 'every_n_days' AND p.target_phase IN (emp.phase_today, 'all') AND o.day > f.first_day
     AND o.day >= emp.day_today - p.catch_up_days - 1
     -- A pulse about internal providers goes only to departments that name at least one.
     AND (NOT p.questions @> '[{"kind":"provider_csat"}]'::jsonb OR EXISTS (
          SELECT 1 FROM department_provider dp JOIN department pd ON pd.id = dp.provider_department_id
           WHERE dp.consumer_department_id = emp.department_id AND pd.internal_provider))
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
     AND ${notFatigued('c.id', 'p')}
), chosen AS (
  SELECT DISTINCT ON (e.id) e.*
    FROM eligible e WHERE e.to_address IS NOT NULL
   ORDER BY e.id, e.priority DESC, e.due_on
), ${WRITE_CHOSEN_INVITATIONS}`;
