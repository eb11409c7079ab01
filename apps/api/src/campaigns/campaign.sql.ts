import { EMPLOYED_TODAY_CTE, notFatigued, ORGANISATION_CTE, WRITE_CHOSEN_INVITATIONS } from '../scheduling/invitation-writes.sql';

/**
 * A manual campaign: one programme sent to everyone in a segment who is in a phase with pulses
 * and has an address. Parameters: $1 the sending day, $2 the sending time (now, or the next send
 * hour on a working day), $3 programme id, $4 department ids
 * (a subtree; null: all), $5 location (null: all), $6 phase (null: all). The fatigue guard holds;
 * a second launch on the same day reaches nobody twice (occurrence 'campaign-<today>').
 */
const SEGMENT = `
  reachable AS (
    SELECT emp.*, p.id AS programme_id, p.trigger_kind, 'campaign-' || $1::text AS occurrence_key,
           p.expiry_days, p.reminder_after_days, emp.work_email AS to_address, $1::date AS due_on, p.fatigue_exempt
      FROM emp, programme p
     WHERE p.id = $3 AND emp.work_email IS NOT NULL
       AND emp.phase_today IN ('onboarding', 'initial_development', 'ongoing_development', 'separation')
       AND ($4::uuid[] IS NULL OR emp.department_id = ANY($4))
       AND ($5::text IS NULL OR lower(emp.location) = lower($5))
       AND ($6::text IS NULL OR emp.phase_today = $6)
       AND NOT EXISTS (SELECT 1 FROM invitation i
                        WHERE i.employee_id = emp.id AND i.programme_id = p.id AND i.occurrence_key = 'campaign-' || $1::text)
  ), chosen AS (
    SELECT r.*
      FROM reachable r, org, programme p
     WHERE p.id = r.programme_id AND ${notFatigued('r.id', 'p')}
  )`;

export const COUNT_CAMPAIGN = `
WITH ${ORGANISATION_CTE}, ${EMPLOYED_TODAY_CTE}, ${SEGMENT}
SELECT (SELECT count(*) FROM chosen)::int AS recipients,
       (SELECT count(*) FROM reachable)::int - (SELECT count(*) FROM chosen)::int AS "heldBackByFatigue",
       $2::timestamptz AS "countedAt" -- $2 is shared with the launch; naming its type keeps the parameters aligned`;

export const LAUNCH_CAMPAIGN = `
WITH ${ORGANISATION_CTE}, ${EMPLOYED_TODAY_CTE}, ${SEGMENT}, ${WRITE_CHOSEN_INVITATIONS}`;
