import { join } from 'node:path';
import { AnswerLoad, countStored } from './support/answer-load';
import { ApiProcess, flushNextDay, freePort, recordScenario, seedOrganisation, stopLeftoverPostgres, tempFolder, waitFor, withClient } from './support/fault-harness';
import { CountingSmtp } from './support/counting-smtp';

/**
 * `kill -9` of the API (with its embedded PostgreSQL, as `npm start` runs it) while employees
 * answer and the delivery worker is sending, then a restart: every acknowledged answer is stored
 * once, the planner plans nothing twice, and each invitation email arrives once.
 */
describe('faults: kill -9 of the API mid-load, then restart', () => {
  const folder = tempFolder('expulse-fault-kill-');
  const dataDir = join(folder.path, 'data');
  const smtp = new CountingSmtp(25);
  let api: ApiProcess | null = null;
  let running: AnswerLoad | null = null;

  afterAll(async () => {
    await running?.stop();
    api?.kill('SIGTERM');
    await api?.exited;
    await smtp.stop();
    stopLeftoverPostgres(dataDir);
    folder.remove();
  });

  it('stores every acknowledged answer once and sends every planned email once', async () => {
    await smtp.start();
    const [port, pgPort] = [await freePort(), await freePort()];
    const embedded = { port, embeddedPgDir: dataDir, embeddedPgPort: pgPort };
    const url = `postgres://postgres:expulse-local@127.0.0.1:${pgPort}/expulse`;

    // First start: migrations; then the organisation, and a clean stop.
    api = await ApiProcess.start(embedded);
    const answerable = await seedOrganisation(url, 400, 150);
    api.kill('SIGTERM');
    await api.exited;

    // The planner and the delivery worker on, mail to the counting server.
    const working = {
      ...embedded,
      env: { SCHEDULER_INTERVAL_MINUTES: '1', DELIVERY_INTERVAL_SECONDS: '1', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
    };
    api = await ApiProcess.start(working);
    // The answers start once the delivery worker is sending, so the kill finds both at work.
    await waitFor(() => smtp.arrivals > 0, 60_000, 'the first email');
    const load = new AnswerLoad(answerable, () => port, { clients: 6, pauseMs: 25 }).start();
    running = load;
    let settledAtKill = -1;
    const first = api;
    let arrivalAtKill = 0;
    // Killed while a message arrives, once a quarter of the answers are in and some emails are out.
    smtp.onArrival = (n) => {
      if (n < 10 || load.settled < 100 || settledAtKill >= 0) return false;
      arrivalAtKill = n;
      settledAtKill = load.settled;
      process.kill(first.pid, 'SIGKILL');
      return true;
    };
    await first.exited;
    expect(settledAtKill).toBeGreaterThan(0);
    expect(settledAtKill).toBeLessThan(400);

    // The restart takes over the embedded PostgreSQL the killed process left running.
    api = await ApiProcess.start(working);
    expect(api.output.join('\n')).toMatch(/stopping the PostgreSQL \(pid \d+\) left running by an API process that was killed/);
    await load.done;
    await waitFor(
      () => withClient(url, async (db) => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'invitation' AND status = 'pending'`)).rows[0].n === 0),
      60_000, 'the outbox to drain',
    );

    const planned = await withClient(url, async (db) => (await db.query(
      `SELECT count(*)::int AS invitations, count(DISTINCT employee_id)::int AS people,
              (SELECT count(*)::int FROM outbox WHERE kind = 'invitation' AND status = 'sent') AS sent
         FROM invitation WHERE occurrence_key <> 'fault-load'`,
    )).rows[0]);
    expect(planned).toEqual({ invitations: 150, people: 150, sent: 150 });
    const emails = [...smtp.accepted.values()];
    expect({ recipients: smtp.accepted.size, twice: emails.filter((n) => n > 1).length }).toEqual({ recipients: 150, twice: 0 });

    expect(load.report).toMatchObject({ sent: 400, acknowledged: 400, refused: 0, gaveUp: 0 });
    const stored = await countStored(url, load);
    expect(stored).toEqual({ stored: 400, duplicated: 0, lost: 0, matching: 400 });
    api.kill('SIGTERM');
    await api.exited;
    api = null;
    expect(await flushNextDay(embedded, url)).toEqual({ responses: 400, answered: 400, held: 0 });

    recordScenario('api-kill', {
      sent: load.report.sent, acknowledged: load.report.acknowledged, stored: stored.stored, duplicated: stored.duplicated,
      lost: stored.lost, settledAtKill, arrivalAtKill, networkErrors: load.report.networkErrors, clientRetries: load.report.retries,
      emailsPlanned: planned.invitations, emailsAccepted: emails.reduce((a, b) => a + b, 0), emailsTwice: 0,
    });
  });
});
