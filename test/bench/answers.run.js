'use strict';
/**
 * The analytics and submit benchmarks as run.js runs them, after the organisation exists:
 * generate two years of answers (generate-responses.js), measure the dashboards and their
 * baselines (analytics.bench.js), then submit throughput (submit.bench.js), which writes to the
 * database and so comes last; the linkage benchmark (linkage.bench.js) adds customer metrics and
 * runs between them. Prints Markdown tables; writes test-output/bench/analytics.json,
 * linkage.json and submit.json.
 */
const { writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { generateResponses } = require('./generate-responses');
const { benchAnalytics } = require('./analytics.bench');
const { benchSubmit } = require('./submit.bench');
const { runLinkageBenchmark } = require('./linkage.bench');
const { markdownTable, ms } = require('./table');

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 5_000_000);
const LOAD = process.env.BENCH_RESPONSE_LOAD ?? 'backfill';
const REPETITIONS = Math.max(1, Number(process.env.BENCH_REPETITIONS ?? 20));
const JS_REPETITIONS = Math.max(1, Number(process.env.BENCH_JS_REPETITIONS ?? 1));
const ANALYTICS_BUDGET_MS = Number(process.env.BENCH_ANALYTICS_BUDGET_SECONDS ?? 300) * 1000;
const SUBMIT_MS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 15) * 1000;
const SUBMIT_CLIENTS = Number(process.env.BENCH_SUBMIT_CLIENTS ?? 8);
const SUBMIT_CONCURRENCY = Number(process.env.BENCH_SUBMIT_CONCURRENCY ?? 16);
const SUBMIT_POOL = Number(process.env.BENCH_SUBMIT_POOL ?? 150_000);
const TARGET_P95_MS = 100;

function machineFacts(postgres, settings, loadBefore) {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres,
    postgresSettings: settings,
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0].toFixed(2)) },
  };
}

const machineLine = (m) =>
  `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB, load average ${m.loadAverage1m.before} → ${m.loadAverage1m.after}, Node ${m.node}, ` +
  `PostgreSQL ${m.postgres} (${m.database}; ${Object.entries(m.postgresSettings).map(([k, v]) => `${k} ${v}`).join(', ')})`;

