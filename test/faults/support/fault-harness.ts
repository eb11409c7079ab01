import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * load of employees answering and the count of what was stored are in answer-load.ts.
 */

const ROOT = resolve(__dirname, '..', '..', '..');
export const FAULT_SECRET = 'fault-tests-application-secret-0123456789';
const secret = new AppSecret(Buffer.from(FAULT_SECRET, 'utf8'));
export const links = new AnswerLinks(secret);
const seal = new AnswerSeal(secret);
/** The inbox key of an invitation's held answer (AnswerInbox), under the API's secret. */
export const claimOf = (invitationId: string): Buffer => seal.claimOf(invitationId);
/** A held answer, opened as the API would (the tests' secret is the API's). */
export const openSealed = <T>(sealed: Buffer): T => seal.open<T>(sealed);

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
