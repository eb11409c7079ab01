import request from 'supertest';
import type { EmployeeImportMapping, EmployeeSyncDto, SyncEmployee } from '@ex-pulse/contracts';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newUser, signIn } from '../support/factories';

/** 2026-06-15 in Tallinn: the sync date leavers get. */
const NOW = '2026-06-15T09:00:00Z';

const person = (id: number, over: Partial<SyncEmployee> = {}): SyncEmployee => ({
  externalId: `H${id}`, name: `Person ${id}`, workEmail: `p${id}@example.com`, department: 'Sales',
  location: 'Tallinn', language: 'et', startDate: '2024-01-15', ...over,
});
/** Ten employees, H1 managing the others. */
const TEN = Array.from({ length: 10 }, (_, i) => person(i + 1, i === 0 ? {} : { managerExternalId: 'H1' }));

describe('Employee sync from the HR system (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let syncKey: string;
  let cxKey: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await newDepartment(t.db, { name: 'Sales' });
    await newDepartment(t.db, { name: 'Research and development' });
    const user = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, user.email, user.password);
    syncKey = (await admin.post('/api/cx/api-keys').send({ name: 'Personio', purpose: 'employee_sync' }).expect(201)).body.key;
    cxKey = (await admin.post('/api/cx/api-keys').send({ name: 'Qualtrics' }).expect(201)).body.key;
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.db.query('DELETE FROM employee_sync');
    await t.db.query('DELETE FROM employee');
  });

  const server = () => t.app.getHttpServer();
  const sync = (employees: SyncEmployee[], key = syncKey) =>
    request(server()).put('/api/employees/sync').set('Authorization', `Bearer ${key}`).send({ employees });
  const directory = async (): Promise<Record<string, { name: string; department: string; manager: string | null; end: string | null; updated: string }>> => {
    const rows = await t.db.query(
      `SELECT e.external_id AS id, e.name, d.name AS department, m.external_id AS manager, e.end_date::text AS "end", e.updated_at::text AS updated
         FROM employee e JOIN department d ON d.id = e.department_id LEFT JOIN employee m ON m.id = e.manager_id`,
    );
    return Object.fromEntries(rows.map(({ id, ...rest }: { id: string }) => [id, rest]));
  };

  it('creates, then updates and ends leavers as one change; the same list twice changes nothing', async () => {
    const first = await sync(TEN).expect(200);
    expect(first.body).toMatchObject({
      status: 'applied', source: 'json', apiKeyName: 'Personio', syncDate: '2026-06-15', receivedAt: '2026-06-15T09:00:00.000Z',
      report: { totalRows: 10, created: 10, updated: 0, ended: 0, currentEmployees: 0, errors: [], note: null },
    });
    expect((await directory()).H5).toMatchObject({ manager: 'H1', end: null });

    // H10 left, H2 moved to R&D, H11 joined: 1 of 10 ends (10% ≤ 20%).
    const next = [...TEN.slice(0, 9).map((p) => (p.externalId === 'H2' ? { ...p, department: 'Research and development' } : p)), person(11)];
    t.clock.set('2026-06-15T10:00:00Z');
    const second = await sync(next).expect(200);
    expect(second.body.report).toMatchObject({ created: 1, updated: 1, ended: 1, endedExternalIds: ['H10'], currentEmployees: 10 });
    const after = await directory();
    expect(after.H10).toMatchObject({ end: '2026-06-15', manager: 'H1' }); // ended on the sync date, never deleted
    expect(after.H2.department).toBe('Research and development');
    expect(Object.keys(after)).toHaveLength(11);

    t.clock.set('2026-06-16T09:00:00Z');
    const third = await sync(next).expect(200);
    expect(third.body.report).toMatchObject({ created: 0, updated: 0, ended: 0 });
    expect(await directory()).toEqual(after); // not even updated_at moved
    t.clock.set(NOW);

    const list = await admin.get('/api/employees/syncs').expect(200);
    expect(list.body.map((s: EmployeeSyncDto) => [s.status, s.report.created, s.report.updated, s.report.ended])).toEqual([
      ['applied', 0, 0, 0], ['applied', 1, 1, 1], ['applied', 10, 0, 0],
    ]);
  });

  it('holds a list that would end more than 20% of current employees, then applies it when HR confirms', async () => {
    await sync(TEN).expect(200);
    const before = await directory();
    t.clock.set('2026-06-15T10:00:00Z');
    const held = await sync(TEN.slice(0, 7)).expect(202); // 3 of 10 = 30%
    t.clock.set(NOW);
    expect(held.body).toMatchObject({ status: 'held', report: { ended: 3, endedExternalIds: ['H10', 'H8', 'H9'], currentEmployees: 10 } });
    expect(held.body.report.note).toMatch(/^The sync would end 3 of 10 current employees \(30%\), more than the 20%/);
    expect(await directory()).toEqual(before);

    const listed = await admin.get('/api/employees/syncs').expect(200);
    expect(listed.body[0]).toMatchObject({ id: held.body.id, status: 'held' });

    const confirmed = await admin.post(`/api/employees/syncs/${held.body.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'applied', decidedBy: 'Test admin', report: { ended: 3 } });
    const after = await directory();
    expect(['H8', 'H9', 'H10'].map((id) => after[id].end)).toEqual(['2026-06-15', '2026-06-15', '2026-06-15']);
    expect(after.H7.end).toBeNull();

    await admin.post(`/api/employees/syncs/${held.body.id}/confirm`).expect(409);
    await admin.post(`/api/employees/syncs/${held.body.id}/discard`).expect(409);
  });

  it('keeps a discarded list with its report and changes nothing', async () => {
    await sync(TEN).expect(200);
    const before = await directory();
    const held = await sync([]).expect(202);
    const discarded = await admin.post(`/api/employees/syncs/${held.body.id}/discard`).expect(200);
    expect(discarded.body).toMatchObject({ status: 'discarded', decidedBy: 'Test admin', report: { ended: 10 } });
    expect(await directory()).toEqual(before);
    const [row] = await t.db.query(`SELECT status, rows FROM employee_sync WHERE id = $1`, [held.body.id]);
    expect(row).toEqual({ status: 'discarded', rows: null }); // the held list is not kept once decided
  });

  it('discards a held list when a newer list arrives', async () => {
    await sync(TEN).expect(200);
    const held = await sync(TEN.slice(0, 5)).expect(202);
    await sync(TEN).expect(200);
    const old = await admin.get(`/api/employees/syncs/${held.body.id}`).expect(200);
    expect(old.body.status).toBe('discarded');
    expect(old.body.report.note).toMatch(/^Replaced by the newer list/);
    await admin.post(`/api/employees/syncs/${held.body.id}/confirm`).expect(409);
  });

  it('fails a list with bad rows as a whole, keeps it with the row numbers, and changes nothing', async () => {
    await sync(TEN).expect(200);
    const before = await directory();
    const bad = [...TEN.slice(0, 8), person(9, { startDate: '15.01.2024' }), person(10, { department: 'Marketing' })];
    t.clock.set('2026-06-15T10:00:00Z');
    const res = await sync(bad).expect(422);
    t.clock.set(NOW);
    expect(res.body.message).toBe('2 of 10 employees in the list have problems; nothing changed. Fix them in the HR system and send the whole list again.');
    expect(res.body.sync).toMatchObject({ status: 'failed' });
    expect(res.body.sync.report.errors).toEqual([
      { line: 9, externalId: 'H9', reasons: ['startDate "15.01.2024" is not a date in the form YYYY-MM-DD.'] },
      { line: 10, externalId: 'H10', reasons: [expect.stringMatching(/^Unknown department "Marketing"\./)] },
    ]);
    expect(await directory()).toEqual(before);
    expect((await admin.get('/api/employees/syncs').expect(200)).body[0].status).toBe('failed');
  });

  it('reads the HR system\'s CSV through the saved mapping', async () => {
    const mapping: EmployeeImportMapping = {
      columns: { external_id: 'Personal ID', name: 'Name', work_email: 'Email', department: 'Org unit', location: 'Office', language: 'Lang', start_date: 'Hire date' },
      dateFormat: 'DD.MM.YYYY',
      valueMappings: { department: [{ from: 'R&D', to: 'Research and development' }], language: [{ from: 'EE', to: 'et' }] },
    };
    await admin.put('/api/employees/import/mapping').send(mapping).expect(200);
    const csv = '\ufeffPersonal ID;Name;Email;Org unit;Office;Hire date;Lang;Salary\r\nH1;Anna Tamm;anna@example.com;R&D;Tallinn;15.01.2024;EE;4200\r\n';
    const res = await request(server()).put('/api/employees/sync').set('Authorization', `Bearer ${syncKey}`).set('Content-Type', 'text/csv').send(csv).expect(200);
    expect(res.body).toMatchObject({ status: 'applied', source: 'csv', report: { created: 1 } });
    expect((await directory()).H1).toMatchObject({ name: 'Anna Tamm', department: 'Research and development' });

    const noColumn = await request(server()).put('/api/employees/sync').set('Authorization', `Bearer ${syncKey}`).set('Content-Type', 'text/csv')
      .send('ID;Name\r\nH1;A\r\n').expect(400);
    expect(noColumn.body.message).toMatch(/^The file has no columns "Personal ID" \(for external_id\)/);
    expect(noColumn.body.sync.status).toBe('failed');
  });

  it('answers 401 without a key or with a wrong one, 403 with a CX key, 400 for a malformed list', async () => {
    await request(server()).put('/api/employees/sync').send({ employees: TEN }).expect(401);
    await sync(TEN, `exk_${'A'.repeat(43)}`).expect(401);
    await sync(TEN, 'not-a-key').expect(401);
    const wrongPurpose = await sync(TEN, cxKey).expect(403);
    expect(wrongPurpose.body.message).toMatch(/is for pushing customer scores, not for syncing the employee list/);
    // A session is not enough either.
    await admin.put('/api/employees/sync').send({ employees: TEN }).expect(401);
    // An HR sync key cannot push customer scores.
    await request(server()).put('/api/cx/metrics').set('Authorization', `Bearer ${syncKey}`).send({ rows: [] }).expect(403);

    await request(server()).put('/api/employees/sync').set('Authorization', `Bearer ${syncKey}`).send({ people: [] }).expect(400);
    const typed = await sync([{ ...person(1), startDate: 20240115 as never }]).expect(400);
    expect(JSON.stringify(typed.body.message)).toMatch(/employees\.0\.startDate/);
    expect(await t.db.query(`SELECT 1 FROM employee`)).toEqual([]);
  });

  it('lets only admins read and decide syncs', async () => {
    const held = await sync(TEN).expect(200);
    const user = await newUser(t.db, { role: 'leader' });
    const leader = await signIn(t.app, user.email, user.password);
    await leader.get('/api/employees/syncs').expect(403);
    await leader.post(`/api/employees/syncs/${held.body.id}/discard`).expect(403);
    await admin.get('/api/employees/syncs/00000000-0000-4000-8000-000000000000').expect(404);
  });
});

describe('EMPLOYEE_SYNC_MAX_ENDING_PERCENT', () => {
  it('moves the safety stop', async () => {
    const t = await createTestApp({ now: NOW, env: { EMPLOYEE_SYNC_MAX_ENDING_PERCENT: '50' } });
    try {
      await newDepartment(t.db, { name: 'Sales' });
      const user = await newUser(t.db, { role: 'admin' });
      const admin = await signIn(t.app, user.email, user.password);
      const { key } = (await admin.post('/api/cx/api-keys').send({ name: 'HR', purpose: 'employee_sync' }).expect(201)).body;
      const put = (employees: SyncEmployee[]) =>
        request(t.app.getHttpServer()).put('/api/employees/sync').set('Authorization', `Bearer ${key}`).send({ employees });
      await put(TEN).expect(200);
      await put(TEN.slice(0, 5)).expect(200); // 50%: applied
      await put(TEN.slice(0, 2)).expect(202); // 3 of 5 = 60%: held
    } finally {
      await t.close();
    }
  });
});
