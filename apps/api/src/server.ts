import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { configureApp } from './app-setup';
import { AppModule } from './app.module';
import { Clock, SystemClock } from './common/clock';
import { AppConfig } from './config/app-config';
import { leaveSignalsToCaller, RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

/** After the grace: how long the jobs and the database pool get to close before the embedded PostgreSQL stops. */
const CLOSE_WAIT_MS = 3_000;

/** A started API: the Nest application, and the embedded PostgreSQL it started (null with DATABASE_URL). */
export interface RunningServer {
  app: INestApplication;
  databaseUrl: string;
  embedded: RunningPostgres | null;
}

export interface StartOptions {
  clock?: Clock;
  /** Runs after the database is reachable and migrated, before the app is built (main.ts seeds the demo). */
  prepare?: (databaseUrl: string) => Promise<void>;
  say?: (line: string) => void;
  /** Extra lines of the embedded PostgreSQL's own log (by default they are dropped). */
  postgresLog?: (line: string) => void;
}

/**
 * What `npm start` runs (main.ts): the embedded PostgreSQL when DATABASE_URL is unset, the
 * migrations (in `prepare`), then the API listening on HOST:PORT. The fault tests start the
 * same function in a child process (test/faults), so what they kill and stop is this.
 */
export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  const say = options.say ?? (() => undefined);
  let embedded: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    say(`Starting the embedded PostgreSQL (data in ${config.embeddedPgDir}, port ${config.embeddedPgPort})…`);
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedPgDir,
      port: config.embeddedPgPort,
      database: 'expulse',
      persistent: true,
      log: options.postgresLog,
    });
    databaseUrl = embedded.url;
  }
  try {
    await options.prepare?.(databaseUrl);
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.register({ config, databaseUrl, clock: options.clock ?? new SystemClock() }),
      { logger: ['error', 'warn'] },
    );
    configureApp(app, config);
    await app.listen(config.port, config.host);
    return { app, databaseUrl, embedded };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * A graceful stop (SIGTERM, SIGINT): the listening socket closes at once (no new connections;
 * idle keep-alive connections are closed), requests in flight get up to SHUTDOWN_GRACE_SECONDS to
 * finish, then whatever is still open is cut. Only then do the background jobs stop (a run in
 * progress finishes), the database pool close and the embedded PostgreSQL shut down (a clean
 * shutdown checkpoint: no recovery on the next start).
 */
export async function stopServer(server: RunningServer, graceSeconds: number): Promise<{ cut: number }> {
  const http = server.app.getHttpServer() as Server;
  const cut = await drainHttp(http, graceSeconds * 1000);
  // A query of a cut request may still wait (on a lock, say): the pool's close waits for it at most
  // this long, then the database's own shutdown ends it.
  const closed = server.app.close().catch(() => undefined);
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
  await server.embedded?.stop().catch(() => undefined);
  return { cut };
}

/** Stops accepting, waits for open requests up to `graceMs`; returns how many connections had to be cut. */
async function drainHttp(http: Server, graceMs: number): Promise<number> {
  if (!http.listening) return 0;
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  // A keep-alive connection becomes idle when its last response is sent: close it then.
  const sweep = setInterval(() => http.closeIdleConnections(), 50);
  http.closeIdleConnections();
  let deadline: NodeJS.Timeout | undefined;
  const timedOut = new Promise<true>((resolve) => (deadline = setTimeout(() => resolve(true), graceMs)));
  try {
    if ((await Promise.race([closed.then(() => false as const), timedOut])) === false) return 0;
    const open = await new Promise<number>((resolve) => http.getConnections((_error, count) => resolve(count ?? 0)));
    http.closeAllConnections();
    await closed;
    return open;
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
}

/** SIGTERM and SIGINT stop the server gracefully once, then exit (embedded-postgres's own handlers removed). */
export function stopOnSignals(server: RunningServer, graceSeconds: number, say: (line: string) => void): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping (in-flight requests get up to ${graceSeconds} s)${server.embedded ? ', then the embedded PostgreSQL' : ''}…`);
    const { cut } = await stopServer(server, graceSeconds);
    if (cut > 0) say(`${cut} connections were still open after the grace period and were closed.`);
    say('Stopped.');
    process.exit(0);
  };
  leaveSignalsToCaller();
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
