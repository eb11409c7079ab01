import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HttpException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ImportReport } from '@ex-pulse/contracts';
import { AuditLogEntry } from '../../apps/api/src/audit/audit-log.entity';
import { AuditLog } from '../../apps/api/src/audit/audit-log.service';
import { SystemClock } from '../../apps/api/src/common/clock';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { EmployeeImportService } from '../../apps/api/src/org/import/employee-import.service';
import { createTestDatabase } from '../support/test-database';

const HEADER = 'external_id,name,work_email,personal_email,department,manager_external_id,location,language,start_date,notice_date,end_date';
const SAMPLE = readFileSync(resolve(__dirname, '../../docs/sample-employees.csv'));
const DEPARTMENTS = ['Customer Support', 'Sales', 'IT Services', 'HR', 'Finance', 'Product Engineering', 'Tallinn Store', 'Tartu Store'];

const csv = (...rows: string[]): Buffer => Buffer.from([HEADER, ...rows].join('\n') + '\n');
/** A valid row for external id `id`, with the given manager and extra column overrides. */
const row = (id: string, manager = '', over: Partial<Record<'name' | 'email' | 'dept' | 'start' | 'notice' | 'end', string>> = {}): string =>
  [id, over.name ?? `Person ${id}`, over.email ?? `${id.toLowerCase()}@example.com`, '', over.dept ?? 'Sales', manager,
    'Tallinn', 'et', over.start ?? '2024-01-15', over.notice ?? '', over.end ?? ''].join(',');

