import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { startEmbeddedPostgres, ensureDatabase } from '../../apps/api/src/database/embedded-postgres';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { TEMPLATE_DATABASE } from './test-database';

/**
 * Once per `npm test`: a PostgreSQL (DATABASE_URL's server when set, else an embedded one in a
 * temporary directory), and a template database migrated once. Each test file then gets its own
 * database created from the template (test-database.ts), so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'expulse-test-pg-'));
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({
      dataDir: join(dir, 'data'),
      port: await freePort(),
      database: 'postgres',
      persistent: false,
    });
    adminUrl = pg.adminUrl;
    (globalThis as { __EXPULSE_PG__?: { stop(): Promise<void> } }).__EXPULSE_PG__ = pg;
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  await recreateTemplate(adminUrl);
}

async function recreateTemplate(adminUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await client.end();
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = await openDatabase(templateUrl.toString());
  await dataSource.destroy();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
