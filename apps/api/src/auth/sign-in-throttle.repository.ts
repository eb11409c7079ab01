import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignInLimit } from '@ex-pulse/contracts';

/** A counter with growing delays: `free` failures, then each must wait base·2^(n − free) s, at most max. */
export interface BackoffCounter {
  kind: SignInLimit;
  key: Buffer;
  rule: 'backoff';
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

/** A counter of at most `limit` failures per window, the window starting at its first failure. */
export interface WindowCounter {
  kind: SignInLimit;
  key: Buffer;
  rule: 'window';
  limit: number;
  windowSeconds: number;
}

export type ThrottleCounter = BackoffCounter | WindowCounter;

export interface CounterRefusal {
  kind: SignInLimit;
  retryAt: Date;
}

export interface RefusalRecord {
  kind: SignInLimit;
  /** HMAC of the typed name: refusals are grouped by name without storing it. */
  nameKey: Buffer;
  address: string;
  userId: string | null;
  emailHint: string;
}

export interface RefusalRow {
  kind: SignInLimit;
  address: string;
  email_hint: string;
  attempts: number;
  first_at: Date;
  last_at: Date;
  user_id: string | null;
  user_email: string | null;
  user_name: string | null;
  user_role: string | null;
}

/** A backoff counter starts over after a day without a counted failure. */
const BACKOFF_MEMORY = `interval '1 day'`;

/**
 * The sign-in throttle's SQL. `reserve` is the one statement that counts an attempt, or refuses
 * it, before the password is checked; the others give an attempt back, record refusals for HR
 * and forget old rows.
 */
@Injectable()
export class SignInThrottleRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts one failure on every counter, in order, unless one refuses: then that counter and the
   * ones after it are left as they were, and the refusal is returned. Each counter is an upsert
   * whose row lock serialises concurrent attempts on it, so of 30 guesses sent at once exactly as
   * many pass as the counter allows. Each step reads the one before it (`FROM c0 WHERE NOT
   * c0.last_refused`), so the rows are locked in the order given: callers list counters by kind in
   * one fixed order (client or device, then address, then account), which rules out deadlocks.
   */
  async reserve(now: Date, counters: ThrottleCounter[]): Promise<CounterRefusal | null> {
    const params: unknown[] = [now];
    const param = (value: unknown, type: string) => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const steps = counters.map((counter, i) => {
      const rule = counter.rule === 'backoff' ? backoffRule(counter, param) : windowRule(counter, param);
      const row = `${param(counter.key, 'bytea')}, ${param(counter.kind, 'text')}, 1, $1::timestamptz, $1::timestamptz, false`;
      const source = i === 0 ? `VALUES (${row})` : `SELECT ${row} FROM c${i - 1} WHERE NOT c${i - 1}.last_refused`;
      return `c${i} AS (
        INSERT INTO sign_in_throttle AS t (key, kind, failures, window_started_at, last_failure_at, last_refused)
        ${source}
        ON CONFLICT (key) DO UPDATE SET (failures, window_started_at, last_failure_at, last_refused) = (
          SELECT CASE WHEN v.ok THEN v.n + 1 ELSE t.failures END,
                 CASE WHEN v.ok AND v.n = 0 THEN $1::timestamptz ELSE t.window_started_at END,
                 CASE WHEN v.ok THEN $1::timestamptz ELSE t.last_failure_at END,
                 NOT v.ok
            FROM (SELECT s.n, ${rule.allows('s.n')} AS ok FROM (SELECT ${rule.counted} AS n) s) v)
        RETURNING t.kind, t.last_refused, CASE WHEN t.last_refused THEN ${rule.retryAt} END AS retry_at)`;
    });
    const refused = counters.map((_, i) => `SELECT kind, retry_at FROM c${i} WHERE last_refused`).join(' UNION ALL ');
    const rows: Array<{ kind: SignInLimit; retry_at: Date }> = await this.db.query(
      `WITH ${steps.join(',\n')}\n${refused}`,
      params,
    );
    return rows.length ? { kind: rows[0].kind, retryAt: new Date(rows[0].retry_at) } : null;
  }

