import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { BlockedSignIn, Role, SignInLimit } from '@ex-pulse/contracts';
import { AppSecret } from '../common/app-secret';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SignInThrottleRepository, ThrottleCounter } from './sign-in-throttle.repository';

export interface SignInAttempt {
  /** As typed. */
  email: string;
  address: string;
  /** The account the email names, if any. */
  userId: string | null;
  /** The device id of a valid cookie of a browser that signed in to this account before. */
  knownDevice: string | null;
}

/** An attempt let through: what to give back when its password turns out correct. */
export interface AdmittedAttempt {
  counters: ThrottleCounter[];
}

/** 429 with what to do, the limit (so a page can say it in the reader's language) and the wait in seconds (also Retry-After). */
export class SignInRefused extends HttpException {
  constructor(readonly limit: SignInLimit, readonly retryAfterSeconds: number) {
    super(
      { statusCode: 429, error: 'Too Many Requests', message: refusalMessage(limit, retryAfterSeconds), limit, retryAfterSeconds },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

const HOUR_SECONDS = 3600;
const REFUSALS_KEPT_DAYS = 30;
const FORGET_EVERY_MS = 10 * 60_000;
const REFUSALS_SHOWN = 500;

/**
 * The sign-in throttle (README, "Sign-in limits"). Every attempt is counted before its password is
 * checked, by one statement over the counters that apply:
 * - a browser new to the account: its client address and the account together, with growing
 *   delays (LOGIN_FREE_FAILURES, then LOGIN_BACKOFF_SECONDS doubling up to LOGIN_BACKOFF_MAX_MINUTES);
 *   the address across all accounts (LOGIN_MAX_FAILURES_PER_ADDRESS_PER_HOUR); the account from
 *   anywhere (LOGIN_MAX_FAILURES_PER_HOUR), against slow guessing from many addresses;
 * - a browser that signed in to the account before (KnownDevices): only its own growing delays,
 *   so neither someone guessing from elsewhere nor a busy shared address locks the owner out.
 * A correct password gives the attempt back. Refusals are counted per hour for HR and logged once
 * per hour, limit, name and address, with the name masked and never a password.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('SignIn');
  private readonly key: Buffer;
  private forgottenAt = 0;

  constructor(
    private readonly repository: SignInThrottleRepository,
    secret: AppSecret,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = secret.key('sign-in-throttle');
  }

  /** Counts the attempt, or throws SignInRefused without counting it. */
  async admit(attempt: SignInAttempt, now: Date): Promise<AdmittedAttempt> {
    await this.forgetNowAndThen(now);
    const name = attempt.email.trim().toLowerCase();
    const counters = this.countersFor(attempt, name);
    const refusal = await this.repository.reserve(now, counters);
    if (!refusal) return { counters };

    const retryAfterSeconds = Math.max(1, Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 1000));
    const emailHint = maskEmail(name);
    const first = await this.repository.recordRefusal(now, {
      kind: refusal.kind, nameKey: this.subject('name', name), address: attempt.address, userId: attempt.userId, emailHint,
    });
    if (first) {
      this.logger.warn(
        `Sign-in refused by the ${refusal.kind} limit: account ${attempt.userId ?? 'unknown'} (${emailHint}), ` +
          `address ${attempt.address}, retry in ${retryAfterSeconds} s. Further refusals of this hour are counted, not logged.`,
      );
    }
    throw new SignInRefused(refusal.kind, retryAfterSeconds);
  }

  /** The password was correct: the attempt does not count as a failure. */
  succeeded(admitted: AdmittedAttempt): Promise<void> {
    return this.repository.giveBack(admitted.counters);
  }

  /** What HR sees: the refusals of the last 30 days, newest first. */
  async refusals(now: Date): Promise<BlockedSignIn[]> {
    const since = new Date(now.getTime() - REFUSALS_KEPT_DAYS * 24 * 3600_000);
    const rows = await this.repository.refusals(since, REFUSALS_SHOWN);
    return rows.map((row) => ({
      limit: row.kind,
      account: row.user_id
        ? { id: row.user_id, email: row.user_email!, name: row.user_name!, role: row.user_role as Role }
        : null,
      emailHint: row.email_hint,
      address: row.address,
      attempts: row.attempts,
      firstAt: new Date(row.first_at).toISOString(),
      lastAt: new Date(row.last_at).toISOString(),
    }));
  }

  /** In lock order: client or device, then address, then account (see the repository's reserve). */
  private countersFor(attempt: SignInAttempt, name: string): ThrottleCounter[] {
    const limits = this.config.signInLimits;
    const backoff = { rule: 'backoff' as const, free: limits.freeFailures, baseSeconds: limits.backoffSeconds, maxSeconds: limits.maxBackoffSeconds };
    if (attempt.knownDevice) {
      return [{ kind: 'device', key: this.subject('device', attempt.knownDevice), ...backoff }];
    }
    return [
      { kind: 'client', key: this.subject('client', attempt.address, name), ...backoff },
      { kind: 'address', key: this.subject('address', attempt.address), rule: 'window', limit: limits.maxFailuresPerAddressPerHour, windowSeconds: HOUR_SECONDS },
      { kind: 'account', key: this.subject('account', name), rule: 'window', limit: limits.maxFailuresPerAccountPerHour, windowSeconds: HOUR_SECONDS },
    ];
  }

  /** A counter's key: the HMAC of what it counts, so the tables hold no address or email. */
  private subject(...parts: string[]): Buffer {
    return createHmac('sha256', this.key).update(parts.join('\u0000')).digest();
  }

  /** Old counters and refusals go at most every ten minutes, on the way of a sign-in (and hourly, RetentionJob). */
  private async forgetNowAndThen(now: Date): Promise<void> {
    if (Math.abs(now.getTime() - this.forgottenAt) < FORGET_EVERY_MS) return;
    this.forgottenAt = now.getTime();
    await this.forgetOld(now);
  }

  /** Forgets counters a day after their last failure, and refusals after REFUSALS_KEPT_DAYS. */
  forgetOld(now: Date): Promise<void> {
    return this.repository.forget(now, new Date(now.getTime() - REFUSALS_KEPT_DAYS * 24 * 3600_000));
  }
}

/** "e•••@example.com": enough for HR to recognise a name, not enough to read it from a log. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  const first = Array.from(local)[0] ?? '';
  return `${first}•••${at < 0 ? '' : email.slice(at)}`;
}

function refusalMessage(limit: SignInLimit, seconds: number): string {
  const wait = inWords(seconds);
  switch (limit) {
    case 'client':
      return `Too many failed sign-ins to this account from your address. Wait ${wait} and try again.`;
    case 'device':
      return `Too many failed sign-ins to this account from this browser. Wait ${wait} and try again.`;
    case 'address':
      return `Too many failed sign-ins from your network. Wait ${wait} and try again.`;
    case 'account':
      return (
        'This account has had many failed sign-ins, so for now it accepts only browsers that have signed in to it before. ' +
        `Use one of those, or wait ${wait} and try again.`
      );
  }
}

/** 30 seconds, 1 minute, 15 minutes, 1 hour (rounded up). */
export function inWords(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  return plural(Math.ceil(minutes / 60), 'hour');
}
