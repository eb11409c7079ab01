import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Year rollups: a group's counts for a whole year in one row, month by month in columns.
 *
 * Every dashboard decides a group's figures over its year (periods nest within it), so it reads a
 * year of counts per group. From the month rollups that was a row per group and month, summed into
 * twelve months by FILTER: measured with 5 million answers, a year of the organisation's
 * departments × phases is 22,000 rows and took PostgreSQL ~35 ms; the same year here is 2,000 rows
 * of plain sums. Location and tenure band get tables of their own (they were read from
 * enps_segment_rollup's weeks: a year of one tenure band was 73,649 rows there, 1,000 here).
 *
 * - enps_year_rollup: year × department × phase × programme;
 * - enps_location_year_rollup, enps_tenure_year_rollup: the same by location, by tenure band;
 *   columns pro_1…pro_12, pas_1…pas_12, det_1…det_12: promoters, passives, detractors of month 1…12;
 * - invitation_year_rollup: year × department × phase × programme, inv_1…inv_12: invitations.
 *
 * Kept current like the month rollups (1764000000000-AddAnswersAndRollups): statement-level
 * triggers, one upsert per rollup row a statement touches, in the same transaction. Filled once
 * here from the month and segment rollups. The column lists are generated (36 of them per table);
 * each statement's shape is written out below once.
 */
export class AddYearRollups1764500000000 implements MigrationInterface {
  name = 'AddYearRollups1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of ANSWER_TABLES) {
      await q.query(`
        CREATE TABLE ${t.table} (
          ${t.keys.map((k) => `${k} ${KEY_TYPES[k]} NOT NULL`).join(', ')},
          ${ENPS_COLUMNS.map((c) => `${c} int NOT NULL DEFAULT 0`).join(', ')},
          PRIMARY KEY (${t.keys.join(', ')})
        )`);
    }
    await q.query(`
      CREATE TABLE invitation_year_rollup (
        ${YEAR_KEYS.map((k) => `${k} ${KEY_TYPES[k]} NOT NULL`).join(', ')},
        ${INVITED_COLUMNS.map((c) => `${c} int NOT NULL DEFAULT 0`).join(', ')},
        PRIMARY KEY (${YEAR_KEYS.join(', ')})
      )`);

    // sign = 1 on insert, -1 on delete, as in expulse_roll_responses().
    await q.query(`
      CREATE FUNCTION expulse_roll_response_years() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        ${ANSWER_TABLES.map((t) => upsert(t.table, t.keys, ENPS_COLUMNS, ENPS_COUNT, 'answered_on')).join('\n        ')}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION expulse_roll_invitation_years() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        ${upsert('invitation_year_rollup', YEAR_KEYS, INVITED_COLUMNS, () => 'true', 'sent_on')}
        RETURN NULL;
      END $$`);
    for (const [source, fn] of [['response', 'expulse_roll_response_years'], ['invitation', 'expulse_roll_invitation_years']]) {
      await q.query(`
        CREATE TRIGGER ${source}_year_rollup_insert AFTER INSERT ON ${source}
          REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`
        CREATE TRIGGER ${source}_year_rollup_delete AFTER DELETE ON ${source}
          REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    // The rows already there, from the month rollups (location and tenure band from the segment rollup's weeks).
    const fill = (table: string, keys: readonly string[], columns: readonly string[], counted: (c: string) => string, source: string) => q.query(`
      INSERT INTO ${table} (${[...keys, ...columns].join(', ')})
      SELECT ${keys.map((k) => (k === 'year' ? 'extract(year FROM month)::int' : k)).join(', ')},
             ${columns.map((c) => `coalesce(sum(${counted(c)}) FILTER (WHERE extract(month FROM month) = ${monthOf(c)}), 0)`).join(', ')}
        FROM ${source} GROUP BY ${keys.map((_, i) => i + 1).join(', ')}`);
    const rolled = (c: string) => ({ pro: 'promoters', pas: 'passives', det: 'detractors' })[c.slice(0, 3) as 'pro']!;
    for (const t of ANSWER_TABLES) await fill(t.table, t.keys, ENPS_COLUMNS, rolled, t.backfillFrom);
    await fill('invitation_year_rollup', YEAR_KEYS, INVITED_COLUMNS, () => 'invited', 'invitation_month_rollup');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const source of ['response', 'invitation']) {
      await q.query(`DROP TRIGGER IF EXISTS ${source}_year_rollup_delete ON ${source}`);
      await q.query(`DROP TRIGGER IF EXISTS ${source}_year_rollup_insert ON ${source}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_invitation_years()`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_response_years()`);
    for (const table of ['invitation_year_rollup', ...ANSWER_TABLES.map((t) => t.table)]) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** pro_1, pas_1, det_1, pro_2, …: month by month, as the API lays counts out. */
const ENPS_COLUMNS = MONTHS.flatMap((m) => [`pro_${m}`, `pas_${m}`, `det_${m}`]);
const INVITED_COLUMNS = MONTHS.map((m) => `inv_${m}`);
const monthOf = (column: string) => Number(column.slice(column.indexOf('_') + 1));
/** The answers a column counts, as a condition on a response row. */
const ENPS_COUNT = (c: string) => ({ pro: 'score >= 9', pas: 'score BETWEEN 7 AND 8', det: 'score <= 6' })[c.slice(0, 3) as 'pro']!;

const YEAR_KEYS = ['year', 'department_id', 'phase', 'programme_id'] as const;
const KEY_TYPES: Record<string, string> = { year: 'int', department_id: 'uuid', phase: 'text', programme_id: 'uuid', location: 'text', tenure_band: 'text' };
const ANSWER_TABLES = [
  { table: 'enps_year_rollup', keys: YEAR_KEYS, backfillFrom: 'enps_month_rollup' },
  { table: 'enps_location_year_rollup', keys: ['location', ...YEAR_KEYS], backfillFrom: 'enps_segment_rollup' },
  { table: 'enps_tenure_year_rollup', keys: ['tenure_band', ...YEAR_KEYS], backfillFrom: 'enps_segment_rollup' },
] as const;

/**
 * The trigger statement for one table: the changed rows grouped by the table's keys (the year of
 * `dated`), each column the count of rows of its month that `counts` it, added to the row (taken
 * away on delete).
 */
function upsert(table: string, keys: readonly string[], columns: readonly string[], counts: (c: string) => string, dated: string): string {
  return `INSERT INTO ${table} AS r (${[...keys, ...columns].join(', ')})
        SELECT ${keys.map((k) => (k === 'year' ? `extract(year FROM ${dated})::int` : k)).join(', ')},
               ${columns.map((c) => `sign * count(*) FILTER (WHERE extract(month FROM ${dated}) = ${monthOf(c)} AND ${counts(c)})`).join(', ')}
          FROM changed GROUP BY ${keys.map((_, i) => i + 1).join(', ')}
        ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`;
}
