import { randomUUID } from 'node:crypto';
import { AnswerFlushJob } from '../../apps/api/src/responses/answer-flush.job';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation } from '../support/factories';

/*
 * Issue 16: the stored rows must not tie an answer to its invitation (so to its author) or to a time
 * finer than the day, through system columns (xmin, ctid) or order. Before, the answer path marked
 * the invitation and inserted the response in one statement: `JOIN invitation i ON i.xmin = r.xmin`
 * named every author. Checked here as a database administrator would look, over every row.
 */
describe('no stored row ties an answer to its invitation or to the time of day', () => {
  let t: TestApp;
  let programme: string;
  const comments: string[] = [];
  const tokens: string[] = [];
  const submissions: string[] = [];
  const DAY_ONE = 12;

  const answer = (token: string, submissionId: string, comment: string | undefined, score = 8) =>
    t.http.post('/api/survey/answer').send({ token, submissionId, score, ...(comment ? { comment } : {}) });
  const xmins = async (table: string): Promise<string[]> =>
    (await t.db.query(`SELECT xmin::text AS x FROM ${table}`)).map((r: { x: string }) => r.x);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T07:00:00Z' });
    programme = await installedProgramme(t.db, 'quarterly');
    const department = (await newDepartment(t.db, { name: 'Support' })).id;
    for (let i = 0; i < DAY_ONE + 2; i++) {
      const employee = (await newEmployee(t.db, { departmentId: department, location: i % 3 ? 'Tallinn' : 'Tartu' })).id;
      tokens.push((await newInvitation(t, { employeeId: employee, departmentId: department, programmeId: programme })).token);
      // Lengths vary from 0 to a few hundred characters: a sealed row must not show them.
      comments.push(`Comment number ${i}: ${'the tools are fine but the rota is not. '.repeat(i)}`.trim());
      submissions.push(randomUUID());
    }
  });
  afterAll(() => t.close());

  it('writes nothing to the invitation when answering, and holds answers sealed, all of one length', async () => {
    const before = await t.db.query(`SELECT id, xmin::text AS x, ctid::text AS c FROM invitation ORDER BY id`);
    for (let i = 0; i < DAY_ONE; i++) {
      await answer(tokens[i], submissions[i], comments[i]).expect(201);
      t.clock.advanceMinutes(17);
    }
    // The invitation rows are exactly as they were: same row versions, so nothing tells when they were answered.
    expect(await t.db.query(`SELECT id, xmin::text AS x, ctid::text AS c FROM invitation ORDER BY id`)).toEqual(before);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n).toBe(0);

    const held = await t.db.query(`SELECT claim, answered_on::text AS day, sealed FROM answer_inbox`);
    expect(held).toHaveLength(DAY_ONE);
    expect(new Set(held.map((r: { sealed: Buffer }) => r.sealed.length)).size).toBe(1);
    expect(new Set(held.map((r: { day: string }) => r.day))).toEqual(new Set(['2026-06-15']));
    const ids = (await t.db.query(`SELECT id::text FROM invitation`)).map((r: { id: string }) => r.id);
    for (const row of held as { claim: Buffer; sealed: Buffer }[]) {
      for (const text of [...comments.slice(1, DAY_ONE), ...ids]) expect(row.sealed.includes(Buffer.from(text, 'utf8'))).toBe(false);
      for (const id of ids) {
        const raw = Buffer.from(id.replace(/-/g, ''), 'hex');
        expect(row.sealed.includes(raw) || row.claim.includes(raw)).toBe(false);
      }
    }
  });

  it('treats a held answer as given: the link says so, a retry succeeds, another submission is refused', async () => {
    const view = await t.http.post('/api/survey/view').send({ token: tokens[0] }).expect(409);
    expect(view.body.problem).toBe('answered');
    await answer(tokens[0], submissions[0], comments[0]).expect(201);
    await answer(tokens[0], randomUUID(), 'a second answer').expect(409);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM answer_inbox`))[0].n).toBe(DAY_ONE);
  });

  it('writes nothing of a day before it ends, then writes the day at once, in no order of answering, apart from the marks', async () => {
    const flush = () => t.app.get(AnswerFlushJob).flush();
    expect(await flush()).toBe(0);
    // The next day: two more answers are held, the first day's are written (two instances at once: each answer once).
    t.clock.set('2026-06-16T07:00:00Z');
    for (let i = DAY_ONE; i < DAY_ONE + 2; i++) await answer(tokens[i], submissions[i], comments[i]).expect(201);
    const [a, b] = await Promise.all([flush(), flush()]);
    expect(a + b).toBe(DAY_ONE);
    expect(await flush()).toBe(0);

    const rows: { comment: string; x: string; day: string }[] = await t.db.query(
      `SELECT comment, xmin::text AS x, answered_on::text AS day FROM response ORDER BY ctid`,
    );
    expect(rows.map((r) => r.comment).sort()).toEqual(comments.slice(0, DAY_ONE).sort());
    expect(new Set(rows.map((r) => r.day))).toEqual(new Set(['2026-06-15']));
    // One transaction wrote the whole day: xmin orders nothing within it.
    expect(new Set(rows.map((r) => r.x)).size).toBe(1);
    // The heap order is not the order of answering (nor its reverse): 2 in 12! by chance.
    const order = rows.map((r) => comments.indexOf(r.comment));
    const answeredOrder = [...Array(DAY_ONE).keys()];
    expect(order).not.toEqual(answeredOrder);
    expect(order).not.toEqual([...answeredOrder].reverse());

    // The day's invitations were marked together, by another transaction than the one that wrote the answers.
    const marked = await t.db.query(`SELECT xmin::text AS x FROM invitation WHERE answered`);
    expect(marked).toHaveLength(DAY_ONE);
    expect(new Set(marked.map((r: { x: string }) => r.x)).size).toBe(1);
    const linked = await t.db.query(
      `SELECT count(*)::int AS n FROM response r JOIN invitation i ON i.xmin = r.xmin OR i.ctid = r.ctid`,
    );
    expect(linked[0].n).toBe(0);
    // Nothing of the answer remains in the inbox but the next day's two.
    expect(await t.db.query(`SELECT answered_on::text AS day FROM answer_inbox`)).toEqual([{ day: '2026-06-16' }, { day: '2026-06-16' }]);
    expect(await xmins('answer_inbox')).not.toContain(rows[0].x);
  });

  it('recognises a retry after the day was written, and still refuses a second answer', async () => {
    await answer(tokens[3], submissions[3], comments[3]).expect(201);
    await answer(tokens[3], randomUUID(), 'again').expect(409);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n).toBe(DAY_ONE);
  });

  it('keeps a held answer it cannot open (altered, or sealed under another secret) and writes the others', async () => {
    await t.db.query(`UPDATE answer_inbox SET sealed = set_byte(sealed, 40, (get_byte(sealed, 40) + 1) % 256)
                       WHERE claim = (SELECT min(claim) FROM answer_inbox)`);
    t.clock.set('2026-06-17T07:00:00Z');
    expect(await t.app.get(AnswerFlushJob).flush()).toBe(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM answer_inbox`))[0].n).toBe(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n).toBe(DAY_ONE + 1);
  });
});

describe('a held answer whose team manager is erased before the day ends', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('is written without a team, as a written answer would keep it', async () => {
    t = await createTestApp({ now: '2026-06-15T07:00:00Z' });
    const programme = await installedProgramme(t.db, 'quarterly');
    const department = (await newDepartment(t.db, { name: 'Support' })).id;
    const manager = (await newEmployee(t.db, { departmentId: department })).id;
    const employee = (await newEmployee(t.db, { departmentId: department, managerId: manager })).id;
    const { token } = await newInvitation(t, { employeeId: employee, departmentId: department, programmeId: programme });
    await t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 7 }).expect(201);
    await t.db.query(`UPDATE employee SET manager_id = NULL WHERE manager_id = $1`, [manager]);
    await t.db.query(`DELETE FROM employee WHERE id = $1`, [manager]);
    expect(await t.writeHeldAnswers()).toBe(1);
    expect(await t.db.query(`SELECT manager_id, score FROM response`)).toEqual([{ manager_id: null, score: 7 }]);
  });
});
