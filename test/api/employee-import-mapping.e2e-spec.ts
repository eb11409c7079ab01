import type { EmployeeImportMapping, ImportPreview } from '@ex-pulse/contracts';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newUser, signIn } from '../support/factories';

/** A realistic HR export: BOM, semicolons, CRLF, its own headers, DD.MM.YYYY, columns we do not use. */
const HEADER = 'Personal ID;First name;Last name;Full name;E-mail;Org unit;Office;Hire date;Termination date;Lang;Salary;Cost centre';
const exportOf = (...rows: string[]): Buffer => Buffer.from('\ufeff' + [HEADER, ...rows].join('\r\n') + '\r\n');
const ROWS = [
  '1001;Anna;Tamm;Anna Tamm;anna.tamm@example.com;R&D;Tallinn;15.01.2024;;EE;4200;CC-10',
  '1002;Mart;Kask;Mart Kask;mart.kask@example.com;Sales;Tartu;01.03.2023;31.12.2026;EN;3900;CC-20',
  '1003;Liis;Mets;Liis Mets;liis.mets@example.com;r&d;Tallinn;5.9.2025;;ee;4100;CC-10',
];
const MAPPING: EmployeeImportMapping = {
  columns: {
    external_id: 'Personal ID', name: 'Full name', work_email: 'E-mail', department: 'Org unit', location: 'Office',
    language: 'Lang', start_date: 'Hire date', end_date: 'Termination date',
  },
  dateFormat: 'DD.MM.YYYY',
  valueMappings: {
    department: [{ from: 'R&D', to: 'Research and development' }],
    language: [{ from: 'EE', to: 'et' }, { from: 'EN', to: 'en' }],
  },
};

