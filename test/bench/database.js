'use strict';
/**
 * The benchmark's own database: a fresh database on DATABASE_URL's server when that is set
 * (created here, dropped at the end), else an embedded PostgreSQL in a temporary directory on a
 * free port (deleted at the end). Never the system PostgreSQL by accident.
 */
const { mkdtempSync, chmodSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { createServer } = require('node:net');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { api } = require('./dist');

/** Longest a single statement may run, so a pathological plan cannot hang the benchmark. */
const STATEMENT_TIMEOUT = '240s';
/** Keep the database at the end (DATABASE_URL only), to profile the API against it afterwards. */
const KEEP = process.env.BENCH_KEEP_DATABASE === '1';

async function openBenchDatabase(log) {
  const name = `expulse_bench_${randomBytes(4).toString('hex')}`;
  let adminUrl;
  let server = null;
  let tempDir = null;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
    log(`database: ${name} on DATABASE_URL's server (${url.host})`);
  } else {
    const { startEmbeddedPostgres } = api('database/embedded-postgres');
    tempDir = mkdtempSync(join(tmpdir(), 'expulse-bench-pg-'));
    chmodSync(tempDir, 0o755); // as root the server runs as the postgres user, which must reach the data dir
    const port = await freePort();
    try {
      server = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port, database: 'postgres', persistent: false });
    } catch (error) {
      rmSync(tempDir, { recursive: true, force: true });
      throw error;
    }
    adminUrl = server.adminUrl;
    log(`database: ${name} on an embedded PostgreSQL, port ${port}, data in ${tempDir}`);
  }

  try {
    await withClient(adminUrl, async (c) => {
      await c.query(`CREATE DATABASE ${name}`);
      await c.query(`ALTER DATABASE ${name} SET statement_timeout = '${STATEMENT_TIMEOUT}'`);
    });
  } catch (error) {
    if (server) await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  let closed = false;
  return {
    url: url.toString(),
    name,
    async close() {
      if (closed) return;
      closed = true;
      if (KEEP && !server) {
        log(`database kept (BENCH_KEEP_DATABASE): ${url}`);
        return;
      }
      try {
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      } finally {
        if (server) await server.stop();
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      }
    },
  };
}

async function withClient(connectionString, work) {
  const client = new Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(address.port));
    });
  });
}

module.exports = { openBenchDatabase, withClient };
