/** The first retry waits this long; each further failure doubles it. */
const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;
const MAX_ERROR_LENGTH = 500;

/** Seconds to wait after the given number of failed attempts (1, 2, …): 30 s · 2^(attempts − 1), at most 1 hour. */
export function retryDelaySeconds(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.min(exponent, 30), MAX_RETRY_SECONDS);
}

/** What to store as `last_error`: the error's message on one line, at most 500 characters. */
export function trimError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.replace(/\s+/g, ' ').trim() || 'Unknown error';
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}
