import type { AuditEntry } from '@ex-pulse/contracts';
import { newDepartment, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

const HEADER = 'external_id,name,work_email,personal_email,department,manager_external_id,location,language,start_date,notice_date,end_date';

describe('audit log: the admin changes of org and programmes, in the transaction of the change', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let adminId: string;

  /** The entries since the last call, oldest first. */
  let seen = 0;
  async function newEntries(): Promise<AuditEntry[]> {
    const res = await admin.get('/api/audit-log').expect(200);
    const fresh = res.body.items.slice(0, res.body.total - seen).reverse();
    seen = res.body.total;
    return fresh;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const a = await newUser(t.db, { role: 'admin' });
    adminId = a.id;
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  it('records department created, renamed, moved and deleted; a refused change leaves no entry', async () => {
    const parent = await admin.post('/api/departments').send({ name: 'Operations' }).expect(201);
    const child = await admin.post('/api/departments').send({ name: 'Logistics' }).expect(201);
    await admin.patch(`/api/departments/${child.body.id}`).send({ name: 'Logistics & Delivery' }).expect(200);
    await admin.patch(`/api/departments/${child.body.id}`).send({ parentId: parent.body.id }).expect(200);
    await admin.post('/api/departments').send({ name: 'Operations' }).expect(409);
    await admin.patch(`/api/departments/${parent.body.id}`).send({ parentId: child.body.id }).expect(400);
    await admin.delete(`/api/departments/${parent.body.id}`).expect(409);
    await admin.delete(`/api/departments/${child.body.id}`).expect(204);

    const entries = await newEntries();
    expect(entries.map((e) => [e.action, e.targetLabel])).toEqual([
      ['department.created', 'Operations'],
      ['department.created', 'Logistics'],
      ['department.updated', 'Logistics & Delivery'],
      ['department.updated', 'Logistics & Delivery'],
      ['department.deleted', 'Logistics & Delivery'],
    ]);
    expect(entries[2].details).toEqual({ name: { from: 'Logistics', to: 'Logistics & Delivery' } });
    expect(entries[3].details).toEqual({ parentId: { from: null, to: parent.body.id } });
    expect(entries.every((e) => e.actorId === adminId)).toBe(true);
  });

  it('records employees created, edited (field names, not values), imported and deleted; erasure leaves nothing that names them', async () => {
    const dept = await newDepartment(t.db, { name: 'HR' });
    const body = {
      externalId: 'X1', name: 'Kadri Kask', workEmail: 'kadri@example.test', departmentId: dept.id,
      location: 'Tartu', language: 'et', startDate: '2026-05-01',
    };
    const created = await admin.post('/api/employees').send(body).expect(201);
    await admin.put(`/api/employees/${created.body.id}`).send({ ...body, location: 'Tallinn', noticeDate: '2026-06-10' }).expect(200);
    const csv = `${HEADER}\nI1,Ilmar Import,ilmar@example.test,,HR,,Tallinn,en,2025-01-10,,\n`;
    await admin.post('/api/employees/import').attach('file', Buffer.from(csv), 'e.csv').expect(200);
    await admin.delete(`/api/employees/${created.body.id}`).expect(204);

    const entries = await newEntries();
    expect(entries.map((e) => e.action)).toEqual(['employee.created', 'employee.updated', 'employee_import.applied', 'employee.deleted']);
    expect(entries[1].details).toEqual({ fields: ['location', 'notice_date'] });
    expect(entries[2].details).toMatchObject({ mode: 'all', rows: 1, created: 1, updated: 0 });
    // Nothing of the erased person is left in the log: not their name, not their external id.
    const all = JSON.stringify((await admin.get('/api/audit-log').expect(200)).body);
    expect(all).not.toMatch(/Kadri|kadri@|"X1"/);
    expect(all).not.toContain(created.body.id);
  });

  it('records programmes created, edited, paused and resumed', async () => {
    const programme = {
      nameEn: 'Team check', nameEt: 'Tiimi pulss', targetPhase: 'ongoing_development', triggerKind: 'every_n_days',
      triggerDays: [], intervalDays: 60, questions: [{ kind: 'enps' }, { kind: 'comment' }], expiryDays: 14, reminderAfterDays: 3, catchUpDays: 7,
    };
    const created = await admin.post('/api/programmes').send(programme).expect(201);
    await admin.put(`/api/programmes/${created.body.id}`).send({ ...programme, intervalDays: 45 }).expect(200);
    await admin.post(`/api/programmes/${created.body.id}/pause`).expect(200);
    await admin.post(`/api/programmes/${created.body.id}/pause`).expect(200);
    await admin.post(`/api/programmes/${created.body.id}/resume`).expect(200);
    const entries = await newEntries();
    expect(entries.map((e) => e.action)).toEqual(['programme.created', 'programme.updated', 'programme.paused', 'programme.resumed']);
    expect(entries[1]).toMatchObject({ targetLabel: 'Team check', details: { fields: ['interval_days'] } });
  });

  it('pages newest first, 50 a page', async () => {
    await t.db.query(
      `INSERT INTO audit_log (at, actor_email, action, target_type, details)
       SELECT now() - make_interval(days => g), 'someone@example.test', 'department.created', 'department', '{}' FROM generate_series(1, 60) g`,
    );
    const first = await admin.get('/api/audit-log').expect(200);
    const second = await admin.get('/api/audit-log?page=2').expect(200);
    expect(first.body.items).toHaveLength(50);
    expect(second.body.items.length).toBe(first.body.total - 50);
    const times = [...first.body.items, ...second.body.items].map((e: AuditEntry) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    await admin.get('/api/audit-log?page=x').expect(400);
  });
});
