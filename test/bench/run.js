'use strict';
/**
 * npm run bench: the API benchmarks (ARCHITECTURE.md, Conventions). Each one compares EX Pulse
 * with a baseline measured in the same run and prints a table; none is a timed test. A missed
 * target is a finding (exit 0); an error is exit 1.
 *
 * Environment: DATABASE_URL (use that server, in a database created and dropped here; default an
 * embedded PostgreSQL), BENCH_EMPLOYEES (100000), BENCH_REPETITIONS (20, so that p95 is not simply the max), BENCH_TIMEOUT_SECONDS (3600),
 * BENCH_ONLY (planner,analytics,linkage,submit: a comma-separated subset; all by default; linkage and submit
 * also generate the analytics answers, which they run on). The analytics, linkage and
 * submit benchmarks add BENCH_RESPONSES (5000000), BENCH_RESPONSE_LOAD (backfill | triggers),
 * BENCH_RESPONSE_IDS (ordered | random), BENCH_JS_REPETITIONS (1), BENCH_ANALYTICS_BUDGET_SECONDS (300), BENCH_SUBMIT_SECONDS (15),
 * BENCH_SUBMIT_CLIENTS (8), BENCH_SUBMIT_CONCURRENCY (16), BENCH_SUBMIT_POOL (150000), PGBENCH; linkage BENCH_LINKAGE_SQL_REPETITIONS (3).
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { api, ROOT } = require('./dist');
const { openBenchDatabase } = require('./database');
const { generateOrganisation } = require('./generate-organisation');
const { benchPlanner } = require('./planner.bench');
const { runAnswersBenchmarks } = require('./answers.run');
const { markdownTable, ms } = require('./table');

/** A Tuesday, 10:30 in Tallinn (08:30 UTC): a working day after the send hour. */
const NOW = new Date('2026-11-24T08:30:00Z');
const TIME_ZONE = 'Europe/Tallinn';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(NOW); // 2026-11-24
const TARGET_MS = 5000;
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
const DEPARTMENTS = 500;
const REPETITIONS = Math.max(1, Number(process.env.BENCH_REPETITIONS ?? 20));
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 3600) * 1000;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'planner,analytics,linkage,submit').split(',').map((s) => s.trim()).filter(Boolean));
for (const name of ONLY) {
  if (!['planner', 'analytics', 'linkage', 'submit'].includes(name)) throw new Error(`BENCH_ONLY: unknown benchmark "${name}" (planner, analytics, linkage, submit)`);
}
const OUT_DIR = join(ROOT, 'test-output', 'bench');

const startedAt = performance.now();
const log = (line) => console.log(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${line}`);
let database = null;
let dataSource = null;

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  log(`benchmarks ${[...ONLY].join(', ')}: ${EMPLOYEES} employees, ${DEPARTMENTS} departments, now ${NOW.toISOString()} (${TIME_ZONE})`);
  database = await openBenchDatabase(log);

  const { openDatabase } = api('database/data-source');
  dataSource = await openDatabase(database.url);
  log('migrated; generating the organisation');

  const generator = new Client({ connectionString: database.url });
  generator.on('error', () => undefined);
  await generator.connect();
  let generation;
  try {
    generation = await generateOrganisation(generator, {
      today: TODAY, now: NOW, timeZone: TIME_ZONE, employees: EMPLOYEES, departments: DEPARTMENTS, log,
    });
  } finally {
    await generator.end();
  }
  log(`generated in ${(generation.totalMs / 1000).toFixed(1)} s: ${generation.facts.invitations} invitations, ` +
    `${generation.facts.outboxMessages} outbox messages, ${generation.facts.databaseSize}`);

  const [{ server_version: postgres }] = await dataSource.query(`SHOW server_version`);
  const settings = Object.fromEntries(
    (await dataSource.query(
      `SELECT name, current_setting(name) AS value FROM pg_settings
        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit')`,
    )).map((r) => [r.name, r.value]),
  );

  if (ONLY.has('planner')) await plannerBenchmark(generation, postgres, settings);
  if (ONLY.has('analytics') || ONLY.has('linkage') || ONLY.has('submit')) {
    await runAnswersBenchmarks({
      url: database.url, now: NOW, today: TODAY, only: ONLY, generation, postgres, settings, outDir: OUT_DIR, log,
      remainingMs: () => TIMEOUT_MS - (performance.now() - startedAt),
    });
  }
}

