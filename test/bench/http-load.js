'use strict';
/**
 * What the HTTP benchmarks share: starting a server child process (api-server.js,
 * bare-submit-server.js) and reading its CPU time, one request at a time with a keep-alive agent,
 * and a closed-loop load of N concurrent keep-alive connections (autocannon is not installed).
 */
const http = require('node:http');
const { fork } = require('node:child_process');
const { createServer } = require('node:net');
const { join } = require('node:path');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Forks test/bench/<script> with env (and extra node flags), waits for its { ready } message; returns { port, cpu(), stop() }. */
async function startServer(script, env, { timeoutMs = 60_000, execArgv = [] } = {}) {
  const port = await freePort();
  const child = fork(join(__dirname, script), [], {
    env: { ...process.env, ...env, BENCH_PORT: String(port) },
    execArgv: [...process.execArgv, ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map();
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.on('message', (message) => {
      if (message?.ready) {
        clearTimeout(timer);
        resolve();
      } else if (message?.cpu) {
        const next = waiting.get('cpu');
        waiting.delete('cpu');
        next?.(message);
      }
    });
  });
  child.removeAllListeners('exit');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    port,
    pid: child.pid,
    /** The child's own process.cpuUsage() (µs) and RSS. */
    cpu: () => new Promise((resolve) => {
      waiting.set('cpu', resolve);
      child.send('cpu');
    }),
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** One request; resolves { status, headers, body (string), ms } with ms up to the last byte. */
function request(agent, port, { method = 'GET', path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const started = performance.now();
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started,
      }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/**
 * Closed-loop load: `concurrency` loops, each sending makeRequest(i) (i counts up across loops)
 * until `durationMs` has passed. Returns { ok, failed, statuses, ms, latency samples }.
 */
async function closedLoop(port, { concurrency, durationMs, makeRequest, isOk }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let ok = 0;
  let failed = 0;
  const statuses = {};
  const latencies = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const response = await request(agent, port, makeRequest(i));
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      latencies.push(response.ms);
      if (isOk(response)) ok++;
      else {
        failed++;
        if (failed <= 3) console.error(`  request ${i}: ${response.status} ${response.body.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const ms = performance.now() - started;
  agent.destroy();
  return { ok, failed, statuses, ms, sent: next, latencies };
}

module.exports = { startServer, request, closedLoop, freePort };
