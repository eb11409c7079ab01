'use strict';
/**
 * The analytics benchmark (issue 4): the dashboard endpoints over HTTP against the real compiled
 * API (a child process, signed in as an HR admin), and in the same run two baselines for the same
 * questions with the same filters:
 *
 * - sql: one plain GROUP BY over the raw `response` rows per question (timed from Node with pg);
 * - js: the matching responses loaded in pages of 5,000 (keyset pagination on (answered_on, id))
 *   and promoters/passives/detractors counted in JavaScript, the way a popular open-source survey
 *   tool computes its NPS summary. One load answers all four questions (the rows are the cost).
 *
 * Endpoints that do not exist yet (404 on the first request) are reported as missing; the
 * existing GET /api/analytics/enps is always measured (no filter, and a quarter as from/to).
 */
const http = require('node:http');
const { Client } = require('pg');
const { api } = require('./dist');
const { startServer, request } = require('./http-load');
const { summarise } = require('./table');

const ENDPOINTS = [
  { name: 'overview', path: '/api/analytics/overview', question: 'overview' },
  { name: 'trend', path: '/api/analytics/trend', extra: { granularity: 'month' }, question: 'trend' },
  { name: 'heatmap', path: '/api/analytics/heatmap', extra: { by: 'phase' }, question: 'heatmap' },
  { name: 'units', path: '/api/analytics/units', question: 'units' },
];
/** The existing dashboard: only a window (from, to), no other filter. */

const QUESTIONS = ['overview', 'trend', 'heatmap', 'units'];