async function runAnswersBenchmarks({ url, now, today, only, generation, postgres, settings, outDir, log, remainingMs }) {
  const loadBefore = os.loadavg()[0];
  log(`generating ${RESPONSES} responses over the 24 months up to ${today} (rollups: ${LOAD})`);
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  let answers;
  try {
    answers = await generateResponses(client, { today, responses: RESPONSES, departments: 500, load: LOAD, log });
  } finally {
    await client.end();
  }
  const f = answers.facts;
  log(`responses generated in ${(answers.totalMs / 1000).toFixed(1)} s (load with rollups ${(answers.loadMs / 1000).toFixed(1)} s): ` +
    `${f.responses} rows, rollups ${Object.entries(f.rollupRows).map(([k, v]) => `${k} ${v}`).join(', ')}, database ${f.databaseSize}`);
  const dataSet = {
    organisation: generation.facts,
    responses: f,
    generation: { organisationMs: generation.totalMs, responsesMs: answers.totalMs, rollupLoad: LOAD, responseIds: answers.ids, chunk: answers.chunk, loadWithRollupsMs: answers.loadMs, steps: answers.steps },
    invitations: 'invitation_year_rollup rewritten from the responses and a response rate per department (55–85%); ' +
      `the invitation table keeps the organisation generator's ${generation.facts.invitations} invitations of the past 12 months`,
  };
  const dataLines = `data: ${generation.facts.departments} departments, ${generation.facts.employees} employees, ${f.responses} responses ${f.firstDay} … ${f.lastDay} ` +
    `(${Object.entries(f.byPhase).map(([k, v]) => `${k} ${v}`).join(', ')}; ${f.withComment} with a comment, ${f.withItem} with an item answer, eNPS ${f.enps}, ${f.managers} managers)
rollups (rows): ${Object.entries(f.rollupRows).map(([k, v]) => `${k} ${v}`).join(', ')}
sizes: ${Object.entries(f.relationSizes).map(([k, v]) => `${k} ${v}`).join(', ')}, database ${f.databaseSize}
generation: organisation ${(generation.totalMs / 1000).toFixed(1)} s, responses ${(answers.totalMs / 1000).toFixed(1)} s ` +
    `(${answers.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')})`;

  if (only.has('analytics')) {
    const budgetMs = Math.min(ANALYTICS_BUDGET_MS, remainingMs() - (only.has('submit') ? 4 * SUBMIT_MS + 60_000 : 30_000) - (only.has('linkage') ? 120_000 : 0));
    log(`measuring the analytics endpoints and their baselines (budget ${(budgetMs / 1000).toFixed(0)} s, load average ${os.loadavg()[0].toFixed(2)})`);
    const result = await benchAnalytics({ url, now, today, repetitions: REPETITIONS, jsRepetitions: JS_REPETITIONS, budgetMs, log });
    const machine = machineFacts(postgres, settings, loadBefore);
    const measured = result.endpoints.filter((e) => !e.missing);
    const newOnes = measured.filter((e) => !e.endpoint.startsWith('enps'));
    const worstP95 = newOnes.length ? Math.max(...newOnes.map((e) => e.p95)) : null;
    const report = {
      benchmark: 'analytics', ranAt: new Date().toISOString(), today, now: now.toISOString(),
      target: { p95Ms: TARGET_P95_MS, worstP95Ms: worstP95 === null ? null : ms(worstP95), holds: worstP95 === null ? null : worstP95 < TARGET_P95_MS },
      missingEndpoints: result.endpoints.filter((e) => e.missing).map((e) => e.path),
      repetitions: result.repetitions, notes: result.notes,
      httpServerCpuMsPerRequest: Number(result.httpCpuMsPerRequest.toFixed(2)),
      filters: result.filters,
      endpoints: measured.map((e) => ({ ...e, samplesMs: e.samplesMs.map(ms), min: ms(e.min), median: ms(e.median), p95: ms(e.p95), max: ms(e.max) })),
      baselineSql: result.sql.map((e) => ({ ...e, min: ms(e.min), median: ms(e.median), p95: ms(e.p95), max: ms(e.max) })),
      baselineJs: result.js.map((e) => ({ ...e, min: ms(e.min), median: ms(e.median), p95: ms(e.p95), max: ms(e.max) })),
      dataSet, machine,
    };
    writeFileSync(join(outDir, 'analytics.json'), `${JSON.stringify(report, null, 2)}\n`);

    const sqlOf = (question, filter) => result.sql.find((s) => s.question === question && s.filter === filter);
    const jsOf = (filter) => result.js.find((s) => s.filter === filter);
    const rows = [['endpoint', 'filter', 'status', 'KiB', 'p50 ms', 'p95 ms', 'SQL p50', 'SQL p95', 'SQL rows']];
    for (const e of measured) {
      const question = { overview: 'overview', trend: 'trend', heatmap: 'heatmap', units: 'units' }[e.endpoint] ?? 'overview';
      const s = sqlOf(question, e.filter);
      rows.push([e.endpoint, e.filter, e.status, e.bytes / 1024, e.median, e.p95, s?.median ?? '', s?.p95 ?? '', s?.rows ?? '']);
    }
    const sqlRows = [['filter', ...result.sql.filter((s) => s.filter === 'none').map((s) => `${s.question} p50/p95`), 'JS keyset rows', 'pages', 'JS p50 ms', 'JS max ms']];
    for (const filter of result.filters) {
      const js = jsOf(filter.name);
      sqlRows.push([filter.name, ...['overview', 'trend', 'heatmap', 'units'].map((q) => `${ms(sqlOf(q, filter.name).median)} / ${ms(sqlOf(q, filter.name).p95)}`),
        js.rows, js.pages, js.median, js.max]);
    }
    console.log(`
Analytics dashboards over HTTP (signed-in HR admin, one request at a time, ${result.repetitions.http} repetitions after a warm-up; SQL = the plain GROUP BY baseline of the same question, ${result.repetitions.sql} repetitions)
${report.missingEndpoints.length ? `\nnot there yet (404): ${report.missingEndpoints.join(', ')}; "enps (existing)" is GET /api/analytics/enps (window only: its default 12 months, or the quarter as from/to; SQL column = the overview question)\n` : ''}
${markdownTable(rows, [undefined, undefined, 0, 1, 1, 1, 1, 1, 0])}

Baselines per filter: (a) plain GROUP BY over response, p50 / p95 ms per question; (b) keyset pages of 5,000 counted in JavaScript, all four questions from one load (${result.repetitions.js} repetitions)

${markdownTable(sqlRows, [undefined, undefined, undefined, undefined, undefined, 0, 0, 1, 1])}

target: p95 < ${TARGET_P95_MS} ms for overview, trend, heatmap, units: ${worstP95 === null ? 'NOT MEASURED (endpoints missing)' : `${worstP95 < TARGET_P95_MS ? 'HOLDS' : 'MISSED'} (worst p95 ${ms(worstP95)} ms)`}
API CPU per dashboard request: ${report.httpServerCpuMsPerRequest} ms${result.notes.length ? `\nnotes: ${result.notes.join('; ')}` : ''}
${machineLine(machine)}
${dataLines}
written: test-output/bench/analytics.json
`);
  }

  if (only.has('linkage')) {
    await runLinkageBenchmark({
      url, now, today, repetitions: REPETITIONS, outDir, log, machine: (load) => machineFacts(postgres, settings, load), machineLine, dataSet, dataLines,
    });
  }

  if (only.has('submit')) {
    const loadSubmit = os.loadavg()[0];
    log(`measuring submit throughput (load average ${loadSubmit.toFixed(2)})`);
    const result = await benchSubmit({
      url, now, today, clients: SUBMIT_CLIENTS, concurrency: SUBMIT_CONCURRENCY, durationMs: SUBMIT_MS, poolSize: SUBMIT_POOL, log,
    });
    const machine = machineFacts(postgres, settings, loadSubmit);
    const r = result.runs;
    const report = {
      benchmark: 'submit', ranAt: new Date().toISOString(), today,
      targets: {
        apiToPgbench: { min: 0.3, value: result.ratios.apiToPgbench, holds: result.ratios.apiToPgbench === null ? null : result.ratios.apiToPgbench >= 0.3 },
        apiToBare: { min: 0.6, value: result.ratios.apiToBare, holds: result.ratios.apiToBare === null ? null : result.ratios.apiToBare >= 0.6 },
      },
      ...result, dataSet: { responsesBefore: f.responses, rollupRows: f.rollupRows }, machine,
    };
    writeFileSync(join(outDir, 'submit.json'), `${JSON.stringify(report, null, 2)}\n`);
    const fmt = (v, d = 2) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(d));
    const rows = [['server', 'answers', 'answers/s', 'server CPU ms/answer', 'server CPU share', 'p50 ms', 'p95 ms', 'non-201']];
    if (r.pgbench) rows.push([`pgbench (${SUBMIT_CLIENTS} clients, prepared)`, r.pgbench.answers, r.pgbench.answersPerSecond, '–', '–', r.pgbench.latencyAvgMs, '–', r.pgbench.failed]);
    for (const [name, label] of [['bare', 'bare node:http + pg'], ['api', 'API POST /api/survey/answer']]) {
      const x = r[name];
      rows.push([`${label} (${SUBMIT_CONCURRENCY} connections)`, x.answers, x.answersPerSecond, fmt(x.serverCpuMsPerAnswer), `${fmt(100 * x.serverCpuShare, 0)}%`, x.latencyMs.p50, x.latencyMs.p95, x.failed]);
    }
    console.log(`
Submit throughput: ${SUBMIT_MS / 1000} s each, after a warm-up, fresh invitations with known tokens; answers counted from the rows inserted (pgbench p50 column: its average latency)

${markdownTable(rows, [undefined, 0, 0, undefined, undefined, 1, 1, 0])}

API / pgbench: ${fmt(result.ratios.apiToPgbench)} (target ≥ 0.30: ${report.targets.apiToPgbench.holds === null ? 'not measured' : report.targets.apiToPgbench.holds ? 'HOLDS' : 'MISSED'}), ` +
      `API / bare node: ${fmt(result.ratios.apiToBare)} (target ≥ 0.60: ${report.targets.apiToBare.holds ? 'HOLDS' : 'MISSED'}), bare / pgbench: ${fmt(result.ratios.bareToPgbench)}
the load generator runs in the benchmark process, on the same ${machine.nproc} CPUs as the server and PostgreSQL${result.notes.length ? `\nnotes: ${result.notes.join('; ')}` : ''}
${machineLine(machine)}
written: test-output/bench/submit.json
`);
  }
}

module.exports = { runAnswersBenchmarks };
