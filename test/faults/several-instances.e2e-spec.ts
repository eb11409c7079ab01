import { join } from 'node:path';
import { hashPassword } from '../../apps/api/src/auth/password';
import { AnswerLoad, Reply, send } from './support/answer-load';
import { ApiProcess, FAULT_NOW, freePort, OwnPostgres, seedOrganisation, tempFolder, waitFor, withClient } from './support/fault-harness';
import { CountingSmtp } from './support/counting-smtp';
import { RoundRobinProxy } from './support/round-robin-proxy';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const DAY_MS = 24 * 3600_000;
const ADMIN = { email: 'hr@instances.test', password: 'three instances, one database' };

/**
 * 12 units with a year of answers (2025, a closed year) and a customer NPS per unit and month
 * (value i + j for unit i, month j), as in test/api/cx-linkage; Unit 12 has 3 answers in August.
 */
async function seedLinkage(url: string): Promise<Map<string, string>> {
  return withClient(url, async (db) => {
    const [{ id: programme }] = (await db.query(`SELECT id FROM programme WHERE key = 'quarterly'`)).rows;
    const [{ id: org }] = (await db.query(`INSERT INTO department (name) VALUES ('Org') RETURNING id`)).rows;
    const units = new Map<string, string>();
    for (let i = 1; i <= 12; i++) {
      const name = `Unit ${String(i).padStart(2, '0')}`;
      units.set(name, (await db.query(`INSERT INTO department (name, parent_id) VALUES ($1, $2) RETURNING id`, [name, org])).rows[0].id);
    }
    const answers = (department: string, day: string, scores: number[]) => db.query(
      `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score)
       SELECT $1, $2, 'Tartu', 'ongoing_development', '1_2y', $3, s FROM unnest($4::int[]) s`,
      [programme, department, day, scores],
    );
    for (const [j, month] of MONTHS.entries()) {
      await answers(org, `${month}-10`, [8, 8, 8, 8, 8]);
      for (const [name, id] of units) {
        const i = Number(name.slice(5));
        const scores = [10, 10, 10, 9, 7, 7, 7, 3, 3, 0].slice(0, i === 12 && month === '2025-08' ? 3 : 10);
        await answers(id, `${month}-10`, scores);
        const v = i + j;
        await db.query(
          `INSERT INTO customer_metric (department_id, month, metric, n, promoters, passives, detractors, value)
           VALUES ($1, $2, 'nps', 100, $3, $4, 30, $5)`,
          [id, `${month}-01`, 30 + v, 40 - v, v],
        );
      }
    }
    await db.query(`INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'HR', $2, 'admin')`, [ADMIN.email, await hashPassword(ADMIN.password)]);
    return units;
  });
}

