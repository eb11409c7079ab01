import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { post } from './support/answer-load';
import { ApiProcess, claimOf, freePort, OwnPostgres, recordScenario, RECOVERY, seedOrganisation, sleep, stopLeftoverPostgres, tempFolder, waitFor, withClient } from './support/fault-harness';

const GRACE_SECONDS = 4;

/** Whether a new TCP connection to the port is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A transaction that holds an uncommitted answer for the invitation, so the API's answer waits on its key. */
async function blockAnswer(url: string, invitationId: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  await client.query('BEGIN');
  await client.query(`INSERT INTO answer_inbox (claim, answered_on, sealed) VALUES ($1, '2026-06-15', $2)`, [
    claimOf(invitationId), Buffer.alloc(16412),
  ]);
  return client;
}

/**
 * SIGTERM (what `docker stop`, systemd and Kubernetes send): the API stops accepting at once,
 * lets requests in flight finish for up to SHUTDOWN_GRACE_SECONDS, cuts what is left, and stops the
 * embedded PostgreSQL cleanly, so its next start needs no recovery.
 */
describe('faults: SIGTERM', () => {
  const folder = tempFolder('expulse-fault-term-');
  const dataDir = join(folder.path, 'data');
  let api: ApiProcess | null = null;
  let pg: OwnPostgres | null = null;

  afterAll(async () => {
    api?.kill('SIGKILL');
    await api?.exited;
    await pg?.stop().catch(() => undefined);
    stopLeftoverPostgres(dataDir);
    folder.remove();
  });

  it('finishes the request in flight, cuts the one past the grace, stops PostgreSQL cleanly', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const url = `postgres://postgres:expulse-local@127.0.0.1:${pgPort}/expulse`;
    const options = { port, embeddedPgDir: dataDir, embeddedPgPort: pgPort, env: { SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) } };
    api = await ApiProcess.start(options);
    const [quick, slow, later] = await seedOrganisation(url, 3);
    const body = (a: typeof quick, n: number) => ({ token: a.token, submissionId: `00000000-0000-4000-8000-00000000000${n}`, score: 9 });

    const quickBlocker = await blockAnswer(url, quick.invitationId);
    const slowBlocker = await blockAnswer(url, slow.invitationId);
    const quickAnswer = post(port, '/api/survey/answer', body(quick, 1), 30_000).catch((e: Error) => ({ status: 0, error: e.message }));
    const slowAnswer = post(port, '/api/survey/answer', body(slow, 2), 30_000).catch((e: Error) => ({ status: 0, error: e.message }));
    await waitFor(
      () => withClient(url, async (db) => (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n === 2),
      10_000, 'both answers to wait in PostgreSQL',
    );

    const signalledAt = Date.now();
    api.kill('SIGTERM');
    await sleep(300);
    // No new connection is taken, while the two requests are still open.
    expect(await accepts(port)).toBe(false);
    await sleep(700);
    await quickBlocker.query('ROLLBACK');
    const quickResult = await quickAnswer;
    const finishedWithin = Date.now() - signalledAt;
    expect(quickResult).toMatchObject({ status: 201 });

    const slowResult = await slowAnswer;
    const cutAfter = Date.now() - signalledAt;
    expect(slowResult).toMatchObject({ status: 0 });
    expect(cutAfter).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 100);
    expect(cutAfter).toBeLessThan(GRACE_SECONDS * 1000 + 2000);

    const exit = await api.exited;
    const stoppedAfter = Date.now() - signalledAt;
    await slowBlocker.end().catch(() => undefined);
    expect(exit).toEqual({ code: 0, signal: null });
    // The grace, then at most 3 s for the pool to close (the cut request's query still waits), then PostgreSQL's stop.
    expect(stoppedAfter).toBeLessThan((GRACE_SECONDS + 3 + 4) * 1000);
    expect(api.output.join('\n')).toMatch(/1 connections were still open after the grace period/);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    // The next start of that PostgreSQL: a clean shutdown was recorded, no recovery ran.
    pg = new OwnPostgres(dataDir, pgPort);
    await pg.start();
    const log = pg.log.join('\n');
    expect(log).toMatch(/database system was shut down at/);
    expect(log).not.toMatch(RECOVERY);
    const stored = await withClient(url, async (db) => (await db.query(`SELECT claim FROM answer_inbox`)).rows.map((r: { claim: Buffer }) => r.claim.toString('hex')));
    expect(stored).toContain(claimOf(quick.invitationId).toString('hex'));
    await pg.stop();

    // After a restart the cut request's retry (the same body) is recorded, once; so is a new answer.
    api = await ApiProcess.start(options);
    expect((await post(port, '/api/survey/answer', body(slow, 2))).status).toBe(201);
    expect((await post(port, '/api/survey/answer', body(quick, 1))).status).toBe(201);
    expect((await post(port, '/api/survey/answer', body(later, 3))).status).toBe(201);
    const rows = await withClient(url, async (db) => (await db.query(`SELECT count(*)::int AS n FROM answer_inbox`)).rows[0].n);
    expect(rows).toBe(3);
    api.kill('SIGTERM');
    await api.exited;

    recordScenario('sigterm', {
      sent: 3, acknowledged: 3, stored: rows, duplicated: 0, lost: 0, graceSeconds: GRACE_SECONDS,
      inFlightFinishedMs: finishedWithin, cutAfterMs: cutAfter, exitedAfterMs: stoppedAfter, recoveryOnNextStart: false,
    });
  });

  it('tells a crash from a clean stop in the log (the check above can fail)', async () => {
    pg = new OwnPostgres(dataDir, await freePort());
    await pg.start();
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await pg.stop();
    await sleep(1000);
    pg = new OwnPostgres(dataDir, pg.port);
    await pg.start();
    expect(pg.log.join('\n')).toMatch(RECOVERY);
    await pg.stop();
  });
});
