import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { migrations } from './migrations';

/**
 * A logical backup of the whole EX Pulse database, made by EX Pulse itself over its own
 * connection, so it needs no pg_dump of the server's version (the embedded server is
 * PostgreSQL 18; Debian 12's pg_dump is 15 and refuses newer servers).
 *
 * The file is gzip'd JSON lines: a header (format, the migrations the schema is at, each table's
 * columns), then each table's rows as JSON objects after a `{"$table": name}` line, then the
 * sequences. Every table is read in one REPEATABLE READ transaction, so the backup is one
 * consistent snapshot while the API keeps running. A restore migrates an empty database to the
 * same migrations, loads every row with triggers off (the rollups are restored as they were,
 * not counted twice) in one transaction, and sets the sequences.
 *
 * The application secret is not in the database and so not in the backup: answer links and
 * held answers need the same APP_SECRET after a restore (README, "Data kept and erased").
 */
export const BACKUP_FORMAT = 'ex-pulse-backup';
const BATCH = 2000;

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  server: string;
  /** The schema_migration names, in order. */
  migrations: string[];
  tables: { name: string; columns: string[] }[];
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: Record<string, number>;
}

/** Tables of the public schema (partitions included, partitioned parents left out), with their stored columns. */
async function tablesOf(client: Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return rows;
}

export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const finished = once(out, 'finish');
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  const rows: Record<string, number> = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesOf(client);
    if (!tables.some((t) => t.name === 'schema_migration')) {
      throw new Error('This database holds no EX Pulse schema (no schema_migration table): nothing to back up.');
    }
    const applied: { name: string }[] = (await client.query(`SELECT name FROM schema_migration ORDER BY id`)).rows;
    const header: BackupHeader = {
      format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(),
      server: (await client.query('SHOW server_version')).rows[0].server_version,
      migrations: applied.map((m) => m.name), tables,
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      await write(JSON.stringify({ $table: table.name }));
      const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS line FROM (SELECT ${columns} FROM ${client.escapeIdentifier(table.name)}) r`);
      rows[table.name] = 0;
      for (;;) {
        const batch = await client.query(`FETCH ${BATCH} FROM backup_rows`);
        for (const row of batch.rows) await write(row.line);
        rows[table.name] += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query('CLOSE backup_rows');
    }
    const sequences = await client.query(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL`,
    );
    await write(JSON.stringify({ $sequences: Object.fromEntries(sequences.rows.map((s) => [s.name, s.value])) }));
    await client.query('COMMIT');
    gzip.end();
    await finished;
    return { file, tables: tables.length, rows };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Restores a backup into an empty database (no table in its public schema); refuses anything else. */
export async function restoreDatabase(file: string, url: string): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as BackupHeader | null;
  if (header?.format !== BACKUP_FORMAT || header.version !== 1) throw new Error(`${file} is not an EX Pulse backup.`);

  const known = new Map(migrations.map((m) => [new m().name ?? m.name, m]));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(`The backup was made by a newer EX Pulse (migrations ${unknown.join(', ')} are unknown here); restore it with that version.`);
  }

  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows;
    if (n > 0) {
      throw new Error(`The database to restore into is not empty (${n} tables): create an empty database and restore into it.`);
    }
    // The schema as it was: exactly the backup's migrations, no later ones (the next start runs those).
    const schema = new DataSource({ ...dataSourceOptions(url), migrations: header.migrations.map((name) => known.get(name)!) } as never);
    await schema.initialize();
    try {
      await schema.runMigrations({ transaction: 'each' });
    } finally {
      await schema.destroy();
    }

    await client.query('BEGIN');
    // Triggers off for the load: the rollups come from the backup, the foreign keys hold there already.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const tables = header.tables.map((t) => t.name).filter((t) => t !== 'schema_migration');
    if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => client.escapeIdentifier(t)).join(', ')} CASCADE`);
    const columnsOf = new Map(header.tables.map((t) => [t.name, t.columns]));
    let table: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const columns = columnsOf.get(table)!.map((c) => client.escapeIdentifier(c)).join(', ');
      const name = client.escapeIdentifier(table);
      await client.query(
        `INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      rows[table] = (rows[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith('{"$table":')) {
        await flush();
        const name: string = JSON.parse(line).$table;
        table = name === 'schema_migration' ? null : name;
        if (table) rows[table] = 0;
      } else if (line.startsWith('{"$sequences":')) {
        await flush();
        table = null;
        for (const [sequence, value] of Object.entries(JSON.parse(line).$sequences as Record<string, string>)) {
          await client.query(`SELECT setval($1::regclass, $2::bigint)`, [client.escapeIdentifier(sequence), value]);
        }
      } else if (table) {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    await client.query('COMMIT');
    return { file, tables: header.tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