  /** A correct password: the backoff counters start over, the window counters get the attempt back. */
  async giveBack(counters: ThrottleCounter[]): Promise<void> {
    const keys = (rule: ThrottleCounter['rule']) => counters.filter((c) => c.rule === rule).map((c) => c.key);
    await this.db.query(
      `WITH cleared AS (DELETE FROM sign_in_throttle WHERE key = ANY($1::bytea[]))
       UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = ANY($2::bytea[])`,
      [keys('backoff'), keys('window')],
    );
  }

  /** Counts a refused attempt in its hour; true when it is the first of its kind, name and address there. */
  async recordRefusal(now: Date, r: RefusalRecord): Promise<boolean> {
    const hour = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
    const [row] = await this.db.query(
      `INSERT INTO sign_in_refusal AS s (hour, kind, name_key, address, user_id, email_hint, attempts, first_at, last_at)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7)
       ON CONFLICT (hour, kind, name_key, address)
         DO UPDATE SET attempts = s.attempts + 1, last_at = greatest(s.last_at, excluded.last_at)
       RETURNING (xmax = 0) AS first`,
      [hour, r.kind, r.nameKey, r.address, r.userId, r.emailHint, now],
    );
    return row.first;
  }

  /** The refusals whose last attempt is at or after `since`, newest first. */
  refusals(since: Date, limit: number): Promise<RefusalRow[]> {
    return this.db.query(
      `SELECT r.kind, r.address, r.email_hint, r.attempts, r.first_at, r.last_at,
              u.id AS user_id, u.email AS user_email, u.name AS user_name, u.role AS user_role
         FROM sign_in_refusal r LEFT JOIN app_user u ON u.id = r.user_id
        WHERE r.last_at >= $1
        ORDER BY r.last_at DESC, r.kind, r.address
        LIMIT $2`,
      [since, limit],
    );
  }

  /** Forgets counters a day after their last counted failure, and refusals older than `refusalsBefore`. */
  async forget(now: Date, refusalsBefore: Date): Promise<void> {
    await this.db.query(
      `WITH counters AS (DELETE FROM sign_in_throttle WHERE last_failure_at < $1::timestamptz - ${BACKOFF_MEMORY})
       DELETE FROM sign_in_refusal WHERE last_at < $2`,
      [now, refusalsBefore],
    );
  }
}

interface Rule {
  /** The failures that count now, from the stored row `t`. */
  counted: string;
  /** Whether an attempt with n counted failures may go on. */
  allows(n: string): string;
  /** When a refused attempt may come back, from the (unchanged) row `t`. */
  retryAt: string;
}

type Param = (value: unknown, type: string) => string;

function backoffRule(c: BackoffCounter, param: Param): Rule {
  const free = param(c.free, 'int');
  const base = param(c.baseSeconds, 'float8');
  const max = param(c.maxSeconds, 'float8');
  // The exponent stops at 30 (base·2^30 s is decades): power() would overflow on a long siege.
  const delay = (n: string) => `make_interval(secs => least(${base} * power(2, least(${n} - ${free}, 30)), ${max}))`;
  return {
    counted: `CASE WHEN t.last_failure_at <= $1::timestamptz - ${BACKOFF_MEMORY} THEN 0 ELSE t.failures END`,
    allows: (n) => `(${n} < ${free} OR $1::timestamptz >= t.last_failure_at + ${delay(n)})`,
    retryAt: `t.last_failure_at + ${delay('t.failures')}`,
  };
}

function windowRule(c: WindowCounter, param: Param): Rule {
  const window = `make_interval(secs => ${param(c.windowSeconds, 'float8')})`;
  const limit = param(c.limit, 'int');
  return {
    counted: `CASE WHEN t.window_started_at <= $1::timestamptz - ${window} THEN 0 ELSE t.failures END`,
    allows: (n) => `${n} < ${limit}`,
    retryAt: `t.window_started_at + ${window}`,
  };
}
