import { createHash } from 'node:crypto';
import request from 'supertest';
import type { CustomerMetricIngestReport } from '@ex-pulse/contracts';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newUser, signIn } from '../support/factories';

/** Today is 2026-06-15 (Tallinn): June 2026 may be sent, July 2026 not. */
const NOW = '2026-06-15T09:00:00Z';
const HEADER = 'unit,month,metric,criterion,n,promoters,passives,detractors,csat_1,csat_2,csat_3,csat_4,csat_5,csat_share,ces_mean,share_top,share_bottom';

/** A CSV line from the cells that matter, by column name; the others empty. */
function line(cells: Record<string, string | number>): string {
  return HEADER.split(',').map((c) => String(cells[c] ?? '')).join(',');
}
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

const GOOD = [
  line({ unit: 'customer support', month: '2026-04', metric: 'nps', n: 200, promoters: 90, passives: 60, detractors: 50 }),
  line({ unit: 'Customer Support', month: '2026-04', metric: 'csat', csat_1: 3, csat_2: 7, csat_3: 10, csat_4: 40, csat_5: 40 }),
  line({ unit: 'Tallinn Store', month: '2026-05', metric: 'csat', n: 80, csat_share: 0.85 }),
  line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 60, ces_mean: 5.4 }),
  line({ unit: 'Tallinn Store', month: '2026-06', metric: 'cx_index', criterion: 'ease', n: 120, share_top: 0.62, share_bottom: 0.11 }),
  line({ unit: 'TALLINN STORE', month: '2026-06', metric: 'cx_index', criterion: 'emotion', n: 120, share_top: 0.48, share_bottom: 0.2 }),
];

interface StoredRow {
  unit: string; month: string; metric: string; criterion: string; n: number;
  promoters: number | null; passives: number | null; detractors: number | null; csat_counts: number[] | null;
  share_top: number | null; share_bottom: number | null; mean: number | null; value: number; updated_at: string;
}

