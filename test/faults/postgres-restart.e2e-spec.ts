import { join } from 'node:path';
import { AnswerLoad, countStored, post } from './support/answer-load';
import { ApiProcess, flushNextDay, freePort, OwnPostgres, recordScenario, seedOrganisation, sleep, tempFolder, waitFor } from './support/fault-harness';

/**
 * PostgreSQL stopped (a fast shutdown, as a restart or a failover does) and started again while
 * employees answer: the API process stays up, answers 503 with a clear message meanwhile,
 * reconnects by itself, and every answer acknowledged with 2xx is stored exactly once; the
 * client's retry of the same submission succeeds and adds nothing.
 */
describe('faults: PostgreSQL restarted under load', () => {
  const folder = tempFolder('expulse-fault-pg-');
  let pg: OwnPostgres;
  let api: ApiProcess;
  let port: number;
  let running: AnswerLoad | null = null;

  beforeAll(async () => {
    pg = new OwnPostgres(join(folder.path, 'data'), await freePort());
    await pg.start();
    port = await freePort();
    api = await ApiProcess.start({ port, databaseUrl: pg.url });
  });
  afterAll(async () => {
    await running?.stop();
    api?.kill('SIGKILL');
    await api?.exited;
    await pg?.stop().catch(() => undefined);
    folder.remove();
  });

  it('keeps every acknowledged answer exactly once through a 3-second outage', async () => {
    const answerable = await seedOrganisation(pg.url, 600);
    const load = new AnswerLoad(answerable, () => port, { clients: 6, pauseMs: 20 }).start();
    running = load;
    await waitFor(() => load.report.acknowledged >= 150, 30_000, '150 answers before the outage');

    await pg.stop();
    const outageStarted = Date.now();
    // During the outage: a clear 503 with Retry-After, not a 500.
    const during = await post(port, '/api/survey/view', { token: answerable[599].token });
    expect(during.status).toBe(503);
    expect(during.headers['retry-after']).toBe('5');
    expect(during.body.message).toMatch(/cannot reach its database/);
    await sleep(3000 - (Date.now() - outageStarted));
    const acknowledgedDuringOutage = load.report.acknowledged;
    await pg.start();
    const restartedAt = Date.now();
    const outageSeconds = (restartedAt - outageStarted) / 1000;
    // Reconnects by itself: the next answers go through without restarting the API.
    await waitFor(() => load.report.acknowledged > acknowledgedDuringOutage, 15_000, 'an answer after the restart');
    const recoveredMs = Date.now() - restartedAt;
    await load.done;

    expect(api.running).toBe(true);
    expect(load.report.statuses['503']).toBeGreaterThan(0);
    expect(load.report.unavailableMessage).toMatch(/cannot reach its database/);
    expect(Object.keys(load.report.statuses).filter((s) => Number(s) >= 500 && s !== '503')).toEqual([]);
    expect(load.report).toMatchObject({ sent: 600, acknowledged: 600, refused: 0, gaveUp: 0 });

    const stored = await countStored(pg.url, load);
    expect(stored).toEqual({ stored: 600, duplicated: 0, lost: 0, matching: 600 });

    // The client's retry of the same submission (a lost acknowledgement) is recorded again, adding
    // nothing; another submission for the same link is refused.
    const sample = load.submissions.slice(140, 190);
    for (const s of sample) {
      expect((await post(port, '/api/survey/answer', s.body)).status).toBe(201);
      expect((await post(port, '/api/survey/answer', { ...s.body, submissionId: `${s.body.submissionId.slice(0, -4)}0000` })).status).toBe(409);
    }
    expect(await countStored(pg.url, load)).toEqual(stored);
    // After the day: each written once.
    expect(await flushNextDay({ port: await freePort(), databaseUrl: pg.url }, pg.url)).toEqual({ responses: 600, answered: 600, held: 0 });

    recordScenario('postgres-restart', {
      sent: load.report.sent, acknowledged: load.report.acknowledged, stored: stored.stored, duplicated: stored.duplicated,
      lost: stored.lost, unavailable503: load.report.statuses['503'], networkErrors: load.report.networkErrors,
      clientRetries: load.report.retries, outageSeconds, recoveredMs,
    });
  });
});