describe('EmployeeImportService (real PostgreSQL)', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  let importer: EmployeeImportService;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    await db.query(`INSERT INTO department (name) SELECT unnest($1::text[])`, [DEPARTMENTS]);
    importer = new EmployeeImportService(db, new AuditLog(db.getRepository(AuditLogEntry), new SystemClock()));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });
  beforeEach(() => db.query('DELETE FROM employee'));

  const snapshot = async (): Promise<{ n: number; checksum: string }> => {
    const [r] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(e::text, '|' ORDER BY external_id), '')) AS checksum FROM employee e`,
    );
    return r;
  };
  const employees = async (): Promise<Record<string, { name: string; manager: string | null; department: string; notice: string | null; end: string | null }>> => {
    const rows: { id: string; name: string; manager: string | null; department: string; notice: string | null; end: string | null }[] = await db.query(
      `SELECT e.external_id AS id, e.name, m.external_id AS manager, d.name AS department,
              e.notice_date::text AS notice, e.end_date::text AS "end"
         FROM employee e JOIN department d ON d.id = e.department_id LEFT JOIN employee m ON m.id = e.manager_id`,
    );
    return Object.fromEntries(rows.map(({ id, ...rest }) => [id, rest]));
  };
  const rejection = async (work: Promise<unknown>): Promise<{ status: number; body: { message: string; report?: ImportReport } }> => {
    try {
      await work;
    } catch (error) {
      if (error instanceof HttpException) return { status: error.getStatus(), body: error.getResponse() as never };
      throw error;
    }
    throw new Error('The import was expected to fail.');
  };

  it('creates the employees of the sample file, linking managers listed below their reports', async () => {
    const report = await importer.import(SAMPLE, 'all');
    expect(report).toEqual({ applied: true, totalRows: 10, validRows: 10, created: 10, updated: 0, errors: [] });
    const all = await employees();
    expect(Object.keys(all)).toHaveLength(10);
    expect(all.E1002).toMatchObject({ name: 'Mart Kask', manager: 'E1010', department: 'Sales' });
    expect(all.E1003).toMatchObject({ name: 'Jüri Õunapuu', manager: 'E1009', department: 'Tartu Store' });
    expect(all.E1004).toMatchObject({ notice: '2025-11-14', end: '2025-12-31' });
    expect(all.E1010.manager).toBeNull();
  });

  it('updates on re-import of a changed file: created 0, updated n, managers moved and cleared', async () => {
    await importer.import(SAMPLE, 'all');
    const changed = SAMPLE.toString()
      .replace('E1002,Mart Kask', 'E1002,Mart Kask-Tamm')
      .replace('Product Engineering,E1006', 'product engineering,E1001')
      .replace('Customer Support,E1001', 'Customer Support,');
    const report = await importer.import(Buffer.from(changed), 'all');
    expect(report).toMatchObject({ applied: true, created: 0, updated: 10, errors: [] });
    const all = await employees();
    expect(all.E1002.name).toBe('Mart Kask-Tamm');
    expect(all.E1007).toMatchObject({ manager: 'E1001', department: 'Product Engineering' });
    expect(all.E1008.manager).toBeNull();
  });

  const MIXED = csv(
    row('E001'), //                                                     line 2: valid
    row('E002', 'E001'), //                                             line 3: valid
    row('E003', '', { dept: 'Slaes' }), //                              line 4: unknown department
    row('E004', 'E999'), //                                             line 5: unknown manager
    row('E001', '', { email: 'other@example.com' }), //                 line 6: duplicate id
    row('E005', '', { start: '2024-02-30' }), //                        line 7: bad date
    row('E006', '', { email: 'e006.example.com' }), //                  line 8: bad email
    row('E007', '', { notice: '2024-03-01', end: '2024-02-01' }), //    line 9: inconsistent dates
    row('E008', 'E003'), //                                             line 10: manager's row is invalid
    row('E009', 'E100'), //                                             line 11: valid, manager in database
  );

  it('changes nothing when a row is bad, and reports each bad row with its line and reasons', async () => {
    await importer.import(csv(row('E100', '', { dept: 'HR' })), 'all');
    const before = await snapshot();
    const { status, body } = await rejection(importer.import(MIXED, 'all'));
    expect(status).toBe(422);
    expect(body.message).toBe('7 of 10 rows have problems; nothing was imported. Fix them, or import the valid rows only.');
    expect(await snapshot()).toEqual(before);
    const report = body.report!;
    expect(report).toMatchObject({ applied: false, totalRows: 10, validRows: 3, created: 0, updated: 0 });
    expect(report.errors.map((e) => [e.line, e.externalId])).toEqual([
      [4, 'E003'], [5, 'E004'], [6, 'E001'], [7, 'E005'], [8, 'E006'], [9, 'E007'], [10, 'E008'],
    ]);
    const reasons = Object.fromEntries(report.errors.map((e) => [e.line, e.reasons.join(' ')]));
    expect(reasons[4]).toMatch(/^Unknown department "Slaes". Known departments include: Sales, /);
    expect(reasons[5]).toMatch(/Manager E999 is neither in this file nor an existing employee/);
    expect(reasons[6]).toBe('External id E001 appears already on line 2.');
    expect(reasons[7]).toBe('start_date 2024-02-30 is not a real calendar date.');
    expect(reasons[8]).toBe('work_email "e006.example.com" is not an email address.');
    expect(reasons[9]).toBe('Notice date 2024-03-01 is after end date 2024-02-01.');
    expect(reasons[10]).toMatch(/^Manager E003 on line 4 has problems of its own/);
  });

  it("with 'valid-only' writes exactly the valid rows and reports the others", async () => {
    await importer.import(csv(row('E100', '', { dept: 'HR' })), 'all');
    const report = await importer.import(MIXED, 'valid-only');
    expect(report).toMatchObject({ applied: true, totalRows: 10, validRows: 3, created: 3, updated: 0 });
    expect(report.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    const all = await employees();
    expect(Object.keys(all).sort()).toEqual(['E001', 'E002', 'E009', 'E100']);
    expect(all.E001.name).toBe('Person E001'); // the first occurrence, not the duplicate
    expect(all.E002.manager).toBe('E001');
    expect(all.E009.manager).toBe('E100');
  });

  it("with 'valid-only' and no valid row changes nothing", async () => {
    const report = await importer.import(csv(row('E1', 'E404'), row('E2', '', { dept: 'Nowhere' })), 'valid-only');
    expect(report).toMatchObject({ applied: false, validRows: 0, created: 0, updated: 0 });
    expect(report.errors).toHaveLength(2);
    expect((await snapshot()).n).toBe(0);
  });

  it('reads a BOM + semicolon + CRLF file from a spreadsheet, department names in any case', async () => {
    const text = [HEADER.replace(/,/g, ';'), 'E1;"Kask; Mart";mart@example.com;;it services;E2;Tartu;ET;2023-05-02;;',
      '', 'E2;Tiina Pärn;tiina@example.com;tiina@example.net;IT SERVICES;;Tallinn;en;2020-01-06;;'].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text + '\r\n')]);
    expect(await importer.import(file, 'all')).toMatchObject({ applied: true, totalRows: 2, created: 2 });
    const all = await employees();
    expect(all.E1).toMatchObject({ name: 'Kask; Mart', manager: 'E2', department: 'IT Services' });
    expect(all.E2.name).toBe('Tiina Pärn');
  });

  it('links a manager listed after the employee, in a chain of new employees', async () => {
    await importer.import(csv(row('A', 'B'), row('B', 'C'), row('C')), 'all');
    const all = await employees();
    expect([all.A.manager, all.B.manager, all.C.manager]).toEqual(['B', 'C', null]);
  });

  it('answers 400 for a problem with the file as a whole, and changes nothing', async () => {
    const { status, body } = await rejection(importer.import(Buffer.from('external_id,name\nE1,A\n'), 'all'));
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.message).toMatch(/missing the required columns work_email, department, location, language, start_date/);
    expect((await snapshot()).n).toBe(0);
  });

  it('rolls everything back when the database fails half-way', async () => {
    await importer.import(csv(row('X')), 'all');
    const before = await snapshot();
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined); // TypeORM logs the failed query
    await db.query(`
      CREATE FUNCTION fail_for_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$;
      CREATE TRIGGER fail_for_boom BEFORE UPDATE OF manager_id ON employee
        FOR EACH ROW WHEN (NEW.name = 'Boom') EXECUTE FUNCTION fail_for_boom();`);
    try {
      // The upsert succeeds (X updated, two rows created); linking Boom to Z, listed after it, fails.
      const file = csv(row('X', '', { name: 'Changed' }), row('B', 'Z', { name: 'Boom' }), row('Z'));
      await expect(importer.import(file, 'all')).rejects.toThrow('simulated failure');
    } finally {
      await db.query('DROP TRIGGER fail_for_boom ON employee; DROP FUNCTION fail_for_boom()');
      quiet.mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('writes several thousand rows in batches, managers included', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => row(`N${i}`, i === 0 ? '' : `N${Math.floor(i / 10)}`));
    const report = await importer.import(csv(...rows), 'all');
    expect(report).toMatchObject({ applied: true, created: 2500, updated: 0 });
    const [{ linked }] = await db.query(`SELECT count(manager_id)::int AS linked FROM employee`);
    expect(linked).toBe(2499);
  });

  it('runs two imports of the same file one after the other: one creates, the other updates', async () => {
    const file = csv(row('P1'), row('P2', 'P1'));
    const reports = await Promise.all([importer.import(file, 'all'), importer.import(file, 'all')]);
    expect(reports.map((r) => [r.created, r.updated]).sort()).toEqual([[0, 2], [2, 0]]);
  });
});