describe('Employee import through a column mapping (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp();
    await newDepartment(t.db, { name: 'Research and development' });
    await newDepartment(t.db, { name: 'Sales' });
    const user = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t?.close());
  beforeEach(() => t.db.query('DELETE FROM employee'));

  const upload = (path: string, file: Buffer) => admin.post(path).attach('file', file, 'hr-export.csv');
  const employees = () => t.db.query(
    `SELECT e.external_id AS id, e.name, d.name AS department, e.language, e.location, e.start_date::text AS start, e.end_date::text AS "end"
       FROM employee e JOIN department d ON d.id = e.department_id ORDER BY e.external_id`,
  );
  const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM employee`))[0].n;

  it('saves the mapping once, shows it again, and lets it be edited', async () => {
    expect((await admin.get('/api/employees/import/mapping').expect(200)).body).toEqual({ mapping: null });
    const saved = await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
    expect(saved.body).toMatchObject({ ...MAPPING, updatedBy: 'Test admin' });
    const again = await admin.get('/api/employees/import/mapping').expect(200);
    expect(again.body.mapping).toMatchObject(MAPPING);

    const edited = await admin.put('/api/employees/import/mapping').send({ ...MAPPING, columns: { ...MAPPING.columns, location: 'Cost centre' } }).expect(200);
    expect(edited.body.columns.location).toBe('Cost centre');
    await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
  });

  it('lists the uploaded file\'s columns for the mapping step', async () => {
    const res = await upload('/api/employees/import/columns', exportOf(...ROWS)).expect(200);
    expect(res.body).toEqual({ columns: HEADER.split(';'), delimiter: ';', rows: 3 });
  });

  it('previews the first rows as they would be imported, writing nothing', async () => {
    await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
    const res = await upload('/api/employees/import/preview', exportOf(...ROWS)).expect(200);
    const preview: ImportPreview = res.body;
    expect(preview).toMatchObject({ totalRows: 3, validRows: 3, errors: [] });
    expect(preview.rows[0]).toEqual({
      line: 2, externalId: '1001', name: 'Anna Tamm', workEmail: 'anna.tamm@example.com', personalEmail: null,
      department: 'Research and development', managerExternalId: null, location: 'Tallinn', language: 'et',
      startDate: '2024-01-15', noticeDate: null, endDate: null, reasons: [],
    });
    expect(preview.rows[2]).toMatchObject({ startDate: '2025-09-05', department: 'Research and development', language: 'et' });
    expect(await count()).toBe(0);
  });

  it('imports the HR export: BOM, own headers, DD.MM.YYYY, extra columns ignored, values mapped', async () => {
    await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
    const res = await upload('/api/employees/import/mapped', exportOf(...ROWS)).expect(200);
    expect(res.body).toEqual({ applied: true, totalRows: 3, validRows: 3, created: 3, updated: 0, errors: [] });
    expect(await employees()).toEqual([
      { id: '1001', name: 'Anna Tamm', department: 'Research and development', language: 'et', location: 'Tallinn', start: '2024-01-15', end: null },
      { id: '1002', name: 'Mart Kask', department: 'Sales', language: 'en', location: 'Tartu', start: '2023-03-01', end: '2026-12-31' },
      { id: '1003', name: 'Liis Mets', department: 'Research and development', language: 'et', location: 'Tallinn', start: '2025-09-05', end: null },
    ]);
  });

  it('refuses a mapping naming a column the file lacks, saying which and what the file has (400, nothing written)', async () => {
    await admin.put('/api/employees/import/mapping').send({ ...MAPPING, columns: { ...MAPPING.columns, location: 'Site' } }).expect(200);
    for (const path of ['/api/employees/import/preview', '/api/employees/import/mapped']) {
      const res = await upload(path, exportOf(...ROWS)).expect(400);
      expect(res.body.message).toMatch(/^The file has no column "Site" \(for location\), which the column mapping names\. Its columns are "Personal ID", /);
    }
    expect(await count()).toBe(0);
    await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
  });

  it('refuses to save a mapping without a chosen date format, or without a required field', async () => {
    const { dateFormat: _omitted, ...withoutFormat } = MAPPING;
    const res = await admin.put('/api/employees/import/mapping').send(withoutFormat).expect(400);
    expect(res.body.message).toMatch(/^Choose how the file writes dates: YYYY-MM-DD, DD\.MM\.YYYY, MM\/DD\/YYYY\. It is never guessed/);
    const guessed = await admin.put('/api/employees/import/mapping').send({ ...MAPPING, dateFormat: 'auto' }).expect(400);
    expect(guessed.body.message).toMatch(/^Choose how the file writes dates/);
    const { start_date: _start, ...columns } = MAPPING.columns;
    const missing = await admin.put('/api/employees/import/mapping').send({ ...MAPPING, columns }).expect(400);
    expect(missing.body.message).toBe("Choose the file's column for start_date; it is required.");
    await admin.put('/api/employees/import/mapping').send({ ...MAPPING, columns: { ...MAPPING.columns, salary: 'Salary' } }).expect(400);
    expect((await admin.get('/api/employees/import/mapping').expect(200)).body.mapping.dateFormat).toBe('DD.MM.YYYY');
  });

  it('reports an unparseable date per row with its line and the file\'s column, and writes nothing', async () => {
    await admin.put('/api/employees/import/mapping').send(MAPPING).expect(200);
    const bad = exportOf(ROWS[0], '1002;Mart;Kask;Mart Kask;mart.kask@example.com;Sales;Tartu;2023-03-01;;EN;1;x', ROWS[2].replace('5.9.2025', '31.02.2025'));
    const preview = await upload('/api/employees/import/preview', bad).expect(200);
    expect(preview.body.errors).toEqual([
      { line: 3, externalId: '1002', reasons: ['Hire date "2023-03-01" is not a date in the form DD.MM.YYYY.'] },
      { line: 4, externalId: '1003', reasons: ['Hire date 31.02.2025 is not a real calendar date (read as DD.MM.YYYY).'] },
    ]);
    const res = await upload('/api/employees/import/mapped', bad).expect(422);
    expect(res.body.message).toBe('2 of 3 rows have problems; nothing was imported. Fix them, or import the valid rows only.');
    expect(res.body.report.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    expect(await count()).toBe(0);
  });

  it('answers 400 with what to do when no mapping is saved, and is for admins only', async () => {
    await t.db.query(`DELETE FROM employee_import_mapping`);
    const res = await upload('/api/employees/import/preview', exportOf(...ROWS)).expect(400);
    expect(res.body.message).toMatch(/^No column mapping is saved yet\./);
    const manager = await newUser(t.db, { role: 'leader' });
    const leader = await signIn(t.app, manager.email, manager.password);
    await leader.get('/api/employees/import/mapping').expect(403);
    await leader.put('/api/employees/import/mapping').send(MAPPING).expect(403);
  });
});