function periodRange(period, today) {
  const key = period ?? today.slice(0, 4);
  let m;
  if ((m = /^(\d{4})$/.exec(key))) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-H([12])$/.exec(key))) return m[2] === '1' ? { from: `${m[1]}-01-01`, to: `${m[1]}-06-30` } : { from: `${m[1]}-07-01`, to: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { from: `${m[1]}-${String(first).padStart(2, '0')}-01`, to: lastDay(Number(m[1]), first + 2) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) return { from: `${key}-01`, to: lastDay(Number(m[1]), Number(m[2])) };
  throw new Error(`bad period ${key}`);
}

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The filter combinations of the issue, with values picked from the generated data. */
async function pickFilters(client, today) {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const lastQuarter = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`; // the last complete quarter
  // The generated ids are md5 hashes; the API validates ids as RFC 4122 UUIDs (version 1–8, variant 10xx).
  const rfc = `::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`;
  const { rows: [v] } = await client.query(`
    SELECT (SELECT id FROM bench_department WHERE level IN (2, 3) AND id${rfc} ORDER BY level, no LIMIT 1)::text AS division,
           (SELECT id FROM programme WHERE key = 'quarterly')::text AS quarterly,
           (SELECT manager_id FROM bench_team WHERE team_no = 2 AND manager_id${rfc}
             ORDER BY department_no OFFSET 10 LIMIT 1)::text AS manager`);
  if (!v.division || !v.manager) throw new Error('no division or team manager with an RFC 4122 id in the generated data');
  return [
    { name: 'none', query: {} },
    { name: `period=${lastQuarter}`, query: { period: lastQuarter } },
    { name: 'department=<division>', query: { department: v.division } },
    { name: 'location=Tartu', query: { location: 'Tartu' } },
    { name: 'phase=onboarding', query: { phase: 'onboarding' } },
    { name: 'tenure=1_2y', query: { tenure: '1_2y' } },
    { name: 'programme=<quarterly>', query: { programme: v.quarterly } },
    { name: 'manager=<team manager>', query: { manager: v.manager } },
    { name: 'department+phase=ongoing', query: { department: v.division, phase: 'ongoing_development' } },
    // One segment filter at a time (the API refuses two since the guard of issue 11).
    { name: `${lastQuarter}+Tallinn`, query: { period: lastQuarter, location: 'Tallinn' } },
  ];
}

/** WHERE clause and parameters of a filter over `response r`; department = its subtree. */
function whereOf(query, today) {
  const { from, to } = periodRange(query.period, today);
  const params = [from, to];
  const conditions = ['r.answered_on BETWEEN $1 AND $2'];
  const add = (sql, value) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (query.department) {
    add(`r.department_id IN (WITH RECURSIVE sub AS (SELECT id FROM department WHERE id = ?::uuid
           UNION ALL SELECT d.id FROM department d JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub)`, query.department);
  }
  if (query.manager) add('r.manager_id = ?::uuid', query.manager);
  if (query.location) add('r.location = ?', query.location);
  if (query.phase) add('r.phase = ?', query.phase);
  if (query.tenure) add('r.tenure_band = ?', query.tenure);
  if (query.programme) add('r.programme_id = ?::uuid', query.programme);
  return { where: conditions.join(' AND '), params };
}

const COUNTS = `count(*) FILTER (WHERE r.score >= 9)::int AS promoters, count(*) FILTER (WHERE r.score BETWEEN 7 AND 8)::int AS passives,
       count(*) FILTER (WHERE r.score <= 6)::int AS detractors`;

/** The plain GROUP BY for one question. */
function baselineSql(question, query, today) {
  const { where, params } = whereOf(query, today);
  switch (question) {
    case 'overview':
      return { sql: `SELECT ${COUNTS} FROM response r WHERE ${where}`, params };
    case 'trend':
      return { sql: `SELECT date_trunc('month', r.answered_on)::date AS month, ${COUNTS} FROM response r WHERE ${where} GROUP BY 1 ORDER BY 1`, params };
    case 'heatmap':
      return { sql: `SELECT r.department_id, r.phase, ${COUNTS} FROM response r WHERE ${where} GROUP BY 1, 2`, params };
    case 'units': {
      params.push(query.department ?? null);
      const p = `$${params.length}`;
      return {
        sql: `WITH RECURSIVE unit AS (
                SELECT id AS unit_id, id FROM department WHERE (${p}::uuid IS NULL AND parent_id IS NULL) OR parent_id = ${p}::uuid
                UNION ALL SELECT unit.unit_id, d.id FROM department d JOIN unit ON d.parent_id = unit.id)
              SELECT unit.unit_id, ${COUNTS} FROM response r JOIN unit ON unit.id = r.department_id WHERE ${where} GROUP BY 1`,
        params,
      };
    }
    default:
      throw new Error(question);
  }
}

/** Keyset pages of 5,000 and counting in JavaScript; answers all four questions from one load. */
async function javascriptBaseline(client, query, today, unitOf) {
  const { where, params } = whereOf(query, today);
  const n = params.length;
  const sql = `SELECT r.id, to_char(r.answered_on, 'YYYY-MM-DD') AS day, r.department_id, r.phase, r.score FROM response r
                WHERE ${where} AND (r.answered_on, r.id) > ($${n + 1}::date, $${n + 2}::uuid)
                ORDER BY r.answered_on, r.id LIMIT 5000`;
  const tally = () => ({ promoters: 0, passives: 0, detractors: 0 });
  const add = (t, score) => {
    if (score >= 9) t.promoters++;
    else if (score >= 7) t.passives++;
    else t.detractors++;
  };
  const overall = tally();
  const byMonth = new Map();
  const byCell = new Map();
  const byUnit = new Map();
  const units = unitOf(query.department ?? null);
  let after = ['0001-01-01', '00000000-0000-0000-0000-000000000000'];
  let rows = 0;
  let pages = 0;
  for (;;) {
    const { rows: page } = await client.query(sql, [...params, ...after]);
    pages++;
    for (const r of page) {
      add(overall, r.score);
      const month = r.day.slice(0, 7);
      if (!byMonth.has(month)) byMonth.set(month, tally());
      add(byMonth.get(month), r.score);
      const cell = `${r.department_id}/${r.phase}`;
      if (!byCell.has(cell)) byCell.set(cell, tally());
      add(byCell.get(cell), r.score);
      const unit = units.get(r.department_id);
      if (unit) {
        if (!byUnit.has(unit)) byUnit.set(unit, tally());
        add(byUnit.get(unit), r.score);
      }
    }
    rows += page.length;
    if (page.length < 5000) break;
    const last = page[page.length - 1];
    after = [last.day, last.id];
  }
  return { rows, pages, overall, months: byMonth.size, cells: byCell.size, units: byUnit.size };
}

/** department id → the unit (child of `parent`, or a top-level department) whose subtree holds it. */
async function unitMaps(client) {
  const { rows } = await client.query(`SELECT id, parent_id FROM department`);
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  const cache = new Map();
  return (parent) => {
    if (cache.has(parent)) return cache.get(parent);
    const map = new Map();
    for (const id of parentOf.keys()) {
      let node = id;
      while (node && parentOf.get(node) !== parent) node = parentOf.get(node);
      if (node) map.set(id, node);
    }
    cache.set(parent, map);
    return map;
  };
}

async function signIn(db, server, log) {
  const { hashPassword } = api('auth/password');
  const email = 'bench-admin@bench.example';
  const password = 'bench-admin-password-1';
  await db.query(`INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'Bench HR admin', $2, 'admin')
                  ON CONFLICT (lower(email)) DO NOTHING`, [email, await hashPassword(password)]);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const response = await request(agent, server.port, { method: 'POST', path: '/api/auth/login', body: { email, password } });
  agent.destroy();
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.body}`);
  const cookies = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  log(`  signed in as an HR admin (${cookies.length} cookies)`);
  return cookies.join('; ');
}

