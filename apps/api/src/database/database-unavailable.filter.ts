import { ArgumentsHost, Catch, HttpServer, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

/** Seconds a client is told to wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  'EX Pulse cannot reach its database just now (it may be restarting). Nothing was changed by this request ' +
  'unless it was already saved; sending the same request again is safe. Try again in a few seconds.';

/** Node's socket errors when PostgreSQL is down, restarting or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL's own codes for a server that cannot serve now: class 08 (connection exception),
 * 57P01–57P03 (shut down by an administrator, crashed, starting up or shutting down) and
 * 53300 (too many connections).
 */
const SERVER_CODE = /^(08...|57P0[123]|53300)$/;

/** node-postgres's and pg-pool's messages for a connection lost or never made (they carry no code). */
const LOST = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Connection ended unexpectedly/i;

/** Whether an error (TypeORM's QueryFailedError or node-postgres's own) means the database cannot be used now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown[] } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || SERVER_CODE.test(e.code))) return true;
    if (typeof e.message === 'string' && LOST.test(e.message)) return true;
    // An address with several IPs (localhost) fails as an AggregateError of one error per address.
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = e.driverError as typeof e;
  }
  return false;
}

/**
 * While PostgreSQL is down or restarting, a request gets 503 with Retry-After and a sentence a
 * person can act on, instead of a 500 "Internal server error"; the pool reconnects by itself once
 * the server is back. Every other error goes on to Nest's own handling. Registered before the
 * other global filters (Nest tries the last one registered first), so theirs win for their types.
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Database');
  private lastWarning = 0;

  constructor(applicationRef: HttpServer) {
    super(applicationRef);
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    if (!isDatabaseUnavailable(error) || host.getType() !== 'http') return super.catch(error, host);
    const now = Date.now();
    if (now - this.lastWarning > 10_000) {
      this.lastWarning = now;
      this.logger.warn(`The database is unreachable (${(error as Error).message}); answering 503 until it is back.`);
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    response.status(503).json({
      statusCode: 503,
      error: 'Service Unavailable',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
}
