import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee, newUser, signIn } from '../support/factories';

describe('departments over HTTP: the tree HR keeps', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let leader: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    const a = await newUser(t.db, { role: 'admin' });
    const l = await newUser(t.db, { role: 'leader' });
    admin = await signIn(t.app, a.email, a.password);
    leader = await signIn(t.app, l.email, l.password);
  });
  afterAll(() => t.close());

  it('creates, renames, flags and moves a department', async () => {
    const company = await newDepartment(t.db, { name: 'Company' });
    const ops = await newDepartment(t.db, { name: 'Operations', parentId: company.id });
    const created = await admin.post('/api/departments').send({ name: ' Field Service ', parentId: company.id }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String), name: 'Field Service', parentId: company.id, customerFacing: false, internalProvider: false,
    });
    const id = created.body.id as string;

    const moved = await admin.patch(`/api/departments/${id}`).send({ parentId: ops.id }).expect(200);
    expect(moved.body).toMatchObject({ name: 'Field Service', parentId: ops.id });
    const renamed = await admin
      .patch(`/api/departments/${id}`)
      .send({ name: 'Field Support', customerFacing: true, internalProvider: true })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Field Support', parentId: ops.id, customerFacing: true, internalProvider: true });
    const top = await admin.patch(`/api/departments/${id}`).send({ parentId: null }).expect(200);
    expect(top.body.parentId).toBeNull();
  });

  it('refuses to move a department under itself or its own subtree, with 400', async () => {
    const root = await newDepartment(t.db, { name: 'Sales' });
    const child = await newDepartment(t.db, { name: 'Sales North', parentId: root.id });
    const grandchild = await newDepartment(t.db, { name: 'Sales North Tartu', parentId: child.id });
    for (const parentId of [root.id, child.id, grandchild.id]) {
      const res = await admin.patch(`/api/departments/${root.id}`).send({ parentId }).expect(400);
      expect(res.body.message).toBe('A department cannot be moved under itself or one of its sub-departments.');
    }
    const [{ parent_id }] = await t.db.query(`SELECT parent_id FROM department WHERE id = $1`, [root.id]);
    expect(parent_id).toBeNull();
  });

  it('refuses to delete a department that still has sub-departments or employees, saying what is in it', async () => {
    const parent = await newDepartment(t.db, { name: 'Logistics' });
    const child = await newDepartment(t.db, { name: 'Warehouse', parentId: parent.id });
    await newEmployee(t.db, { departmentId: parent.id });
    await newEmployee(t.db, { departmentId: parent.id });

    const full = await admin.delete(`/api/departments/${parent.id}`).expect(409);
    expect(full.body.message).toBe('Logistics still has 1 sub-department and 2 employees. Move them to another department first.');
    await newEmployee(t.db, { departmentId: child.id });
    const one = await admin.delete(`/api/departments/${child.id}`).expect(409);
    expect(one.body.message).toBe('Warehouse still has 1 employee. Move it to another department first.');

    await t.db.query(`DELETE FROM employee WHERE department_id = $1`, [child.id]);
    await admin.delete(`/api/departments/${child.id}`).expect(204);
    await admin.delete(`/api/departments/${child.id}`).expect(404);
  });

  it('refuses duplicate names and unknown parents; leaders may read the tree but not change it', async () => {
    await newDepartment(t.db, { name: 'Legal' });
    const dup = await admin.post('/api/departments').send({ name: 'legal' }).expect(409);
    expect(dup.body.message).toBe('A department named "legal" exists already.');
    await admin.post('/api/departments').send({ name: '' }).expect(400);
    await admin.post('/api/departments').send({ name: 'Orphan', parentId: '00000000-0000-4000-8000-000000000000' }).expect(404);

    await leader.get('/api/departments').expect(200);
    await leader.post('/api/departments').send({ name: 'Shadow' }).expect(403);
    const [legal] = await t.db.query(`SELECT id FROM department WHERE name = 'Legal'`);
    await leader.patch(`/api/departments/${legal.id}`).send({ name: 'Law' }).expect(403);
    await leader.delete(`/api/departments/${legal.id}`).expect(403);
  });
});
