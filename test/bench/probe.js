'use strict';
/**
 * A quick look between full benchmark runs: times GET paths of the compiled API against a database
 * the benchmark kept (BENCH_KEEP_DATABASE=1 with DATABASE_URL), signed in as its HR admin.
 *
 *   npm run build:api
 *   BENCH_DATABASE_URL=postgres://…/expulse_bench_… node test/bench/probe.js 20 '/api/analytics/heatmap?by=phase' …
 *
 * The first argument is the repetitions (after one warm-up each). PROBE_CPU_PROF=<dir> writes the
 * API process's CPU profile there (node --cpu-prof). Prints p50 / p95 / max ms and the answer's size.
 */
const http = require('node:http');
const { Client } = require('pg');
const { startServer, request } = require('./http-load');
const { signIn } = require('./linkage.bench');
const { summarise } = require('./table');

const NOW = new Date(process.env.BENCH_NOW ?? '2026-11-24T08:30:00Z');

async function main() {
  const [repetitionsArg, ...paths] = process.argv.slice(2);
  const repetitions = Number(repetitionsArg);
  const url = process.env.BENCH_DATABASE_URL;
  if (!url || !Number.isInteger(repetitions) || repetitions < 1 || !paths.length) {
    throw new Error('usage: BENCH_DATABASE_URL=… node test/bench/probe.js <repetitions> <path> [<path> …]');
  }
  const execArgv = process.env.PROBE_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROBE_CPU_PROF}`] : [];
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined);
  await db.connect();
  const server = await startServer('api-server.js', { BENCH_DATABASE_URL: url, BENCH_NOW: NOW.toISOString() }, { execArgv });
  try {
    const cookie = await signIn(db, server.port, () => undefined);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (const path of paths) {
      const warm = await request(agent, server.port, { path, headers: { cookie, accept: 'application/json' } });
      if (warm.status !== 200) throw new Error(`${path}: ${warm.status} ${warm.body.slice(0, 300)}`);
      const samples = [];
      const cpuBefore = await server.cpu();
      for (let i = 0; i < repetitions; i++) samples.push((await request(agent, server.port, { path, headers: { cookie, accept: 'application/json' } })).ms);
      const cpuAfter = await server.cpu();
      const cpuMs = (cpuAfter.cpu.user - cpuBefore.cpu.user + cpuAfter.cpu.system - cpuBefore.cpu.system) / 1000 / repetitions;
      const s = summarise(samples);
      console.log(`${path}: p50 ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms, API CPU ${cpuMs.toFixed(1)} ms/request, ${(warm.body.length / 1024).toFixed(1)} KiB`);
    }
    agent.destroy();
  } finally {
    await server.stop();
    await db.end();
  }
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
