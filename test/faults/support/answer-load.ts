import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Answerable, claimOf, openSealed, sleep, withClient } from './fault-harness';

/*
 * The fault tests' HTTP side: one request at a time (send, post), a load of employees answering
 * with the web page's retry rule (AnswerLoad), and the count of what was stored for it (countStored).
 */

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
    const claims = load.submissions.map((s) => claimOf(s.invitationId));
    const { rows } = await db.query(`SELECT claim, sealed FROM answer_inbox WHERE claim = ANY($1::bytea[])`, [claims]);
    const held = new Map<string, number>();
    for (const row of rows as { claim: Buffer; sealed: Buffer }[]) {
      const opened = openSealed<{ invitationId: string; answer: { score: number } }>(row.sealed);
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
