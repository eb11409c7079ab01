import { SignInLimit } from '@ex-pulse/contracts';
import { apiErrorBody } from '../core/http/api-error';

const LIMITS: readonly SignInLimit[] = ['client', 'device', 'address', 'account'];

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A 429 of the sign-in in the reader's language: which limit refused it and how long to wait
 * (the API's `limit` and `retryAfterSeconds`); null when the body does not say.
 */
export function signInRefusalText(err: unknown, translate: Translate): string | null {
  const body = apiErrorBody(err);
  const limit = body?.['limit'];
  const seconds = body?.['retryAfterSeconds'];
  if (!LIMITS.includes(limit as SignInLimit) || typeof seconds !== 'number' || !(seconds > 0)) return null;
  return translate(`login.refused.${limit}`, { wait: waitText(seconds, translate) });
}

/** 30 seconds, 1 minute, 15 minutes, 1 hour (rounded up, as the API words it). */
function waitText(seconds: number, translate: Translate): string {
  const say = (n: number, unit: 'second' | 'minute' | 'hour') => translate(`login.wait.${unit}${n === 1 ? '' : 's'}`, { n });
  if (seconds < 60) return say(Math.ceil(seconds), 'second');
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? say(minutes, 'minute') : say(Math.ceil(minutes / 60), 'hour');
}
