import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { AppSecret } from '../../../apps/api/src/common/app-secret';
import { AnswerSeal } from '../../../apps/api/src/responses/answer-seal';
import { AnswerLinks } from '../../../apps/api/src/responses/answer-token';

/*
 * What the fault tests (test/faults/*.e2e-spec.ts) share: a PostgreSQL of their own (never the
 * one the other test files use), the API in a child process they can stop, kill and restart, a
 * load of employees answering with the web page's retry rule, and the count of what was stored.
 */

const ROOT = resolve(__dirname, '..', '..', '..');
export const FAULT_SECRET = 'fault-tests-application-secret-0123456789';
const secret = new AppSecret(Buffer.from(FAULT_SECRET, 'utf8'));
export const links = new AnswerLinks(secret);
const seal = new AnswerSeal(secret);
/** The inbox key of an invitation's held answer (AnswerInbox), under the API's secret. */
export const claimOf = (invitationId: string): Buffer => seal.claimOf(invitationId);

/** A working Monday, 10:30 in Tallinn: the child's clock runs from here (FAULT_CLOCK_OFFSET_MS). */
export const FAULT_NOW = '2026-06-15T07:30:00Z';
const clockOffsetMs = new Date(FAULT_NOW).getTime() - Date.now();

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `condition` holds, checking every 50 ms; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A temporary folder the postgres OS user can reach when the tests run as root. */
export function tempFolder(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(path, 0o755);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The embedded PostgreSQL on a data folder of the test's own, which the test stops and starts (a child process). */
export class OwnPostgres {
  private server: ChildProcessRunner | null = null;
  private readonly runs: ChildProcessRunner[] = [];

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres:expulse-local@127.0.0.1:${this.port}/expulse`;
  }

  /** Every line PostgreSQL logged, over all its starts. */
  get log(): string[] {
    return this.runs.flatMap((run) => run.output);
  }

  async start(): Promise<void> {
    this.server = await ChildProcessRunner.start('postgres-child.ts', { FAULT_PG_DIR: this.dataDir, FAULT_PG_PORT: String(this.port) });
    this.runs.push(this.server);
  }

  /** A clean stop (fast shutdown), waiting until PostgreSQL has exited. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.kill('SIGTERM');
    await server.exited;
  }
}

/** After a failed test: asks a PostgreSQL still running on the folder (its postmaster.pid) to stop. */
export function stopLeftoverPostgres(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
  } catch {
    /* gone already */
  }
}

/** Lines of a PostgreSQL log that mean the last stop was not clean. */
export const RECOVERY = /not properly shut down|automatic recovery in progress|redo starts at|was interrupted/;

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ApiOptions {
  port: number;
  /** Unset: the API starts its embedded PostgreSQL in `embeddedPgDir`, as `npm start` does. */
  databaseUrl?: string;
  embeddedPgDir?: string;
  embeddedPgPort?: number;
  env?: Record<string, string>;
}

/** A TypeScript file of test/faults/support run by Node in a child process, ready once it prints READY. */
export class ChildProcessRunner {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  private constructor(file: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', join(ROOT, 'test/faults/support/register-ts.js'), join(ROOT, 'test/faults/support', file)], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.exited = new Promise((done) => this.child.on('exit', (code, signal) => done({ code, signal })));
  }

  static async start(file: string, env: Record<string, string>, timeoutMs = 90_000): Promise<ChildProcessRunner> {
    const runner = new ChildProcessRunner(file, env);
    const deadline = Date.now() + timeoutMs;
    while (!runner.output.some((line) => line.startsWith('READY '))) {
      if (!runner.running) throw new Error(`${file} exited before it was ready:\n${runner.output.slice(-30).join('\n')}`);
      if (Date.now() > deadline) {
        runner.kill('SIGKILL');
        throw new Error(`${file} was not ready in ${timeoutMs / 1000} s:\n${runner.output.slice(-30).join('\n')}`);
      }
      await sleep(50);
    }
    return runner;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }
}

/** The API (startServer + stopOnSignals, as main.ts runs them) in a child process, from its TypeScript sources. */
export const ApiProcess = {
  start(options: ApiOptions): Promise<ChildProcessRunner> {
    return ChildProcessRunner.start('api-child.ts', {
      PORT: String(options.port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${options.port}`,
      SEED_DEMO: 'false', COOKIE_SECURE: 'false', WEB_DIST: '/nonexistent', APP_SECRET: FAULT_SECRET,
      SURVEY_MAX_REQUESTS_PER_MINUTE: '0', SCHEDULER_INTERVAL_MINUTES: '0', DELIVERY_INTERVAL_SECONDS: '0',
      FAULT_CLOCK_OFFSET_MS: String(clockOffsetMs),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...(options.embeddedPgDir ? { EMBEDDED_PG_DIR: options.embeddedPgDir, EMBEDDED_PG_PORT: String(options.embeddedPgPort) } : {}),
      ...options.env,
    });
  },
};
export type ApiProcess = ChildProcessRunner;