async function plannerBenchmark(generation, postgres, settings) {
  const loadBefore = os.loadavg()[0];
  log(`measuring the planner and its baseline (load average ${loadBefore.toFixed(2)})`);
  const planner = await benchPlanner(dataSource, {
    now: NOW, repetitions: REPETITIONS, outDir: OUT_DIR, log, remainingMs: () => TIMEOUT_MS - (performance.now() - startedAt),
  });

  const ratio = planner.planner.median / planner.baseline.median;
  const machine = {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres,
    postgresSettings: settings,
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
    // Other work on the machine (builds, tests) shows up as noise in the figures.
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0].toFixed(2)) },
  };
  const report = {
    benchmark: 'planner',
    ranAt: new Date().toISOString(),
    target: { medianMs: TARGET_MS, holds: planner.planner.median < TARGET_MS, p95Holds: planner.planner.p95 < TARGET_MS },
    ratioPlannerToBaseline: Number(ratio.toFixed(2)),
    planner: rounded(planner.planner),
    baseline: rounded(planner.baseline),
    warmUpMs: { planner: ms(planner.warmUpMs.planner), baseline: ms(planner.warmUpMs.baseline) },
    repetitions: planner.repetitions,
    today: planner.today,
    now: planner.now,
    timeZone: planner.timeZone,
    dataSet: { ...generation.facts, campaigns: generation.campaigns },
    generation: { totalMs: generation.totalMs, steps: generation.steps },
    machine,
    baselineSql: planner.baselineSql,
  };
  writeFileSync(join(OUT_DIR, 'planner.json'), `${JSON.stringify(report, null, 2)}\n`);

  const row = (what, r, rows) => [what, rows, ms(r.min), ms(r.median), ms(r.p95)];
  const facts = generation.facts;
  console.log(`
Planning the invitations due on ${planner.today} (${TIME_ZONE}), ${planner.repetitions} repetitions after 1 warm-up, each rolled back, alternating

${markdownTable([
    ['what', 'rows', 'min ms', 'median ms', 'p95 ms'],
    row('planner: InvitationPlannerService.planDue()', planner.planner, planner.planner.rows),
    row('baseline: bare SELECT of the same rows', planner.baseline, planner.baseline.rows),
  ], [undefined, 0, 1, 1, 1])}

planner / baseline (median): ${ratio.toFixed(2)}×; the planner also wrote ${planner.planner.reminders} reminder messages
target: planner under ${TARGET_MS} ms: ${report.target.holds ? 'HOLDS' : 'MISSED'} (median ${ms(planner.planner.median)} ms, p95 ${ms(planner.planner.p95)} ms; p95 by nearest rank: the max when under 20 runs)

machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memoryGiB} GiB, load average ${machine.loadAverage1m.before} → ${machine.loadAverage1m.after}, Node ${machine.node}, PostgreSQL ${postgres} (${machine.database}; ${Object.entries(settings).map(([k, v]) => `${k} ${v}`).join(', ')})
data: ${facts.departments} departments, ${facts.employees} employees (${Object.entries(facts.employeesByPhase).map(([k, v]) => `${k} ${v}`).join(', ')}),
      ${facts.invitations} invitations in the past 12 months (${Object.entries(facts.invitationsByProgramme).map(([k, v]) => `${k} ${v}`).join(', ')}; ${facts.invitationsInFatigueWindow} in the last 14 days),
      ${facts.outboxMessages} outbox messages, database ${facts.databaseSize}
generation: ${(generation.totalMs / 1000).toFixed(1)} s (${generation.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')})
written: test-output/bench/planner.json, test-output/bench/planner-plan.txt, test-output/bench/baseline-plan.txt
`);
}

/** Milliseconds to 0.1 in the JSON. */
function rounded(result) {
  const out = { ...result, samplesMs: result.samplesMs.map(ms) };
  for (const key of ['min', 'median', 'p95', 'max']) out[key] = ms(result[key]);
  return out;
}

async function cleanUp() {
  const pending = [];
  if (dataSource?.isInitialized) pending.push(dataSource.destroy().catch(() => undefined));
  await Promise.all(pending);
  if (database) await database.close();
}

/** Stops everything within a bounded time, then exits; a second call waits for the first. */
let finishing = null;
function finish(code) {
  finishing ??= (async () => {
    clearTimeout(watchdog);
    const forced = setTimeout(() => process.exit(code || 1), 30_000);
    forced.unref();
    try {
      await cleanUp();
    } catch (error) {
      console.error(`clean-up failed: ${error.message}`);
      code = code || 1;
    }
    process.exit(code);
  })();
  return finishing;
}

const watchdog = setTimeout(() => {
  console.error(`The benchmark did not finish within ${TIMEOUT_MS / 1000} s; stopping (BENCH_TIMEOUT_SECONDS to change).`);
  void finish(1);
}, TIMEOUT_MS);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`${signal}: stopping`);
    void finish(1);
  });
}

main().then(
  () => finish(0),
  (error) => {
    console.error(`benchmark failed: ${error.stack ?? error}`);
    void finish(1);
  },
);