/** A signed-in browser: its cookies, and the CSRF and Origin headers its writes carry. */
class Browser {
  private cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  async call(port: number, method: string, path: string, body?: unknown, contentType?: string): Promise<Reply> {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('XSRF-TOKEN');
    if (csrf) headers['x-xsrf-token'] = csrf;
    const reply = await send(port, method, path, { body, headers, contentType });
    for (const cookie of ([] as string[]).concat(reply.headers['set-cookie'] ?? [])) {
      const [pair] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return reply;
  }
}

/**
 * Three API instances on one PostgreSQL behind a round-robin proxy (no sticky sessions), their
 * planners, delivery workers and answer flushes all on and started at the same moment.
 */
describe('several instances: three APIs, one PostgreSQL, a proxy in front', () => {
  const folder = tempFolder('expulse-instances-');
  const smtp = new CountingSmtp(0);
  let pg: OwnPostgres;
  let ports: number[];
  let proxy: RoundRobinProxy;
  const instances: ApiProcess[] = [];
  let units: Map<string, string>;

  beforeAll(async () => {
    pg = new OwnPostgres(join(folder.path, 'data'), await freePort());
    await pg.start();
    ports = [await freePort(), await freePort(), await freePort()];
    proxy = new RoundRobinProxy(ports);
    await proxy.start();
    await smtp.start();

    // Migrations, the organisation, and 30 answers given yesterday (held until the day ended).
    const first = await ApiProcess.start({ port: ports[0], databaseUrl: pg.url });
    const answerable = await seedOrganisation(pg.url, 30, 60);
    units = await seedLinkage(pg.url);
    first.kill('SIGTERM');
    await first.exited;
    const offset = new Date(FAULT_NOW).getTime() - DAY_MS - Date.now();
    const yesterday = await ApiProcess.start({ port: ports[0], databaseUrl: pg.url, env: { FAULT_CLOCK_OFFSET_MS: String(offset) } });
    const load = new AnswerLoad(answerable, () => ports[0], { clients: 3, pauseMs: 0 }).start();
    await load.done;
    expect(load.report.acknowledged).toBe(30);
    yesterday.kill('SIGTERM');
    await yesterday.exited;

    // Today: three instances at once, every background job on.
    const env = {
      PUBLIC_URL: proxy.url, TRUST_PROXY: '1', SCHEDULER_INTERVAL_MINUTES: '1', DELIVERY_INTERVAL_SECONDS: '1',
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port),
    };
    instances.push(...(await Promise.all(ports.map((port) => ApiProcess.start({ port, databaseUrl: pg.url, env })))));
  });
  afterAll(async () => {
    for (const api of instances) api.kill('SIGTERM');
    await Promise.all(instances.map((api) => api.exited));
    await proxy?.stop();
    await smtp.stop();
    await pg?.stop().catch(() => undefined);
    folder.remove();
  });

  it('plans, sends and writes the held answers once, whichever instance runs first', async () => {
    await waitFor(
      () => withClient(pg.url, async (db) => (await db.query(
        `SELECT (SELECT count(*) FROM outbox WHERE kind = 'invitation' AND status = 'pending') = 0
            AND (SELECT count(*) FROM answer_inbox) = 0
            AND (SELECT count(*) FROM invitation WHERE occurrence_key <> 'fault-load') > 0 AS done`,
      )).rows[0].done),
      60_000, 'the planner, the delivery and the flush to finish',
    );
    const counts = await withClient(pg.url, async (db) => (await db.query(
      `SELECT (SELECT count(*)::int FROM invitation WHERE occurrence_key <> 'fault-load') AS planned,
              (SELECT count(DISTINCT employee_id)::int FROM invitation WHERE occurrence_key <> 'fault-load') AS people,
              (SELECT count(*)::int FROM outbox WHERE kind = 'invitation' AND status = 'sent') AS sent,
              (SELECT count(*)::int FROM response WHERE answered_on = '2026-06-14') AS written,
              (SELECT count(*)::int FROM invitation WHERE occurrence_key = 'fault-load' AND answered) AS answered`,
    )).rows[0]);
    expect(counts).toEqual({ planned: 60, people: 60, sent: 60, written: 30, answered: 30 });
    expect(smtp.accepted.size).toBe(60);
    expect([...smtp.accepted.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps a sign-in across instances, and a sign-out too', async () => {
    const browser = new Browser(proxy.url);
    expect((await browser.call(proxy.port, 'POST', '/api/auth/login', ADMIN)).status).toBe(200);
    const before = [...proxy.hits];
    for (let i = 0; i < 6; i++) expect((await browser.call(proxy.port, 'GET', '/api/auth/me')).status).toBe(200);
    expect(proxy.hits.map((h, i) => h - before[i])).toEqual([2, 2, 2]);
    // A write (CSRF header and Origin checked) on whichever instance.
    const created = await browser.call(proxy.port, 'POST', '/api/departments', { name: 'Made through the proxy' });
    expect(created.status).toBe(201);
    expect((await browser.call(proxy.port, 'POST', '/api/auth/logout')).status).toBeLessThan(300);
    for (const port of ports) expect((await browser.call(port, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it("shows on one instance what another changed: customer scores, the department tree, late answers", async () => {
    const browser = new Browser(proxy.url);
    expect((await browser.call(proxy.port, 'POST', '/api/auth/login', ADMIN)).status).toBe(200);
    const [reader, writer] = ports;
    const cell = async (unit: string, month: string) => {
      const reply = await browser.call(reader, 'GET', '/api/cx/linkage?from=2025-01&to=2025-12&metric=nps&lag=0&include=months');
      expect(reply.status).toBe(200);
      // A unit's key is its department's id, which a rename keeps.
      const row = reply.body.units.find((u: { key: string }) => u.key === units.get(unit));
      return { label: row.label as string, ...row.months.find((c: { month: string }) => c.month === month) };
    };
    // Read (and kept) by the reader first.
    expect(await cell('Unit 05', '2025-03')).toMatchObject({ label: 'Unit 05', customer: 7 });
    expect(await cell('Unit 12', '2025-08')).toMatchObject({ enps: null, employeeWithheld: 'too_few' });

    // Customer scores uploaded through another instance.
    const header = 'unit,month,metric,criterion,n,promoters,passives,detractors';
    const upload = await browser.call(writer, 'POST', '/api/cx/metrics/import', `${header}\nUnit 05,2025-03,nps,,100,62,8,30\n`, 'text/csv');
    expect(upload.status).toBe(200);
    expect(await cell('Unit 05', '2025-03')).toMatchObject({ customer: 32 });

    // The department renamed through another instance.
    const renamed = await browser.call(ports[2], 'PATCH', `/api/departments/${units.get('Unit 05')}`, { name: 'Unit 05 (Tartu)' });
    expect(renamed.status).toBe(200);
    expect(await cell('Unit 05', '2025-03')).toMatchObject({ label: 'Unit 05 (Tartu)', customer: 32 });

    // Late answers dated in the closed year, written by another process.
    await withClient(pg.url, (db) => db.query(
      `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score)
       SELECT (SELECT id FROM programme WHERE key = 'quarterly'), $1, 'Tartu', 'ongoing_development', '1_2y', '2025-08-11', s
         FROM unnest(ARRAY[10, 10]) s`,
      [units.get('Unit 12')],
    ));
    // Unit 12's August: 10, 10, 10 and now 10, 10: five promoters.
    expect(await cell('Unit 12', '2025-08')).toMatchObject({ enps: 100, enpsN: 5, employeeWithheld: null });
  });
});