export interface Answerable {
  invitationId: string;
  token: string;
}

/**
 * An organisation with `count` open invitations (a quarterly pulse sent last Wednesday), each
 * with its answer link's token; `plannable` more people hired a week before FAULT_NOW, whom the
 * planner invites to their day-7 check-in when it runs (an invitation email and a reminder each).
 */
export async function seedOrganisation(url: string, count: number, plannable = 0): Promise<Answerable[]> {
  return withClient(url, async (db) => {
    await db.query(`INSERT INTO organisation (name, time_zone) VALUES ('Faultorg', 'Europe/Tallinn') ON CONFLICT DO NOTHING`);
    const [{ id: department }] = (await db.query(`INSERT INTO department (name) VALUES ('Stores') RETURNING id`)).rows;
    const [{ id: programme }] = (await db.query(`SELECT id FROM programme WHERE key = 'quarterly'`)).rows;
    await db.query(
      `INSERT INTO employee (external_id, name, work_email, department_id, location, language, start_date)
       SELECT 'A' || g, 'Answerer ' || g, 'answerer' || g || '@example.test', $1, 'Tartu', 'en', '2024-01-01'
         FROM generate_series(1, $2) g`,
      [department, count],
    );
    const { rows } = await db.query(
      `INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase, sent_on, expires_at)
       SELECT id, $1, 'fault-load', 'en', $2, 'ongoing_development', '2026-06-10', '2026-06-24T10:00:00Z'
         FROM employee WHERE external_id LIKE 'A%' RETURNING id::text AS id`,
      [programme, department],
    );
    if (plannable > 0) {
      await db.query(
        `INSERT INTO employee (external_id, name, work_email, department_id, location, language, start_date)
         SELECT 'P' || g, 'Newcomer ' || g, 'newcomer' || g || '@example.test', $1, 'Tartu', 'et', '2026-06-08'
           FROM generate_series(1, $2) g`,
        [department, plannable],
      );
    }
    return rows.map((r: { id: string }) => ({ invitationId: r.id, token: links.tokenOf(r.id) }));
  });
}

/** One employee's answer as the answer page sends it: one submissionId, the same body on every retry. */
interface Submission {
  invitationId: string;
  body: { token: string; submissionId: string; score: number };
  outcome: 'acknowledged' | 'refused' | 'gave-up' | null;
  attempts: number;
}

