'use strict';
/**
 * Planning the invitations due today, measured two ways on the same database in the same run:
 *
 * - planner: InvitationPlannerService.planDue() itself (organisation read, weekday and hour
 *   checks, transaction, advisory lock, PLAN_DUE_INVITATIONS with its inserts into invitation and
 *   outbox), with a DataSource whose transactions roll back, so every repetition sees the same
 *   state;
 * - baseline: the bare SQL that selects the same rows: PLAN_DUE_INVITATIONS cut before its
 *   `inserted` CTE, ending in SELECT count(*) FROM timed, also in BEGIN … ROLLBACK. It is derived
 *   from the real statement at run time, so it cannot drift from it.
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { api } = require('./dist');
const { summarise } = require('./table');

function baselineSql(plan) {
  const cut = /,\s*inserted\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/i.exec(plan);
  if (!cut) throw new Error('PLAN_DUE_INVITATIONS has no "inserted AS (" CTE any more: update test/bench/planner.bench.js.');
  const select = plan.slice(0, cut.index);
  if (!/\btimed\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/i.test(select)) {
    throw new Error('PLAN_DUE_INVITATIONS has no "timed AS (" CTE before "inserted": update test/bench/planner.bench.js.');
  }
  return `${select}\nSELECT count(*)::int AS rows FROM timed`;
}

/** The DataSource the service sees: the real one, except that its transactions roll back. */
function rollingBack(dataSource) {
  return {
    query: (sql, parameters) => dataSource.query(sql, parameters),
    transaction: (work) => inRolledBackTransaction(dataSource, (runner) => work(runner.manager)),
  };
}

async function inRolledBackTransaction(dataSource, work) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      return await work(runner);
    } finally {
      await runner.rollbackTransaction();
    }
  } finally {
    await runner.release();
  }
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function benchPlanner(dataSource, { now, repetitions, outDir, log, remainingMs }) {
  const { InvitationPlannerService } = api('scheduling/invitation-planner.service');
  const { PLAN_DUE_INVITATIONS } = api('scheduling/due-invitations.sql');
  const { Clock, isoDateInZone } = api('common/clock');

  class FixedClock extends Clock {
    now() {
      return new Date(now);
    }
  }
  const planner = new InvitationPlannerService(rollingBack(dataSource), new FixedClock());
  const baseline = baselineSql(PLAN_DUE_INVITATIONS);
  const [{ time_zone: timeZone }] = await dataSource.query(`SELECT time_zone FROM organisation WHERE id = 1`);
  const today = isoDateInZone(now, timeZone);
  const parameters = [today, now];
  // The SELECT part uses $1 only ($2, now, is for the outbox); PostgreSQL wants exactly the ones used.
  const baselineParameters = parameters.slice(0, Math.max(0, ...[...baseline.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]))));

  const runPlanner = async () => {
    const outcome = await planner.planDue();
    if (!outcome.ran) throw new Error(`The planner did not run on ${outcome.today}: ${outcome.reason}.`);
    return { rows: outcome.invitations, reminders: outcome.reminders };
  };
  const runBaseline = () =>
    inRolledBackTransaction(dataSource, async (runner) => {
      const [row] = await runner.query(baseline, baselineParameters);
      return { rows: row.rows };
    });

  log('  warm-up: planner, baseline');
  const warmPlanner = await timed(runPlanner);
  const warmBaseline = await timed(runBaseline);

  // Stop by itself: fewer repetitions (never under 3, and said so) if 7 would not fit the time left.
  const perRound = warmPlanner.ms + warmBaseline.ms;
  const fit = Math.floor((remainingMs() - 60_000 - 3 * warmPlanner.ms) / perRound);
  const rounds = Math.max(3, Math.min(repetitions, fit));
  if (rounds < repetitions) log(`  only ${rounds} repetitions fit the time budget (wanted ${repetitions})`);

  const samples = { planner: [], baseline: [] };
  const rows = { planner: new Set([warmPlanner.result.rows]), baseline: new Set([warmBaseline.result.rows]) };
  let reminders = warmPlanner.result.reminders;
  for (let round = 1; round <= rounds; round++) {
    // Alternate which goes first, so neither always runs on the other's warm cache.
    const order = round % 2 ? ['planner', 'baseline'] : ['baseline', 'planner'];
    for (const what of order) {
      const { ms, result } = await timed(what === 'planner' ? runPlanner : runBaseline);
      samples[what].push(ms);
      rows[what].add(result.rows);
      if (what === 'planner') reminders = result.reminders;
    }
    log(`  round ${round}/${rounds}: planner ${samples.planner.at(-1).toFixed(0)} ms, baseline ${samples.baseline.at(-1).toFixed(0)} ms`);
  }

  if (rows.planner.size !== 1 || rows.baseline.size !== 1) {
    throw new Error(`Row counts changed between repetitions (planner ${[...rows.planner]}, baseline ${[...rows.baseline]}): ` +
      'the rolled-back runs did not see the same state.');
  }
  const [plannerRows] = rows.planner;
  const [baselineRows] = rows.baseline;
  if (plannerRows !== baselineRows) {
    throw new Error(`The planner planned ${plannerRows} invitations but the bare SELECT selects ${baselineRows} rows.`);
  }

  log('  EXPLAIN (ANALYZE, BUFFERS) of the planner statement and of the baseline');
  const plannerPlan = await explain(dataSource, PLAN_DUE_INVITATIONS, parameters);
  const baselinePlan = await explain(dataSource, baseline, baselineParameters);
  const header = (title) =>
    `-- ${title}\n-- today ${today}, now ${new Date(now).toISOString()}; run inside BEGIN … ROLLBACK\n\n`;
  writeFileSync(join(outDir, 'planner-plan.txt'), header('EXPLAIN (ANALYZE, BUFFERS, SETTINGS) PLAN_DUE_INVITATIONS') + plannerPlan + '\n');
  writeFileSync(join(outDir, 'baseline-plan.txt'), header('EXPLAIN (ANALYZE, BUFFERS, SETTINGS) baseline (PLAN_DUE_INVITATIONS up to timed)') + baselinePlan + '\n');

  return {
    today,
    now: new Date(now).toISOString(),
    timeZone,
    repetitions: rounds,
    warmUpMs: { planner: warmPlanner.ms, baseline: warmBaseline.ms },
    planner: { rows: plannerRows, reminders, samplesMs: samples.planner, ...summarise(samples.planner) },
    baseline: { rows: baselineRows, samplesMs: samples.baseline, ...summarise(samples.baseline) },
    baselineSql: baseline,
  };
}

/** The plan of one execution (the statement's inserts rolled back). */
async function explain(dataSource, sql, parameters) {
  return inRolledBackTransaction(dataSource, async (runner) => {
    const lines = await runner.query(`EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ${sql}`, parameters);
    return lines.map((line) => line['QUERY PLAN']).join('\n');
  });
}

module.exports = { benchPlanner, baselineSql };