function queryString(query) {
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Runs the benchmark against the database at `url` (organisation and responses generated).
 * budgetMs: the time it may take; repetitions are reduced (never under 5) to fit, and said so.
 */
async function benchAnalytics({ url, now, today, repetitions, jsRepetitions, budgetMs, log }) {
  const started = performance.now();
  const remaining = () => budgetMs - (performance.now() - started);
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined);
  await db.connect();
  const filters = await pickFilters(db, today);
  const server = await startServer('api-server.js', { BENCH_DATABASE_URL: url, BENCH_NOW: now.toISOString() });
  log(`  API child process on port ${server.port} (pid ${server.pid})`);
  const result = { filters, endpoints: [], sql: [], js: [], notes: [] };
  try {
    const cookie = await signIn(db, server, log);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path) => request(agent, server.port, { path, headers: { cookie, accept: 'application/json' } });

    // Which endpoints exist; the existing /enps dashboard with a window only.
    const targets = [];
    for (const endpoint of ENDPOINTS) {
      const probe = await get(`${endpoint.path}${queryString(endpoint.extra ?? {})}`);
      if (probe.status === 404) {
        log(`  ${endpoint.path}: 404, not there yet; skipped`);
        result.endpoints.push({ endpoint: endpoint.name, path: endpoint.path, missing: true });
        continue;
      }
      for (const filter of filters) targets.push({ endpoint, filter, path: `${endpoint.path}${queryString({ ...endpoint.extra, ...filter.query })}` });
    }

    // Warm-up: every target once (also tells how long a round takes).
    const warm = [];
    for (const target of targets) {
      const response = await get(target.path);
      warm.push(response.ms);
      target.status = response.status;
      target.bytes = response.body.length;
      if (response.status !== 200) log(`  ${target.path}: ${response.status} ${response.body.slice(0, 160)}`);
    }
    const roundMs = warm.reduce((a, b) => a + b, 0);
    const httpShare = 0.6 * remaining();
    let reps = Math.max(5, Math.min(repetitions, Math.floor(httpShare / Math.max(1, roundMs))));
    if (reps < repetitions) {
      result.notes.push(`HTTP: ${reps} repetitions per endpoint and filter instead of ${repetitions} (a round of ${targets.length} requests took ${(roundMs / 1000).toFixed(1)} s)`);
      log(`  only ${reps} HTTP repetitions fit the budget (a round takes ${(roundMs / 1000).toFixed(1)} s)`);
    }
    log(`  HTTP: ${targets.length} endpoint × filter targets, ${reps} repetitions each (round-robin)`);
    const samples = targets.map(() => []);
    const cpuBefore = await server.cpu();
    let requests = 0;
    for (let round = 0; round < reps; round++) {
      for (let t = 0; t < targets.length; t++) {
        const response = await get(targets[t].path);
        if (response.status !== targets[t].status) throw new Error(`${targets[t].path}: ${response.status} after ${targets[t].status}`);
        samples[t].push(response.ms);
        requests++;
      }
    }
    const cpuAfter = await server.cpu();
    result.httpCpuMsPerRequest = ((cpuAfter.cpu.user - cpuBefore.cpu.user + cpuAfter.cpu.system - cpuBefore.cpu.system) / 1000) / requests;
    for (let t = 0; t < targets.length; t++) {
      const { endpoint, filter, path, status, bytes } = targets[t];
      result.endpoints.push({ endpoint: endpoint.name, filter: filter.name, path, status, bytes, ...summarise(samples[t]), samplesMs: samples[t] });
    }
    agent.destroy();
  } finally {
    await server.stop();
  }

  // Baseline (b) first (its one round takes what it takes): keyset pages counted in JavaScript,
  // all four questions from one load per filter. Further rounds only if the budget allows.
  const unitOf = await unitMaps(db);
  const jsSamples = filters.map(() => []);
  const jsFacts = [];
  let jsReps = jsRepetitions;
  for (let round = 0; round < jsReps; round++) {
    const roundStarted = performance.now();
    for (let f = 0; f < filters.length; f++) {
      const t0 = performance.now();
      const facts = await javascriptBaseline(db, filters[f].query, today, unitOf);
      jsSamples[f].push(performance.now() - t0);
      jsFacts[f] = facts;
    }
    const roundMs = performance.now() - roundStarted;
    log(`  JS keyset baseline round ${round + 1}: ${(roundMs / 1000).toFixed(1)} s`);
    if (round === 0 && jsReps > 1 && remaining() < roundMs * (jsReps - 1) + 60_000) {
      jsReps = Math.max(1, Math.min(jsReps, 1 + Math.floor((remaining() - 60_000) / roundMs)));
      if (jsReps < jsRepetitions) result.notes.push(`JS baseline: ${jsReps} repetitions instead of ${jsRepetitions}`);
    }
  }
  for (let f = 0; f < filters.length; f++) {
    result.js.push({ filter: filters[f].name, rows: jsFacts[f].rows, pages: jsFacts[f].pages, ...summarise(jsSamples[f]) });
  }

  // Baseline (a): plain GROUP BY per question and filter.
  const sqlTargets = [];
  for (const question of QUESTIONS) for (const filter of filters) sqlTargets.push({ question, filter, ...baselineSql(question, filter.query, today) });
  const warmSql = [];
  for (const target of sqlTargets) {
    const t0 = performance.now();
    target.rows = (await db.query(target.sql, target.params)).rowCount;
    warmSql.push(performance.now() - t0);
  }
  const sqlRound = warmSql.reduce((a, b) => a + b, 0);
  let sqlReps = Math.max(3, Math.min(repetitions, Math.floor(remaining() / Math.max(1, sqlRound))));
  if (sqlReps < repetitions) {
    result.notes.push(`SQL baseline: ${sqlReps} repetitions instead of ${repetitions} (a round of ${sqlTargets.length} queries took ${(sqlRound / 1000).toFixed(1)} s)`);
  }
  log(`  SQL baseline: ${sqlTargets.length} question × filter queries, ${sqlReps} repetitions (a round takes ${(sqlRound / 1000).toFixed(1)} s)`);
  const sqlSamples = sqlTargets.map(() => []);
  for (let round = 0; round < sqlReps; round++) {
    for (let t = 0; t < sqlTargets.length; t++) {
      const t0 = performance.now();
      await db.query(sqlTargets[t].sql, sqlTargets[t].params);
      sqlSamples[t].push(performance.now() - t0);
    }
  }
  for (let t = 0; t < sqlTargets.length; t++) {
    result.sql.push({ question: sqlTargets[t].question, filter: sqlTargets[t].filter.name, rows: sqlTargets[t].rows, ...summarise(sqlSamples[t]) });
  }

  // The JS and SQL overall counts must agree (the baselines answer the same question).
  for (let f = 0; f < filters.length; f++) {
    const sqlOverview = await db.query(baselineSql('overview', filters[f].query, today).sql, baselineSql('overview', filters[f].query, today).params);
    const s = sqlOverview.rows[0];
    const j = jsFacts[f].overall;
    if (s.promoters !== j.promoters || s.passives !== j.passives || s.detractors !== j.detractors) {
      throw new Error(`baselines disagree for ${filters[f].name}: SQL ${JSON.stringify(s)}, JS ${JSON.stringify(j)}`);
    }
  }
  await db.end();
  result.repetitions = { http: null, sql: sqlReps, js: jsReps };
  result.repetitions.http = result.endpoints.find((e) => e.n)?.n ?? 0;
  result.totalMs = performance.now() - started;
  return result;
}

module.exports = { benchAnalytics, periodRange, baselineSql };
