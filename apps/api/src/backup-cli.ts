import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { AppConfig, loadAppConfig } from './config/app-config';
import { backupDatabase, BackupSummary, restoreDatabase } from './database/backup';
import { startEmbeddedPostgres } from './database/embedded-postgres';

/**
 * `npm run backup [-- file]` and `npm run restore -- file`: against DATABASE_URL, or the embedded
 * PostgreSQL — the running one when EX Pulse is up (a backup is one consistent snapshot while it
 * runs), else started for the command and stopped after it.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function withDatabase<T>(config: AppConfig, work: (url: string) => Promise<T>): Promise<T> {
  if (config.databaseUrl) return work(config.databaseUrl);
  const running = `postgres://postgres:expulse-local@127.0.0.1:${config.embeddedPgPort}/expulse`;
  if (await reachable(running)) return work(running);
  say(`Starting the embedded PostgreSQL (data in ${config.embeddedPgDir}) for this command…`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir, port: config.embeddedPgPort, database: 'expulse', persistent: true });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

function report(verb: string, summary: BackupSummary): void {
  const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  const largest = Object.entries(summary.rows).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([t, n]) => `${t} ${n}`).join(', ');
  say(`${verb} ${summary.file}: ${summary.tables} tables, ${total} rows (${largest}).`);
}

async function main(): Promise<void> {
  const [command, fileArg] = process.argv.slice(2);
  const config = loadAppConfig();
  if (command === 'backup') {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const file = resolve(fileArg ?? `.data/backups/expulse-${stamp}.jsonl.gz`);
    mkdirSync(dirname(file), { recursive: true });
    report('Backed up to', await withDatabase(config, (url) => backupDatabase(url, file)));
    say('Keep APP_SECRET (or APP_SECRET_FILE) with it, but not in the same place: the backup does not hold it.');
  } else if (command === 'restore' && fileArg) {
    report('Restored', await withDatabase(config, (url) => restoreDatabase(resolve(fileArg), url)));
    say('Start EX Pulse with the same APP_SECRET as before; it runs any newer migrations on start.');
  } else {
    say('Usage: npm run backup [-- <file>]   or   npm run restore -- <file> (into an empty database)');
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
