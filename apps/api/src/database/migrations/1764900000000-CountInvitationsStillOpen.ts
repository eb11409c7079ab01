import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The invited population of a period, counted so that it matches the answers it is compared with.
 *
 * Answers are dated the day they are given, invitations the day they are sent, and an invitation
 * can be answered until it expires (14 days; an exit survey until the last working day). So the
 * answers of a month come from the invitations whose answer window [sent_on, closes_on] overlaps
 * it, not only from those sent in it: invitations sent in late January and answered in early
 * February made February's answers reach (or pass) February's invitations, and the interval's
 * finite-population correction then claimed an exact figure. For months a..b of one year,
 *
 *   N(a..b) = Σ inv_a … inv_b  (sent in the period)  +  open_a  (sent before it, still open on its first day)
 *
 * - invitation_year_rollup gets open_1…open_12: invitations sent before month m that are still
 *   open on its first day, in the row of month m's year (open_1 counts invitations sent in the
 *   previous year; an exit survey open for months counts in every month it is open at the start of).
 * - closes_on = the last day an answer can be dated: the organisation's local date of the last
 *   moment before expires_at (expulse_invitation_closes_on). The submit refuses at expires_at, and
 *   dates the answer in the organisation's time zone, as here.
 * - Kept like inv_*: expulse_roll_invitation_years() (statement-level, on insert and delete) now
 *   upserts both. New: a row-level trigger on UPDATE OF sent_on, expires_at, department_id, phase,
 *   programme_id (the seed moves a demo invitation's expiry) takes the old row's counts away and
 *   adds the new row's. A column-list trigger does not fire for the answer's
 *   UPDATE … SET answered, submission_hash, so the answer path pays nothing for it.
 * - Backfilled from the invitation rows (the same statement as the trigger's, over the table).
 * - Down drops the columns, the update trigger and the helper, and restores the trigger function
 *   of 1764500000000-AddYearRollups.
 *
 * If the organisation's time zone changes, the closing days already counted keep the old zone
 * (a day at most, for invitations expiring near midnight).
 */
export class CountInvitationsStillOpen1764900000000 implements MigrationInterface {
  name = 'CountInvitationsStillOpen1764900000000';

  async up(q: QueryRunner): Promise<void> {
    // No invitation is written between the backfill and the new trigger function.
    await q.query(`LOCK TABLE invitation IN SHARE MODE`);
    await q.query(`ALTER TABLE invitation_year_rollup ${OPEN_COLUMNS.map((c) => `ADD COLUMN ${c} int NOT NULL DEFAULT 0`).join(', ')}`);
    await q.query(`
      CREATE FUNCTION expulse_invitation_closes_on(expires_at timestamptz) RETURNS date
        LANGUAGE sql STABLE PARALLEL SAFE
        RETURN ((expires_at - interval '1 microsecond')
                AT TIME ZONE coalesce((SELECT time_zone FROM organisation WHERE id = 1), 'UTC'))::date`);
    await q.query(`
      CREATE OR REPLACE FUNCTION expulse_roll_invitation_years() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        ${sentUpsert('changed')}
        ${openUpsert('changed')}
        RETURN NULL;
      END $$`);
    const row = (r: 'OLD' | 'NEW') => `(SELECT ${ROW_COLUMNS.map((c) => `${r}.${c} AS ${c}`).join(', ')}) AS changed`;
    await q.query(`
      CREATE FUNCTION expulse_reroll_invitation_year() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int;
      BEGIN
        sign := -1;
        ${sentUpsert(row('OLD'))}
        ${openUpsert(row('OLD'))}
        sign := 1;
        ${sentUpsert(row('NEW'))}
        ${openUpsert(row('NEW'))}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER invitation_year_rollup_update AFTER UPDATE OF ${ROW_COLUMNS.join(', ')} ON invitation
        FOR EACH ROW WHEN (${ROW_COLUMNS.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')})
        EXECUTE FUNCTION expulse_reroll_invitation_year()`);
    // The invitations already there (every open_* is 0 before this).
    await q.query(`DO $$ DECLARE sign int := 1; BEGIN ${openUpsert('invitation AS changed')} END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS invitation_year_rollup_update ON invitation`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_reroll_invitation_year()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION expulse_roll_invitation_years() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        ${sentUpsert('changed')}
        RETURN NULL;
      END $$`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_invitation_closes_on(timestamptz)`);
    await q.query(`ALTER TABLE invitation_year_rollup ${OPEN_COLUMNS.map((c) => `DROP COLUMN IF EXISTS ${c}`).join(', ')}`);
  }
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const INVITED_COLUMNS = MONTHS.map((m) => `inv_${m}`);
const OPEN_COLUMNS = MONTHS.map((m) => `open_${m}`);
const KEYS = ['year', 'department_id', 'phase', 'programme_id'];
/** The invitation columns the rollup depends on. */
const ROW_COLUMNS = ['sent_on', 'expires_at', 'department_id', 'phase', 'programme_id'];

/** As in 1764500000000-AddYearRollups: invitations by the month they were sent, `sign` × counted. */
const sentUpsert = (from: string) => `
        INSERT INTO invitation_year_rollup AS r (${[...KEYS, ...INVITED_COLUMNS].join(', ')})
        SELECT extract(year FROM sent_on)::int, department_id, phase, programme_id,
               ${MONTHS.map((m) => `sign * count(*) FILTER (WHERE extract(month FROM sent_on) = ${m})`).join(', ')}
          FROM ${from} GROUP BY 1, 2, 3, 4
        ON CONFLICT (${KEYS.join(', ')}) DO UPDATE SET ${INVITED_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`;

/**
 * Invitations still open on the first day of each month after the one they were sent in, up to
 * the day they close: one row per such month (none for most invitations, which close within their
 * own month), counted in that month's year.
 */
const openUpsert = (from: string) => `
        INSERT INTO invitation_year_rollup AS r (${[...KEYS, ...OPEN_COLUMNS].join(', ')})
        SELECT extract(year FROM first_day)::int, department_id, phase, programme_id,
               ${MONTHS.map((m) => `sign * count(*) FILTER (WHERE extract(month FROM first_day) = ${m})`).join(', ')}
          FROM ${from}
         CROSS JOIN LATERAL generate_series(date_trunc('month', sent_on::timestamp) + interval '1 month',
                                            expulse_invitation_closes_on(expires_at)::timestamp, interval '1 month') AS first_day
         GROUP BY 1, 2, 3, 4
        ON CONFLICT (${KEYS.join(', ')}) DO UPDATE SET ${OPEN_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`;
