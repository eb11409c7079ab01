import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newUser, signIn } from '../support/factories';

const DEPARTMENTS = ['Customer Support', 'Sales', 'IT Services', 'HR', 'Finance', 'Product Engineering', 'Tallinn Store', 'Tartu Store'];

describe('employees over HTTP: CRUD, CSV import and the phase of each employee', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let leader: Awaited<ReturnType<typeof signIn>>;
  const sample = readFileSync(resolve('docs/sample-employees.csv'));
  const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM employee`))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    for (const name of DEPARTMENTS) await newDepartment(t.db, { name });
    const a = await newUser(t.db, { role: 'admin' });
    const l = await newUser(t.db, { role: 'leader' });
    admin = await signIn(t.app, a.email, a.password);
    leader = await signIn(t.app, l.email, l.password);
  });
  afterAll(() => t.close());

  it('imports the sample file, then finds people with their phase', async () => {
    const res = await admin.post('/api/employees/import').attach('file', sample, 'employees.csv').expect(200);
    expect(res.body).toMatchObject({ applied: true, errors: [] });
    expect(res.body.created).toBe(res.body.totalRows);
    expect(await count()).toBe(res.body.totalRows);

    const page = await admin.get('/api/employees?pageSize=100').expect(200);
    expect(page.body.total).toBe(res.body.totalRows);
    for (const e of page.body.items) {
      expect(['pre_start', 'onboarding', 'initial_development', 'ongoing_development', 'separation', 'departed']).toContain(e.phase);
    }
    const first = page.body.items[0];
    const found = await admin.get(`/api/employees?search=${encodeURIComponent(first.externalId)}`).expect(200);
    expect(found.body.items.map((e: { id: string }) => e.id)).toContain(first.id);
  });

  it('rejects a file with a bad row with 422 and its report, changing nothing', async () => {
    const before = await count();
    const bad = Buffer.from(
      'external_id,name,work_email,department,location,language,start_date\n' +
        'N1,New Person,new.person@example.test,Sales,Tallinn,en,2026-01-05\n' +
        'N2,Bad Dept,bad.dept@example.test,Slaes,Tallinn,en,2026-01-05\n',
    );
    const res = await admin.post('/api/employees/import').attach('file', bad, 'bad.csv').expect(422);
    expect(res.body.message).toMatch(/nothing was imported/);
    expect(res.body.report.errors).toEqual([
      expect.objectContaining({ line: 3, externalId: 'N2', reasons: [expect.stringMatching(/Unknown department "Slaes"/)] }),
    ]);
    expect(await count()).toBe(before);

    const partial = await admin.post('/api/employees/import?mode=valid-only').attach('file', bad, 'bad.csv').expect(200);
    expect(partial.body).toMatchObject({ applied: true, created: 1 });
    expect(await count()).toBe(before + 1);
  });

  it('answers unreadable uploads and wrong modes with 400, and leaders may not import', async () => {
    await admin.post('/api/employees/import').expect(400);
    await admin.post('/api/employees/import').attach('file', Buffer.from('just,some\n1,2\n'), 'x.csv').expect(400);
    await admin.post('/api/employees/import?mode=yolo').attach('file', sample, 'x.csv').expect(400);
    await leader.post('/api/employees/import').attach('file', sample, 'x.csv').expect(403);
    await leader.get('/api/employees').expect(200);
  });

  it('creates and updates one employee, refusing inconsistent dates and duplicate ids', async () => {
    const [dept] = await t.db.query(`SELECT id FROM department WHERE name = 'HR'`);
    const body = {
      externalId: 'X1', name: 'Kadri Kask', workEmail: 'kadri@example.test', departmentId: dept.id,
      location: 'Tartu', language: 'et', startDate: '2026-05-01',
    };
    const created = await admin.post('/api/employees').send(body).expect(201);
    expect(created.body).toMatchObject({ name: 'Kadri Kask', phase: 'onboarding', tenureBand: 'under_3m', departmentName: 'HR' });

    const inconsistent = await admin.put(`/api/employees/${created.body.id}`).send({ ...body, endDate: '2026-04-01' }).expect(400);
    expect(JSON.stringify(inconsistent.body.message)).toMatch(/before/);
    await admin.post('/api/employees').send(body).expect(409);
    await admin.post('/api/employees').send({ ...body, externalId: 'X2', language: 'de' }).expect(400);

    const noticed = await admin
      .put(`/api/employees/${created.body.id}`)
      .send({ ...body, noticeDate: '2026-06-10', endDate: '2026-07-10' })
      .expect(200);
    expect(noticed.body.phase).toBe('separation');
  });
});