export interface LoadReport {
  sent: number;
  acknowledged: number;
  refused: number;
  gaveUp: number;
  retries: number;
  /** Status codes seen (503 while the database is down), and the 503 message. */
  statuses: Record<string, number>;
  unavailableMessage: string | null;
  networkErrors: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
afterAll(() => agent.destroy());

export interface Reply {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** One HTTP request to 127.0.0.1:port; a JSON body is sent as JSON, a string as it is (with its content type). */
export function send(
  port: number, method: string, path: string,
  options: { body?: unknown; headers?: Record<string, string>; contentType?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const payload = options.body === undefined ? '' : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const req = request({ host: '127.0.0.1', port, path, method, agent, timeout: options.timeoutMs ?? 15_000, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        done({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
      });
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end(payload);
  });
}

export function post(port: number, path: string, body: unknown, timeoutMs = 15_000): Promise<Reply> {
  return send(port, 'POST', path, { body, timeoutMs });
}

/**
 * Employees answering: `clients` at a time, each answer retried with the same body on a network
 * error or a 5xx (the answer page retries once; these keep trying, every `retryMs`, for up to
 * `patienceMs`), paced by `pauseMs` between answers, so the load spans the fault.
 */
export class AnswerLoad {
  readonly submissions: Submission[];
  readonly report: LoadReport = {
    sent: 0, acknowledged: 0, refused: 0, gaveUp: 0, retries: 0, statuses: {}, unavailableMessage: null, networkErrors: 0,
  };
  private next = 0;
  private stopped = false;
  done: Promise<void> = Promise.resolve();

  constructor(
    answerable: Answerable[],
    private readonly port: () => number,
    private readonly options: { clients: number; pauseMs: number; retryMs?: number; patienceMs?: number },
  ) {
    this.submissions = answerable.map((a, i) => ({
      invitationId: a.invitationId,
      body: { token: a.token, submissionId: randomUUID(), score: i % 11 },
      outcome: null,
      attempts: 0,
    }));
  }

  start(): this {
    this.done = Promise.all(Array.from({ length: this.options.clients }, () => this.client())).then(() => undefined);
    return this;
  }

  /** Ends the load (a failed test's afterAll): no new answers, no more retries. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.done;
  }

  get settled(): number {
    return this.submissions.filter((s) => s.outcome !== null).length;
  }

  private async client(): Promise<void> {
    while (this.next < this.submissions.length && !this.stopped) {
      const submission = this.submissions[this.next++];
      this.report.sent++;
      await this.submit(submission);
      await sleep(this.options.pauseMs);
    }
  }

  private async submit(s: Submission): Promise<void> {
    const giveUpAt = Date.now() + (this.options.patienceMs ?? 60_000);
    for (;;) {
      s.attempts++;
      if (s.attempts > 1) this.report.retries++;
      try {
        const res = await post(this.port(), '/api/survey/answer', s.body);
        this.report.statuses[res.status] = (this.report.statuses[res.status] ?? 0) + 1;
        if (res.status === 503 && res.body?.message) this.report.unavailableMessage = res.body.message;
        if (res.status >= 200 && res.status < 300) {
          s.outcome = 'acknowledged';
          this.report.acknowledged++;
          return;
        }
        if (res.status < 500) {
          s.outcome = 'refused';
          this.report.refused++;
          return;
        }
      } catch {
        this.report.networkErrors++;
      }
      if (Date.now() > giveUpAt || this.stopped) {
        s.outcome = 'gave-up';
        this.report.gaveUp++;
        return;
      }
      await sleep(this.options.retryMs ?? 200);
    }
  }
}

export interface StoredReport {
  /** Answers in the database (held or written) for the submissions sent. */
  stored: number;
  /** Rows beyond one for a submission: in the inbox one per invitation by key, so a duplicate is a response row too many. */
  duplicated: number;
  /** Acknowledged (2xx) but not in the database. */
  lost: number;
  /** In the database with the score the client sent. */
  matching: number;
}

/**
 * What the database holds for the load's answers: each held answer is found by its claim and
 * opened (the score must be the one sent); written responses are counted against the rest.
 */
export async function countStored(url: string, load: AnswerLoad): Promise<StoredReport> {
  return withClient(url, async (db) => {
    const claims = load.submissions.map((s) => seal.claimOf(s.invitationId));
    const { rows } = await db.query(`SELECT claim, sealed FROM answer_inbox WHERE claim = ANY($1::bytea[])`, [claims]);
    const held = new Map<string, number>();
    for (const row of rows as { claim: Buffer; sealed: Buffer }[]) {
      const opened = seal.open<{ invitationId: string; answer: { score: number } }>(row.sealed);
      held.set(opened.invitationId, opened.answer.score);
    }
    const [{ responses }] = (await db.query(`SELECT count(*)::int AS responses FROM response WHERE programme_id = (SELECT id FROM programme WHERE key = 'quarterly')`)).rows;
    let lost = 0;
    let matching = 0;
    for (const s of load.submissions) {
      const score = held.get(s.invitationId);
      if (score === s.body.score) matching++;
      if (s.outcome === 'acknowledged' && score === undefined) lost++;
    }
    return { stored: held.size + responses, duplicated: responses, lost, matching };
  });
}

/**
 * The next day: an instance whose clock is a day on, with the scheduler on, writes the held answers
 * at start (AnswerFlushJob), as it would after midnight; then the load's programme is counted:
 * responses written and invitations marked answered.
 */
export async function flushNextDay(options: ApiOptions, url: string): Promise<{ responses: number; answered: number; held: number }> {
  const api = await ApiProcess.start({
    ...options, env: { ...options.env, FAULT_CLOCK_OFFSET_MS: String(clockOffsetMs + 24 * 3600_000), SCHEDULER_INTERVAL_MINUTES: '1' },
  });
  const count = () => withClient(url, async (db) => (await db.query(
    `SELECT (SELECT count(*)::int FROM response r JOIN programme p ON p.id = r.programme_id WHERE p.key = 'quarterly') AS responses,
            (SELECT count(*)::int FROM invitation WHERE occurrence_key = 'fault-load' AND answered) AS answered,
            (SELECT count(*)::int FROM answer_inbox) AS held`,
  )).rows[0]);
  try {
    await waitFor(async () => (await count()).held === 0, 30_000, 'the next day\'s flush').catch((error: Error) => {
      throw new Error(`${error.message}; the instance said:\n${api.output.slice(-20).join('\n')}`);
    });
    return await count();
  } finally {
    api.kill('SIGTERM');
    await api.exited;
  }
}

/** The figures of one scenario, printed and kept in test-output/faults/ for README's table. */
export function recordScenario(name: string, figures: Record<string, unknown>): void {
  const folder = join(ROOT, 'test-output', 'faults');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(figures, null, 2) + '\n');
  process.stdout.write(`[faults] ${name}: ${JSON.stringify(figures)}\n`);
}
