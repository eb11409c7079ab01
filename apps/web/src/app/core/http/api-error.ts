import { HttpErrorResponse } from '@angular/common/http';

/** The API's error body: `{ statusCode, message, ... }` plus feature-specific fields. */
export interface ApiErrorBody {
  statusCode: number;
  message: string | string[];
  [extra: string]: unknown;
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/** The status of a failed HTTP call, 0 for a network failure, null when it was not HTTP at all. */
export function httpStatus(err: unknown): number | null {
  return err instanceof HttpErrorResponse ? err.status : null;
}

/** The body of a failed API call when it has the API's error shape. */
export function apiErrorBody(err: unknown): ApiErrorBody | null {
  return err instanceof HttpErrorResponse && isApiErrorBody(err.error) ? err.error : null;
}

/** A network failure or a server error: worth retrying an idempotent request. */
export function isTransientError(err: unknown): boolean {
  const status = httpStatus(err);
  return status === 0 || (status !== null && status >= 500);
}

/**
 * The message a person should read: the API's own message when it sent one,
 * otherwise `fallback` (already translated by the caller).
 */
export function apiErrorMessage(err: unknown, fallback: string): string {
  const body = apiErrorBody(err);
  if (!body || isTransientError(err)) return fallback;
  const message = Array.isArray(body.message) ? body.message.join(' ') : body.message;
  return message.trim() || fallback;
}
