import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupDatabase, restoreDatabase } from '../../apps/api/src/database/backup';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newResponses, newUser } from '../support/factories';

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's rows, in a fixed order, as JSON text: what a restore must give back. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const { rows: tables } = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { tablename } of tables) {
      const name = c.escapeIdentifier(tablename);
      out[tablename] = (await c.query(`SELECT coalesce(json_agg(r ORDER BY r::text), '[]')::text AS rows FROM ${name} r`)).rows[0].rows;
    }
    return out;
  });
}

describe('backup and restore (npm run backup / npm run restore)', () => {
  let t: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'expulse-backup-'));
  const file = join(folder, 'expulse.backup.jsonl.gz');
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const empty = `expulse_restore_${randomBytes(4).toString('hex')}`;
  const emptyUrl = () => Object.assign(new URL(adminUrl), { pathname: `/${empty}` }).toString();

  beforeAll(async () => {
    t = await createTestApp();
    // Settings, people, programmes, answers (written and held), a customer score, a user.
    await t.db.query(`UPDATE organisation SET name = 'Nordlight AS', onboarding_until_day = 80, send_hour = 9`);
    await t.db.query(`UPDATE programme SET expiry_days = 10 WHERE key = 'quarterly'`);
    const dept = await newDepartment(t.db, { name: 'Stores' });
    const child = await newDepartment(t.db, { name: 'Tartu store', parentId: dept.id });
    const programme = await installedProgramme(t.db, 'quarterly');
    for (let i = 0; i < 12; i++) await newEmployee(t.db, { departmentId: i % 2 ? dept.id : child.id, name: `Person ${i} Õunapuu` });
    const employee = await newEmployee(t.db, { departmentId: dept.id });
    await newResponses(t.db, { programmeId: programme, departmentId: dept.id, scores: [10, 9, 8, 3, 0, 7], comment: { text: 'Good tools', sentiment: 1 } });
    const invitation = await newInvitation(t, { employeeId: employee.id, departmentId: dept.id, programmeId: programme });
    await t.http.post('/api/survey/answer').send({ token: invitation.token, submissionId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', score: 9 }).expect(201);
    await t.db.query(
      `INSERT INTO customer_metric (department_id, month, metric, n, promoters, passives, detractors, value) VALUES ($1, '2026-05-01', 'nps', 100, 50, 30, 20, 30)`,
      [dept.id],
    );
    await newUser(t.db, { role: 'admin' });
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${empty}`));
  });
  afterAll(async () => {
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`));
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  it('restores into an empty database every row of every table: answers, employees, settings, rollups', async () => {
    const backup = await backupDatabase(t.databaseUrl, file);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(backup.rows).toMatchObject({ employee: 13, response: 6, answer_inbox: 1, organisation: 1, app_user: 1, customer_metric: 1 });

    const restored = await restoreDatabase(file, emptyUrl());
    expect(restored.rows).toMatchObject({ employee: 13, response: 6, answer_inbox: 1 });
    expect(await contents(emptyUrl())).toEqual(await contents(t.databaseUrl));
    const settings = await withClient(emptyUrl(), async (c) => (await c.query(
      `SELECT o.name, o.onboarding_until_day, o.send_hour, (SELECT expiry_days FROM programme WHERE key = 'quarterly') AS expiry,
              (SELECT array_agg(name ORDER BY name) FROM schema_migration) AS migrations
         FROM organisation o`,
    )).rows[0]);
    const migrations = (await t.db.query(`SELECT array_agg(name ORDER BY name) AS m FROM schema_migration`))[0].m;
    expect(settings).toEqual({ name: 'Nordlight AS', onboarding_until_day: 80, send_hour: 9, expiry: 10, migrations });
    // The sequences go on after the restored rows.
    const outbox = await withClient(emptyUrl(), async (c) => (await c.query(`SELECT last_value::int AS v FROM outbox_id_seq`)).rows[0].v);
    expect(outbox).toBe((await t.db.query(`SELECT last_value::int AS v FROM outbox_id_seq`))[0].v);
  });

  it('refuses to restore over a database that holds data, and a file that is not a backup', async () => {
    await expect(restoreDatabase(file, emptyUrl())).rejects.toThrow(/not empty \(\d+ tables\)/);
    await expect(restoreDatabase(__filename, emptyUrl())).rejects.toThrow();
  });
});