describe('customer scores: CSV and API ingestion', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let support: { id: string; name: string };
  let store: { id: string; name: string };

  const stored = (): Promise<StoredRow[]> => t.db.query(
    `SELECT d.name AS unit, to_char(c.month, 'YYYY-MM') AS month, c.metric, c.criterion, c.n, c.promoters, c.passives, c.detractors,
            c.csat_counts, c.share_top::float AS share_top, c.share_bottom::float AS share_bottom, c.mean::float AS mean,
            c.value::float AS value, c.updated_at::text AS updated_at
       FROM customer_metric c JOIN department d ON d.id = c.department_id ORDER BY 1, 2, 3, 4`);
  const upload = (body: string) => admin.post('/api/cx/metrics/import').set('Content-Type', 'text/csv').send(body);
  const push = (key: string, rows: unknown[]) =>
    request(t.app.getHttpServer()).put('/api/cx/metrics').set('Authorization', `Bearer ${key}`).send({ rows });

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    support = await newDepartment(t.db, { name: 'Customer Support' });
    store = await newDepartment(t.db, { name: 'Tallinn Store' });
    const hr = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, hr.email, hr.password);
  });

  afterAll(() => t?.close());

  beforeEach(() => t.db.query('DELETE FROM customer_metric'));

  describe('CSV upload', () => {
    it('stores a good file (as text/csv) with each value computed from its inputs', async () => {
      const res = await upload(csv(...GOOD)).expect(200);
      expect(res.body).toEqual({ applied: true, totalRows: 6, validRows: 6, created: 6, updated: 0, unchanged: 0, errors: [] });

      const rows = await stored();
      const find = (unit: string, metric: string, criterion = '') =>
        rows.find((r) => r.unit === unit && r.metric === metric && r.criterion === criterion)!;
      expect(rows).toHaveLength(6);
      expect(find('Customer Support', 'nps')).toMatchObject({ month: '2026-04', n: 200, promoters: 90, passives: 60, detractors: 50 });
      expect(find('Customer Support', 'nps').value).toBeCloseTo((100 * (90 - 50)) / 200, 6);
      const csat = find('Customer Support', 'csat');
      expect(csat).toMatchObject({ n: 100, csat_counts: [3, 7, 10, 40, 40] });
      expect(csat.share_top).toBeCloseTo(80 / 100, 6);
      expect(csat.value).toBeCloseTo(80, 6);
      expect(csat.mean).toBeCloseTo((1 * 3 + 2 * 7 + 3 * 10 + 4 * 40 + 5 * 40) / 100, 6);
      expect(find('Tallinn Store', 'csat')).toMatchObject({ month: '2026-05', n: 80, csat_counts: null, mean: null, share_top: 0.85 });
      expect(find('Tallinn Store', 'csat').value).toBeCloseTo(85, 6);
      expect(find('Tallinn Store', 'ces')).toMatchObject({ n: 60, mean: 5.4, value: 5.4 });
      expect(find('Tallinn Store', 'cx_index', 'ease')).toMatchObject({ month: '2026-06', n: 120, share_top: 0.62, share_bottom: 0.11 });
      expect(find('Tallinn Store', 'cx_index', 'ease').value).toBeCloseTo(100 * (0.62 - 0.11), 6);
      expect(find('Tallinn Store', 'cx_index', 'emotion').value).toBeCloseTo(100 * (0.48 - 0.2), 6);
    });

    it('accepts the file as multipart field "file", semicolons and decimal commas', async () => {
      const semicolons = csv(line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 60, ces_mean: '"5,4"' })).replace(/,/g, ';')
        .replace('"5;4"', '5,4');
      const res = await admin.post('/api/cx/metrics/import').attach('file', Buffer.from(semicolons), 'scores.csv').expect(200);
      expect(res.body).toMatchObject({ applied: true, created: 1 });
      expect((await stored())[0]).toMatchObject({ metric: 'ces', mean: 5.4 });
    });

    it('changes nothing when the same file comes again, and updates only the rows that differ', async () => {
      await upload(csv(...GOOD)).expect(200);
      const before = await stored();
      await new Promise((resolve) => setTimeout(resolve, 20)); // now() would differ after a write

      const again = await upload(csv(...GOOD)).expect(200);
      expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 6 });
      expect(await stored()).toEqual(before);

      const changed = [...GOOD];
      changed[3] = line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 60, ces_mean: 5.5 });
      const third = await upload(csv(...changed)).expect(200);
      expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
      const after = await stored();
      const differs = after.filter((row, i) => row.updated_at !== before[i].updated_at);
      expect(differs.map((r) => [r.metric, r.mean])).toEqual([['ces', 5.5]]);
    });

    it.each([
      ['an unknown unit', line({ unit: 'Tallin Store', month: '2026-05', metric: 'ces', n: 10, ces_mean: 4 }),
        'Unknown unit "Tallin Store". Known departments include: Tallinn Store, Customer Support.'],
      ['a month in the future', line({ unit: 'Tallinn Store', month: '2026-07', metric: 'ces', n: 10, ces_mean: 4 }),
        'month 2026-07 is in the future.'],
      ['counts that do not add up', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'nps', n: 100, promoters: 51, passives: 30, detractors: 20 }),
        'promoters + passives + detractors (101) must equal n (100).'],
      ['a negative count', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'nps', promoters: 10, passives: 5, detractors: -1 }),
        'detractors -1 is negative; counts are 0 or more.'],
      ['CES outside 1–7', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 10, ces_mean: 8.2 }),
        'CES mean 8.2 is outside 1–7.'],
      ['a CSAT share above 1', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'csat', n: 10, csat_share: 1.2 }),
        'csat_share 1.2 must be between 0 and 1.'],
      ['CSAT counts not adding up', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'csat', n: 10, csat_1: 1, csat_2: 1, csat_3: 1, csat_4: 1, csat_5: 1 }),
        'csat_1 + … + csat_5 (5) must equal n (10).'],
      ['share_top above 1', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'cx_index', criterion: 'ease', n: 10, share_top: 1.2, share_bottom: 0 }),
        'share_top 1.2 must be between 0 and 1.'],
      ['an unknown metric', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'nsp', n: 10 }),
        'Unknown metric "nsp"; use one of nps, csat, ces, cx_index.'],
      ['a cell that is not a number', line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 'ten', ces_mean: 4 }),
        'n is not a number.'],
      ['the same unit, month and metric twice', GOOD[3],
        'The same unit, month, metric and criterion are already on line 5; give each once.'],
    ])('rejects %s with its reason and writes nothing', async (_label, bad, reason) => {
      const res = await upload(csv(...GOOD, bad)).expect(422);
      const report = res.body.report as CustomerMetricIngestReport;
      expect(report).toMatchObject({ applied: false, totalRows: 7, validRows: 6, created: 0, updated: 0 });
      expect(report.errors).toEqual([{ row: 8, unit: expect.any(String), reasons: [reason] }]);
      expect(res.body.message).toContain('nothing was stored');
      expect(await stored()).toEqual([]);
    });

    it('leaves stored rows as they were when a later file is rejected', async () => {
      await upload(csv(...GOOD)).expect(200);
      const before = await stored();
      const changed = [line({ unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 60, ces_mean: 6 }), GOOD[0].replace('2026-04', '2027-01')];
      await upload(csv(...changed)).expect(422);
      expect(await stored()).toEqual(before);
    });

    it.each([
      ['a missing column', 'unit,metric,n,ces_mean\nTallinn Store,ces,10,4\n', 'The header is missing the required column month.'],
      ['an unknown column', `${HEADER},nps_score\n`, 'The header has unknown column nps_score'],
      ['an empty file', '', 'The file is empty.'],
      ['a header without rows', `${HEADER}\n`, 'The file has a header line but no rows of scores.'],
    ])('refuses %s (400) and writes nothing', async (_label, body, message) => {
      const res = await upload(body).expect(400);
      expect(res.body.message).toContain(message);
      expect(await stored()).toEqual([]);
    });

    it('asks for a file when none is sent', async () => {
      const res = await admin.post('/api/cx/metrics/import').expect(400);
      expect(res.body.message).toMatch(/Content-Type: text\/csv/);
    });

    it('is for HR only; leaders and managers read the table, managers only their units', async () => {
      const leaderAccount = await newUser(t.db, { role: 'leader' });
      const managerAccount = await newUser(t.db, { role: 'manager', scopeDepartmentId: store.id });
      const leader = await signIn(t.app, leaderAccount.email, leaderAccount.password);
      const manager = await signIn(t.app, managerAccount.email, managerAccount.password);
      await leader.post('/api/cx/metrics/import').set('Content-Type', 'text/csv').send(csv(...GOOD)).expect(403);
      await upload(csv(...GOOD)).expect(200);

      const all = await leader.get('/api/cx/metrics?from=2026-01&to=2026-06').expect(200);
      expect(all.body).toHaveLength(6);
      expect(all.body[0]).toMatchObject({ unitId: support.id, unitName: 'Customer Support', month: '2026-04', metric: 'csat', value: 80 });
      const mine = await manager.get('/api/cx/metrics?from=2026-01&to=2026-06&metric=cx_index').expect(200);
      expect(mine.body.map((r: { unitName: string; criterion: string }) => [r.unitName, r.criterion])).toEqual([
        ['Tallinn Store', 'ease'], ['Tallinn Store', 'emotion'],
      ]);
      const defaults = await admin.get('/api/cx/metrics').expect(200); // the last 12 months
      expect(defaults.body).toHaveLength(6);
      await admin.get('/api/cx/metrics?from=2026-06&to=2026-01').expect(400);
      await admin.get('/api/cx/metrics?metric=eNPS').expect(400);
    });
  });

  describe('API keys and the push endpoint', () => {
    const ROWS = [
      { unit: 'Customer Support', month: '2026-05', metric: 'nps', promoters: 30, passives: 10, detractors: 10 },
      { unitId: '', month: '2026-05', metric: 'csat', csat1: 1, csat2: 1, csat3: 2, csat4: 6, csat5: 10 },
      { unit: 'Tallinn Store', month: '2026-05', metric: 'cx_index', criterion: 'ease', n: 50, shareTop: 0.7, shareBottom: 0.1 },
    ];
    const rows = () => ROWS.map((r) => ('unitId' in r ? { ...r, unitId: store.id } : r));

    async function createKey(name = 'Qualtrics'): Promise<{ id: string; key: string; prefix: string }> {
      const res = await admin.post('/api/cx/api-keys').send({ name }).expect(201);
      return res.body;
    }

    it('creates a key shown once, stores only its hash, and lets a CX tool push with it', async () => {
      const created = await createKey();
      expect(created.key).toMatch(/^exk_[A-Za-z0-9_-]{43}$/);
      expect(created.prefix).toBe(created.key.slice(0, 8));

      const [row] = await t.db.query(`SELECT key_hash, prefix FROM api_key WHERE id = $1`, [created.id]);
      expect(Buffer.compare(row.key_hash, createHash('sha256').update(created.key).digest())).toBe(0);
      const secret = created.key.slice(8);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM api_key k
          WHERE row_to_json(k)::text LIKE '%' || $1 || '%' OR encode(k.key_hash, 'escape') LIKE '%' || $1 || '%'`,
        [secret]);
      expect(n).toBe(0);

      const listed = await admin.get('/api/cx/api-keys').expect(200);
      expect(listed.body).toEqual([expect.objectContaining({ id: created.id, name: 'Qualtrics', prefix: created.prefix, lastUsedAt: null, revokedAt: null })]);
      expect(JSON.stringify(listed.body)).not.toContain(secret);

      // No CSRF header, no cookie: a key is all it takes.
      const pushed = await push(created.key, rows()).expect(200);
      expect(pushed.body).toEqual({ applied: true, totalRows: 3, validRows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
      const stored1 = await stored();
      expect(stored1.map((r) => [r.unit, r.metric, r.value])).toEqual([
        ['Customer Support', 'nps', (100 * (30 - 10)) / 50],
        ['Tallinn Store', 'csat', (100 * 16) / 20],
        ['Tallinn Store', 'cx_index', expect.closeTo(60, 6)],
      ]);

      t.clock.set('2026-06-15T09:05:00Z');
      const again = await push(created.key, rows()).expect(200);
      expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(await stored()).toEqual(stored1);

      const used = await admin.get('/api/cx/api-keys').expect(200);
      expect(used.body[0].lastUsedAt).toBe('2026-06-15T09:05:00.000Z');
    });

    it('rejects a bad pushed row with its position and reason, and writes nothing', async () => {
      const { key } = await createKey();
      const bad = [...rows(), { unit: 'Tallinn Store', month: '2026-05', metric: 'ces', n: 20, cesMean: 8.2 }];
      const res = await push(key, bad).expect(422);
      expect(res.body.report.errors).toEqual([{ row: 4, unit: 'Tallinn Store', reasons: ['Row 4: CES mean 8.2 is outside 1–7.'] }]);
      expect(res.body.message).toMatch(/^1 of 4 rows have problems; nothing was stored\. Row 4: CES mean 8\.2/);
      expect(await stored()).toEqual([]);

      await push(key, [{ ...rows()[0], score: 5 }]).expect(400); // unknown field
      await push(key, []).expect(400);
    });

    it('refuses a revoked key, an unknown key and a session without a key', async () => {
      const { id, key } = await createKey('Old tool');
      await push(key, rows()).expect(200);
      await admin.delete(`/api/cx/api-keys/${id}`).expect(204);
      await admin.delete(`/api/cx/api-keys/${id}`).expect(204);
      const revoked = await push(key, rows()).expect(401);
      expect(revoked.body.message).toMatch(/^The API key "Old tool" was revoked on 2026-06-15\./);
      const listed = await admin.get('/api/cx/api-keys').expect(200);
      expect(listed.body.find((k: { id: string }) => k.id === id).revokedAt).not.toBeNull();

      const unknown = await push(`exk_${'A'.repeat(43)}`, rows()).expect(401);
      expect(unknown.body.message).toMatch(/unknown key/);
      await push('not-a-key', rows()).expect(401);
      await request(t.app.getHttpServer()).put('/api/cx/metrics').send({ rows: rows() }).expect(401);

      // A signed-in HR session, cookie and CSRF header included, cannot push.
      const session = await admin.put('/api/cx/metrics').send({ rows: rows() }).expect(401);
      expect(session.body.message).toMatch(/Authorization: Bearer/);
      await admin.delete(`/api/cx/api-keys/00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('does not open HR endpoints to a key', async () => {
      const { key } = await createKey();
      const server = t.app.getHttpServer();
      const bearer = `Bearer ${key}`;
      await request(server).get('/api/cx/api-keys').set('Authorization', bearer).expect(401);
      await request(server).post('/api/cx/api-keys').set('Authorization', bearer).send({ name: 'mine' }).expect(401);
      await request(server).post('/api/cx/metrics/import').set('Authorization', bearer).set('Content-Type', 'text/csv').send(csv(...GOOD)).expect(401);
      await request(server).get('/api/cx/metrics').set('Authorization', bearer).expect(401);
      await request(server).get('/api/employees').set('Authorization', bearer).expect(401);
      expect(await stored()).toEqual([]);
    });

    it('is managed by HR only', async () => {
      const leaderAccount = await newUser(t.db, { role: 'leader' });
      const leader = await signIn(t.app, leaderAccount.email, leaderAccount.password);
      await leader.post('/api/cx/api-keys').send({ name: 'x' }).expect(403);
      await leader.get('/api/cx/api-keys').expect(403);
      await admin.post('/api/cx/api-keys').send({ name: '  ' }).expect(400);
    });
  });
});
