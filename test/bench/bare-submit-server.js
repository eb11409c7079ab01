'use strict';
/**
 * The baseline of the submit benchmark, as a child process: node:http and a pg.Pool (the API's
 * pool size, 10) doing what POST /api/survey/answer does per request, without a framework:
 * parse the JSON body, check the token's MAC (the API's AnswerLinks, with the benchmarks' secret),
 * and in one transaction lock the invitation by the id it names (joined to its programme and
 * employee), refuse an answered or expired one, mark it answered
 * with the submission's hash, insert the response with its segment snapshot. Same IPC as
 * api-server.js ('cpu', 'stop').
 */
const http = require('node:http');
const { createHash } = require('node:crypto');
const { Pool } = require('pg');
const { benchAnswerLinks } = require('./dist');

const TODAY = process.env.BENCH_TODAY;
const NOW = new Date(process.env.BENCH_NOW);
const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
pool.on('error', () => undefined);
const links = benchAnswerLinks();

const INVITATION = `
  SELECT i.id, i.language, i.expires_at, i.answered, i.submission_hash, i.phase, i.programme_id,
         e.department_id, e.manager_id, e.location, to_char(e.start_date, 'YYYY-MM-DD') AS start_date
    FROM invitation i JOIN programme p ON p.id = i.programme_id JOIN employee e ON e.id = i.employee_id
   WHERE i.id = $1
     FOR UPDATE OF i`;

function tenureBand(start, on) {
  let months = (Number(on.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(start.slice(5, 7));
  if (on.slice(8) < start.slice(8)) months -= 1;
  if (months < 0) return 'not_started';
  return months < 3 ? 'under_3m' : months < 12 ? '3_12m' : months < 24 ? '1_2y' : months < 60 ? '2_5y' : '5y_plus';
}

async function answer(body) {
  const { token, submissionId, score, comment } = body;
  if (typeof token !== 'string' || !Number.isInteger(score) || score < 0 || score > 10) return [400, { message: 'invalid answer' }];
  const invitationId = links.invitationIdOf(token);
  if (!invitationId) return [404, { message: 'unknown link' }];
  const submissionHash = createHash('sha256').update(String(submissionId)).digest();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [inv] } = await client.query(INVITATION, [invitationId]);
    if (!inv) {
      await client.query('ROLLBACK');
      return [404, { message: 'unknown link' }];
    }
    if (inv.answered || inv.expires_at.getTime() <= NOW.getTime()) {
      await client.query('ROLLBACK');
      return inv.answered && inv.submission_hash?.equals(submissionHash) ? [201, { status: 'recorded' }] : [409, { message: 'answered' }];
    }
    await client.query(`UPDATE invitation SET answered = true, submission_hash = $2 WHERE id = $1 AND NOT answered`, [inv.id, submissionHash]);
    await client.query(
      `INSERT INTO response (programme_id, department_id, manager_id, location, phase, tenure_band, answered_on, score, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [inv.programme_id, inv.department_id, inv.manager_id, inv.location, inv.phase, tenureBand(inv.start_date, TODAY), TODAY,
        score, typeof comment === 'string' && comment.trim() ? comment.trim() : null],
    );
    await client.query('COMMIT');
    return [201, { status: 'recorded', language: inv.language }];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let status = 500;
    let payload = { message: 'error' };
    try {
      if (req.method !== 'POST' || req.url !== '/answer') [status, payload] = [404, { message: 'not found' }];
      else [status, payload] = await answer(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch (error) {
      payload = { message: error.message };
    }
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BENCH_PORT), '127.0.0.1', () => process.send({ ready: Number(process.env.BENCH_PORT) }));
process.on('message', async (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
  if (message === 'stop') {
    server.close();
    await pool.end().catch(() => undefined);
    process.exit(0);
  }
});
